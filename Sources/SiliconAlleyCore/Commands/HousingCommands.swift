/// 新增公寓.
public struct AddApartment: Command {
    public var building, unit, layout, area, rent: String
    public var requiredRole: Role { .operator }

    public init(building: String, unit: String, layout: String, area: String, rent: String) {
        self.building = building
        self.unit = unit
        self.layout = layout
        self.area = area
        self.rent = rent
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let b = checks.required(building, field: "building")
        let u = checks.required(unit, field: "unit", maxLength: 20)
        let l = checks.required(layout, field: "layout", maxLength: 20)
        let a = checks.check { () throws(FieldError) -> Area in try Area.parse(area, field: "area") }
        let r = checks.check { () throws(FieldError) -> Money in try Money.parse(rent, field: "rent") }
        if let b, let u, p.state.apartments.values.contains(where: { $0.building == b && $0.unit == u && !$0.retired }) {
            checks.fail("unit", zh: "该房号已存在", en: "this unit already exists")
        }
        try checks.finish()
        let id = p.newId("apt")
        p.emit(EventKind.apartmentAdded, id, record: Apartment(id: id, building: b!, unit: u!, layout: l!, area: a!, rent: r!, retired: false))
    }
}

/// 登记人才.
public struct RegisterTalent: Command {
    public var name, idNumber, phone, employer, category: String
    public var requiredRole: Role { .clerk }

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
        let idn = checks.check { () throws(FieldError) -> String in try ResidentID.validate(idNumber, field: "idNumber") }
        let ph = checks.check { () throws(FieldError) -> String in try Mobile.validate(phone, field: "phone") }
        var emp: String?
        if !employer.trimmingCharacters(in: .whitespaces).isEmpty {
            emp = checks.enterprise(employer, in: p.state, field: "employer")?.id
        }
        let c = checks.required(category, field: "category", maxLength: 30)
        if let idn, p.state.talents.values.contains(where: { $0.idNumber == idn }) {
            checks.fail("idNumber", zh: "该证件号已登记", en: "this ID number is already registered")
        }
        try checks.finish()
        let id = p.newId("tal")
        p.emit(EventKind.talentRegistered, id, record: Talent(id: id, name: n!, idNumber: idn!, phone: ph!, employer: emp, category: c!))
    }
}

/// 申请入住 (waiting list).
public struct ApplyForHousing: Command {
    public var talent: String
    public var requiredRole: Role { .clerk }

    public init(talent: String) { self.talent = talent }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        _ = checks.reference(talent, in: p.state.talents, field: "talent", zh: "人才", en: "talent")
        if p.state.applications.values.contains(where: { $0.talent == talent && $0.status == .waiting }) {
            checks.fail("talent", zh: "已在轮候名单中", en: "already on the waiting list")
        }
        try checks.finish()
        let id = p.newId("app")
        p.emit(EventKind.housingApplied, id, record: HousingApplication(id: id, talent: talent, appliedOn: p.today, status: .waiting))
    }
}

/// 签约: a lease of a vacant apartment to a talent, for a date range.
public struct SignLease: Command {
    public var apartment, talent, start, end: String
    public var requiredRole: Role { .operator }

    public init(apartment: String, talent: String, start: String, end: String) {
        self.apartment = apartment
        self.talent = talent
        self.start = start
        self.end = end
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let apt = checks.reference(apartment, in: p.state.apartments, field: "apartment", zh: "公寓", en: "apartment")
        _ = checks.reference(talent, in: p.state.talents, field: "talent", zh: "人才", en: "talent")
        let s = checks.date(start, field: "start", required: true)
        let e = checks.date(end, field: "end", required: true)
        if let s, let e, e <= s { checks.fail("end", zh: "结束日须晚于开始日", en: "end must be after start") }
        if let apt, apt.retired { checks.fail("apartment", zh: "该公寓已停用", en: "apartment is retired") }
        if let s, let e {
            let overlapping = p.state.leases.values.contains {
                $0.apartment == apartment && $0.status != .ended && $0.start < e && s < $0.end
            }
            if overlapping { checks.fail("apartment", zh: "该时段已有租约", en: "already leased for these dates") }
        }
        try checks.finish()
        let id = p.newId("lease")
        p.emit(EventKind.leaseSigned, id, record: Lease(id: id, apartment: apartment, talent: talent, start: s!, end: e!, status: .signed))
        // The talent leaves the waiting list.
        for a in p.state.applications.values where a.talent == talent && a.status == .waiting {
            p.emitChanges(EventKind.housingApplicationUpdated, a.id, ["status": .string(ApplicationStatus.allocated.rawValue)])
        }
    }
}

/// 入住 / 退房.
public struct RecordLeaseMove: Command {
    public var lease: String
    public var date: String
    public var checkIn: Bool
    public var requiredRole: Role { .clerk }

    public init(lease: String, date: String, checkIn: Bool) {
        self.lease = lease
        self.date = date
        self.checkIn = checkIn
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let l = checks.reference(lease, in: p.state.leases, field: "lease", zh: "租约", en: "lease")
        let d = checks.date(date, field: "date", required: true)
        if let l {
            if checkIn && l.status != .signed { checks.fail("lease", zh: "租约不是待入住状态", en: "lease is not awaiting check-in") }
            if !checkIn && l.status != .occupied { checks.fail("lease", zh: "尚未入住", en: "not checked in") }
            if !checkIn, let d, let i = l.checkIn, d < i { checks.fail("date", zh: "退房日早于入住日", en: "check-out before check-in") }
        }
        try checks.finish()
        if checkIn {
            p.emitChanges(EventKind.leaseUpdated, lease, ["checkIn": .string(d!.description), "status": .string(LeaseStatus.occupied.rawValue)])
        } else {
            p.emitChanges(EventKind.leaseUpdated, lease, ["checkOut": .string(d!.description), "status": .string(LeaseStatus.ended.rawValue)])
        }
    }
}
