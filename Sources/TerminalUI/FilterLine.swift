/// The incremental `/` filter: every edit reports the new text so the list narrows as
/// the operator types; Enter keeps the filter, Esc clears it.
public struct FilterLine: Sendable {
    public enum Outcome: Hashable, Sendable { case none, changed(String), accept(String), cancel }
    public var input: TextField
    /// Reopened on an earlier search, that text is selected: typing starts a new search
    /// (a second F3 for another receipt), while a cursor or deleting key edits the old one.
    public private(set) var replacesOnTyping: Bool

    public init(text: String = "") {
        input = TextField(text)
        replacesOnTyping = !text.isEmpty
    }
    public var text: String { input.text }

    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .enter: return .accept(input.text)
        case .escape: return .cancel
        default:
            let before = input.text
            if replacesOnTyping {
                replacesOnTyping = false
                switch key {
                case .char, .paste: input = TextField("")
                default: break
                }
            }
            guard input.handle(key) else { return .none }
            return input.text == before ? .none : .changed(input.text)
        }
    }

    public func render(in area: Rect, grid: inout Grid, look: Look) -> (x: Int, y: Int) {
        let line = area.row(0)
        grid.fill(line, style: look.theme[.status])
        grid.put("/", x: line.x, y: line.y, style: look.theme[.statusKey])
        let style = replacesOnTyping ? look.theme[.selection] : look.theme[.status]
        return input.render(in: Rect(x: line.x + 1, y: line.y, width: line.width - 1, height: 1), grid: &grid, style: style)
    }
}
