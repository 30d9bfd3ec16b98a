/// 新建活动.
public struct CreateActivity: Command {
    public var title: String
    public var type: ActivityType
    public var date, time, venue, organiser, capacity: String
    public var requiredRole: Role { .operator }

    public init(title: String, type: ActivityType, date: String, time: String = "", venue: String, organiser: String, capacity: String = "") {
        self.title = title
        self.type = type
        self.date = date
        self.time = time
        self.venue = venue
        self.organiser = organiser
        self.capacity = capacity
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let t = checks.required(title, field: "title", maxLength: 100)
        let d = checks.date(date, field: "date", required: true)
        var hhmm: String?
        let tm = time.trimmingCharacters(in: .whitespaces)
        if !tm.isEmpty {
            let parts = tm.split(separator: ":")
            if parts.count == 2, let h = Int(parts[0]), let m = Int(parts[1]), (0..<24).contains(h), (0..<60).contains(m), parts[1].count == 2 {
                hhmm = String(format: "%02d:%02d", h, m)
            } else {
                checks.fail("time", zh: "时间应为 HH:MM", en: "time must be HH:MM")
            }
        }
        let v = checks.required(venue, field: "venue", maxLength: 100)
        let o = checks.required(organiser, field: "organiser", maxLength: 100)
        let c = checks.optional(capacity) { t throws(FieldError) in try Count.parse(t, field: "capacity") }
        try checks.finish()
        let id = p.newId("act")
        p.emit(EventKind.activityCreated, id, record: Activity(
            id: id, title: t!, type: type, date: d!, time: hhmm, venue: v!, organiser: o!, capacity: c, status: .scheduled, outcome: nil))
    }
}

/// 取消活动 / 活动已举办 (with its outcome).
public struct SetActivityStatus: Command {
    public var activity: String
    public var status: ActivityStatus
    public var note: String
    public var requiredRole: Role { .operator }

    public init(activity: String, status: ActivityStatus, note: String) {
        self.activity = activity
        self.status = status
        self.note = note
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let a = checks.reference(activity, in: p.state.activities, field: "activity", zh: "活动", en: "event")
        let n = status == .cancelled ? checks.required(note, field: "note") : checks.optionalText(note, field: "note")
        if let a, a.status != .scheduled { checks.fail("activity", zh: "活动已结束或已取消", en: "event already held or cancelled") }
        try checks.finish()
        p.emitChanges(EventKind.activityUpdated, activity, ["status": .string(status.rawValue), "outcome": n.map(JSONValue.string) ?? .null])
    }
}

/// 报名: an enterprise or a person registers for an event with capacity left.
public struct RegisterForActivity: Command {
    public var activity, enterprise, person, phone: String
    public var requiredRole: Role { .clerk }

    public init(activity: String, enterprise: String = "", person: String = "", phone: String = "") {
        self.activity = activity
        self.enterprise = enterprise
        self.person = person
        self.phone = phone
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let a = checks.reference(activity, in: p.state.activities, field: "activity", zh: "活动", en: "event")
        var ent: String?
        if !enterprise.trimmingCharacters(in: .whitespaces).isEmpty {
            ent = checks.enterprise(enterprise, in: p.state, field: "enterprise")?.id
        }
        let who = checks.optionalText(person, field: "person", maxLength: 50)
        let ph = checks.optional(phone) { t throws(FieldError) in try Mobile.validate(t, field: "phone") }
        if enterprise.trimmingCharacters(in: .whitespaces).isEmpty && who == nil {
            checks.fail("person", zh: "企业或个人至少填一项", en: "give an enterprise or a person")
        }
        if let a {
            if a.status != .scheduled { checks.fail("activity", zh: "活动不再接受报名", en: "event no longer takes registrations") }
            if let cap = a.capacity {
                let taken = p.state.registrations.values.filter { $0.activity == a.id && !$0.cancelled }.count
                if taken >= cap { checks.fail("activity", zh: "名额已满（\(cap)）", en: "full (\(cap) places)") }
            }
            if let ent, p.state.registrations.values.contains(where: { $0.activity == a.id && $0.enterprise == ent && !$0.cancelled && $0.person == who }) {
                checks.fail("enterprise", zh: "已报名", en: "already registered")
            }
        }
        try checks.finish()
        let id = p.newId("reg")
        p.emit(EventKind.registrationAdded, id, record: Registration(
            id: id, activity: activity, enterprise: ent, person: who, phone: ph, attended: false, cancelled: false))
    }
}

