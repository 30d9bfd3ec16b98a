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
        let visible = max(1, box(in: area).height - 2)
        let maxOffset = max(0, rows.count - visible)
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

    private func box(in area: Rect) -> Rect {
        let descWidth = rows.map { DisplayWidth.of($0.description) }.max() ?? 0
        return area.centered(width: keyWidth + descWidth + 7, height: rows.count + 2)
    }

    public func render(in area: Rect, grid: inout Grid, look: Look) {
        let t = look.theme
        let keyWidth = self.keyWidth
        let box = box(in: area)
        grid.fill(box, style: t[.dialog])
        let inner = look.box.drawBox(box, in: &grid, style: t[.border], title: title)
        let visible = max(1, inner.height)
        let offset = min(self.offset, max(0, rows.count - visible))
        for (i, r) in rows.dropFirst(offset).prefix(inner.height).enumerated() {
            let y = inner.y + i
            grid.put(Text.pad(Sanitizer.clean(r.key), to: keyWidth), x: inner.x + 1, y: y, style: t[.statusKey])
            grid.put(Sanitizer.clean(r.description), x: inner.x + keyWidth + 3, y: y, maxWidth: inner.maxX - inner.x - keyWidth - 3, style: t[.dialog])
        }
        if offset + visible < rows.count, inner.width > 2 {
            grid.put(look.ascii ? "v" : "↓", x: inner.maxX - 1, y: inner.maxY - 1, style: t[.dim])
        }
    }
}
