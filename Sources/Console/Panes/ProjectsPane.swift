import Foundation
import SiliconAlleyCore
import TerminalUI

/// 项目督办: the plan's projects — the six special actions, the industry and space 5+N — with
/// what is late first in mind. The list (filters, search as you type, pinyin too), a project's
/// detail with its approval clock, forms for every project command, a text Gantt of one
/// project or of a whole category, the open blockers, and the annual task breakdown.
public final class ProjectsPane: Pane {
    public static let spec = PaneSpec(ProjectsPane.self, id: .projects, digit: 2,
                                      title: Phrase("项目", "Projects"), short: Phrase("项目", "Proj"),
                                      summary: Phrase("项目督办：专项行动与 5+N、里程碑、城市更新审批、堵点、时间线、年度任务分工",
                                                      "project supervision: special actions and 5+N, milestones, urban-renewal approvals, blockers, timelines, the annual task breakdown"),
                                      make: ProjectsPane.init)

    public enum Action: PaneAction {
        case detail, new, edit, status, milestone, milestoneDone, startStep, finishStep, blocker, resolveBlocker, note, unit
        case filters, timeline, categoryTimeline, blockers

        public var binding: KeyBinding {
            switch self {
            case .detail: return KeyBinding([.enter], "Enter", legend: Phrase("详情", "details"), help: Phrase("项目详情（里程碑、审批时钟、堵点、进展、历史）", "details: milestones, approval clock, blockers, notes, history"))
            case .new: return KeyBinding([.char("n")], "n", help: Phrase("新建项目", "new project"))
            case .edit: return KeyBinding([.char("e")], "e", help: Phrase("编辑所选项目（全部字段）", "edit the selected project (every field)"))
            case .status: return KeyBinding([.char("s")], "s", help: Phrase("更改状态（未启动、推进中、暂缓、已完成、已关闭）", "change the status (planned, active, suspended, done, closed)"))
            case .milestone: return KeyBinding([.char("m")], "m", help: Phrase("添加里程碑", "add a milestone"))
            case .milestoneDone: return KeyBinding([.char("c")], "c", help: Phrase("里程碑完成", "complete a milestone"))
            case .startStep: return KeyBinding([.char("a")], "a", help: Phrase("开始审批环节（城市更新审批，按顺序）", "start an approval step (urban renewal, in order)"))
            case .finishStep: return KeyBinding([.char("A")], "A", help: Phrase("完成审批环节", "finish the approval step under way"))
            case .blocker: return KeyBinding([.char("b")], "b", help: Phrase("记录堵点（进行中的环节、责任单位）", "raise a blocker (on the step under way, with its owning unit)"))
            case .resolveBlocker: return KeyBinding([.char("B")], "B", help: Phrase("堵点解决", "resolve a blocker"))
            case .note: return KeyBinding([.char("p")], "p", help: Phrase("记录进展", "record a progress note"))
            case .unit: return KeyBinding([.char("u")], "u", help: Phrase("新增单位（牵头、配合、责任单位从单位列表中选）", "add a unit (lead, partner and owning units are picked from the unit list)"))
            case .filters: return KeyBinding([.char("f")], "f", help: Phrase("按类别、状态、牵头单位、逾期、N 天内到期、专项行动过滤", "filter by category, status, lead unit, late, due within N days, special action"))
            case .timeline: return KeyBinding([.char("t")], "t", help: Phrase("所选项目的时间线（里程碑与审批环节对照今天）；Esc 返回", "the selected project's timeline (milestones and steps against today); Esc goes back"))
            case .categoryTimeline: return KeyBinding([.char("T")], "T", help: Phrase("整个类别的时间线（每项目一行，按周或月）；再按 T 或 ←→ 换类别", "a whole category's timeline (a row per project, by week or month); T again or ←→ for the next category"))
            case .blockers: return KeyBinding([.char("o")], "o", help: Phrase("未解决的堵点（全部项目）；Esc 返回", "open blockers across all projects; Esc goes back"))
            }
        }

        /// Actions that write on the selected project: refused on a closed one (status excepted).
        var writes: Bool {
            switch self {
            case .edit, .milestone, .milestoneDone, .startStep, .finishStep, .blocker, .resolveBlocker, .note: return true
            default: return false
            }
        }

        var needsSelection: Bool {
            switch self {
            case .new, .unit, .filters, .categoryTimeline, .blockers: return false
            default: return true
            }
        }
    }

    public enum Verb: PaletteVerb {
        case export

