/// A unit as lists, the grid's cells and details show it: its status, its running lease and
/// tenant, and its last tenant (numbers masked).
public struct UnitSummary: Sendable, Hashable {
    public var apartment: Apartment
    public var status: ApartmentStatus
    /// The signed or checked-in lease, and its tenant.
    public var lease: Lease?
    public var tenant: TalentSummary?
    /// The most recent ended lease, and its tenant (上一租户).
    public var lastLease: Lease?
    public var lastTenant: TalentSummary?

    public init(_ a: Apartment, index: HousingIndex, in s: DomainState) {
        apartment = a
        status = index.status(of: a)
        lease = index.activeByApartment[a.id]
        tenant = lease.flatMap { s.talents[$0.talent] }.map { TalentSummary($0, in: s) }
        lastLease = index.lastEnded(ofApartment: a.id)
        lastTenant = lastLease.flatMap { s.talents[$0.talent] }.map { TalentSummary($0, in: s) }
    }

    /// Why an operator hold is on, if one is.
    public var holdNote: String? { apartment.hold?.note }
    public var monthlyRent: Money { lease?.rent ?? apartment.rent }
}

/// Units in use, in the grid's reading order.
public enum HousingUnits {
    /// Every unit in use (retired ones left out), by building, floor (top first), position, unit.
    public static func all(_ s: DomainState, building: String? = nil) -> [UnitSummary] {
        let index = HousingIndex(s)
        return s.apartments.values.filter { !$0.retired && (building == nil || $0.building == building) }
            .sorted(by: readingOrder).map { UnitSummary($0, index: index, in: s) }
    }

    /// Vacant units: free to allocate (no lease, no hold).
    public static func vacant(_ s: DomainState, building: String? = nil) -> [UnitSummary] {
        all(s, building: building).filter { $0.status == .vacant }
    }

    public static func summary(of id: String, in s: DomainState) -> UnitSummary? {
        s.apartments[id].map { UnitSummary($0, index: HousingIndex(s), in: s) }
    }

    /// Buildings with units in use, in name order.
    public static func buildings(_ s: DomainState) -> [String] {
        Set(s.apartments.values.filter { !$0.retired }.map(\.building)).sorted()
    }

    static func readingOrder(_ a: Apartment, _ b: Apartment) -> Bool {
        if a.building != b.building { return a.building < b.building }
        // Units without a floor come after those with one.
        if a.floor != b.floor { return (a.floor ?? Int.min) > (b.floor ?? Int.min) }
        if a.position != b.position { return (a.position ?? Int.max) < (b.position ?? Int.max) }
        return a.unit < b.unit
    }
}
