/// What a unit is now (空置 / 已入住 / 维修 / 预留). Derived, never stored: a unit under an
/// operator's hold is `maintenance` or `reserved`; otherwise a checked-in lease makes it
/// `occupied`, a signed lease awaiting check-in `reserved` (kept for that tenant), and
/// anything else is `vacant`.
public enum ApartmentStatus: String, Codable, Sendable, CaseIterable {
    case vacant, occupied, maintenance, reserved

    public var zh: String {
        switch self {
        case .vacant: return "空置"
        case .occupied: return "已入住"
        case .maintenance: return "维修"
        case .reserved: return "预留"
        }
    }

    public var en: String {
        switch self {
        case .vacant: return "vacant"
        case .occupied: return "occupied"
        case .maintenance: return "maintenance"
        case .reserved: return "reserved"
        }
    }

    /// The grid's cell: the symbol carries the status, so it reads without colour.
    public var symbol: Character {
        switch self {
        case .vacant: return "░"
        case .occupied: return "█"
        case .maintenance: return "▒"
        case .reserved: return "▣"
        }
    }

    /// For `--ascii` (block elements are double-width in some CJK locales).
    public var asciiSymbol: Character {
        switch self {
        case .vacant: return "."
        case .occupied: return "#"
        case .maintenance: return "M"
        case .reserved: return "R"
        }
    }

    /// Parses the words an operator types: the raw value, Chinese or English label.
    public init?(text: String) {
        let t = text.trimmingCharacters(in: .whitespaces).lowercased()
        guard let s = Self.allCases.first(where: { $0.rawValue == t || $0.zh == t || $0.en == t }) else { return nil }
        self = s
    }
}
