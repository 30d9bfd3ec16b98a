import Foundation

/// 登记人才: name, resident ID (GB 11643, birth date not after today), mobile, an employer from
/// the registry, a category.
public struct RegisterTalent: Command {
    public var name, idNumber, phone, employer, category: String
    public var requiredRole: Role { .clerk }

    /// `employer`: the enterprise's id or USCC.
    public init(name: String, idNumber: String, phone: String, employer: String, category: String) {
        self.name = name
        self.idNumber = idNumber
        self.phone = phone
        self.employer = employer
        self.category = category
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let n = checks.required(name, field: "name", maxLength: 50)
        let today = p.today
        let idn = checks.check { () throws(FieldError) -> String in try ResidentID.validate(idNumber, field: "idNumber", today: today) }
        let ph = checks.check { () throws(FieldError) -> String in try Mobile.validate(phone, field: "phone") }
        let emp = checks.enterprise(employer, in: p.state, field: "employer")
        let c = checks.required(category, field: "category", maxLength: 30)
        let id = p.newId("tal")
        // The rules below run only on a whole record; a number already registered is named
        // with the form's other errors all the same.
        if !checks.errors.isEmpty, let idn, let other = p.state.talents.values.first(where: { $0.idNumber == idn }) {
            checks.fail("idNumber", zh: "该证件号已登记：\(other.name)", en: "this ID number is already registered: \(other.name)")
        }
        if checks.errors.isEmpty, let n, let idn, let ph, let emp, let c {
            let record = Talent(id: id, name: n, idNumber: idn, phone: ph, employer: emp.id, category: c)
            checks.add(HousingRules.newTalent(record, in: p.state, today: today))
            try checks.finish()
            p.emit(EventKind.talentRegistered, id, record: record)
        }
        try checks.finish()
    }
}

/// 申请入住: a place on the waiting list with a priority (1 first … 5). `appliedOn` is the date
/// the application was received (a paper one may be entered later); empty means today.
public struct ApplyForHousing: Command {
    public var talent, priority, appliedOn, note: String
    public var requiredRole: Role { .clerk }

    public init(talent: String, priority: String, appliedOn: String = "", note: String = "") {
        self.talent = talent
        self.priority = priority
        self.appliedOn = appliedOn
        self.note = note
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        _ = checks.reference(talent, in: p.state.talents, field: "talent", zh: "人才", en: "talent")
        let pr = checks.check { () throws(FieldError) -> Int in try Count.parse(priority, field: "priority") }
        let on = checks.date(appliedOn, field: "appliedOn", required: false) ?? p.today
        let n = checks.optionalText(note, field: "note", maxLength: HousingRules.noteLength)
        let id = p.newId("app")
        if checks.errors.isEmpty, let pr {
            let record = HousingApplication(id: id, talent: talent.trimmingCharacters(in: .whitespaces), appliedOn: on,
                                            status: .waiting, priority: pr, note: n)
            checks.add(HousingRules.newApplication(record, in: p.state, today: p.today))
            try checks.finish()
            p.emit(EventKind.housingApplied, id, record: record)
        }
        try checks.finish()
    }
}

/// 撤回申请: the application leaves the waiting list (kept, with the reason).
public struct WithdrawApplication: Command {
    public var application, reason: String
    public var requiredRole: Role { .clerk }

    public init(application: String, reason: String) {
        self.application = application
        self.reason = reason
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let a = checks.reference(application, in: p.state.applications, field: "application", zh: "申请", en: "application")
        let r = checks.optionalText(reason, field: "reason", maxLength: HousingRules.noteLength)
        if let a { checks.add(HousingRules.withdraw(a, reason: r)) }
        try checks.finish()
        p.emit(EventKind.housingWithdrawn, a!.id, .object(["date": .string(p.today.description), "reason": .string(r!)]))
    }
}

/// 分配: offers a vacant unit to the first eligible applicant on the waiting list (by priority,
/// then date) — one not housed and with no lease during the term — as a lease awaiting check-in.
/// Refused when the unit is not vacant or nobody is eligible. `rent` empty: the unit's rent.
public struct AllocateApartment: Command {
    public var apartment, start, end, rent: String
    public var requiredRole: Role { .operator }

    public init(apartment: String, start: String, end: String, rent: String = "") {
        self.apartment = apartment
        self.start = start
        self.end = end
        self.rent = rent
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let apt = checks.reference(apartment, in: p.state.apartments, field: "apartment", zh: "公寓", en: "apartment")
        let s = checks.date(start, field: "start", required: true)
        let e = checks.date(end, field: "end", required: true)
        let r = checks.optional(rent) { t throws(FieldError) in try Money.parse(t, field: "rent") }
        if let s, let e, e <= s { checks.fail("end", zh: "结束日须晚于开始日", en: "end must be after start") }
        if let apt {
            checks.add(HousingRules.leasable(apt))
            if let s, let e, s < e { checks.add(HousingRules.unitConflicts(apt.id, s, e, except: nil, in: p.state)) }
        }
        try checks.finish()
        guard let first = WaitingList.firstEligible(apartment: apt!.id, start: s!, end: e!, in: p.state) else {
            let waiting = WaitingList.ordered(p.state).count
            throw CommandRejected(field: "waitingList",
                                  zh: "轮候名单中没有符合条件的申请人（轮候 \(waiting) 人，均已入住或租期冲突）",
                                  en: "nobody on the waiting list is eligible (\(waiting) waiting, all housed or with a clashing lease)")
        }
        let id = p.newId("lease")
        let lease = Lease(id: id, apartment: apt!.id, talent: first.talent, start: s!, end: e!, rent: r ?? apt!.rent,
                          signedOn: p.today, application: first.id)
        checks.add(HousingRules.allocation(lease, in: p.state))
        try checks.finish()
        p.emit(EventKind.housingAllocated, id, record: lease)
    }
}
