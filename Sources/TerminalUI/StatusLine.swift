/// The bottom line: a key legend on the left (`Enter详情  n登记`), free text on the right.
/// Items that do not fit are dropped whole, never cut in half.
public struct StatusLine: Sendable {
    public struct Item: Hashable, Sendable {
        public var key: String, label: String
        public init(_ key: String, _ label: String) { self.key = key; self.label = label }
    }
    public var items: [Item]
    public var right: String
    public init(items: [Item], right: String = "") { self.items = items; self.right = right }

    public func render(in area: Rect, grid: inout Grid, look: Look) {
        let t = look.theme
        let line = area.row(0)
        guard !line.isEmpty else { return }
        grid.fill(line, style: t[.status])
        let rightText = Text.ellipsize(Sanitizer.clean(right), to: line.width / 2)
        let rw = DisplayWidth.of(rightText)
        grid.put(rightText, x: line.maxX - rw - 1, y: line.y, style: t[.status])
        let limit = line.maxX - rw - 2
        var x = line.x + 1
        for item in items {
            let k = Sanitizer.clean(item.key), l = Sanitizer.clean(item.label)
            let w = DisplayWidth.of(k) + DisplayWidth.of(l)
            if x + w > limit { break }
            x += grid.put(k, x: x, y: line.y, style: t[.statusKey])
            x += grid.put(l, x: x, y: line.y, style: t[.status]) + 2
        }
    }
}
