public enum TicketType: String, Codable, Sendable, CaseIterable {
    case administrative   // 行政服务
    case ipProtection     // 知识产权保护
    case policy           // 政策申报
    case talent           // 人才服务
    case space            // 空间选址
    case party            // 党群服务
    case other            // 其他
}

public enum TicketStatus: String, Codable, Sendable { case accepted, inProgress, closed, returned }

/// A service-window request. The receipt number is never reused.
public struct Ticket: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var receipt: String
    public var enterprise: String?
    public var applicantName: String?
    public var applicantPhone: String?
    public var type: TicketType
    public var measure: String?
    public var description: String
    public var documents: [String]
    public var unit: String?
    public var status: TicketStatus
    public var acceptedOn: LocalDate
    public var due: LocalDate?
    public var closedOn: LocalDate?
    public var result: String?
    public var approved: Bool?
    public var returnReason: String?
}
