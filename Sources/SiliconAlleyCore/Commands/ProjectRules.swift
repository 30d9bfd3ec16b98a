/// The rules a project's lines must keep, in one place: the commands check them before
/// writing, and replay (`DomainState+ApplyProjects`) checks the same functions on every line,
/// so the two cannot drift. Each returns every problem as a `FieldError` (empty = fine).
/// Rules against today's date (nothing started, done, raised, resolved or noted in the
/// future) are checked by replay against the line's Beijing date, with a day either side.
public enum ProjectRules {
    /// A whole project record as created (`before` nil) or changed. Rules that depend on other
    /// records as they stand now — the name no other open project has, the owner an operator —
    /// are checked only when that field changes (or a closed project reopens): a status change
    /// must not fail because the owner has since left.
    public static func record(_ p: Project, before: Project? = nil, in state: DomainState, catalog: Catalog) -> [FieldError] {
        var e: [FieldError] = []
        func fail(_ f: String, _ zh: String, _ en: String) { e.append(FieldError(field: f, zh: zh, en: en)) }
        let reopened = before?.status == .closed && p.status != .closed
        if let problem = check({ () throws(FieldError) in _ = try Required.text(p.name, field: "name", maxLength: 100) }) {
            e.append(problem)
        } else if p.status != .closed, before == nil || before?.name != p.name || reopened,
                  let other = state.projects.values.first(where: { $0.id != p.id && $0.name == p.name && $0.status != .closed }) {
            fail("name", "已有同名项目（\(other.id)）", "a project with this name exists (\(other.id))")
        }
        if p.category == .action && (p.catalogId.flatMap(catalog.action(id:)) == nil || p.action != p.catalogId) {
            fail("category", "六大专项行动由计划确定", "the six special actions are fixed by the plan")
        }
        if let a = p.action, catalog.action(id: a) == nil {
            fail("action", "未知专项行动“\(a)”", "unknown special action “\(a)”")
        }
        let units = UnitDirectory(catalog: catalog, state: state)
        if let lead = p.leadUnit, units.resolve(lead) == nil {
            fail("leadUnit", "未知单位“\(lead)”", "unknown unit “\(lead)”")
        }
        for partner in p.partners where units.resolve(partner) == nil {
            fail("partners", "未知单位“\(partner)”", "unknown unit “\(partner)”")
        }
        let partnerIds = p.partners.compactMap { units.resolve($0)?.id }
        if Set(partnerIds).count != partnerIds.count {
            fail("partners", "合作单位重复", "a partner is listed twice")
        }
        if let placeId = p.place {
            if let place = catalog.place(id: placeId) {
                if p.tier != place.tier { fail("tier", "层级应为地点所在层级", "the tier must be the place's") }
            } else {
                fail("place", "未知地点“\(placeId)”", "unknown place “\(placeId)”")
            }
        }
        if let phase = p.phase, ProjectPhase.find(phase) != phase {
            fail("phase", "阶段应为“规模拓展”或“效能提升”", "the phase is 规模拓展 or 效能提升")
        }
        if p.fastTrack && p.category != .space5N {
            fail("fastTrack", "绿色通道只用于空间改造赋能项目", "the fast track is for space-renewal projects")
        }
        if let s = p.start, let t = p.target, t < s {
            fail("target", "目标日期早于开始日期", "the target date is before the start")
        }
        if let s = p.start, let early = p.milestones.filter({ $0.due < s }).min(by: { $0.due < $1.due }) {
            fail("start", "开始日期晚于里程碑“\(early.title)”的到期日 \(early.due)",
                 "the start is after milestone “\(early.title)” is due (\(early.due))")
        }
        if let o = p.owner, before == nil || before?.owner != o {
            if let op = state.operators[o], !op.removed {
                if op.role < .operator { fail("owner", "\(o) 是\(op.role.zh)，责任人须为操作员或管理员", "\(o) is \(op.role.en); an owner must be an operator or admin") }
            } else {
                fail("owner", "\(o) 不是本日志的操作员", "\(o) is not an operator of this journal")
            }
        }
        return e
    }

