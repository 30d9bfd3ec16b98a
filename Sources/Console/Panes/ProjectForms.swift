import SiliconAlleyCore
import TerminalUI

/// The projects pane's forms. Field ids are the commands' field names, so a refusal lands
/// beside its field. Units are picked from the journal's unit list (type-ahead by name, short
/// name or pinyin), never typed as free text; forms on an existing project pass the version
/// they read, so a project someone else changed meanwhile gets a conflict, not an overwrite.
enum ProjectForms {
    /// Substring or pinyin anywhere in the label (`kxj` → 区科信局), as the core's unit search.
    @Sendable static func matches(_ query: String, _ option: String) -> Bool {
        ChoiceMatcher.matches(query, option) || NameMatch([option]).matches(query)
    }

    static func units(_ ctx: ShellContext) -> [Choice] {
        ctx.store.state.unitDirectory(ctx.store.catalog).all.map { Choice($0.id, UnitLabel.text($0, ctx.language)) }
    }

    static func none(_ ctx: ShellContext) -> Choice { Choice("", ctx.t("（无）", "(none)")) }

    static func form(_ title: String, _ fields: [FormField]) -> Form {
        var f = Form(title: Sanitizer.clean(title), fields: fields)
        f.matcher = matches
        return f
    }

    // MARK: The project itself

    /// The fields of a project: every one `ProjectInput` has. A special action's category and
    /// action are the plan's and are not offered (`editing` an action project).
    static func projectFields(_ ctx: ShellContext, editing p: Project?) -> [FormField] {
        let l = ctx.language
        let c = ctx.store.catalog
        let fixed = p?.category == .action
        var fields = [FormField(id: "name", label: l.t("名称", "Name"), required: true)]
        if !fixed {
            fields.append(FormField(id: "category", label: l.t("类别", "Category"),
                                    kind: .choice([ProjectCategory.industry5N, .space5N, .other].map { Choice($0.rawValue, $0.text(l)) }), required: true))
            fields.append(FormField(id: "action", label: l.t("服务专项行动", "Serves action"),
                                    kind: .choice([none(ctx)] + c.actions.map { Choice($0.id, $0.text(l)) })))
        }
        // One picker per partner and one spare, so an edit never drops a partner.
        let partnerCount = max(2, (p?.partners.count ?? 0) + 1)
        fields.append(FormField(id: "leadUnit", label: l.t("牵头单位", "Lead unit"), kind: .choice(units(ctx)), required: true))
        for i in 1...partnerCount {
            // Errors about partners name the field "partners": they land on the first.
            fields.append(FormField(id: i == 1 ? "partners" : "partners\(i)", label: l.t("配合单位 \(i)", "Partner \(i)"),
                                    kind: .choice([none(ctx)] + units(ctx))))
        }
        fields += [
            FormField(id: "place", label: l.t("地点", "Place"), kind: .choice([none(ctx)] + c.places.map { Choice($0.id, $0.text(l)) })),
            FormField(id: "phase", label: l.t("阶段", "Phase"),
                      kind: .choice([none(ctx)] + ProjectPhase.all.map { Choice($0.zh, Phrase($0.zh, $0.en).text(l)) })),
            FormField(id: "fastTrack", label: l.t("绿色通道", "Fast track"), kind: .choice(yesNo(ctx))),
            FormField(id: "start", label: l.t("开始日期", "Start"), kind: .date),
            FormField(id: "target", label: l.t("目标日期", "Target"), kind: .date),
            FormField(id: "owner", label: l.t("责任人", "Owner"), kind: .choice([none(ctx)] + owners(ctx, keeping: p?.owner))),
        ]
        return fields
    }

    static func yesNo(_ ctx: ShellContext) -> [Choice] { [Choice("no", ctx.t("否", "no")), Choice("yes", ctx.t("是", "yes"))] }

    /// Logins that may answer for a project (operators and admins), and the present owner.
    static func owners(_ ctx: ShellContext, keeping current: String?) -> [Choice] {
        var logins = ctx.store.state.operators.values.filter { !$0.removed && $0.role >= .operator }.map(\.login).sorted()
        if let current, !logins.contains(current) { logins.append(current) }
        return logins.map { Choice($0, $0) }
    }

    static func input(_ v: [String: FieldValue], fixed p: Project?) -> ProjectInput {
        let partners = v.keys.filter { $0.hasPrefix("partners") }.sorted { ($0.count, $0) < ($1.count, $1) }.map { v.text($0) }
        return ProjectInput(name: v.text("name"),
                            category: p?.category == .action ? .action : (ProjectCategory(rawValue: v.text("category")) ?? .other),
                            action: p?.category == .action ? (p?.action ?? p?.catalogId ?? "") : v.text("action"),
                            leadUnit: v.text("leadUnit"), partners: partners.filter { !$0.isEmpty }, place: v.text("place"),
                            phase: v.text("phase"), fastTrack: v.text("fastTrack") == "yes", start: v.text("start"),
                            target: v.text("target"), owner: v.text("owner"))
    }

