/// The tab bar: `1总览  2项目  [3企业]`. The active tab is bracketed so it shows in
/// monochrome too; the others keep the same width, so nothing shifts when switching.
public struct Tabs: Sendable {
    public var titles: [String]
    public var active: Int
    /// The digit shown before each title (defaults to 1, 2, 3 …): a console whose panes
    /// are not all built keeps each pane on its own digit.
    public var numbers: [Int]
    public init(titles: [String], active: Int, numbers: [Int]? = nil) {
        self.titles = titles
        self.active = active
        self.numbers = numbers ?? Array(1...max(1, titles.count))
    }

    /// Returns the columns used.
    @discardableResult
    public func render(in area: Rect, grid: inout Grid, look: Look) -> Int {
        var x = area.x
        for (i, title) in titles.enumerated() {
            let label = "\(i < numbers.count ? numbers[i] : i + 1)" + Sanitizer.clean(title)
            let isActive = i == active
            let text = isActive ? "[" + label + "]" : " " + label + " "
            x += grid.put(text, x: x, y: area.y, maxWidth: area.maxX - x, style: look.theme[isActive ? .tabActive : .tab])
            if x < area.maxX { x += grid.put(" ", x: x, y: area.y, maxWidth: 1, style: look.theme[.tab]) }
        }
        return x - area.x
    }
}
