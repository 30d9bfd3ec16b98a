import SiliconAlleyCore

/// Everything the housing pane draws, computed from the state once per journal change (or
/// new day), never while drawing. Numbers are masked: it holds `UnitSummary` and
/// `TalentSummary` values, never a `Talent` record.
struct HousingSnapshot {
    var buildings: [String] = []
    var grids: [String: OccupancyGrid] = [:]
    var occupancy: [BuildingOccupancy] = []
    var total = BuildingOccupancy.total(DomainState())
    var expiring: [LeaseExpiry.Entry] = []
    var vacant: [UnitSummary] = []
    var waiting: [WaitingList.Entry] = []
    /// Every unit in use, by apartment id.
    var units: [String: UnitSummary] = [:]

    init() {}

    init(_ s: DomainState, today: LocalDate) {
        let grids = OccupancyGrid.all(s)
        buildings = grids.map(\.building)
        self.grids = Dictionary(uniqueKeysWithValues: grids.map { ($0.building, $0) })
        occupancy = grids.map(\.occupancy)
        total = BuildingOccupancy.total(s)
        expiring = LeaseExpiry.within(days: LeaseExpiry.defaultDays, of: today, in: s)
        waiting = WaitingList.entries(s, on: today)
        for g in grids {
            for row in g.rows {
                for case let u? in row.cells { units[u.apartment.id] = u }
            }
        }
        // The grid's reading order: building, top floor first, position.
        vacant = grids.flatMap { g in g.rows.flatMap { $0.cells.compactMap { $0 } } }.filter { $0.status == .vacant }
    }

    /// How many of each (the view tabs show them).
    func count(_ view: HousingView, building: String?) -> Int? {
        switch view {
        case .grid, .occupancy: return nil
        case .expiring: return expiring.filter { building == nil || $0.unit.building == building }.count
        case .vacant: return vacant.filter { building == nil || $0.apartment.building == building }.count
        case .waiting: return waiting.count
        }
    }
}