    /// What an edit (`project.updated`) may change, given the record before and after.
    public static func change(from old: Project, to new: Project, catalog: Catalog) -> [FieldError] {
        var e: [FieldError] = []
        func fail(_ f: String, _ zh: String, _ en: String) { e.append(FieldError(field: f, zh: zh, en: en)) }
        var oldRest = old, newRest = new
        oldRest.status = new.status
        if old.status == .closed && oldRest != newRest {
            fail("project", "项目已关闭，不能编辑（可先恢复状态）", "the project is closed and cannot be edited (reopen it first)")
        }
        if new.id != old.id || new.catalogId != old.catalogId {
            fail("project", "项目编号与计划目录编号不能更改", "the project's id and catalogue id cannot change")
        }
        if new.milestones != old.milestones || new.approval != old.approval || new.notes != old.notes || new.blockers != old.blockers {
            fail("project", "里程碑、审批、进展与堵点只能通过各自的操作记录", "milestones, steps, notes and blockers change only through their own commands")
        }
        if (old.category == .action) != (new.category == .action) {
            fail("category", "六大专项行动由计划确定", "the six special actions are fixed by the plan")
        }
        if new.category != .space5N && !old.approval.isEmpty {
            fail("category", "已有城市更新审批环节，须为空间改造赋能项目", "it has approval steps, so it stays a space-renewal project")
        }
        if old.action != nil && new.action == nil && old.catalogId.flatMap(catalog.project(id:))?.action != nil {
            fail("action", "计划已将该项目归入专项行动，可改为另一项，不能清空", "the plan links this project to a special action: change it, do not clear it")
        }
        return e
    }

    /// Whether anything but a status change may be written on the project.
    public static func writable(_ p: Project) -> FieldError? {
        p.status == .closed
            ? FieldError(field: "project", zh: "项目已关闭，不能再记录（可先恢复状态）", en: "the project is closed (reopen it first)")
            : nil
    }

    public static func status(_ new: ProjectStatus, on p: Project) -> [FieldError] {
        new == p.status ? [FieldError(field: "status", zh: "状态未变", en: "status unchanged")] : []
    }

    public static func addMilestone(_ m: Milestone, to p: Project) -> [FieldError] {
        var e: [FieldError] = []
        if let w = writable(p) { e.append(w) }
        if let problem = check({ () throws(FieldError) in _ = try Required.text(m.title, field: "title", maxLength: 100) }) {
            e.append(problem)
        }
        if p.milestones.contains(where: { $0.title == m.title }) {
            e.append(FieldError(field: "title", zh: "该项目已有同名里程碑", en: "the project already has a milestone of this title"))
        }
        if p.milestones.contains(where: { $0.id == m.id }) {
            e.append(FieldError(field: "milestone", zh: "里程碑编号重复", en: "duplicate milestone id"))
        }
        if let s = p.start, m.due < s {
            e.append(FieldError(field: "due", zh: "到期日早于项目开始日期 \(s)", en: "due before the project starts (\(s))"))
        }
        if m.done != nil {
            e.append(FieldError(field: "milestone", zh: "新里程碑不能已完成", en: "a new milestone cannot be done already"))
        }
        return e
    }

    public static func completeMilestone(_ id: String, on date: LocalDate, in p: Project) -> [FieldError] {
        var e: [FieldError] = []
        if let w = writable(p) { e.append(w) }
        if let m = p.milestone(id) {
            if m.done != nil { e.append(FieldError(field: "milestone", zh: "里程碑已完成", en: "milestone already done")) }
        } else {
            e.append(FieldError(field: "milestone", zh: "找不到里程碑“\(id)”", en: "no such milestone “\(id)”"))
        }
        return e
    }