        public var info: PaletteInfo {
            switch self {
            case .export: return PaletteInfo("export", argument: Phrase("[tasks] [年份] [unit=单位] [文件.md|文件.csv]", "[tasks] [YEAR] [unit=UNIT] [FILE.md|FILE.csv]"),
                                             help: Phrase("年度任务分工（默认写入日志旁的 exports/）", "the annual task breakdown (into exports/ beside the journal by default)"))
            }
        }
    }

    /// What the pane shows: the list, or one of the views opened from it (Esc comes back).
    enum View: Equatable {
        case list
        case timeline(String)
        case category(ProjectCategory)
        case blockers
    }

    var all: [ProjectRow] = []
    var rows: [ProjectRow] = []
    var byId: [String: Project] = [:]
    var criteria = ProjectFilter()
    var table = TableState()
    var view = View.list
    /// Selection and scroll inside the timeline and blocker views.
    var viewTable = TableState()
    var openBlockers: [OpenBlocker] = []
    /// The projects of the category timeline, in its row order.
    var categoryIds: [String] = []
    var comparison: (fastTrack: ApprovalClock.Average, others: ApprovalClock.Average)
    /// Why criteria sent from elsewhere were not all taken (shown until the filter changes).
    var notice: String?
    private var builtAt = -1
    private var builtToday = LocalDate(year: 2000, month: 1, day: 1)!
    private var builtReloads = 0

    init(_ ctx: ShellContext) {
        comparison = ApprovalClock.fastTrackComparison(ctx.store.state, today: ctx.today)
        refresh(ctx, force: true)
    }

    public var filter: String { criteria.text }

    // MARK: Layout shared by keys and drawing

    /// The list: two header lines, then the table (its header takes a row).
    func listPage(_ area: Rect) -> Int { max(1, area.height - 3) }
    /// The timelines: two header lines, then the chart's header, rows and legend.
    func timelinePage(_ area: Rect) -> Int { TimelineView.page(height: area.height - 2) }
    /// The blockers: one header line, then the table.
    func blockersPage(_ area: Rect) -> Int { max(1, area.height - 2) }

    // MARK: Selection

    var selected: Project? {
        switch view {
        case .list: return table.selected < rows.count ? rows[table.selected].project : nil
        case .timeline(let id): return byId[id]
        case .category: return viewTable.selected < categoryIds.count ? byId[categoryIds[viewTable.selected]] : nil
        case .blockers: return viewTable.selected < openBlockers.count ? byId[openBlockers[viewTable.selected].projectId] : nil
        }
    }

    /// The milestone row chosen in the project timeline (so `c` completes that one).
    func selectedMilestone(_ ctx: ShellContext) -> String? {
        guard case .timeline = view, let p = selected else { return nil }
        let tl = ProjectTimeline.project(p, today: ctx.today, maxColumns: 1)
        guard viewTable.selected < tl.rows.count, case .milestone(let id) = tl.rows[viewTable.selected].kind else { return nil }
        return id
    }

    func viewRowCount(_ ctx: ShellContext) -> Int {
        switch view {
        case .list: return rows.count
        case .timeline: return selected.map { ProjectTimeline.project($0, today: ctx.today, maxColumns: 1).rows.count } ?? 0
        case .category: return categoryIds.count
        case .blockers: return openBlockers.count
        }
    }

    // MARK: Keys

    public func handle(_ key: Key, in area: Rect, _ ctx: ShellContext) -> PaneOutcome? {
        switch view {
        case .list:
            return table.handle(key, rowCount: rows.count, page: listPage(area)) ? PaneOutcome.none : nil
        case .timeline, .category, .blockers:
            if key == .escape || key == .char("q") {
                backToList(area)
                return PaneOutcome.none
            }
            if case .category(let c) = view, key == .left || key == .right {
                show(category: next(c, by: key == .right ? 1 : -1), ctx)
                return PaneOutcome.none
            }
            let page = view == .blockers ? blockersPage(area) : timelinePage(area)
            return viewTable.handle(key, rowCount: viewRowCount(ctx), page: page) ? PaneOutcome.none : nil
        }
    }

