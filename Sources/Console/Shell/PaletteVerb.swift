import SiliconAlleyCore

/// How a `:` command is documented and completed.
public struct PaletteInfo: Sendable {
    public var name: String
    /// What the argument is (nil: the command takes none), e.g. "文件.csv" / "FILE.csv".
    public var argument: Phrase?
    public var help: Phrase

    public init(_ name: String, argument: Phrase? = nil, help: Phrase) {
        self.name = name
        self.argument = argument
        self.help = help
    }

    /// The usage line: `import FILE.csv`.
    public func usage(_ l: Language) -> String { name + (argument.map { " " + $0.text(l) } ?? "") }
}

/// A pane's `:` commands: an enum, so a command typed in the palette reaches typed code.
public protocol PaletteVerb: CaseIterable, Sendable {
    var info: PaletteInfo { get }
}

/// For panes without `:` commands of their own.
public enum NoVerbs: PaletteVerb {
    public var info: PaletteInfo { switch self {} }
}
