/// One row of the projects list (2 项目督办), everything a column needs already worked out.
public struct ProjectRow: Sendable, Identifiable {
    public let project: Project
    public var id: String { project.id }
    public var category: ProjectCategory { project.category }
    public var status: ProjectStatus { project.status }
    /// "name · place" in each language.
    public let nameAndPlaceZh: String
    public let nameAndPlaceEn: String
    /// The lead unit, resolved (nil if none is set or the stored text names no unit).
    public let leadUnit: OrgUnit?
    /// The special action served (`ProjectView.action`).
    public let action: String?
    /// The next open milestone and where it stands.
    public let nextMilestone: Milestone?
    public let nextMilestoneState: MilestoneState?
    /// The approval step under way, against its limit.
    public let currentStep: StepTiming?
    /// Open milestones past due, and steps over their limit, now (only for open projects).
    public let lateMilestones: Int
    public let lateSteps: Int
    /// The worst lateness among them, in calendar days.
    public let lateDays: Int
    public let openBlockers: Int
    /// The earliest due date among open milestones and running steps (for "due within N days").
    public let nextDue: LocalDate?
    let search: NameMatch

    public var isLate: Bool { lateDays > 0 }

    public func nameAndPlace(english: Bool) -> String { english ? nameAndPlaceEn : nameAndPlaceZh }

    /// The lead unit's short name ("" when none).
    public func leadUnitName(english: Bool) -> String {
        leadUnit?.shortName(english: english) ?? project.leadUnit ?? ""
    }
}

/// The list's rows and filters. Pure functions of the state: the pane rebuilds the rows when
/// the journal grows (hundreds of projects at most) and filters them per keystroke.
public enum ProjectList {
    public static func rows(_ state: DomainState, catalog: Catalog = .plan, today: LocalDate,
                            calendar: WorkingDayCalendar? = nil) -> [ProjectRow] {
        let calendar = calendar ?? state.calendar
        let units = UnitDirectory(catalog: catalog, state: state)
        return state.projects.values.sorted(by: ProjectView.listOrder).map {
            row($0, units: units, catalog: catalog, today: today, calendar: calendar)
        }
    }

    public static func row(_ p: Project, units: UnitDirectory, catalog: Catalog = .plan, today: LocalDate,
                           calendar: WorkingDayCalendar = .china) -> ProjectRow {
        let clock = ApprovalClock(project: p, today: today, calendar: calendar)
        let next = ProjectView.nextMilestone(of: p)
        let supervised = p.status.isOpen
        let lateMs = supervised ? p.milestones.map { $0.state(today: today) }.filter(\.isLate) : []
        let lateSteps = supervised ? clock.steps.filter { $0.isOpen && $0.isOverdue } : []
        let lead = p.leadUnit.flatMap(units.resolve)
        let action = ProjectView.action(of: p, catalog: catalog)
        let actionNames = action.flatMap(catalog.action(id:)).map { [$0.zh, $0.short, $0.en] } ?? []
        let dues = p.milestones.filter { $0.done == nil }.map(\.due) + clock.steps.filter(\.isOpen).compactMap(\.due)
        let placeZh = ProjectView.placeName(of: p, catalog: catalog, english: false) ?? ""
        let placeEn = ProjectView.placeName(of: p, catalog: catalog, english: true) ?? ""
        return ProjectRow(
            project: p,
            nameAndPlaceZh: ProjectView.nameAndPlace(of: p, catalog: catalog, english: false),
            nameAndPlaceEn: ProjectView.nameAndPlace(of: p, catalog: catalog, english: true),
            leadUnit: lead, action: action, nextMilestone: next, nextMilestoneState: next?.state(today: today),
            currentStep: clock.current, lateMilestones: lateMs.count, lateSteps: lateSteps.count,
            lateDays: (lateMs.map(\.lateDays) + lateSteps.map(\.lateDays)).max() ?? 0,
            openBlockers: p.blockers.filter(\.isOpen).count, nextDue: dues.min(),
            search: NameMatch([p.name, p.id, p.catalogId ?? "", placeZh, placeEn, lead?.zh ?? p.leadUnit ?? "",
                               lead?.short ?? "", lead?.en ?? ""] + actionNames))
    }