    public func unavailable(_ action: Action, _ ctx: ShellContext) -> String? {
        guard action.needsSelection else { return nil }
        guard let p = selected else {
            if all.isEmpty { return ctx.t("还没有项目：按 n 新建", "no projects yet: press n") }
            if case .category = view { return ctx.t("该类别没有带日期的项目", "no project of this category has dates") }
            if view == .blockers { return ctx.t("没有未解决的堵点", "no open blockers") }
            return ctx.t("没有选中的项目", "no project selected")
        }
        // Messages fit the status line at 80 columns in either language.
        if action.writes, ProjectRules.writable(p) != nil {
            return ctx.t("项目已关闭：按 s 恢复状态后才能记录或编辑", "the project is closed: s reopens it first")
        }
        let running = p.approval.contains { $0.done == nil }
        switch action {
        case .milestoneDone where !p.milestones.contains(where: { $0.done == nil }):
            return ctx.t("该项目没有未完成的里程碑（按 m 添加）", "no open milestone on this project (m adds one)")
        case .startStep where p.category != .space5N, .finishStep where p.category != .space5N, .blocker where p.category != .space5N:
            return ctx.t("城市更新审批只用于空间改造赋能项目", "approval steps are for space-renewal projects only")
        case .startStep where running:
            return ctx.t("“\(ProjectView.currentStep(of: p)!.step.zh)”进行中：先按 A 完成它", "\(ProjectView.currentStep(of: p)!.step.en) is under way: A finishes it first")
        case .finishStep where !running, .blocker where !running:
            return ctx.t("没有进行中的审批环节（按 a 开始）", "no approval step under way (a starts one)")
        case .resolveBlocker where !p.blockers.contains(where: \.isOpen):
            return ctx.t("该项目没有未解决的堵点", "no open blocker on this project")
        default:
            return nil
        }
    }

    public func perform(_ action: Action, in area: Rect, _ ctx: ShellContext) -> PaneOutcome {
        switch action {
        case .new: return .openForm(ProjectForms.create(ctx))
        case .unit: return .openForm(ProjectForms.addUnit(ctx))
        case .filters: return .openForm(filterForm(ctx, page: listPage(area)))
        case .blockers:
            if view == .blockers { backToList(area); return .none }
            view = .blockers
            viewTable = TableState()
            return openBlockers.isEmpty ? .say(ctx.t("没有未解决的堵点", "no open blockers")) : .none
        case .categoryTimeline:
            if case .category(let c) = view { show(category: next(c, by: 1), ctx); return .none }
            show(category: selected?.category ?? criteria.category ?? .space5N, ctx)
            return .none
        default: break
        }
        guard let p = selected else { return .none }
        switch action {
        case .detail:
            guard let d = ProjectDetail(p.id, in: ctx.store.state, catalog: ctx.store.catalog, today: ctx.today) else { return .none }
            return .openDetail(title: Sanitizer.clean(p.name), lines: ProjectDetailPresenter.lines(d, history: ctx.journal.history(of: p.id), ctx: ctx))
        case .edit: return .openForm(ProjectForms.edit(p, ctx))
        case .status: return .openForm(ProjectForms.status(p, ctx))
        case .milestone: return .openForm(ProjectForms.addMilestone(p, ctx))
        case .milestoneDone: return .openForm(ProjectForms.completeMilestone(p, selecting: selectedMilestone(ctx), ctx))
        case .startStep: return .openForm(ProjectForms.startStep(p, ctx))
        case .finishStep: return .openForm(ProjectForms.finishStep(p, ctx))
        case .blocker: return .openForm(ProjectForms.raiseBlocker(p, ctx))
        case .resolveBlocker:
            let chosen = view == .blockers && viewTable.selected < openBlockers.count ? openBlockers[viewTable.selected].blocker.id : nil
            return .openForm(ProjectForms.resolveBlocker(p, selecting: chosen, ctx))
        case .note: return .openForm(ProjectForms.note(p, ctx))
        case .timeline:
            if case .timeline = view { backToList(area); return .none }
            view = .timeline(p.id)
            viewTable = TableState()
            return .none
        case .new, .unit, .filters, .blockers, .categoryTimeline: return .none
        }
    }

    func show(category c: ProjectCategory, _ ctx: ShellContext) {
        let keep = selected?.id
        view = .category(c)
        categoryIds = Self.categoryRows(c, ctx)
        viewTable = TableState()
        if let keep, let i = categoryIds.firstIndex(of: keep) { viewTable.select(i, rowCount: categoryIds.count) }
    }

    static func categoryRows(_ c: ProjectCategory, _ ctx: ShellContext) -> [String] {
        ProjectTimeline.category(c, in: ctx.store.state, today: ctx.today, scale: .month).rows.compactMap {
            if case .project(let id) = $0.kind { return id } else { return nil }
        }
    }

    func next(_ c: ProjectCategory, by step: Int) -> ProjectCategory {
        let cases = ProjectCategory.allCases
        return cases[(cases.firstIndex(of: c)! + step + cases.count) % cases.count]
    }

