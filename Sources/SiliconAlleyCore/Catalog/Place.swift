/// A named place from the plan: a building, plot, park, square or facility.
public struct Place: Sendable, Hashable, Codable, Identifiable {
    /// Stable id, e.g. "gehua".
    public let id: String
    public let zh: String
    public let en: String
    /// Tier id: "showcase", "extension" or "radiation".
    public let tier: String
    /// "building", "plot", "park", "square", "housing", "courtyard" or "service".
    public let kind: String
    /// True where the plan names the place but not its tier, so the tier is our example.
    public let tierAssumed: Bool
    public let note: String
}
