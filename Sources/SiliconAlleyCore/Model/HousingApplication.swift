public enum ApplicationStatus: String, Codable, Sendable, CaseIterable {
    case waiting, allocated, withdrawn

    public var zh: String {
        switch self {
        case .waiting: return "轮候中"
        case .allocated: return "已分配"
        case .withdrawn: return "已撤回"
        }
    }

    public var en: String { rawValue }
}

/// A place on the waiting list (轮候). The list orders by priority (1 first), then the date
/// applied, then the order the applications were entered.
public struct HousingApplication: Codable, Sendable, Hashable, Identifiable {
    public static let priorities = 1...5
    /// What an application entered before priorities existed counts as.
    public static let defaultPriority = 3

    public var id: String
    public var talent: String
    public var appliedOn: LocalDate
    public var status: ApplicationStatus
    /// 1 (first) … 5. Absent on applications entered before priorities existed.
    public var priority: Int?
    public var note: String?
    /// The lease it was allocated to.
    public var lease: String?
    public var withdrawnOn: LocalDate?
    public var withdrawReason: String?

    public init(id: String, talent: String, appliedOn: LocalDate, status: ApplicationStatus, priority: Int?, note: String? = nil) {
        self.id = id
        self.talent = talent
        self.appliedOn = appliedOn
        self.status = status
        self.priority = priority
        self.note = note
    }

    public var effectivePriority: Int { priority ?? Self.defaultPriority }
}
