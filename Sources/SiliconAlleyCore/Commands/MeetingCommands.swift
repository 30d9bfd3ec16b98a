/// 会议议程: a meeting's agenda, replaced as a whole.
public struct SetMeetingAgenda: Command {
    public var activity: String
    public var items: [String]
    public var requiredRole: Role { .operator }

    public init(activity: String, items: [String]) {
        self.activity = activity
        self.items = items
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let a = checks.reference(activity, in: p.state.activities, field: "activity", zh: "会议", en: "meeting")
        if let a { checks.add(rule: ActivityRules.minutes(a)) }
        var clean: [String] = []
        for (i, item) in items.enumerated() {
            if let t = checks.optionalText(item, field: "agenda.\(i + 1)", maxLength: 200) { clean.append(t) }
        }
        if clean.isEmpty && checks.errors.allSatisfy({ !$0.field.hasPrefix("agenda") }) {
            checks.fail("agenda", zh: "至少一项议程", en: "at least one agenda item")
        }
        try checks.finish()
        p.emit(EventKind.meetingAgendaSet, a!.id, .object(["items": .array(clean.map(JSONValue.string))]))
    }
}

/// 会议决定: a decision taken at a meeting, recorded from its day on.
public struct RecordMeetingDecision: Command {
    public var activity, text: String
    public var requiredRole: Role { .operator }

    public init(activity: String, text: String) {
        self.activity = activity
        self.text = text
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let a = checks.reference(activity, in: p.state.activities, field: "activity", zh: "会议", en: "meeting")
        if let a {
            checks.add(rule: ActivityRules.minutes(a))
            if p.today < a.start.date {
                checks.fail("activity", zh: "会议尚未召开（\(a.start.date)）", en: "the meeting has not taken place yet (\(a.start.date))")
            }
        }
        let t = checks.required(text, field: "text", maxLength: 300)
        try checks.finish()
        p.emit(EventKind.meetingDecisionRecorded, a!.id, .object(["text": .string(t!)]))
    }
}

/// 督办事项: an action item from a meeting, owned by a unit, due by a date on or after the meeting.
public struct AddActionItem: Command {
    public var activity, text, unit, due: String
    public var requiredRole: Role { .operator }

    public init(activity: String, text: String, unit: String, due: String) {
        self.activity = activity
        self.text = text
        self.unit = unit
        self.due = due
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let a = checks.reference(activity, in: p.state.activities, field: "activity", zh: "会议", en: "meeting")
        if let a { checks.add(rule: ActivityRules.minutes(a)) }
        let t = checks.required(text, field: "text", maxLength: 300)
        let u = checks.eventUnit(unit, state: p.state, catalog: p.catalog, field: "unit")
        let d = checks.date(due, field: "due", required: true)
        if let a, let d { checks.add(rule: ActivityRules.due(d, meeting: a)) }
        try checks.finish()
        let id = p.newId("item")
        p.emit(EventKind.actionItemAdded, id, record: ActionItem(id: id, activity: a!.id, text: t!, unit: u!, due: d!))
    }
}

/// 办结督办事项 on a date between its meeting and today.
public struct CompleteActionItem: Command {
    public var item, date: String
    public var requiredRole: Role { .operator }

    public init(item: String, date: String) {
        self.item = item
        self.date = date
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let i = checks.reference(item, in: p.state.actionItems, field: "item", zh: "督办事项", en: "action item")
        let d = checks.date(date, field: "date", required: true)
        if let i, i.done != nil { checks.fail("item", zh: "已办结", en: "already done") }
        if let d, d > p.today { checks.fail("date", zh: "办结日期不能晚于今天", en: "cannot be done in the future") }
        if let i, let d { checks.add(rule: ActivityRules.done(d, meeting: p.state.activities[i.activity])) }
        try checks.finish()
        p.emitChanges(EventKind.actionItemUpdated, i!.id, ["done": .string(d!.description)])
    }
}
