public enum ProjectCategory: String, Codable, Sendable, CaseIterable {
    case action          // 六大专项行动
    case industry5N      // 产业配套提升 5+N
    case space5N         // 空间改造赋能 5+N
    case other
}

public enum ProjectStatus: String, Codable, Sendable, CaseIterable {
    case planned, active, suspended, done, closed
}

/// 城市更新审批 steps, in order. 国企担保承诺 is optional.
public enum ApprovalStepKind: String, Codable, Sendable, CaseIterable {
    case initiation      // 立项
    case review          // 综合论证
    case guarantee       // 国企担保承诺
    case jointApproval   // 联合审批
    case construction    // 开工
    case completion      // 竣工
}

public struct Project: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var category: ProjectCategory
    public var catalogId: String?
    public var action: String?           // which special action it serves
    public var leadUnit: String?
    public var partners: [String]
    public var place: String?
    public var tier: String?
    public var phase: String?            // 规模拓展 / 效能提升
    public var status: ProjectStatus
    public var fastTrack: Bool           // 绿色通道
    public var milestones: [Milestone]
    public var approval: [ApprovalStep]
    public var notes: [ProgressNote]
}

public struct Milestone: Codable, Sendable, Hashable {
    public var id: String
    public var title: String
    public var due: LocalDate
    public var done: LocalDate?
}

public struct ApprovalStep: Codable, Sendable, Hashable {
    public var step: ApprovalStepKind
    public var started: LocalDate
    public var limitDays: Int?
    public var done: LocalDate?
}

public struct ProgressNote: Codable, Sendable, Hashable {
    public var date: LocalDate
    public var text: String
    public var actor: String
}
