/// How full a building is (入住率): its units in use by status. The rate is occupied units
/// (checked in) over all units in use — those under maintenance or reserved count as not
/// occupied; retired units are not counted at all.
public struct BuildingOccupancy: Sendable, Hashable {
    /// The building, or "" for the whole stock.
    public var building: String
    public var units = 0
    public var occupied = 0
    public var vacant = 0
    public var maintenance = 0
    public var reserved = 0

    init(building: String, units list: [UnitSummary]) {
        self.building = building
        units = list.count
        for u in list {
            switch u.status {
            case .occupied: occupied += 1
            case .vacant: vacant += 1
            case .maintenance: maintenance += 1
            case .reserved: reserved += 1
            }
        }
    }

    /// 0…1; nil without units.
    public var rate: Double? { units == 0 ? nil : Double(occupied) / Double(units) }

    /// "92%" (rounded down, so 99.6% never shows as full), "—" without units.
    public var percentText: String {
        guard units > 0 else { return "—" }
        return "\((occupied * 200 + units) / (units * 2))%"   // rounded, not cut: 11/12 is 92%
    }

    public func count(_ status: ApartmentStatus) -> Int {
        switch status {
        case .occupied: return occupied
        case .vacant: return vacant
        case .maintenance: return maintenance
        case .reserved: return reserved
        }
    }

    /// One figure per building, in name order.
    public static func byBuilding(_ s: DomainState) -> [BuildingOccupancy] {
        let all = HousingUnits.all(s)
        let grouped = Dictionary(grouping: all, by: \.apartment.building)
        return grouped.keys.sorted().map { BuildingOccupancy(building: $0, units: grouped[$0]!) }
    }

    /// The whole stock.
    public static func total(_ s: DomainState) -> BuildingOccupancy {
        BuildingOccupancy(building: "", units: HousingUnits.all(s))
    }
}