/// 签到 / 取消报名.
public struct UpdateRegistration: Command {
    public enum Change: Sendable { case attended, cancelled }
    public var registration: String
    public var change: Change
    public var requiredRole: Role { .clerk }

    public init(registration: String, change: Change) {
        self.registration = registration
        self.change = change
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let r = checks.reference(registration, in: p.state.registrations, field: "registration", zh: "报名", en: "registration")
        if let r, r.cancelled { checks.fail("registration", zh: "报名已取消", en: "registration was cancelled") }
        if let r, change == .attended, r.attended { checks.fail("registration", zh: "已签到", en: "already attended") }
        try checks.finish()
        p.emitChanges(EventKind.registrationUpdated, registration, change == .attended ? ["attended": .bool(true)] : ["cancelled": .bool(true)])
    }
}

/// 参赛项目 for a contest.
public struct EnterContest: Command {
    public var activity, team, title, enterprise: String
    public var requiredRole: Role { .operator }

    public init(activity: String, team: String, title: String, enterprise: String = "") {
        self.activity = activity
        self.team = team
        self.title = title
        self.enterprise = enterprise
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let a = checks.reference(activity, in: p.state.activities, field: "activity", zh: "活动", en: "event")
        if let a, a.type != .contest { checks.fail("activity", zh: "不是大赛类活动", en: "not a contest") }
        let tm = checks.required(team, field: "team", maxLength: 100)
        let tt = checks.required(title, field: "title", maxLength: 100)
        var ent: String?
        if !enterprise.trimmingCharacters(in: .whitespaces).isEmpty {
            ent = checks.enterprise(enterprise, in: p.state, field: "enterprise")?.id
        }
        try checks.finish()
        let id = p.newId("entry")
        p.emit(EventKind.contestEntered, id, record: ContestEntry(id: id, activity: activity, team: tm!, title: tt!, enterprise: ent, award: nil, incubated: false))
    }
}

/// 获奖 / 就地孵化.
public struct RecordContestResult: Command {
    public var entry, award: String
    public var incubated: Bool
    public var requiredRole: Role { .operator }

    public init(entry: String, award: String, incubated: Bool) {
        self.entry = entry
        self.award = award
        self.incubated = incubated
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        _ = checks.reference(entry, in: p.state.contestEntries, field: "entry", zh: "参赛项目", en: "contest entry")
        let aw = checks.optionalText(award, field: "award", maxLength: 50)
        try checks.finish()
        p.emitChanges(EventKind.contestEntryUpdated, entry, ["award": aw.map(JSONValue.string) ?? .null, "incubated": .bool(incubated)])
    }
}

/// 会议督办事项: an action item from a meeting, owned by a unit, due by a date.
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
        _ = checks.reference(activity, in: p.state.activities, field: "activity", zh: "活动", en: "event")
        let t = checks.required(text, field: "text", maxLength: 300)
        let u = checks.required(unit, field: "unit", maxLength: 100)
        let d = checks.date(due, field: "due", required: true)
        try checks.finish()
        let id = p.newId("item")
        p.emit(EventKind.actionItemAdded, id, record: ActionItem(id: id, activity: activity, text: t!, unit: u!, due: d!, done: nil))
    }
}

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
        try checks.finish()
        p.emitChanges(EventKind.actionItemUpdated, item, ["done": .string(d!.description)])
    }
}

import Foundation
