/// An off-screen frame of cells. Widgets draw here; only `NcursesScreen` copies it to
/// the terminal, and only the cells that changed since the last frame.
///
/// Invariant: a wide lead cell is always followed by its continuation cell, so
/// overwriting either half blanks the other (no glyph debris).
public struct Grid: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int, style: Style = .plain) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank(style), count: self.width * self.height)
    }

    public var bounds: Rect { Rect(x: 0, y: 0, width: width, height: height) }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Writes `text` as given (widgets sanitize data first) starting at (x, y), clipped to
    /// the grid and to `maxWidth` columns. A wide character that would straddle the
    /// limit becomes a space. Returns the columns used.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, maxWidth: Int? = nil, style: Style = .plain) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(width, x + (maxWidth ?? width))
        var col = x
        for ch in text {
            let w = DisplayWidth.of(ch)
            if w == 0 { continue }   // stray combining marks/format chars have no cell of their own
            if col >= limit { break }
            if col + w > limit {
                // Straddles the edge: fill what is left with spaces instead of half a glyph.
                while col < limit { set(.blank(style), x: col, y: y); col += 1 }
                break
            }
            if col >= 0 {
                set(Cell(String(ch), width: w, style: style), x: col, y: y)
                if w == 2 { set(.continuation(style), x: col + 1, y: y) }
            } else if col + w > 0 {
                set(.blank(style), x: 0, y: y)   // left half clipped off-grid
            }
            col += w
        }
        return max(0, col - max(x, 0))
    }

    /// Fills `rect` with spaces in `style`.
    public mutating func fill(_ rect: Rect, style: Style = .plain, with char: Character = " ") {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        let w = DisplayWidth.of(char)
        for yy in r.y..<r.maxY {
            if w == 1 {
                for xx in r.x..<r.maxX { set(Cell(String(char), style: style), x: xx, y: yy) }
            } else {
                put(String(repeating: char, count: r.width), x: r.x, y: yy, maxWidth: r.width, style: style)
            }
        }
    }

    /// Changes the style of every cell in `rect`, keeping the text (e.g. selection).
    public mutating func paint(_ rect: Rect, style: Style) {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        for yy in r.y..<r.maxY { for xx in r.x..<r.maxX { cells[yy * width + xx].style = style } }
    }

    /// The text of row `y`; trailing halves of wide characters are skipped.
    public func row(_ y: Int) -> String {
        guard y >= 0, y < height else { return "" }
        var s = ""
        for x in 0..<width { s += cells[y * width + x].text }
        return s
    }

    /// All rows joined by "\n" (for tests and snapshots).
    public var text: String { (0..<height).map(row).joined(separator: "\n") }

    /// Places one cell, blanking any wide character it would cut in half.
    mutating func set(_ cell: Cell, x: Int, y: Int) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        let i = y * width + x
        let old = cells[i]
        if old.isContinuation, x > 0, cells[i - 1].width == 2 {
            cells[i - 1] = .blank(cells[i - 1].style)
        }
        if old.width == 2, x + 1 < width {
            // The old wide char's right half; a new wide char rewrites it right after.
            if cells[i + 1].isContinuation { cells[i + 1] = .blank(cells[i + 1].style) }
        }
        if cell.width == 2, x + 1 >= width {
            cells[i] = .blank(cell.style)   // never leave a lead without its continuation
            return
        }
        cells[i] = cell
    }
}
