/// 城市更新审批: start a step (with its time limit in working days) or finish it. Steps go
/// in order (`ProjectRules.startStep`); dates are not after today.
public struct RecordApprovalStep: Command {
    public var project: String
    public var step: ApprovalStepKind
    public var date: String
    public var limitDays: String
    public var finished: Bool
    public var basedOn: Int?
    public var requiredRole: Role { .operator }

    public init(project: String, step: ApprovalStepKind, date: String, limitDays: String = "", finished: Bool, basedOn: Int? = nil) {
        self.project = project
        self.step = step
        self.date = date
        self.limitDays = limitDays
        self.finished = finished
        self.basedOn = basedOn
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let pr = checks.project(project, in: p.state)
        let d = checks.date(date, field: "date", required: true)
        checks.notAfterToday(d, today: p.today, field: "date")
        let limit = checks.optional(limitDays) { t throws(FieldError) in try Count.parse(t, field: "limitDays") }
        guard let pr, let d else { try checks.finish(); return }
        try p.checkVersion(pr.id, basedOn: basedOn)
        checks.add(finished ? ProjectRules.finishStep(step, on: d, in: pr) : ProjectRules.startStep(step, on: d, limit: limit, in: pr))
        try checks.finish()
        if finished {
            p.emit(EventKind.approvalStepDone, pr.id, .object(["step": .string(step.rawValue), "date": .string(d.description)]))
        } else {
            p.emit(EventKind.approvalStepStarted, pr.id, record: ApprovalStep(step: step, started: d, limitDays: limit))
        }
    }
}

/// 堵点: what holds up a step under way, and the unit that must clear it.
public struct RaiseBlocker: Command {
    public var project: String
    public var step: ApprovalStepKind
    public var text: String
    public var owningUnit: String
    public var date: String
    public var requiredRole: Role { .operator }

    public init(project: String, step: ApprovalStepKind, text: String, owningUnit: String, date: String) {
        self.project = project
        self.step = step
        self.text = text
        self.owningUnit = owningUnit
        self.date = date
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let pr = checks.project(project, in: p.state)
        let t = checks.required(text, field: "text", maxLength: 200)
        let unit = checks.unitId(owningUnit, in: p.units, field: "owningUnit")
        let d = checks.date(date, field: "date", required: true)
        checks.notAfterToday(d, today: p.today, field: "date")
        guard let pr, let t, let unit, let d else { try checks.finish(); return }
        let b = Blocker(id: "blk-\(p.nextSeq)", step: step, text: t, unit: unit, raised: d)
        checks.add(ProjectRules.raiseBlocker(b, in: pr, units: p.units))
        try checks.finish()
        p.emit(EventKind.blockerRaised, pr.id, record: b)
    }
}

/// 堵点解决, with what cleared it.
public struct ResolveBlocker: Command {
    public var project: String
    public var blocker: String
    public var date: String
    public var resolution: String
    public var basedOn: Int?
    public var requiredRole: Role { .operator }

    public init(project: String, blocker: String, date: String, resolution: String = "", basedOn: Int? = nil) {
        self.project = project
        self.blocker = blocker
        self.date = date
        self.resolution = resolution
        self.basedOn = basedOn
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let pr = checks.project(project, in: p.state)
        let d = checks.date(date, field: "date", required: true)
        checks.notAfterToday(d, today: p.today, field: "date")
        let r = checks.optionalText(resolution, field: "resolution", maxLength: 200)
        let b = blocker.trimmingCharacters(in: .whitespaces)
        guard let pr, let d else { try checks.finish(); return }
        try p.checkVersion(pr.id, basedOn: basedOn)
        checks.add(ProjectRules.resolveBlocker(b, on: d, in: pr))
        try checks.finish()
        var data: [String: JSONValue] = ["blocker": .string(b), "date": .string(d.description)]
        if let r { data["resolution"] = .string(r) }
        p.emit(EventKind.blockerResolved, pr.id, .object(JSONObject(data)))
    }
}
