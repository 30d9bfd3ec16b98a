import SiliconAlleyCore
import TerminalUI

/// Where the occupancy grid's rows and cells go in an area: one row per floor (top floor
/// first), one cell per place on the floor. A cell is the selection marker, the status
/// symbol and — when the building's floors fit the width — the unit number, never cut;
/// otherwise symbols alone under position numbers (the selected unit is named below the
/// grid). Floors or places beyond the area scroll with the selection. A pure function of
/// the grid, the area and the selection, shared by the keys (page size) and the drawing.
struct HousingGridLayout {
    let grid: OccupancyGrid
    let area: Rect
    /// Floor labels ("8F", "B1", "—"), right-aligned in this many columns.
    let labelWidth: Int
    /// The widest unit number in the building.
    let unitWidth: Int
    /// Unit numbers in the cells (false: symbols only, position numbers on a header row).
    let withNumbers: Bool
    let cellWidth: Int
    let visibleColumns: Int
    /// Floors on screen (the header row, when there is one, is not counted).
    let visibleRows: Int

    init(_ grid: OccupancyGrid, in area: Rect) {
        self.grid = grid
        self.area = area
        labelWidth = max(2, grid.rows.map { DisplayWidth.of($0.label) }.max() ?? 2)
        unitWidth = max(3, grid.rows.flatMap { $0.cells.compactMap { $0.map { DisplayWidth.of(Sanitizer.clean($0.apartment.unit)) } } }.max() ?? 3)
        let room = max(0, area.width - labelWidth - 2)
        let columns = max(1, grid.columns)
        // marker, symbol, space, number, gap
        if columns * (unitWidth + 4) <= room {
            withNumbers = true
            cellWidth = unitWidth + 4
        } else {
            withNumbers = false
            cellWidth = 3
        }
        visibleColumns = max(1, min(columns, room / cellWidth))
        visibleRows = max(1, area.height - (withNumbers ? 0 : 1))
    }

    /// The first floor row shown, keeping `row` on screen.
    func rowOffset(_ state: TableState) -> Int { state.visibleOffset(page: visibleRows, rowCount: grid.rows.count) }

    /// The first place shown, keeping `column` on screen (centred when the floor is wider).
    func columnOffset(_ column: Int) -> Int {
        let columns = max(1, grid.columns)
        guard columns > visibleColumns else { return 0 }
        return min(max(0, column - visibleColumns / 2), columns - visibleColumns)
    }

    /// Where cell `column` of the visible window starts.
    func cellX(_ column: Int, offset: Int) -> Int { area.x + labelWidth + 2 + (column - offset) * cellWidth }
}

extension OccupancyGrid {
    /// The row and column of a unit, if it is on this grid.
    func place(of apartment: String) -> (row: Int, column: Int)? {
        for (r, row) in rows.enumerated() {
            if let c = row.cells.firstIndex(where: { $0?.apartment.id == apartment }) { return (r, c) }
        }
        return nil
    }

    /// The column in `row` with a unit nearest to `column` (rows are never empty).
    func nearestColumn(in row: Int, to column: Int) -> Int {
        guard rows.indices.contains(row) else { return 0 }
        let cells = rows[row].cells
        let filled = cells.indices.filter { cells[$0] != nil }
        return filled.min { abs($0 - column) < abs($1 - column) } ?? 0
    }

    /// The next column with a unit in `row` after `column` in `step`'s direction, if any.
    func nextColumn(in row: Int, from column: Int, step: Int) -> Int? {
        guard rows.indices.contains(row) else { return nil }
        let cells = rows[row].cells
        var c = column + step
        while cells.indices.contains(c) {
            if cells[c] != nil { return c }
            c += step
        }
        return nil
    }

    func unit(row: Int, column: Int) -> UnitSummary? {
        guard rows.indices.contains(row), rows[row].cells.indices.contains(column) else { return nil }
        return rows[row].cells[column]
    }
}
