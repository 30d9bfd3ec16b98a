/// Horizontal bars with labels, in eighths of a cell (`█▏▎▍▌▋▊▉`) or `#` in ASCII mode.
public struct BarChart: Sendable {
    public var items: [(label: String, value: Double)]
    public var maximum: Double?
    public init(items: [(label: String, value: Double)], maximum: Double? = nil) {
        self.items = items; self.maximum = maximum
    }

    static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// A bar of `value/maximum` of `width` columns (always exactly `width` columns).
    public static func bar(_ value: Double, maximum: Double, width: Int, ascii: Bool) -> String {
        guard width > 0 else { return "" }
        let ratio = maximum > 0 ? min(1, max(0, value / maximum)) : 0
        let units = Int((ratio * Double(width * 8)).rounded())
        var s: String
        if ascii {
            s = String(repeating: "#", count: (units + 4) / 8)
        } else {
            s = String(repeating: "█", count: units / 8)
            if units % 8 > 0 { s.append(eighths[units % 8 - 1]) }
        }
        return s + String(repeating: " ", count: max(0, width - s.count))
    }

    public func render(in area: Rect, grid: inout Grid, look: Look) {
        let t = look.theme
        let lw = min(area.width / 3, items.map { DisplayWidth.of(Sanitizer.clean($0.label)) }.max() ?? 0)
        let m = maximum ?? items.map(\.value).max() ?? 0
        for (i, item) in items.prefix(area.height).enumerated() {
            let y = area.y + i
            grid.put(Text.pad(Sanitizer.clean(item.label), to: lw), x: area.x, y: y, style: t[.row])
            let width = area.width - lw - 1
            let bar = Self.bar(item.value, maximum: m, width: width, ascii: look.ascii)
            let filled = String(bar.prefix { $0 != " " })
            let x = area.x + lw + 1
            grid.fill(Rect(x: x, y: y, width: width, height: 1), style: t[.barEmpty], with: look.ascii ? "." : "░")
            grid.put(filled, x: x, y: y, maxWidth: width, style: t[.barFull])
        }
    }
}

/// A one-line trend: `▁▂▃▄▅▆▇█` (ASCII: ` .:-=+*#`), scaled between min and max.
public enum Sparkline {
    public static func line(_ values: [Double], ascii: Bool = false) -> String {
        let levels: [Character] = ascii ? [" ", ".", ":", "-", "=", "+", "*", "#"] : ["▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"]
        guard let lo = values.min(), let hi = values.max() else { return "" }
        return String(values.map { v -> Character in
            let r = hi > lo ? (v - lo) / (hi - lo) : 0.5
            return levels[min(7, max(0, Int((r * 7).rounded())))]
        })
    }

    public static func render(_ values: [Double], in area: Rect, grid: inout Grid, look: Look) {
        grid.put(line(Array(values.suffix(area.width)), ascii: look.ascii), x: area.x, y: area.y, maxWidth: area.width, style: look.theme[.accent])
    }
}
