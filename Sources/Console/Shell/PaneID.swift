/// A pane's identity: the name `:goto` accepts and tests refer to. Each pane's spec owns
/// its digit and titles; a new pane needs only a new id here or in its own file.
public struct PaneID: Hashable, Sendable, CustomStringConvertible {
    public let name: String
    public init(_ name: String) { self.name = name }
    public var description: String { name }

    public static let dashboard = PaneID("dashboard")
    public static let projects = PaneID("projects")
    public static let enterprises = PaneID("enterprises")
    public static let housing = PaneID("housing")
    public static let events = PaneID("events")
    public static let window = PaneID("window")
    public static let journal = PaneID("journal")
}
