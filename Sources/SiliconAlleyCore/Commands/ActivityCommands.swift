/// 新建活动: an event at a free venue and time.
public struct CreateActivity: Command {
    public var input: ActivityInput
    public var requiredRole: Role { .operator }

    public init(_ input: ActivityInput) { self.input = input }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let id = p.newId("act")
        let a = input.validated(id: id, state: p.state, catalog: p.catalog, checks: &checks)
        if let a, let other = ActivityRules.clash(in: p.state, venue: a.venue, start: a.start, end: a.end) {
            checks.add(rule: ActivityRules.clashError(other, catalog: p.catalog))
        }
        try checks.finish()
        p.emit(EventKind.activityCreated, id, record: a!)
    }
}

/// 编辑活动: changes what the form changed on a scheduled event; refuses if someone else
/// changed it since `basedOn`. Raising the capacity moves the waiting list up.
public struct EditActivity: Command {
    public var activity: String
    public var input: ActivityInput
    public var basedOn: Int?
    public var requiredRole: Role { .operator }

    public init(activity: String, input: ActivityInput, basedOn: Int?) {
        self.activity = activity
        self.input = input
        self.basedOn = basedOn
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        guard let old = checks.reference(activity, in: p.state.activities, field: "activity", zh: "活动", en: "event") else {
            try checks.finish(); return
        }
        try p.checkVersion(old.id, basedOn: basedOn)
        checks.add(rule: ActivityRules.changeable(old))
        if input.type != old.type { checks.fail("type", zh: "活动类型不能更改", en: "an event's type cannot change") }
        let form = input.validated(id: old.id, state: p.state, catalog: p.catalog, checks: &checks)
        if let form {
            checks.add(rule: ActivityRules.capacity(form.capacity, confirmed: p.state.confirmedCount(of: old.id)))
            if let other = ActivityRules.clash(in: p.state, venue: form.venue, start: form.start, end: form.end, excluding: old.id) {
                checks.add(rule: ActivityRules.clashError(other, catalog: p.catalog))
            }
        }
        try checks.finish()
        guard var updated = form else { return }
        // Only what the form carries changes.
        updated.status = old.status
        updated.registrationOpen = old.registrationOpen
        updated.outcome = old.outcome
        updated.agenda = old.agenda
        updated.decisions = old.decisions
        let changes = ActivityChanges.between(old, updated)
        if changes.isEmpty { throw CommandRejected(field: "record", zh: "没有改动", en: "nothing changed") }
        p.emitChanges(EventKind.activityUpdated, old.id, changes)
        // More places: the waiting list moves up, first in line first.
        let free = updated.capacity.map { $0 - p.state.confirmedCount(of: old.id) } ?? Int.max
        for r in p.state.waitingList(of: old.id).prefix(max(0, free)) {
            p.emit(EventKind.registrationPromoted, r.id, .object(["activity": .string(old.id)]))
        }
    }
}

/// 活动已举办 (with what came of it) / 取消活动 (a reason is required).
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
        let n = status == .cancelled ? checks.required(note, field: "note", maxLength: 500) : checks.optionalText(note, field: "note", maxLength: 500)
        if status == .scheduled { checks.fail("status", zh: "只能改为已举办或已取消", en: "only held or cancelled") }
        if let a {
            checks.add(rule: ActivityRules.changeable(a))
            if status == .held, p.today < a.start.date {
                checks.fail("status", zh: "活动尚未开始（\(a.start.date)）", en: "the event has not started yet (\(a.start.date))")
            }
        }
        try checks.finish()
        p.emitChanges(EventKind.activityUpdated, a!.id, ["status": .string(status.rawValue), "outcome": n.map(JSONValue.string) ?? .null])
    }
}

/// 开放 / 截止报名 on a scheduled event.
public struct SetRegistrationOpen: Command {
    public var activity: String
    public var open: Bool
    public var requiredRole: Role { .operator }

    public init(activity: String, open: Bool) {
        self.activity = activity
        self.open = open
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let a = checks.reference(activity, in: p.state.activities, field: "activity", zh: "活动", en: "event")
        if let a {
            checks.add(rule: ActivityRules.changeable(a))
            if a.registrationOpen == open {
                checks.fail("activity", zh: open ? "报名已开放" : "报名已截止", en: open ? "registration is already open" : "registration is already closed")
            }
        }
        try checks.finish()
        p.emitChanges(EventKind.activityUpdated, a!.id, ["registrationOpen": .bool(open)])
    }
}

/// The fields that differ between two versions of an event, as an `activity.updated` line
/// carries them (a removed value as null).
enum ActivityChanges {
    static func between(_ old: Activity, _ new: Activity) -> [String: JSONValue] {
        let enc = JSONValueEncoder()
        guard case .object(let a) = try! enc.encode(old), case .object(let b) = try! enc.encode(new) else { return [:] }
        var changes: [String: JSONValue] = [:]
        for key in Set(a.keys).union(b.keys) where a[key] != b[key] {
            changes[key] = b[key] ?? .null
        }
        return changes
    }
}
