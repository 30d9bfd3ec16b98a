/// 新建项目. A new project is 未启动 (planned) until its start date has come.
public struct CreateProject: Command {
    public var input: ProjectInput
    public var requiredRole: Role { .operator }

    public init(_ input: ProjectInput) { self.input = input }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let id = p.newId("prj")
        let project = input.validated(id: id, base: nil, planner: p, checks: &checks)
        try checks.finish()
        p.emit(EventKind.projectCreated, id, record: project!)
    }
}

/// 编辑项目: every field of the form (name, category, action, units, place, phase, fast track,
/// dates, owner). Refused on a closed project, and if someone else changed the project since
/// the form was opened (`basedOn`, the version the form read).
public struct EditProject: Command {
    public var project: String
    public var input: ProjectInput
    public var basedOn: Int?
    public var requiredRole: Role { .operator }

    public init(project: String, input: ProjectInput, basedOn: Int?) {
        self.project = project
        self.input = input
        self.basedOn = basedOn
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        guard let old = checks.project(project, in: p.state) else { try checks.finish(); return }
        try p.checkVersion(old.id, basedOn: basedOn)
        if old.status == .closed {
            throw CommandRejected(field: "project", zh: "项目已关闭，不能编辑（可先恢复状态）",
                                  en: "the project is closed and cannot be edited (reopen it first)")
        }
        let new = input.validated(id: old.id, base: old, planner: p, checks: &checks)
        if let new { checks.add(ProjectRules.change(from: old, to: new, catalog: p.catalog)) }
        try checks.finish()
        let changes = Self.changes(from: old, to: new!)
        if changes.isEmpty { throw CommandRejected(field: "record", zh: "没有改动", en: "nothing changed") }
        p.emitChanges(EventKind.projectUpdated, old.id, changes)
    }

    /// The fields that differ, as the `changes` of a `*.updated` line (a cleared field is null).
    static func changes(from old: Project, to new: Project) -> [String: JSONValue] {
        let enc = JSONValueEncoder()
        guard case .object(let a) = try! enc.encode(old), case .object(let b) = try! enc.encode(new) else { return [:] }
        var changes: [String: JSONValue] = [:]
        for key in Set(a.keys).union(b.keys) where a[key] != b[key] {
            changes[key] = b[key] ?? .null
        }
        return changes
    }
}

/// 项目状态: start, suspend, resume, finish or close a project (never deleted). A closed
/// project takes no other change until it is reopened here.
public struct SetProjectStatus: Command {
    public var project: String
    public var status: ProjectStatus
    public var basedOn: Int?
    public var requiredRole: Role { .operator }

    public init(project: String, status: ProjectStatus, basedOn: Int? = nil) {
        self.project = project
        self.status = status
        self.basedOn = basedOn
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        guard let pr = checks.project(project, in: p.state) else { try checks.finish(); return }
        try p.checkVersion(pr.id, basedOn: basedOn)
        checks.add(ProjectRules.status(status, on: pr))
        var new = pr
        new.status = status
        // The same whole-record rules replay checks (reopening must not bring back a name
        // another open project now uses).
        checks.add(ProjectRules.record(new, before: pr, in: p.state, catalog: p.catalog))
        try checks.finish()
        p.emitChanges(EventKind.projectUpdated, pr.id, ["status": .string(status.rawValue)])
    }
}

/// 进展记录, dated today and signed by the operator.
public struct AddProgressNote: Command {
    public var project: String
    public var text: String
    public var requiredRole: Role { .operator }

    public init(project: String, text: String) {
        self.project = project
        self.text = text
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let pr = checks.project(project, in: p.state)
        let t = checks.required(text, field: "text", maxLength: 500)
        if let pr, let w = ProjectRules.writable(pr) { checks.add([w]) }
        try checks.finish()
        p.emit(EventKind.progressNoted, pr!.id, record: ProgressNote(date: p.today, text: t!, actor: p.actor))
    }
}