    static func create(_ ctx: ShellContext) -> FormSession {
        var f = form(ctx.t("新建项目", "New project"), projectFields(ctx, editing: nil))
        f.set(field: "category", to: .choice(ProjectCategory.other.rawValue))
        f.set(field: "fastTrack", to: .choice("no"))
        f.set(field: "leadUnit", to: .choice("task-force-office"))
        return FormSession(form: f, action: .command { CreateProject(input($0, fixed: nil)) },
                           saved: { ctx, lines in ctx.t("已新建项目：", "project created: ") + (lines.first.flatMap { ctx.store.state.projects[$0.entity]?.name } ?? "") })
    }

    static func edit(_ p: Project, _ ctx: ShellContext) -> FormSession {
        var f = form(ctx.t("编辑项目 · ", "Edit project · ") + p.name, projectFields(ctx, editing: p))
        let i = ProjectInput(editing: p, catalog: ctx.store.catalog)
        let units = ctx.store.state.unitDirectory(ctx.store.catalog)
        f.set(field: "name", to: .text(i.name))
        f.set(field: "category", to: .choice(i.category.rawValue))
        f.set(field: "action", to: .choice(i.action))
        f.set(field: "leadUnit", to: .choice(units.resolve(i.leadUnit)?.id ?? (i.leadUnit.isEmpty ? nil : i.leadUnit)))
        for (k, partner) in i.partners.enumerated() {
            f.set(field: k == 0 ? "partners" : "partners\(k + 1)", to: .choice(units.resolve(partner)?.id ?? partner))
        }
        f.set(field: "place", to: .choice(i.place))
        f.set(field: "phase", to: .choice(i.phase))
        f.set(field: "fastTrack", to: .choice(i.fastTrack ? "yes" : "no"))
        f.set(field: "start", to: .text(i.start))
        f.set(field: "target", to: .text(i.target))
        f.set(field: "owner", to: .choice(i.owner))
        let version = ctx.store.state.version(of: p.id)
        let id = p.id
        let fixed = p
        return FormSession(form: f, action: .command { EditProject(project: id, input: input($0, fixed: fixed), basedOn: version) },
                           saved: { ctx, _ in ctx.t("已保存", "saved") },
                           footer: { _, ctx in
                               fixed.category == .action ? [ctx.t("六大专项行动的类别由计划确定", "A special action's category is fixed by the plan")] : []
                           })
    }

    static func status(_ p: Project, _ ctx: ShellContext) -> FormSession {
        var f = form(ctx.t("项目状态 · ", "Project status · ") + p.name, [
            FormField(id: "status", label: ctx.t("状态", "Status"), kind: .choice(ProjectStatus.allCases.map { Choice($0.rawValue, $0.text(ctx.language)) }), required: true),
        ])
        f.set(field: "status", to: .choice(p.status.rawValue))
        let id = p.id, version = ctx.store.state.version(of: p.id)
        return FormSession(form: f, action: .command { v in
            SetProjectStatus(project: id, status: ProjectStatus(rawValue: v.text("status")) ?? .active, basedOn: version)
        }, saved: { ctx, _ in ctx.t("状态已更改", "status changed") }, footer: { _, ctx in
            [ctx.t("已关闭的项目不能再记录或编辑，直到恢复为其他状态", "A closed project takes no other change until it is set to another status")]
        })
    }

    // MARK: Milestones

    static func addMilestone(_ p: Project, _ ctx: ShellContext) -> FormSession {
        let f = form(ctx.t("添加里程碑 · ", "Add a milestone · ") + p.name, [
            FormField(id: "title", label: ctx.t("里程碑", "Milestone"), required: true),
            FormField(id: "due", label: ctx.t("到期日", "Due on"), kind: .date, required: true),
        ])
        let id = p.id, start = p.start
        return FormSession(form: f, action: .command { v in AddMilestone(project: id, title: v.text("title"), due: v.text("due")) },
                           saved: { ctx, _ in ctx.t("已添加里程碑", "milestone added") },
                           footer: { _, ctx in
                               start.map { [ctx.t("项目开始于 \($0)：到期日不能更早；已过的到期日立即标为逾期", "The project starts \($0): no milestone is due before; a past due date shows as late at once")] } ?? []
                           })
    }

