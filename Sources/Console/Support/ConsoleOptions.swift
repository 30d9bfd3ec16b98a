public struct ConsoleOptions: Sendable {
    public var window: Bool
    public var theme: String
    public var english: Bool
    public var ascii: Bool
    public var environment: [String: String]
    /// The pane to open on (`--pane`): an id, a digit or a title; nil opens the overview.
    public var pane: String?
    /// The window's printer (`--printer`, `--paper`); nil: from the configuration, if any.
    public var printer: String?
    public var paper: String?

    public init(window: Bool, theme: String, english: Bool, ascii: Bool, environment: [String: String], pane: String? = nil,
                printer: String? = nil, paper: String? = nil) {
        self.window = window
        self.printer = printer
        self.paper = paper
        self.pane = pane
        self.theme = theme
        self.english = english
        self.ascii = ascii
        self.environment = environment
    }
}
