/// What a login may do. Unknown logins are viewers until an admin assigns a role.
public enum Role: String, Codable, Sendable, CaseIterable, Comparable {
    case viewer, clerk, `operator`, admin

    private var rank: Int {
        switch self {
        case .viewer: return 0
        case .clerk: return 1
        case .operator: return 2
        case .admin: return 3
        }
    }

    public static func < (a: Role, b: Role) -> Bool { a.rank < b.rank }

    public var zh: String {
        switch self {
        case .viewer: return "只读"
        case .clerk: return "窗口"
        case .operator: return "操作员"
        case .admin: return "管理员"
        }
    }

    public var en: String { rawValue }
}

public struct OperatorRecord: Codable, Sendable, Hashable {
    public var login: String
    public var role: Role
    public var assignedBy: String
    public var removed: Bool
}
