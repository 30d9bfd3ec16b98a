/// The tab bar: `1总览 2项目 [3企业]`. The active tab is bracketed so it shows in
/// monochrome too. When the full names do not fit, the others shorten (`人才公寓` → `公寓`,
/// then `2项目` → `2`), never the active one, so seven panes fit 80 columns in either language.
public struct Tabs: Sendable {
    public struct Item: Sendable, Hashable {
        public var digit: Int
        public var title: String
        public var short: String
        public init(digit: Int, title: String, short: String) { self.digit = digit; self.title = title; self.short = short }
    }

    public var items: [Item]
    public var active: Int

    public init(items: [Item], active: Int) {
        self.items = items
        self.active = active
    }

    /// The labels for a width: every title in full, else the others short, else digits only.
    public func labels(fitting width: Int) -> [String] {
        func layout(_ other: (Item) -> String) -> [String] {
            items.enumerated().map { i, item in
                let name = i == active ? item.title : other(item)
                return "\(item.digit)" + Sanitizer.clean(name)
            }
        }
        let candidates = [layout(\.title), layout(\.short), layout { _ in "" }]
        for labels in candidates where Self.width(of: labels) <= width { return labels }
        return candidates[2]
    }

    /// Columns a row of labels takes: brackets around the active one, one space between.
    static func width(of labels: [String]) -> Int {
        labels.reduce(0) { $0 + DisplayWidth.of($1) } + 2 + max(0, labels.count - 1)
    }

    /// Returns the columns used.
    @discardableResult
    public func render(in area: Rect, grid: inout Grid, look: Look) -> Int {
        var x = area.x
        for (i, label) in labels(fitting: area.width).enumerated() {
            let isActive = i == active
            let text = isActive ? "[" + label + "]" : label
            x += grid.put(text, x: x, y: area.y, maxWidth: area.maxX - x, style: look.theme[isActive ? .tabActive : .tab])
            if x < area.maxX && i + 1 < items.count { x += grid.put(" ", x: x, y: area.y, maxWidth: 1, style: look.theme[.tab]) }
        }
        return x - area.x
    }
}
