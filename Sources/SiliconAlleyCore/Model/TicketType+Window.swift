/// What the window needs to know about each kind of request: its name, the time limit in
/// working days, and the documents to bring. The plan names the services but no limits;
/// these are the window's defaults, kept here in one place to be reviewed.
extension TicketType {
    public var zh: String {
        switch self {
        case .administrative: return "行政服务"
        case .ipProtection: return "知识产权保护"
        case .policy: return "政策申报"
        case .talent: return "人才服务"
        case .space: return "空间选址"
        case .party: return "党群服务"
        case .other: return "其他"
        }
    }

    public var en: String {
        switch self {
        case .administrative: return "administrative"
        case .ipProtection: return "IP protection"
        case .policy: return "policy application"
        case .talent: return "talent services"
        case .space: return "space / site"
        case .party: return "Party services"
        case .other: return "other"
        }
    }

    /// Working days from acceptance to the due date.
    public var timeLimitWorkingDays: Int {
        switch self {
        case .administrative: return 5
        case .ipProtection: return 10
        case .policy: return 10
        case .talent: return 5
        case .space: return 10
        case .party: return 3
        case .other: return 5
        }
    }

    /// Every document the window asks for, in checklist order.
    public static let allDocuments = ["营业执照", "申请表", "身份证明", "财务报表", "证明材料"]

    /// A document's name in both languages: tickets record the Chinese name (the official
    /// one), screens in English show the English.
    public static func documentName(_ zh: String) -> Phrase {
        switch zh {
        case "营业执照": return Phrase(zh, "business licence")
        case "申请表": return Phrase(zh, "application form")
        case "身份证明": return Phrase(zh, "proof of identity")
        case "财务报表": return Phrase(zh, "financial statements")
        case "证明材料": return Phrase(zh, "supporting documents")
        default: return Phrase(same: zh)
        }
    }

    public var documents: [String] {
        switch self {
        case .administrative: return ["营业执照", "申请表", "身份证明"]
        case .ipProtection: return ["营业执照", "申请表", "证明材料"]
        case .policy: return ["营业执照", "申请表", "财务报表", "证明材料"]
        case .talent: return ["身份证明", "申请表", "证明材料"]
        case .space: return ["营业执照", "申请表"]
        case .party, .other: return ["申请表"]
        }
    }

    public static func find(_ text: String) -> TicketType? {
        allCases.first { $0.rawValue == text || $0.zh == text || $0.en == text }
    }
}

extension Ticket {
    public func isOverdue(on today: LocalDate) -> Bool {
        guard let due, status == .accepted || status == .inProgress else { return false }
        return due < today
    }

    public func isDueToday(_ today: LocalDate) -> Bool {
        (status == .accepted || status == .inProgress) && due == today
    }

    public var isOpen: Bool { status == .accepted || status == .inProgress }
}

extension TicketStatus {
    public var zh: String {
        switch self {
        case .accepted: return "受理"
        case .inProgress: return "办理"
        case .closed: return "办结"
        case .returned: return "退回"
        }
    }

    public var en: String {
        switch self {
        case .accepted: return "accepted"
        case .inProgress: return "in progress"
        case .closed: return "closed"
        case .returned: return "returned"
        }
    }
}
