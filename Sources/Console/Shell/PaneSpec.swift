import SiliconAlleyCore

/// Everything the shell needs to know about a pane before it exists: its id and digit,
/// its names, what it does, its keys and `:` commands, and how to make it. The tab bar,
/// help, the legend, the palette, `silicon-alley keys` and the README come from here.
public struct PaneSpec: Sendable {
    public let id: PaneID
    public let digit: Int
    public let title: Phrase
    /// The name on a tab when the full ones do not fit (at most 4 columns in Chinese).
    public let short: Phrase
    /// One line saying what the pane is for.
    public let summary: Phrase
    public let bindings: [KeyBinding]
    public let palette: [PaletteInfo]
    /// Whether the list moves apply (documented with the pane's keys).
    public let isList: Bool
    let make: @Sendable (ShellContext) -> any Pane

    public init<P: Pane & SendableMetatype>(_ type: P.Type, id: PaneID, digit: Int, title: Phrase, short: Phrase, summary: Phrase,
                         isList: Bool = true, make: @escaping @Sendable (ShellContext) -> P) {
        self.id = id
        self.digit = digit
        self.title = title
        self.short = short
        self.summary = summary
        self.isList = isList
        bindings = P.Action.bindings
        palette = P.Verb.allCases.map(\.info)
        self.make = { make($0) }
    }

    /// Names `:goto` accepts: the id, the digit, and both titles.
    public var names: [String] { [id.name, String(digit), title.zh, title.en.lowercased(), short.zh, short.en.lowercased()] }
}
