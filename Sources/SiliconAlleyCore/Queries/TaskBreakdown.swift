/// 年度任务分工: per lead unit, its projects and the milestones due in a year, with what is
/// done, done late and late. The plan's 保障措施 ask for it ("建立年度任务分工落实…机制").
public struct TaskBreakdown: Sendable, Hashable {
    public struct Item: Sendable, Hashable {
        public let milestone: Milestone
        public let state: MilestoneState
    }

    public struct ProjectTasks: Sendable, Hashable {
        public let project: Project
        /// Due in the year, by due date.
        public let items: [Item]
    }

    public struct UnitTasks: Sendable, Hashable {
        /// Nil for projects with no lead unit set.
        public let unit: OrgUnit?
        public let projects: [ProjectTasks]

        public var due: Int { projects.reduce(0) { $0 + $1.items.count } }
        public var done: Int { count { $0.isDone } }
        public var doneLate: Int { count { $0.isDone && $0.lateDays > 0 } }
        public var late: Int { count(\.isLate) }

        private func count(_ test: (MilestoneState) -> Bool) -> Int {
            projects.reduce(0) { $0 + $1.items.filter { test($0.state) }.count }
        }
    }

    public let year: Int
    public let today: LocalDate
    /// Units in directory order (catalogue first), then "no lead unit".
    public let units: [UnitTasks]

    /// Every project not closed, and any closed one with a milestone due in the year, under
    /// its lead unit; only `unit`'s (an id) when given.
    public init(_ state: DomainState, year: Int, unit: String? = nil, catalog: Catalog = .plan, today: LocalDate) {
        self.year = year
        self.today = today
        let directory = UnitDirectory(catalog: catalog, state: state)
        var byUnit: [String: [ProjectTasks]] = [:]
        for p in state.projects.values.sorted(by: ProjectView.listOrder) {
            let items = p.milestones.filter { $0.due.year == year }.sorted { ($0.due, $0.id) < ($1.due, $1.id) }
                .map { Item(milestone: $0, state: $0.state(today: today)) }
            guard p.status != .closed || !items.isEmpty else { continue }
            let key = p.leadUnit.flatMap(directory.resolve)?.id ?? ""
            if let unit, key != unit { continue }
            byUnit[key, default: []].append(ProjectTasks(project: p, items: items))
        }
        var units = directory.all.compactMap { u in byUnit[u.id].map { UnitTasks(unit: u, projects: $0) } }
        if let none = byUnit[""] { units.append(UnitTasks(unit: nil, projects: none)) }
        self.units = units
    }
}