    static func completeMilestone(_ p: Project, selecting chosen: String?, _ ctx: ShellContext) -> FormSession {
        let open = p.milestones.filter { $0.done == nil }.sorted { ($0.due, $0.id) < ($1.due, $1.id) }
        var f = form(ctx.t("里程碑完成 · ", "Milestone done · ") + p.name, [
            FormField(id: "milestone", label: ctx.t("里程碑", "Milestone"), kind: .choice(open.map { Choice($0.id, "\($0.due) \($0.title)") }), required: true),
            FormField(id: "date", label: ctx.t("完成日期", "Done on"), kind: .date, required: true),
        ])
        f.set(field: "milestone", to: .choice(open.first { $0.id == chosen }?.id ?? open.first?.id))
        f.set(field: "date", to: .text(ctx.today.description))
        let id = p.id, version = ctx.store.state.version(of: p.id)
        return FormSession(form: f, action: .command { v in
            CompleteMilestone(project: id, milestone: v.text("milestone"), date: v.text("date"), basedOn: version)
        }, saved: { ctx, _ in ctx.t("里程碑已完成", "milestone done") })
    }

    // MARK: The approval track

    static func steps(_ kinds: [ApprovalStepKind], _ l: Language) -> [Choice] {
        kinds.map { Choice($0.rawValue, $0.text(l) + ($0.isOptional ? l.t("（可选）", " (optional)") : "")) }
    }

    /// The step that comes next: the first required one not yet started.
    static func nextStep(_ p: Project) -> ApprovalStepKind? {
        let last = p.approval.map(\.step.order).max() ?? -1
        return ApprovalStepKind.allCases.first { $0.order > last && !$0.isOptional }
    }

    static func startStep(_ p: Project, _ ctx: ShellContext) -> FormSession {
        let l = ctx.language
        var f = form(ctx.t("开始审批环节 · ", "Start an approval step · ") + p.name, [
            FormField(id: "step", label: l.t("环节", "Step"), kind: .choice(steps(ApprovalStepKind.allCases, l)), required: true),
            FormField(id: "date", label: l.t("开始日期", "Started on"), kind: .date, required: true),
            FormField(id: "limitDays", label: l.t("时限（工作日）", "Limit (working days)"), kind: .integer),
        ])
        f.set(field: "step", to: .choice(nextStep(p)?.rawValue))
        f.set(field: "date", to: .text(ctx.today.description))
        let id = p.id, version = ctx.store.state.version(of: p.id)
        return FormSession(form: f, action: .command { v in
            RecordApprovalStep(project: id, step: ApprovalStepKind(rawValue: v.text("step")) ?? .initiation, date: v.text("date"),
                               limitDays: v.text("limitDays"), finished: false, basedOn: version)
        }, saved: { ctx, _ in ctx.t("审批环节已开始", "approval step started") }, footer: { v, ctx in
            var lines = [ctx.t("时限按工作日计（法定节假日与调休），开始当天不计", "Limits count working days (PRC holidays and make-up days); the start day is not counted")]
            if let start = LocalDate(v.text("date")), let n = Int(v.text("limitDays")), n > 0, n <= 365 {
                let due = WorkingDayCalendar.china.adding(workingDays: n, to: start)
                lines.append(ctx.t("到期 \(due)", "Due \(due)"))
            }
            return lines
        })
    }

    static func finishStep(_ p: Project, _ ctx: ShellContext) -> FormSession {
        let l = ctx.language
        let open = p.approval.filter { $0.done == nil }.map(\.step)
        var f = form(ctx.t("完成审批环节 · ", "Finish an approval step · ") + p.name, [
            FormField(id: "step", label: l.t("环节", "Step"), kind: .choice(steps(open, l)), required: true),
            FormField(id: "date", label: l.t("完成日期", "Finished on"), kind: .date, required: true),
        ])
        f.set(field: "step", to: .choice(open.last?.rawValue))
        f.set(field: "date", to: .text(ctx.today.description))
        let id = p.id, version = ctx.store.state.version(of: p.id)
        return FormSession(form: f, action: .command { v in
            RecordApprovalStep(project: id, step: ApprovalStepKind(rawValue: v.text("step")) ?? .initiation, date: v.text("date"),
                               finished: true, basedOn: version)
        }, saved: { ctx, _ in ctx.t("审批环节已完成", "approval step finished") }, footer: { v, ctx in
            guard let s = p.approval.first(where: { $0.step.rawValue == v.text("step") }) else { return [] }
            return [ctx.t("开始于 \(s.started)", "Started \(s.started)")]
        })
    }

    // MARK: Blockers and notes

