/// Border glyphs. `.ascii` is for terminals/fonts that draw box characters double-width
/// (some CJK locales) or not at all.
public struct BoxChars: Hashable, Sendable {
    public let horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight: Character

    public static let unicode = BoxChars(horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐",
                                         bottomLeft: "└", bottomRight: "┘")
    public static let ascii = BoxChars(horizontal: "-", vertical: "|", topLeft: "+", topRight: "+",
                                       bottomLeft: "+", bottomRight: "+")

    public static func select(ascii: Bool) -> BoxChars { ascii ? .ascii : .unicode }

    /// Draws a frame around `rect` with an optional title in the top edge; returns the inside.
    @discardableResult
    public func drawBox(_ rect: Rect, in grid: inout Grid, style: Style, title: String? = nil) -> Rect {
        guard rect.width >= 2, rect.height >= 2 else { return Rect(x: rect.x, y: rect.y, width: 0, height: 0) }
        let inner = String(repeating: horizontal, count: rect.width - 2)
        grid.put(String(topLeft) + inner + String(topRight), x: rect.x, y: rect.y, style: style)
        grid.put(String(bottomLeft) + inner + String(bottomRight), x: rect.x, y: rect.maxY - 1, style: style)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            grid.put(String(vertical), x: rect.x, y: y, style: style)
            grid.put(String(vertical), x: rect.maxX - 1, y: y, style: style)
        }
        if let title, rect.width > 4 {
            grid.put(" " + Sanitizer.clean(title) + " ", x: rect.x + 2, y: rect.y, maxWidth: rect.width - 4, style: style.adding(.bold))
        }
        return rect.inset(by: 1)
    }

    /// A horizontal rule across `width` columns.
    public func rule(_ width: Int) -> String { String(repeating: horizontal, count: max(0, width)) }
}
