/// A column of a `Table`: a fixed width in columns, or a share of the remaining width.
public struct TableColumn: Sendable {
    public enum Width: Sendable, Hashable {
        case fixed(Int)
        case flex(Int)   // weight
    }
    public var title: String
    public var width: Width
    public var align: Text.Alignment
    /// A flexible column never gets less than this (identifiers such as receipt numbers
    /// must not be cut; names give way first).
    public var minWidth: Int

    public init(_ title: String, width: Width, align: Text.Alignment = .left, minWidth: Int = 0) {
        self.title = title
        self.width = width
        self.align = align
        self.minWidth = minWidth
    }
}

/// A scrolling table. Rows come from `row(index)`, called only for the rows on screen,
/// so 100 000 rows cost what 100 do. Cells are sanitized and padded by display width, so
/// CJK and ASCII rows line up. The selected row gets a `▶` marker and the selection style
/// (visible in monochrome too).
public struct Table {
    public var columns: [TableColumn]
    public var rowCount: Int
    public var row: (Int) -> [String]
    public var showHeader: Bool = true
    /// A role for rows that must stand out (overdue, expiring); the selection still wins.
    public var rowRole: ((Int) -> ThemeRole?)?

    public init(columns: [TableColumn], rowCount: Int, row: @escaping (Int) -> [String]) {
        self.columns = columns
        self.rowCount = rowCount
        self.row = row
    }

    /// Column widths for a total width: one marker column, one space between columns.
    public func layout(width total: Int) -> [Int] {
        let gaps = max(0, columns.count - 1)
        var remaining = max(0, total - 1 - gaps)
        var widths = columns.map { c -> Int in
            if case .fixed(let w) = c.width { let k = min(w, remaining); remaining -= k; return k }
            return 0
        }
        let weights = columns.map { c -> Int in if case .flex(let w) = c.width { return max(1, w) } else { return 0 } }
        // Minimums first, then the rest by weight, each flex column topped up to its minimum.
        for (i, w) in weights.enumerated() where w > 0 {
            widths[i] = min(columns[i].minWidth, remaining)
            remaining -= widths[i]
        }
        let totalWeight = weights.reduce(0, +)
        if totalWeight > 0 {
            let pool = remaining + weights.indices.reduce(0) { $0 + (weights[$1] > 0 ? widths[$1] : 0) }
            var targets = weights.map { pool * $0 / max(1, totalWeight) }
            // Columns whose minimum exceeds their share keep the minimum; the others share the rest.
            var given = 0
            var lastFlex = 0
            for (i, w) in weights.enumerated() where w > 0 {
                targets[i] = max(targets[i], widths[i])
                lastFlex = i
            }
            let over = targets.indices.reduce(0) { $0 + (weights[$1] > 0 ? targets[$1] : 0) } - pool
            if over > 0 {
                // Take the excess from the columns above their minimum, last first.
                var excess = over
                for i in weights.indices.reversed() where weights[i] > 0 && excess > 0 {
                    let spare = targets[i] - widths[i]
                    let cut = min(spare, excess)
                    targets[i] -= cut
                    excess -= cut
                }
            }
            for (i, w) in weights.enumerated() where w > 0 { widths[i] = targets[i]; given += widths[i] }
            widths[lastFlex] += pool - given   // rounding leftovers to the last flex column
        }
        return widths
    }

    /// Data rows that fit in `area` (the header takes one): the page size for moves.
    public func page(in area: Rect) -> Int { max(1, area.height - (showHeader ? 1 : 0)) }

    public func render(_ state: TableState, in area: Rect, grid: inout Grid, look: Look) {
        guard !area.isEmpty else { return }
        let theme = look.theme
        let widths = layout(width: area.width)
        var y = area.y
        if showHeader {
            grid.fill(area.row(0), style: theme[.header])
            var titles = columns.map(\.title)
            if let s = state.sortColumn, s < titles.count {
                titles[s] += look.ascii ? (state.ascending ? "^" : "v") : (state.ascending ? "▲" : "▼")
            }
            drawCells(titles, widths: widths, x: area.x + 1, y: y, grid: &grid, style: theme[.header], look: look)
            y += 1
        }
        let visible = max(0, area.maxY - y)
        let selected = state.clampedSelection(rowCount: rowCount)
        let offset = state.visibleOffset(page: visible, rowCount: rowCount)
        for i in 0..<visible {
            let index = offset + i
            let line = Rect(x: area.x, y: y + i, width: area.width, height: 1)
            guard index < rowCount else { grid.fill(line, style: theme[.row]); continue }
            let isSelected = index == selected
            let style = isSelected ? theme[.selection] : (rowRole?(index).map { theme[$0] } ?? theme[.row])
            grid.fill(line, style: style)
            if isSelected { grid.put(look.marker, x: area.x, y: line.y, maxWidth: 1, style: style) }
            drawCells(row(index).map(Sanitizer.clean), widths: widths, x: area.x + 1, y: line.y, grid: &grid, style: style, look: look)
        }
    }

    private func drawCells(_ cells: [String], widths: [Int], x: Int, y: Int, grid: inout Grid, style: Style, look: Look) {
        var col = x
        for (i, w) in widths.enumerated() {
            if w > 0 {
                let text = i < cells.count ? cells[i] : ""
                let fitted = DisplayWidth.of(text) > w ? Text.ellipsize(text, to: w, ellipsis: look.ellipsis) : text
                grid.put(Text.pad(fitted, to: w, align: columns[i].align), x: col, y: y, maxWidth: w, style: style)
            }
            col += w + 1
        }
    }
}
