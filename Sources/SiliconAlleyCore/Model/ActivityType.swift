/// The plan's kinds of event (活动).
public enum ActivityType: String, Codable, Sendable, CaseIterable {
    case contest        // 创新创业大赛
    case roadshow       // 路演
    case launch         // 发布会
    case symposium      // 企业恳谈会
    case meeting        // 专班例会
    case seminar        // 研讨
    case promotion      // 宣传推介

    public var zh: String {
        switch self {
        case .contest: return "创新创业大赛"
        case .roadshow: return "路演"
        case .launch: return "发布会"
        case .symposium: return "企业恳谈会"
        case .meeting: return "专班例会"
        case .seminar: return "研讨"
        case .promotion: return "宣传推介"
        }
    }

    public var en: String {
        switch self {
        case .contest: return "contest"
        case .roadshow: return "roadshow"
        case .launch: return "launch"
        case .symposium: return "enterprise symposium"
        case .meeting: return "task-force meeting"
        case .seminar: return "seminar"
        case .promotion: return "promotion"
        }
    }

    public var label: Phrase { Phrase(zh, en) }

    /// Meetings whose agenda, decisions and action items are kept (专班例会, and the
    /// 企业恳谈会 whose follow-ups the plan's service mechanism depends on).
    public var keepsMinutes: Bool { self == .meeting || self == .symposium }

    /// Seminars (研讨) are tagged with one of the eight industries.
    public var needsIndustry: Bool { self == .seminar }
}
