public struct ConsoleOptions: Sendable {
    public var window: Bool
    public var theme: String
    public var english: Bool
    public var ascii: Bool
    public var environment: [String: String]

    public init(window: Bool, theme: String, english: Bool, ascii: Bool, environment: [String: String]) {
        self.window = window
        self.theme = theme
        self.english = english
        self.ascii = ascii
        self.environment = environment
    }
}
