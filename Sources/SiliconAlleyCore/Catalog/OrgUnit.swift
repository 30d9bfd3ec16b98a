/// A unit that can own a project, a blocker or a ticket (牵头单位/责任单位/承办单位). The
/// catalogue lists the plan's units (data/catalog/units.json); operators add the others
/// to the journal (`unit.added`). `UnitDirectory` holds both.
public struct OrgUnit: Sendable, Hashable, Codable, Identifiable {
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// Named or implied by the plan.
        case plan
        /// An outside partner (the plan's, or one an operator adds).
        case partner
        /// A plausible district bureau, listed as an editable example.
        case example
        /// A government body an operator adds: a bureau, a subdistrict, a municipal branch.
        case government

        public var zh: String {
            switch self {
            case .plan: return "计划所列"
            case .partner: return "合作单位"
            case .example: return "示例单位"
            case .government: return "政府部门"
            }
        }

        public var en: String {
            switch self {
            case .plan: return "named by the plan"
            case .partner: return "partner"
            case .example: return "example unit"
            case .government: return "government body"
            }
        }
    }

    public let id: String
    public let zh: String
    public let en: String
    /// A short Chinese name for narrow columns (区科信局); nil means the full name.
    public let short: String?
    /// A short English name for narrow columns (Sci-tech bureau); nil means the full name.
    /// Full English names often share their first words ("District H…"), so a cut one is ambiguous.
    public let shortEn: String?
    public let kind: Kind
    /// Handles service-window requests (承办单位); the window's unit picker lists only these.
    public let window: Bool
    /// What it does, in the plan's words (or the operator's).
    public let role: String

    public init(id: String, zh: String, en: String, short: String? = nil, shortEn: String? = nil, kind: Kind, window: Bool,
                role: String = "") {
        self.id = id
        self.zh = zh
        self.en = en
        self.short = short
        self.shortEn = shortEn
        self.kind = kind
        self.window = window
        self.role = role
    }

    /// The name for a column: the short name in the language asked for, else the full one.
    public func shortName(english: Bool) -> String { english ? (shortEn ?? en) : (short ?? zh) }

    public func name(english: Bool) -> String { english ? en : zh }
}
