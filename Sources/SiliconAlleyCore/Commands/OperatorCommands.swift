/// Assigning roles is an admin's job; the login must look like a login.
public struct AssignRole: Command {
    public var login: String
    public var role: Role
    public var requiredRole: Role { .admin }

    public init(login: String, role: Role) {
        self.login = login
        self.role = role
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        let l = login.trimmingCharacters(in: .whitespaces)
        guard OperatorRules.isLogin(l) else { throw CommandRejected(field: "login", zh: "登录名只能含字母、数字和 . _ -", en: "a login has only letters, digits and . _ -") }
        if l == p.actor && role != .admin && OperatorRules.activeAdmins(p.state) <= 1 {
            throw CommandRejected(field: "role", zh: "不能撤下最后一位管理员", en: "cannot demote the last admin")
        }
        p.emit(EventKind.operatorAssigned, "op:\(l)", .object(["login": .string(l), "role": .string(role.rawValue)]))
    }
}

public struct RemoveOperator: Command {
    public var login: String
    public var requiredRole: Role { .admin }

    public init(login: String) { self.login = login }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        guard let op = p.state.operators[login], !op.removed else {
            throw CommandRejected(field: "login", zh: "没有该操作员", en: "no such operator")
        }
        if op.role == .admin && OperatorRules.activeAdmins(p.state) <= 1 {
            throw CommandRejected(field: "login", zh: "不能移除最后一位管理员", en: "cannot remove the last admin")
        }
        p.emit(EventKind.operatorRemoved, "op:\(login)", .object(["login": .string(login)]))
    }
}
