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

/// A supervised project (重点任务): one of the six special actions, a 5+N project, or another.
/// Unit fields hold unit ids (`UnitDirectory`); journals written before units were data hold
/// the unit's Chinese name there, which resolves the same way.
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
    /// When work starts and is to be finished (计划开始 / 目标完成).
    public var start: LocalDate?
    public var target: LocalDate?
    /// The login answering for it day to day (责任人).
    public var owner: String?
    public var milestones: [Milestone]
    public var approval: [ApprovalStep]
    public var notes: [ProgressNote]
    /// 堵点 raised on approval steps.
    public var blockers: [Blocker]

    public init(id: String, name: String, category: ProjectCategory, catalogId: String? = nil, action: String? = nil,
                leadUnit: String? = nil, partners: [String] = [], place: String? = nil, tier: String? = nil,
                phase: String? = nil, status: ProjectStatus = .active, fastTrack: Bool = false, start: LocalDate? = nil,
                target: LocalDate? = nil, owner: String? = nil, milestones: [Milestone] = [], approval: [ApprovalStep] = [],
                notes: [ProgressNote] = [], blockers: [Blocker] = []) {
        self.id = id
        self.name = name
        self.category = category
        self.catalogId = catalogId
        self.action = action
        self.leadUnit = leadUnit
        self.partners = partners
        self.place = place
        self.tier = tier
        self.phase = phase
        self.status = status
        self.fastTrack = fastTrack
        self.start = start
        self.target = target
        self.owner = owner
        self.milestones = milestones
        self.approval = approval
        self.notes = notes
        self.blockers = blockers
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, category, catalogId, action, leadUnit, partners, place, tier, phase, status, fastTrack
        case start, target, owner, milestones, approval, notes, blockers
    }

    /// Older journals have no start, target, owner or blockers: they read as absent.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        category = try c.decode(ProjectCategory.self, forKey: .category)
        catalogId = try c.decodeIfPresent(String.self, forKey: .catalogId)
        action = try c.decodeIfPresent(String.self, forKey: .action)
        leadUnit = try c.decodeIfPresent(String.self, forKey: .leadUnit)
        partners = try c.decodeIfPresent([String].self, forKey: .partners) ?? []
        place = try c.decodeIfPresent(String.self, forKey: .place)
        tier = try c.decodeIfPresent(String.self, forKey: .tier)
        phase = try c.decodeIfPresent(String.self, forKey: .phase)
        status = try c.decode(ProjectStatus.self, forKey: .status)
        fastTrack = try c.decodeIfPresent(Bool.self, forKey: .fastTrack) ?? false
        start = try c.decodeIfPresent(LocalDate.self, forKey: .start)
        target = try c.decodeIfPresent(LocalDate.self, forKey: .target)
        owner = try c.decodeIfPresent(String.self, forKey: .owner)
        milestones = try c.decodeIfPresent([Milestone].self, forKey: .milestones) ?? []
        approval = try c.decodeIfPresent([ApprovalStep].self, forKey: .approval) ?? []
        notes = try c.decodeIfPresent([ProgressNote].self, forKey: .notes) ?? []
        blockers = try c.decodeIfPresent([Blocker].self, forKey: .blockers) ?? []
    }

    /// The step of a kind, if it has started (a step starts at most once).
    public func step(_ kind: ApprovalStepKind) -> ApprovalStep? { approval.first { $0.step == kind } }

    public func milestone(_ id: String) -> Milestone? { milestones.first { $0.id == id } }

    public func blocker(_ id: String) -> Blocker? { blockers.first { $0.id == id } }
}

public struct Milestone: Codable, Sendable, Hashable {
    public var id: String
    public var title: String
    public var due: LocalDate
    public var done: LocalDate?

    public init(id: String, title: String, due: LocalDate, done: LocalDate? = nil) {
        self.id = id
        self.title = title
        self.due = due
        self.done = done
    }
}

public struct ApprovalStep: Codable, Sendable, Hashable {
    public var step: ApprovalStepKind
    public var started: LocalDate
    /// The time limit in working days (`ApprovalClock.stepBasis`); nil for no limit.
    public var limitDays: Int?
    public var done: LocalDate?

    public init(step: ApprovalStepKind, started: LocalDate, limitDays: Int? = nil, done: LocalDate? = nil) {
        self.step = step
        self.started = started
        self.limitDays = limitDays
        self.done = done
    }
}

public struct ProgressNote: Codable, Sendable, Hashable {
    public var date: LocalDate
    public var text: String
    public var actor: String

    public init(date: LocalDate, text: String, actor: String) {
        self.date = date
        self.text = text
        self.actor = actor
    }
}