    /// Back to the list, with the project the view was on selected there.
    func backToList(_ area: Rect) {
        let keep = selected?.id
        view = .list
        if let keep, let i = rows.firstIndex(where: { $0.id == keep }) { table.select(i, rowCount: rows.count, page: listPage(area)) }
    }

    // MARK: Filters

    /// Esc drops the `/` search and the `f` criteria alike: every project again.
    public func clearFilter(in area: Rect, _ ctx: ShellContext) -> Bool {
        guard !criteria.isEmpty else { return false }
        criteria = ProjectFilter()
        setFilter("", in: area, ctx)
        return true
    }

    public func setFilter(_ text: String, in area: Rect, _ ctx: ShellContext) {
        let keep = text.isEmpty ? selected?.id : nil
        criteria.text = text
        notice = nil
        view = .list
        applyFilter(ctx)
        table.select(0, rowCount: rows.count, page: listPage(area))
        // Cleared, the search leaves the project it had found selected.
        if let keep, let i = rows.firstIndex(where: { $0.project.id == keep }) { table.select(i, rowCount: rows.count, page: listPage(area)) }
    }

    /// Arrives filtered: criteria as the overview sends them (`late=yes`, `status=active`,
    /// `category=space5N`, `unit=<id or name>`, `due=14`, `action=<id>`), text for `/`, and a
    /// project to select. Criteria it cannot read are named on the counts line.
    public func show(_ target: PaneTarget, in area: Rect, _ ctx: ShellContext) {
        let (parsed, problems) = ProjectTargetReader.read(target, units: ctx.store.state.unitDirectory(ctx.store.catalog), catalog: ctx.store.catalog)
        criteria = parsed
        notice = problems.isEmpty ? nil : ctx.t("未采用：", "not applied: ") + problems.joined(separator: ctx.t("；", "; "))
        view = .list
        applyFilter(ctx)
        table.select(0, rowCount: rows.count, page: listPage(area))
        if let id = target.select, let i = rows.firstIndex(where: { $0.id == id }) {
            table.select(i, rowCount: rows.count, page: listPage(area))
        }
    }

    func applyFilter(_ ctx: ShellContext) {
        rows = ProjectList.filter(all, criteria, today: ctx.today)
    }

    private func filterForm(_ ctx: ShellContext, page: Int) -> FormSession {
        let l = ctx.language
        let c = ctx.store.catalog
        let any = Choice("", l.t("全部", "all"))
        var form = ProjectForms.form(ctx.t("过滤项目", "Filter projects"), [
            FormField(id: "category", label: l.t("类别", "Category"), kind: .choice([any] + ProjectCategory.allCases.map { Choice($0.rawValue, $0.text(l)) })),
            FormField(id: "status", label: l.t("状态", "Status"), kind: .choice([any] + ProjectStatus.allCases.map { Choice($0.rawValue, $0.text(l)) })),
            FormField(id: "leadUnit", label: l.t("牵头单位", "Lead unit"), kind: .choice([any] + ProjectForms.units(ctx))),
            FormField(id: "late", label: l.t("逾期", "Late"), kind: .choice([any, Choice("yes", l.t("只看有逾期的", "only those with something late"))])),
            FormField(id: "due", label: l.t("N 天内到期", "Due within N days"), kind: .integer),
            FormField(id: "action", label: l.t("专项行动", "Special action"), kind: .choice([any] + c.actions.map { Choice($0.id, $0.text(l)) })),
        ])
        form.set(field: "category", to: .choice(criteria.category?.rawValue ?? ""))
        form.set(field: "status", to: .choice(criteria.status?.rawValue ?? ""))
        form.set(field: "leadUnit", to: .choice(criteria.leadUnit ?? ""))
        form.set(field: "late", to: .choice(criteria.lateOnly ? "yes" : ""))
        form.set(field: "due", to: .text(criteria.dueWithinDays.map(String.init) ?? ""))
        form.set(field: "action", to: .choice(criteria.action ?? ""))
        return FormSession(form: form, action: .local { [unowned self] v, ctx in
            func pick(_ key: String) -> String? { let s = v.text(key); return s.isEmpty ? nil : s }
            self.criteria.category = pick("category").flatMap(ProjectCategory.init(rawValue:))
            self.criteria.status = pick("status").flatMap(ProjectStatus.init(rawValue:))
            self.criteria.leadUnit = pick("leadUnit")
            self.criteria.lateOnly = v.text("late") == "yes"
            self.criteria.dueWithinDays = pick("due").flatMap { Int($0) }
            self.criteria.action = pick("action")
            self.notice = nil
            self.view = .list
            self.applyFilter(ctx)
            self.table.select(0, rowCount: self.rows.count, page: page)
            return nil
        }, submitLabel: Phrase("应用", "apply"), footer: { _, ctx in
            [ctx.t("空着的条件不过滤；N 天内到期：未完成的里程碑或进行中的审批环节", "Empty means all; due within N days: an open milestone or a step under way")]
        })
    }

