public struct ConsoleOptions: Sendable {
    public var window: Bool
    public var theme: String
    public var english: Bool
    public var ascii: Bool
    public var environment: [String: String]
    /// The pane to open on (`--pane`): an id, a digit or a title; nil opens the overview.
    public var pane: String?

    public init(window: Bool, theme: String, english: Bool, ascii: Bool, environment: [String: String], pane: String? = nil) {
        self.window = window
        self.pane = pane
        self.theme = theme
        self.english = english
        self.ascii = ascii
        self.environment = environment
    }
}
