/// One of the 15 policy measures (《若干措施》), coded "group-item", e.g. "1-1".
public struct Measure: Sendable, Hashable, Codable, Identifiable {
    public let code: String
    public let group: Int
    /// Full name as in the plan: 打造硅巷创新龙头产品.
    public let zh: String
    /// Without “硅巷”: 打造创新龙头产品.
    public let short: String
    public let en: String

    public var id: String { code }
}

/// One of the five groups (类) of measures.
public struct MeasureGroup: Sendable, Hashable, Codable, Identifiable {
    public let number: Int
    public let zh: String
    public let short: String
    public let en: String

    public var id: Int { number }
}
