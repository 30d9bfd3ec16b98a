/// One terminal column. A wide character occupies a lead cell (`width == 2`) and a
/// trailing cell whose `text` is "" (`isContinuation`), so the two never come apart.
public struct Cell: Hashable, Sendable {
    /// One grapheme cluster, or "" for the trailing half of a wide character.
    public var text: String
    public var width: UInt8
    public var style: Style

    public init(_ text: String, width: Int = 1, style: Style = .plain) {
        self.text = text
        self.width = UInt8(width)
        self.style = style
    }

    public static func blank(_ style: Style = .plain) -> Cell { Cell(" ", width: 1, style: style) }
    public static func continuation(_ style: Style) -> Cell { Cell("", width: 0, style: style) }

    public var isContinuation: Bool { text.isEmpty }
}
