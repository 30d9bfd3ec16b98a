/// Where an event stands. Only a scheduled event changes; held and cancelled are final.
public enum ActivityStatus: String, Codable, Sendable, CaseIterable {
    case scheduled, held, cancelled

    public var zh: String {
        switch self {
        case .scheduled: return "待举办"
        case .held: return "已举办"
        case .cancelled: return "已取消"
        }
    }

    public var en: String { rawValue }

    public var label: Phrase { Phrase(zh, en) }
}

/// Whether an event takes registrations now (see `Activity.registration(today:)`).
public enum RegistrationWindow: String, Sendable, CaseIterable {
    case open, closed

    public var zh: String { self == .open ? "报名中" : "报名截止" }
    public var en: String { self == .open ? "registration open" : "registration closed" }
    public var label: Phrase { Phrase(zh, en) }
}
