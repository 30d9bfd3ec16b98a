/// A unit that can own a project or ticket (牵头单位/承办单位).
public struct OrgUnit: Sendable, Hashable, Codable, Identifiable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Named or implied by the plan.
        case plan
        /// An outside partner the plan names.
        case partner
        /// A plausible district bureau, listed as an editable example.
        case example
    }

    public let id: String
    public let zh: String
    public let en: String
    public let kind: Kind
    public let role: String
}