    // MARK: The journal moved

    public func journalChanged(_ ctx: ShellContext) { refresh(ctx) }

    func refresh(_ ctx: ShellContext, force: Bool = false) {
        guard force || ctx.store.head.seq != builtAt || ctx.today != builtToday || ctx.store.reloads != builtReloads else { return }
        builtAt = ctx.store.head.seq
        builtToday = ctx.today
        builtReloads = ctx.store.reloads
        let keep = view == .list ? selected?.id : nil
        let keepBlocker = view == .blockers && viewTable.selected < openBlockers.count ? openBlockers[viewTable.selected].blocker.id : nil
        let state = ctx.store.state
        all = ProjectList.rows(state, catalog: ctx.store.catalog, today: ctx.today)
        byId = Dictionary(uniqueKeysWithValues: all.map { ($0.id, $0.project) })
        openBlockers = OpenBlockers.list(state, catalog: ctx.store.catalog, today: ctx.today)
        comparison = ApprovalClock.fastTrackComparison(state, today: ctx.today)
        applyFilter(ctx)
        let list = rows
        table.reselect(keep, rowCount: list.count) { id in list.firstIndex { $0.id == id } }
        switch view {
        case .list: break
        case .timeline(let id): if byId[id] == nil { view = .list }
        case .category(let c):
            let keepRow = selected?.id
            categoryIds = Self.categoryRows(c, ctx)
            let ids = categoryIds
            viewTable.reselect(keepRow, rowCount: ids.count) { id in ids.firstIndex(of: id) }
        case .blockers:
            let open = openBlockers
            viewTable.reselect(keepBlocker, rowCount: open.count) { id in open.firstIndex { $0.blocker.id == id } }
        }
    }

    // MARK: `:export`

    public func completions(_ verb: Verb, _ ctx: ShellContext) -> [String] {
        let y = ctx.today.year
        return ["tasks \(y)", "tasks \(y) tasks-\(y).csv", "tasks \(y + 1)"]
    }

    public func run(_ verb: Verb, argument: String, _ ctx: ShellContext) -> PaneOutcome {
        switch verb {
        case .export: return exportTasks(argument, ctx)
        }
    }

    /// `:export [tasks] [YEAR] [unit=U] [FILE.md|FILE.csv]`: the annual task breakdown, in the
    /// interface's language. A bare file name goes into `exports/` beside the journal.
    private func exportTasks(_ argument: String, _ ctx: ShellContext) -> PaneOutcome {
        let request: TaskExportRequest
        do {
            request = try TaskExportRequest(argument, today: ctx.today, journal: ctx.store.path,
                                            units: ctx.store.state.unitDirectory(ctx.store.catalog))
        } catch {
            return .refuse(error.message.text(ctx.language) + ctx.t("。用法 :export [年份] [unit=单位] [文件]", ". Usage: :export [YEAR] [unit=U] [FILE]"))
        }
        let breakdown = TaskBreakdown(ctx.store.state, year: request.year, unit: request.unit, catalog: ctx.store.catalog, today: ctx.today)
        let bytes = TaskBreakdownExporter.export(breakdown, format: request.format, english: ctx.language == .en, bom: request.format == .csv)
        let year = request.year
        let units = breakdown.units
        // The path can be long: shown in a detail, where it wraps rather than being cut.
        return .saveFile(FileWrite(path: request.path, bytes: bytes) { ctx, result in
            switch result {
            case .success(let p):
                let l = ctx.language
                return .openDetail(title: l.t("\(year) 年度任务分工", "Task breakdown \(year)"), lines: [
                    (l.t("已写入", "Written to"), p),
                    (l.t("牵头单位", "Lead units"), "\(units.count)"),
                    (l.t("本年到期里程碑", "Milestones due"), "\(units.reduce(0) { $0 + $1.due })"),
                    (l.t("已完成", "Done"), "\(units.reduce(0) { $0 + $1.done })" + l.t("（逾期完成 \(units.reduce(0) { $0 + $1.doneLate })）", " (\(units.reduce(0) { $0 + $1.doneLate }) late)")),
                    (l.t("逾期未完成", "Late now"), "\(units.reduce(0) { $0 + $1.late })"),
                ])
            case .failure(let e): return .refuse(ctx.t("无法写入 ", "cannot write ") + request.path + ": \(e)")
            }
        })
    }
}