    /// Starting a step of the 城市更新审批 track: space-renewal projects only, in order (the
    /// optional 国企担保承诺 may be skipped, but once started it must finish before the next),
    /// never before the previous step finished.
    public static func startStep(_ step: ApprovalStepKind, on date: LocalDate, limit: Int?, in p: Project) -> [FieldError] {
        var e: [FieldError] = []
        func fail(_ f: String, _ zh: String, _ en: String) { e.append(FieldError(field: f, zh: zh, en: en)) }
        if let w = writable(p) { e.append(w) }
        if p.category != .space5N {
            fail("project", "城市更新审批只用于空间改造赋能项目", "the urban-renewal approval track is for space-renewal projects")
        }
        if p.step(step) != nil { fail("step", "该环节已开始", "this step has already started") }
        for earlier in ApprovalStepKind.allCases where earlier.order < step.order {
            let s = p.step(earlier)
            if (s == nil && !earlier.isOptional) || (s != nil && s!.done == nil) {
                fail("step", "前一环节“\(earlier.zh)”未完成", "an earlier step (\(earlier.en)) is not finished"); break
            }
        }
        if let later = p.approval.first(where: { $0.step.order > step.order }) {
            fail("step", "后续环节“\(later.step.zh)”已开始", "a later step (\(later.step.en)) has already started")
        }
        if let lastDone = p.approval.filter({ $0.step.order < step.order }).compactMap(\.done).max(), date < lastDone {
            fail("date", "开始日早于前一环节完成日 \(lastDone)", "starts before the previous step finished (\(lastDone))")
        }
        if let limit, !(1...365).contains(limit) {
            fail("limitDays", "时限应为 1–365 个工作日", "the limit is 1–365 working days")
        }
        return e
    }

    public static func finishStep(_ step: ApprovalStepKind, on date: LocalDate, in p: Project) -> [FieldError] {
        var e: [FieldError] = []
        if let w = writable(p) { e.append(w) }
        guard let s = p.step(step), s.done == nil else {
            e.append(FieldError(field: "step", zh: p.step(step) == nil ? "该环节尚未开始" : "该环节已完成",
                                en: p.step(step) == nil ? "this step has not started" : "this step is already finished"))
            return e
        }
        if date < s.started {
            e.append(FieldError(field: "date", zh: "完成日早于开始日 \(s.started)", en: "finished before it started (\(s.started))"))
        }
        return e
    }

    /// A 堵点 goes on a step that is under way, with a unit that must clear it.
    public static func raiseBlocker(_ b: Blocker, in p: Project, units: UnitDirectory) -> [FieldError] {
        var e: [FieldError] = []
        func fail(_ f: String, _ zh: String, _ en: String) { e.append(FieldError(field: f, zh: zh, en: en)) }
        if let w = writable(p) { e.append(w) }
        if let problem = check({ () throws(FieldError) in _ = try Required.text(b.text, field: "text", maxLength: 200) }) {
            e.append(problem)
        }
        if units.unit(id: b.unit) == nil { fail("owningUnit", "未知单位“\(b.unit)”", "unknown unit “\(b.unit)”") }
        if p.blocker(b.id) != nil { fail("blocker", "堵点编号重复", "duplicate blocker id") }
        if let s = p.step(b.step) {
            if s.done != nil { fail("step", "该环节已完成", "this step is already finished") }
            if b.raised < s.started { fail("date", "早于该环节开始日 \(s.started)", "before the step started (\(s.started))") }
        } else {
            fail("step", "该环节尚未开始", "this step has not started")
        }
        if b.resolved != nil { fail("blocker", "新堵点不能已解决", "a new blocker cannot be resolved already") }
        return e
    }

    public static func resolveBlocker(_ id: String, on date: LocalDate, in p: Project) -> [FieldError] {
        var e: [FieldError] = []
        if let w = writable(p) { e.append(w) }
        guard let b = p.blocker(id) else {
            e.append(FieldError(field: "blocker", zh: "找不到堵点“\(id)”", en: "no such blocker “\(id)”"))
            return e
        }
        if !b.isOpen { e.append(FieldError(field: "blocker", zh: "堵点已解决", en: "blocker already resolved")) }
        if date < b.raised { e.append(FieldError(field: "date", zh: "早于提出日 \(b.raised)", en: "before it was raised (\(b.raised))")) }
        return e
    }

    static func check(_ body: () throws(FieldError) -> Void) -> FieldError? {
        do { try body(); return nil } catch { return error }
    }
}

extension FieldChecks {
    /// A date something was done on: not later than today.
    public mutating func notAfterToday(_ date: LocalDate?, today: LocalDate, field: String) {
        if let date, date > today { fail(field, zh: "日期不能晚于今天（\(today)）", en: "the date is after today (\(today))") }
    }
}
