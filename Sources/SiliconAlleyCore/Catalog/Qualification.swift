/// An enterprise qualification type (资质), e.g. 国家高新技术企业.
public struct Qualification: Sendable, Hashable, Codable, Identifiable {
    /// Stable id, e.g. "hnte".
    public let id: String
    /// Full name: 国家高新技术企业.
    public let zh: String
    /// Short badge for lists: 国高新.
    public let badge: String
    public let en: String
    /// Short badge in English: HNTE.
    public let badgeEn: String
    /// Whether it counts toward the headline KPI (展示区专精特新及国高新占全区比重).
    public let countsTowardTarget: Bool
    /// Usual validity in years, as a default for the expiry field; nil when none applies.
    public let typicalValidityYears: Int?
}

extension Qualification {
    /// The badge for lists in the interface language: 国高新 / HNTE.
    public func badge(_ l: Language) -> String { l == .zh ? badge : badgeEn }
}
