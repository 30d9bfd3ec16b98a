/// A centred yes/no question.
public struct Dialog: Sendable {
    public enum Outcome: Hashable, Sendable { case none, yes, no }
    public var title: String
    public var message: String
    public var buttons: [String]           // [yes, no] or [ok]
    public private(set) var selected = 0

    public static func confirm(title: String, message: String, yes: String = "是", no: String = "否", defaultNo: Bool = true) -> Dialog {
        var d = Dialog(title: title, message: message, buttons: [yes, no])
        d.selected = defaultNo ? 1 : 0   // destructive questions default to "no"
        return d
    }

    public init(title: String, message: String, buttons: [String]) {
        self.title = title; self.message = message; self.buttons = buttons
    }

    /// Left/Right/Tab choose, Enter confirms the chosen button, y/n answer directly,
    /// Esc is "no".
    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .left, .right, .tab, .backTab: selected = 1 - selected; return .none
        case .enter: return selected == 0 ? .yes : .no
        case .char("y"), .char("Y"): return .yes
        case .char("n"), .char("N"), .escape: return .no
        default: return .none
        }
    }

    public func render(in area: Rect, grid: inout Grid, look: Look) {
        let t = look.theme
        let width = min(area.width, max(30, min(60, DisplayWidth.of(message) + 6)))
        let lines = Text.wrap(Sanitizer.clean(message), width: width - 4)
        let box = area.centered(width: width, height: lines.count + 5)
        grid.fill(box, style: t[.dialog])
        let inner = look.box.drawBox(box, in: &grid, style: t[.dialog], title: title)
        for (i, l) in lines.enumerated() where i < inner.height - 2 {
            grid.put(l, x: inner.x + 1, y: inner.y + i, maxWidth: inner.width - 2, style: t[.dialog])
        }
        let labels = buttons.enumerated().map { i, b in i == selected ? "[" + b + "]" : " " + b + " " }
        let total = labels.map(DisplayWidth.of).reduce(0, +) + 2 * (labels.count - 1)
        var x = inner.x + max(0, (inner.width - total) / 2)
        for (i, l) in labels.enumerated() {
            x += grid.put(l, x: x, y: inner.maxY - 1, maxWidth: inner.maxX - x, style: i == selected ? t[.selection] : t[.dialog]) + 2
        }
    }
}
