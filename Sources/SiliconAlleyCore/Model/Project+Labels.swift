/// What projects' codes are called on screen and in exports, in both languages (like `Role`).
extension ProjectCategory {
    /// For a list column: 专项行动 / 产业5+N / 空间5+N / 其他.
    public var zh: String {
        switch self {
        case .action: return "专项行动"
        case .industry5N: return "产业5+N"
        case .space5N: return "空间5+N"
        case .other: return "其他"
        }
    }

    public var en: String {
        switch self {
        case .action: return "Action"
        case .industry5N: return "Industry 5+N"
        case .space5N: return "Space 5+N"
        case .other: return "Other"
        }
    }

    /// The plan's own heading, for details and exports.
    public var fullZh: String {
        switch self {
        case .action: return "六大专项行动"
        case .industry5N: return "产业配套提升“5+N”"
        case .space5N: return "空间改造赋能“5+N”"
        case .other: return "其他项目"
        }
    }

    public var fullEn: String {
        switch self {
        case .action: return "The six special actions"
        case .industry5N: return "Industry support 5+N"
        case .space5N: return "Space renewal 5+N"
        case .other: return "Other projects"
        }
    }

    public func label(english: Bool) -> String { english ? en : zh }

    /// The plan's order: actions, industry, space, other.
    public var order: Int { Self.allCases.firstIndex(of: self)! }

    /// Typed as an id, either language's label, or the plan's heading.
    public static func find(_ text: String) -> ProjectCategory? {
        let t = text.trimmingCharacters(in: .whitespaces)
        return allCases.first {
            $0.rawValue.lowercased() == t.lowercased() || $0.zh == t || $0.en.lowercased() == t.lowercased() || $0.fullZh == t
        }
    }
}

extension ProjectStatus {
    public var zh: String {
        switch self {
        case .planned: return "未启动"
        case .active: return "推进中"
        case .suspended: return "暂缓"
        case .done: return "已完成"
        case .closed: return "已关闭"
        }
    }

    public var en: String {
        switch self {
        case .planned: return "planned"
        case .active: return "active"
        case .suspended: return "suspended"
        case .done: return "done"
        case .closed: return "closed"
        }
    }

    public func label(english: Bool) -> String { english ? en : zh }

    /// Still being supervised: its open milestones and steps can be late.
    public var isOpen: Bool { self == .planned || self == .active || self == .suspended }

    public static func find(_ text: String) -> ProjectStatus? {
        let t = text.trimmingCharacters(in: .whitespaces)
        return allCases.first { $0.rawValue == t.lowercased() || $0.zh == t }
    }
}

extension ApprovalStepKind {
    public var zh: String {
        switch self {
        case .initiation: return "立项"
        case .review: return "综合论证"
        case .guarantee: return "国企担保承诺"
        case .jointApproval: return "联合审批"
        case .construction: return "开工"
        case .completion: return "竣工"
        }
    }

    public var en: String {
        switch self {
        case .initiation: return "initiation"
        case .review: return "comprehensive review"
        case .guarantee: return "SOE guarantee"
        case .jointApproval: return "joint approval"
        case .construction: return "construction"
        case .completion: return "completion"
        }
    }

    public func label(english: Bool) -> String { english ? en : zh }

    /// 国企担保承诺 is the one step a project may skip.
    public var isOptional: Bool { self == .guarantee }

    public var order: Int { Self.allCases.firstIndex(of: self)! }

    public static func find(_ text: String) -> ApprovalStepKind? {
        let t = text.trimmingCharacters(in: .whitespaces)
        return allCases.first { $0.rawValue.lowercased() == t.lowercased() || $0.zh == t || $0.en == t.lowercased() }
    }
}

/// The plan's two phases (分阶段实现从“规模拓展”向“效能提升”跨越). Stored as the Chinese word.
public enum ProjectPhase {
    public static let all: [(zh: String, en: String)] = [("规模拓展", "scale expansion"), ("效能提升", "efficiency gains")]

    /// The stored (Chinese) word for either language's name; nil for anything else.
    public static func find(_ text: String) -> String? {
        let t = text.trimmingCharacters(in: .whitespaces)
        return all.first { $0.zh == t || $0.en == t.lowercased() }?.zh
    }

    public static func label(_ stored: String, english: Bool) -> String {
        english ? (all.first { $0.zh == stored }?.en ?? stored) : stored
    }
}
