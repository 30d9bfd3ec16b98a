/// Label/value lines with values wrapped by display width under their own column,
/// scrollable when taller than the area.
public struct DetailView: Sendable {
    public var lines: [(label: String, value: String)]
    public var offset = 0

    public init(lines: [(label: String, value: String)]) { self.lines = lines }

    /// The wrapped rows for a width: (label or "", text) pairs.
    public func layout(width: Int) -> [(String, String)] {
        let lw = (lines.map { DisplayWidth.of(Sanitizer.clean($0.label)) }.max() ?? 0) + 2
        var out: [(String, String)] = []
        for l in lines {
            let wrapped = Text.wrap(Sanitizer.clean(l.value), width: max(1, width - lw - 1))
            for (i, w) in (wrapped.isEmpty ? [""] : wrapped).enumerated() {
                out.append((i == 0 ? Sanitizer.clean(l.label) : "", w))
            }
        }
        return out
    }

    public mutating func handle(_ key: Key, height: Int, width: Int) -> Bool {
        let total = layout(width: width).count
        switch key {
        case .up, .char("k"): offset -= 1
        case .down, .char("j"): offset += 1
        case .pageUp: offset -= height
        case .pageDown, .char(" "): offset += height
        case .home: offset = 0
        case .end: offset = total
        default: return false
        }
        offset = min(max(0, offset), max(0, total - height))
        return true
    }

    public func render(in area: Rect, grid: inout Grid, look: Look) {
        let t = look.theme
        let rows = layout(width: area.width)
        let lw = (lines.map { DisplayWidth.of(Sanitizer.clean($0.label)) }.max() ?? 0) + 2
        grid.fill(area, style: t[.row])
        for (i, r) in rows.dropFirst(offset).prefix(area.height).enumerated() {
            grid.put(r.0, x: area.x + 1, y: area.y + i, maxWidth: lw, style: t[.fieldLabel])
            grid.put(r.1, x: area.x + 1 + lw, y: area.y + i, maxWidth: area.width - lw - 1, style: t[.row])
        }
    }
}
