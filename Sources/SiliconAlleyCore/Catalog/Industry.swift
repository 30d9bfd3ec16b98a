/// One of the eight industries (产业体系).
public struct Industry: Sendable, Hashable, Codable, Identifiable {
    /// Stable id, e.g. "ai".
    public let id: String
    /// Group id: "pillar", "featured", "linking" or "frontier".
    public let group: String
    public let zh: String
    public let en: String
    /// A short English name for narrow columns: AI, Health.
    public let shortEn: String
    /// What the plan says to develop in it.
    public let focus: String
}

/// One of the four pairs of industries.
public struct IndustryGroup: Sendable, Hashable, Codable, Identifiable {
    public let id: String
    public let order: Int
    /// 引领支柱产业.
    public let zh: String
    public let en: String
    /// The plan's verb phrase: 做大两个引领支柱产业.
    public let aim: String
}

extension Industry {
    /// The name for narrow columns in the interface language (Chinese names are short already).
    public func short(_ l: Language) -> String { l == .zh ? zh : shortEn }
}
