public enum ActivityType: String, Codable, Sendable, CaseIterable {
    case contest        // 创新创业大赛
    case roadshow       // 路演
    case launch         // 发布会
    case symposium      // 企业恳谈会
    case meeting        // 专班例会
    case seminar        // 研讨
    case promotion      // 宣传推介
}

public enum ActivityStatus: String, Codable, Sendable { case scheduled, held, cancelled }

/// An event (活动). Named Activity so it never collides with journal events.
public struct Activity: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var type: ActivityType
    public var date: LocalDate
    public var time: String?             // HH:MM
    public var venue: String
    public var organiser: String
    public var capacity: Int?
    public var status: ActivityStatus
    public var outcome: String?
}

public struct Registration: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var activity: String
    public var enterprise: String?
    public var person: String?
    public var phone: String?
    public var attended: Bool
    public var cancelled: Bool
}

public struct ContestEntry: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var activity: String
    public var team: String
    public var title: String
    public var enterprise: String?
    public var award: String?
    public var incubated: Bool
}

/// A meeting's action item (专班例会 decisions), owned by a unit with a due date.
public struct ActionItem: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var activity: String
    public var text: String
    public var unit: String
    public var due: LocalDate
    public var done: LocalDate?
}