    public static func filter(_ rows: [ProjectRow], _ f: ProjectFilter, today: LocalDate) -> [ProjectRow] {
        f.isEmpty ? rows : rows.filter { f.matches($0, today: today) }
    }
}

/// The list's filters (`f` in the pane, `--filter` text): each nil or false means "all".
public struct ProjectFilter: Sendable, Hashable {
    public var category: ProjectCategory?
    public var status: ProjectStatus?
    /// A unit id: projects it leads.
    public var leadUnit: String?
    /// Only projects with something late now.
    public var lateOnly = false
    /// Only projects whose approval step under way (or one finished) went over its limit.
    public var overLimitOnly = false
    /// Only projects with an open milestone or a running step due from today to N days on.
    public var dueWithinDays: Int?
    /// A special action's id: the action itself and the projects serving it.
    public var action: String?
    /// Name, place, unit or action: substring or pinyin.
    public var text = ""

    public init(category: ProjectCategory? = nil, status: ProjectStatus? = nil, leadUnit: String? = nil, lateOnly: Bool = false,
                dueWithinDays: Int? = nil, action: String? = nil, text: String = "") {
        self.category = category
        self.status = status
        self.leadUnit = leadUnit
        self.lateOnly = lateOnly
        self.dueWithinDays = dueWithinDays
        self.action = action
        self.text = text
    }

    public var isEmpty: Bool {
        category == nil && status == nil && leadUnit == nil && !lateOnly && !overLimitOnly && dueWithinDays == nil && action == nil
            && text.trimmingCharacters(in: .whitespaces).isEmpty
    }

    public func matches(_ r: ProjectRow, today: LocalDate) -> Bool {
        if let category, r.category != category { return false }
        if let status, r.status != status { return false }
        if let leadUnit, r.leadUnit?.id != leadUnit { return false }
        if lateOnly && !r.isLate { return false }
        if overLimitOnly && r.lateSteps == 0 { return false }
        if let n = dueWithinDays {
            let dues = r.project.milestones.filter { $0.done == nil }.map(\.due) + (r.currentStep?.due.map { [$0] } ?? [])
            if !dues.contains(where: { today <= $0 && $0 <= today.adding(days: n) }) { return false }
        }
        if let action, r.action != action { return false }
        return r.search.matches(text)
    }
}

/// `--filter` / `:filter` text for projects: `category=space5N status=active unit=区科信局
/// late due=14 action=district-renewal` (ids or names, either language) and free text.
public enum ProjectFilterParser {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public static func parse(_ text: String, units: UnitDirectory, catalog: Catalog = .plan) throws(Failure) -> ProjectFilter {
        var f = ProjectFilter()
        var free: [String] = []
        for term in text.split(separator: " ").map(String.init) {
            if term == "late" || term == "逾期" { f.lateOnly = true; continue }
            let kv = term.split(separator: "=", maxSplits: 1).map(String.init)
            guard kv.count == 2 else { free.append(term); continue }
            let (k, v) = (kv[0], kv[1])
            switch k {
            case "category", "类别":
                guard let c = ProjectCategory.find(v) else { throw Failure(description: "unknown category \(v)") }
                f.category = c
            case "status", "状态":
                guard let s = ProjectStatus.find(v) else { throw Failure(description: "unknown status \(v)") }
                f.status = s
            case "unit", "单位", "牵头单位":
                guard let u = units.resolve(v) else { throw Failure(description: "unknown unit \(v)") }
                f.leadUnit = u.id
            case "due", "到期":
                guard let n = Int(v), n >= 0 else { throw Failure(description: "due=N takes a number of days, not \(v)") }
                f.dueWithinDays = n
            case "action", "专项行动":
                guard let a = catalog.actions.first(where: { $0.id == v || $0.zh == v || $0.short == v }) else {
                    throw Failure(description: "unknown special action \(v)")
                }
                f.action = a.id
            default: free.append(term)
            }
        }
        f.text = free.joined(separator: " ")
        return f
    }
}
