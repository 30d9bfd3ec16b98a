/// A titled, scrollable list of key → description rows drawn over the screen.
/// Feed it the same key-binding data the panes use, so help never goes stale.
public struct HelpOverlay: Sendable {
    public var title: String
    public var rows: [(key: String, description: String)]
    public private(set) var offset = 0

    public init(title: String, rows: [(key: String, description: String)]) {
        self.title = title; self.rows = rows
    }

    /// Scroll keys; returns false for others (the owner closes it on Esc/?/q). `area` is
    /// where it is drawn, so a page is what shows.
    public mutating func handle(_ key: Key, in area: Rect) -> Bool {
        let box = box(in: area)
        let visible = max(1, box.height - 2)
        let maxOffset = max(0, lines(width: box.width).count - visible)
        switch key {
        case .up, .char("k"): offset -= 1
        case .down, .char("j"): offset += 1
        case .pageUp: offset -= visible
        case .pageDown, .char(" "): offset += visible
        case .home: offset = 0
        case .end: offset = maxOffset
        default: return false
        }
        offset = min(max(0, offset), maxOffset)
        return true
    }

    private var keyWidth: Int { min(16, (rows.map { DisplayWidth.of($0.key) }.max() ?? 0)) }

    /// The box: as wide as the longest row needs, within the area; as tall as its lines
    /// once wrapped to that width, within the area.
    private func box(in area: Rect) -> Rect {
        let descWidth = rows.map { DisplayWidth.of($0.description) }.max() ?? 0
        let width = min(area.width, keyWidth + descWidth + 7)
        return area.centered(width: width, height: lines(width: width).count + 2)
    }

    /// Rows as display lines for a box this wide: a key wider than its column and a
    /// description wider than the rest wrap onto further lines (at spaces, or beside Chinese
    /// characters), so nothing is cut mid-word at 80 columns.
    func lines(width: Int) -> [(key: String, description: String)] {
        let keyWidth = self.keyWidth
        let descWidth = max(8, width - keyWidth - 7)
        var out: [(key: String, description: String)] = []
        for r in rows {
            let keys = Text.wrap(Sanitizer.clean(r.key), width: keyWidth)
            let descs = Text.wrap(Sanitizer.clean(r.description), width: descWidth)
            for i in 0..<max(keys.count, descs.count) {
                out.append((i < keys.count ? keys[i] : "", i < descs.count ? descs[i] : ""))
            }
        }
        return out
    }

    public func render(in area: Rect, grid: inout Grid, look: Look) {
        let t = look.theme
        let keyWidth = self.keyWidth
        let box = box(in: area)
        let lines = lines(width: box.width)
        grid.fill(box, style: t[.dialog])
        let inner = look.box.drawBox(box, in: &grid, style: t[.border], title: title)
        let visible = max(1, inner.height)
        let offset = min(self.offset, max(0, lines.count - visible))
        for (i, r) in lines.dropFirst(offset).prefix(inner.height).enumerated() {
            let y = inner.y + i
            grid.put(Text.pad(r.key, to: keyWidth), x: inner.x + 1, y: y, maxWidth: keyWidth, style: t[.statusKey])
            grid.put(r.description, x: inner.x + keyWidth + 3, y: y, maxWidth: inner.maxX - inner.x - keyWidth - 3, style: t[.dialog])
        }
        if offset + visible < lines.count, inner.width > 2 {
            grid.put(look.ascii ? "v" : "↓", x: inner.maxX - 1, y: inner.maxY - 1, style: t[.dim])
        }
    }
}