    static func raiseBlocker(_ p: Project, _ ctx: ShellContext) -> FormSession {
        let l = ctx.language
        let open = p.approval.filter { $0.done == nil }.map(\.step)
        var f = form(ctx.t("记录堵点 · ", "Raise a blocker · ") + p.name, [
            FormField(id: "step", label: l.t("环节", "Step"), kind: .choice(steps(open, l)), required: true),
            FormField(id: "text", label: l.t("堵点", "Blocker"), required: true),
            FormField(id: "owningUnit", label: l.t("责任单位", "Owning unit"), kind: .choice(units(ctx)), required: true),
            FormField(id: "date", label: l.t("提出日期", "Raised on"), kind: .date, required: true),
        ])
        f.set(field: "step", to: .choice(open.last?.rawValue))
        f.set(field: "date", to: .text(ctx.today.description))
        let id = p.id
        return FormSession(form: f, action: .command { v in
            RaiseBlocker(project: id, step: ApprovalStepKind(rawValue: v.text("step")) ?? .initiation, text: v.text("text"),
                         owningUnit: v.text("owningUnit"), date: v.text("date"))
        }, saved: { ctx, _ in ctx.t("已记录堵点", "blocker raised") })
    }

    static func resolveBlocker(_ p: Project, selecting blocker: String?, _ ctx: ShellContext) -> FormSession {
        let l = ctx.language
        let units = ctx.store.state.unitDirectory(ctx.store.catalog)
        let open = p.blockers.filter(\.isOpen)
        var f = form(ctx.t("堵点解决 · ", "Resolve a blocker · ") + p.name, [
            FormField(id: "blocker", label: l.t("堵点", "Blocker"), kind: .choice(open.map { b in
                Choice(b.id, "\(b.raised) " + b.text + " — " + units.displayName(b.unit, english: l == .en))
            }), required: true),
            FormField(id: "date", label: l.t("解决日期", "Resolved on"), kind: .date, required: true),
            FormField(id: "resolution", label: l.t("解决情况", "Resolution")),
        ])
        f.set(field: "blocker", to: .choice(blocker ?? open.first?.id))
        f.set(field: "date", to: .text(ctx.today.description))
        let id = p.id, version = ctx.store.state.version(of: p.id)
        return FormSession(form: f, action: .command { v in
            ResolveBlocker(project: id, blocker: v.text("blocker"), date: v.text("date"), resolution: v.text("resolution"), basedOn: version)
        }, saved: { ctx, _ in ctx.t("堵点已解决", "blocker resolved") })
    }

    static func note(_ p: Project, _ ctx: ShellContext) -> FormSession {
        let f = form(ctx.t("进展记录 · ", "Progress note · ") + p.name, [
            FormField(id: "text", label: ctx.t("进展", "Note"), required: true),
        ])
        let id = p.id
        return FormSession(form: f, action: .command { v in AddProgressNote(project: id, text: v.text("text")) },
                           saved: { ctx, _ in ctx.t("已记录进展", "note recorded") }, footer: { _, ctx in
                               [ctx.t("日期为今天，记录人为 \(ctx.store.actor)", "Dated today, signed \(ctx.store.actor)")]
                           })
    }

    // MARK: Units

    static func addUnit(_ ctx: ShellContext) -> FormSession {
        let l = ctx.language
        var f = form(ctx.t("新增单位", "Add a unit"), [
            FormField(id: "zh", label: l.t("中文名称", "Chinese name"), required: true),
            FormField(id: "short", label: l.t("简称", "Short name")),
            FormField(id: "en", label: l.t("英文名称", "English name")),
            FormField(id: "kind", label: l.t("类型", "Kind"), kind: .choice([OrgUnit.Kind.government, .partner].map { Choice($0.rawValue, Phrase($0.zh, $0.en).text(l)) }), required: true),
            FormField(id: "window", label: l.t("窗口承办", "Handles window requests"), kind: .choice(yesNo(ctx))),
            FormField(id: "role", label: l.t("职责", "What it does")),
        ])
        f.set(field: "kind", to: .choice(OrgUnit.Kind.government.rawValue))
        f.set(field: "window", to: .choice("no"))
        return FormSession(form: f, action: .command { v in
            AddUnit(zh: v.text("zh"), en: v.text("en"), short: v.text("short"), kind: OrgUnit.Kind(rawValue: v.text("kind")) ?? .government,
                    window: v.text("window") == "yes", role: v.text("role"))
        }, saved: { ctx, lines in
            ctx.t("已新增单位：", "unit added: ") + (lines.first.flatMap { ctx.store.state.addedUnits[$0.entity]?.zh } ?? "")
        }, footer: { _, ctx in
            [ctx.t("单位一经新增不删除；名称不能与已有单位重复", "A unit is never deleted; its names must be new")]
        })
    }
}
