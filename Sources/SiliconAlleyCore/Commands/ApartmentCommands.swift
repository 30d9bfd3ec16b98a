import Foundation

/// 新增公寓: a unit with its floor and place on the floor (the occupancy grid's row and column).
public struct AddApartment: Command {
    public var building, unit, floor, position, layout, area, rent: String
    public var requiredRole: Role { .operator }

    /// `position` empty: the next free place on that floor.
    public init(building: String, unit: String, floor: String, position: String = "", layout: String, area: String, rent: String) {
        self.building = building
        self.unit = unit
        self.floor = floor
        self.position = position
        self.layout = layout
        self.area = area
        self.rent = rent
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let b = checks.required(building, field: "building", maxLength: 50)
        let u = checks.required(unit, field: "unit", maxLength: 20)
        let f = checks.check { () throws(FieldError) -> Int in try FloorNumber.parse(floor, field: "floor") }
        let pos = checks.optional(position) { t throws(FieldError) in try Count.parse(t, field: "position") }
        let l = checks.required(layout, field: "layout", maxLength: 20)
        let a = checks.check { () throws(FieldError) -> Area in try Area.parse(area, field: "area") }
        let r = checks.check { () throws(FieldError) -> Money in try Money.parse(rent, field: "rent") }
        let id = p.newId("apt")
        if checks.errors.isEmpty, let b, let u, let f, let l, let a, let r {
            let place = pos ?? Self.nextPosition(building: b, floor: f, in: p.state)
            let record = Apartment(id: id, building: b, unit: u, floor: f, position: place, layout: l, area: a, rent: r)
            checks.add(HousingRules.newApartment(record, in: p.state))
            try checks.finish()
            p.emit(EventKind.apartmentAdded, id, record: record)
        }
        try checks.finish()
    }

    /// One past the last place in use on that floor.
    static func nextPosition(building: String, floor: Int, in s: DomainState) -> Int {
        let used = s.apartments.values.filter { !$0.retired && $0.building == building && $0.floor == floor }.compactMap(\.position)
        return (used.max() ?? 0) + 1
    }
}

/// 设置公寓状态: maintenance (维修) or reserved (预留) on a unit with no lease running, or back to
/// vacant. Occupancy is not set here: it follows the leases.
public struct SetApartmentStatus: Command {
    public var apartment: String
    public var status: ApartmentStatus
    public var note: String
    public var requiredRole: Role { .operator }

    public init(apartment: String, status: ApartmentStatus, note: String = "") {
        self.apartment = apartment
        self.status = status
        self.note = note
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let a = checks.reference(apartment, in: p.state.apartments, field: "apartment", zh: "公寓", en: "apartment")
        let n = checks.optionalText(note, field: "note", maxLength: HousingRules.noteLength)
        if let a { checks.add(HousingRules.setStatus(a, to: status, note: n, in: p.state)) }
        try checks.finish()
        p.emit(EventKind.apartmentStatusChanged, a!.id, Self.data(status, note: n, date: p.today))
    }

    static func data(_ status: ApartmentStatus, note: String?, date: LocalDate) -> JSONValue {
        var o: JSONObject = ["status": .string(status.rawValue), "date": .string(date.description)]
        if let note { o["note"] = .string(note) }
        return .object(o)
    }
}

/// 停用公寓: the unit leaves the stock (kept, with its history). Not while a lease runs.
public struct RetireApartment: Command {
    public var apartment: String
    public var reason: String
    public var requiredRole: Role { .operator }

    public init(apartment: String, reason: String) {
        self.apartment = apartment
        self.reason = reason
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let a = checks.reference(apartment, in: p.state.apartments, field: "apartment", zh: "公寓", en: "apartment")
        let r = checks.optionalText(reason, field: "reason", maxLength: HousingRules.noteLength)
        if let a { checks.add(HousingRules.retire(a, reason: r, in: p.state)) }
        try checks.finish()
        p.emit(EventKind.apartmentRetired, a!.id, .object(["date": .string(p.today.description), "reason": .string(r!)]))
    }
}
