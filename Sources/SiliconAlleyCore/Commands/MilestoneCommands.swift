/// 添加里程碑: a title unique in the project and a due date not before the project's start.
/// A due date in the past is allowed (it shows as late at once): supervision records what
/// was promised, including what is already overdue.
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
        let pr = checks.project(project, in: p.state)
        let t = checks.required(title, field: "title", maxLength: 100)
        let d = checks.date(due, field: "due", required: true)
        guard let pr, let t, let d else { try checks.finish(); return }
        let m = Milestone(id: "ms-\(p.nextSeq)", title: t, due: d)
        checks.add(ProjectRules.addMilestone(m, to: pr))
        try checks.finish()
        p.emit(EventKind.milestoneAdded, pr.id, record: m)
    }
}

/// 里程碑完成, on a date not after today.
public struct CompleteMilestone: Command {
    public var project: String
    public var milestone: String
    public var date: String
    public var basedOn: Int?
    public var requiredRole: Role { .operator }

    public init(project: String, milestone: String, date: String, basedOn: Int? = nil) {
        self.project = project
        self.milestone = milestone
        self.date = date
        self.basedOn = basedOn
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let pr = checks.project(project, in: p.state)
        let d = checks.date(date, field: "date", required: true)
        checks.notAfterToday(d, today: p.today, field: "date")
        let m = milestone.trimmingCharacters(in: .whitespaces)
        guard let pr, let d else { try checks.finish(); return }
        try p.checkVersion(pr.id, basedOn: basedOn)
        checks.add(ProjectRules.completeMilestone(m, on: d, in: pr))
        try checks.finish()
        p.emit(EventKind.milestoneDone, pr.id, .object(["milestone": .string(m), "date": .string(d.description)]))
    }
}
