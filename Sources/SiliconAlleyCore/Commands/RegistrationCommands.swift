/// 报名: an enterprise from the registry and/or a person registers for an event that takes
/// registrations. With every place taken the registration joins the waiting list.
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
        let hasEnterprise = !enterprise.trimmingCharacters(in: .whitespaces).isEmpty
        let ent = hasEnterprise ? checks.enterprise(enterprise, in: p.state, field: "enterprise")?.id : nil
        let who = checks.optionalText(person, field: "person", maxLength: 50)
        let ph = checks.optional(phone) { t throws(FieldError) in try Mobile.validate(t, field: "phone") }
        if !hasEnterprise && who == nil {
            checks.fail("person", zh: "企业或个人至少填一项", en: "give an enterprise or a person")
        }
        var waits = false
        if let a {
            if let e = ActivityRules.takesRegistrations(a) {
                checks.add(rule: e)
            } else if a.isPast(today: p.today) {
                checks.fail("activity", zh: "活动已结束（\(a.whenText)）", en: "the event is over (\(a.whenText))")
            }
            checks.add(rule: ActivityRules.duplicate(in: p.state, activity: a.id, enterprise: ent, person: who, phone: ph))
            waits = ActivityRules.waits(a, state: p.state)
        }
        try checks.finish()
        let id = p.newId("reg")
        p.emit(EventKind.registrationAdded, id, record: Registration(
            id: id, activity: a!.id, enterprise: ent, person: who, phone: ph, waitlisted: waits))
    }
}

/// 签到 (from the event's day on) / 取消报名 (before it is held). A cancelled place goes to
/// the first on the waiting list.
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
        var activity: Activity?
        if let r {
            activity = p.state.activities[r.activity]
            checks.add(rule: RegistrationRules.change(change, r, of: activity))
            if change == .attended, let a = activity, p.today < a.start.date {
                checks.fail("registration", zh: "签到从活动当天（\(a.start.date)）开始", en: "check-in opens on the event's day (\(a.start.date))")
            }
        }
        try checks.finish()
        guard let r, let a = activity else { return }
        switch change {
        case .attended:
            p.emitChanges(EventKind.registrationUpdated, r.id, ["attended": .bool(true)])
        case .cancelled:
            p.emitChanges(EventKind.registrationUpdated, r.id, ["cancelled": .bool(true)])
            guard r.isConfirmed else { return }
            let free = a.capacity.map { $0 - (p.state.confirmedCount(of: a.id) - 1) } ?? Int.max
            for w in p.state.waitingList(of: a.id).prefix(max(0, free)) {
                p.emit(EventKind.registrationPromoted, w.id, .object(["activity": .string(a.id)]))
            }
        }
    }
}

/// What a check-in or a cancellation needs, for the command and replay alike.
enum RegistrationRules {
    static func change(_ change: UpdateRegistration.Change, _ r: Registration, of a: Activity?) -> FieldError? {
        if r.cancelled { return FieldError(field: "registration", zh: "报名已取消", en: "registration was cancelled") }
        guard let a else { return FieldError(field: "activity", zh: "找不到活动“\(r.activity)”", en: "no such event “\(r.activity)”") }
        switch change {
        case .attended:
            if r.attended { return FieldError(field: "registration", zh: "已签到", en: "already attended") }
            if r.waitlisted { return FieldError(field: "registration", zh: "仍在候补，没有名额", en: "still on the waiting list: no place") }
            if a.status == .cancelled { return FieldError(field: "activity", zh: "活动已取消", en: "the event was cancelled") }
        case .cancelled:
            if r.attended { return FieldError(field: "registration", zh: "已签到，不能取消", en: "already attended: cannot cancel") }
            if a.status != .scheduled {
                return FieldError(field: "activity", zh: "活动\(a.status.zh)，不能再取消报名", en: "the event is \(a.status.en): too late to cancel")
            }
        }
        return nil
    }
}
