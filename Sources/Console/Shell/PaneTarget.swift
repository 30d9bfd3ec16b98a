/// Where to take the operator in a pane: "go to enterprises, filtered to what this figure
/// counts". Each pane reads the parts it understands.
public struct PaneTarget: Sendable, Hashable {
    /// Text for the `/` filter.
    public var filter: String?
    /// Named filters the pane knows (`industry=ai`, `late=yes`), as in `export --filter`.
    public var criteria: [String: String]
    /// A record to select, by id.
    public var select: String?

    public init(filter: String? = nil, criteria: [String: String] = [:], select: String? = nil) {
        self.filter = filter
        self.criteria = criteria
        self.select = select
    }
}
