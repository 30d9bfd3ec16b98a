/// One building's occupancy picture (入住图): a row per floor, top floor first, a column per
/// position on the floor; each cell a unit with its status (whose `symbol` reads without
/// colour), or nil where the floor has no unit at that position. Floors with no unit in use
/// get no row; units from before floors were recorded share a last row (floor nil).
public struct OccupancyGrid: Sendable, Hashable {
    public struct Row: Sendable, Hashable {
        public var floor: Int?
        /// "5F", "B1", or "—" for units without a floor.
        public var label: String
        /// `cells[i]` is position i + 1.
        public var cells: [UnitSummary?]
    }

    public var building: String
    public var rows: [Row]
    /// The widest floor: every row has this many cells.
    public var columns: Int
    public var occupancy: BuildingOccupancy

    public static func make(building: String, in s: DomainState) -> OccupancyGrid {
        let units = HousingUnits.all(s, building: building)
        var byFloor: [Int: [UnitSummary]] = [:]
        var unplaced: [UnitSummary] = []
        for u in units {
            if let f = u.apartment.floor, u.apartment.position != nil { byFloor[f, default: []].append(u) } else { unplaced.append(u) }
        }
        let widest = byFloor.values.flatMap { $0.compactMap(\.apartment.position) }.max() ?? 0
        let columns = max(widest, unplaced.count)
        var rows: [Row] = byFloor.keys.sorted(by: >).map { f in
            var cells = [UnitSummary?](repeating: nil, count: columns)
            for u in byFloor[f]! { cells[u.apartment.position! - 1] = u }
            return Row(floor: f, label: FloorNumber.label(f), cells: cells)
        }
        if !unplaced.isEmpty {
            rows.append(Row(floor: nil, label: "—", cells: unplaced + [UnitSummary?](repeating: nil, count: columns - unplaced.count)))
        }
        return OccupancyGrid(building: building, rows: rows, columns: columns, occupancy: BuildingOccupancy(building: building, units: units))
    }

    /// Every building's grid, in name order.
    public static func all(_ s: DomainState) -> [OccupancyGrid] {
        HousingUnits.buildings(s).map { make(building: $0, in: s) }
    }

    /// The unit at a floor and position, if any.
    public func cell(floor: Int?, position: Int) -> UnitSummary? {
        guard let row = rows.first(where: { $0.floor == floor }), (1...max(1, columns)).contains(position),
              position <= row.cells.count else { return nil }
        return row.cells[position - 1]
    }
}
