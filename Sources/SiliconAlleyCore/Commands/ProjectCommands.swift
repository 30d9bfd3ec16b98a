/// 新建项目.
public struct CreateProject: Command {
    public var name: String
    public var category: ProjectCategory
    public var action: String
    public var leadUnit: String
    public var partners: [String]
    public var place: String
    public var phase: String
    public var fastTrack: Bool
    public var catalogId: String?
    public var requiredRole: Role { .operator }

    public init(name: String, category: ProjectCategory, action: String = "", leadUnit: String = "", partners: [String] = [],
                place: String = "", phase: String = "", fastTrack: Bool = false, catalogId: String? = nil) {
        self.name = name
        self.category = category
        self.action = action
        self.leadUnit = leadUnit
        self.partners = partners
        self.place = place
        self.phase = phase
        self.fastTrack = fastTrack
        self.catalogId = catalogId
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let n = checks.required(name, field: "name", maxLength: 100)
        let pl = checks.place(place, in: p.catalog)
        var actionId: String?
        if !action.isEmpty {
            actionId = p.catalog.actions.first { $0.id == action || $0.zh == action || $0.short == action }?.id
            if actionId == nil { checks.fail("action", zh: "未知专项行动“\(action)”", en: "unknown special action “\(action)”") }
        }
        let lead = checks.optionalText(leadUnit, field: "leadUnit", maxLength: 100)
        let ph = checks.optionalText(phase, field: "phase", maxLength: 20)
        let partnerNames = partners.compactMap { checks.optionalText($0, field: "partners", maxLength: 100) }
        if let n, p.state.projects.values.contains(where: { $0.name == n && $0.status != .closed }) {
            checks.fail("name", zh: "已有同名项目", en: "a project with this name exists")
        }
        try checks.finish()
        let id = p.newId("prj")
        p.emit(EventKind.projectCreated, id, record: Project(
            id: id, name: n!, category: category, catalogId: catalogId, action: actionId, leadUnit: lead,
            partners: partnerNames, place: pl?.id, tier: pl?.tier, phase: ph, status: .active, fastTrack: fastTrack,
            milestones: [], approval: [], notes: []))
    }
}

/// 添加里程碑.
public struct AddMilestone: Command {
    public var project: String
    public var title: String
    public var due: String
    public var requiredRole: Role { .operator }

    public init(project: String, title: String, due: String) {
        self.project = project
        self.title = title
        self.due = due
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        _ = checks.reference(project, in: p.state.projects, field: "project", zh: "项目", en: "project")
        let t = checks.required(title, field: "title")
        let d = checks.date(due, field: "due", required: true)
        try checks.finish()
        p.emit(EventKind.milestoneAdded, project, record: Milestone(id: "ms-\(p.nextSeq)", title: t!, due: d!, done: nil))
    }
}

/// 里程碑完成.
public struct CompleteMilestone: Command {
    public var project: String
    public var milestone: String
    public var date: String
    public var requiredRole: Role { .operator }

    public init(project: String, milestone: String, date: String) {
        self.project = project
        self.milestone = milestone
        self.date = date
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let pr = checks.reference(project, in: p.state.projects, field: "project", zh: "项目", en: "project")
        let d = checks.date(date, field: "date", required: true)
        if let pr {
            if let m = pr.milestones.first(where: { $0.id == milestone }) {
                if m.done != nil { checks.fail("milestone", zh: "里程碑已完成", en: "milestone already done") }
            } else {
                checks.fail("milestone", zh: "找不到里程碑", en: "no such milestone")
            }
        }
        try checks.finish()
        p.emit(EventKind.milestoneDone, project, .object(["milestone": .string(milestone), "date": .string(d!.description)]))
    }
}

/// 城市更新审批: start a step (with its time limit in days) or finish it. Steps go in order.
public struct RecordApprovalStep: Command {
    public var project: String
    public var step: ApprovalStepKind
    public var date: String
    public var limitDays: String
    public var finished: Bool
    public var requiredRole: Role { .operator }

    public init(project: String, step: ApprovalStepKind, date: String, limitDays: String = "", finished: Bool) {
        self.project = project
        self.step = step
        self.date = date
        self.limitDays = limitDays
        self.finished = finished
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let pr = checks.reference(project, in: p.state.projects, field: "project", zh: "项目", en: "project")
        let d = checks.date(date, field: "date", required: true)
        let limit = checks.optional(limitDays) { t throws(FieldError) in try Count.parse(t, field: "limitDays") }
        if let pr {
            let open = pr.approval.last { $0.step == step && $0.done == nil }
            if finished {
                if open == nil { checks.fail("step", zh: "该环节尚未开始", en: "this step has not started") }
                if let open, let d, d < open.started { checks.fail("date", zh: "完成日早于开始日", en: "finished before it started") }
            } else {
                if pr.approval.contains(where: { $0.step == step }) { checks.fail("step", zh: "该环节已开始", en: "this step has already started") }
                let order = ApprovalStepKind.allCases
                let idx = order.firstIndex(of: step)!
                // Every earlier step except the optional guarantee must be done first.
                for earlier in order[..<idx] where earlier != .guarantee {
                    if !pr.approval.contains(where: { $0.step == earlier && $0.done != nil }) {
                        checks.fail("step", zh: "前一环节未完成", en: "an earlier step is not finished"); break
                    }
                }
            }
        }
        try checks.finish()
        if finished {
            p.emit(EventKind.approvalStepDone, project, .object(["step": .string(step.rawValue), "date": .string(d!.description)]))
        } else {
            p.emit(EventKind.approvalStepStarted, project, record: ApprovalStep(step: step, started: d!, limitDays: limit, done: nil))
        }
    }
}

/// 进展记录.
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
        _ = checks.reference(project, in: p.state.projects, field: "project", zh: "项目", en: "project")
        let t = checks.required(text, field: "text", maxLength: 500)
        try checks.finish()
        p.emit(EventKind.progressNoted, project, record: ProgressNote(date: p.today, text: t!, actor: p.actor))
    }
}

/// 项目状态: suspend, resume, finish or close a project (never deleted).
public struct SetProjectStatus: Command {
    public var project: String
    public var status: ProjectStatus
    public var requiredRole: Role { .operator }

    public init(project: String, status: ProjectStatus) {
        self.project = project
        self.status = status
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let pr = checks.reference(project, in: p.state.projects, field: "project", zh: "项目", en: "project")
        if let pr, pr.status == status { checks.fail("status", zh: "状态未变", en: "status unchanged") }
        try checks.finish()
        p.emitChanges(EventKind.projectUpdated, project, ["status": .string(status.rawValue)])
    }
}
