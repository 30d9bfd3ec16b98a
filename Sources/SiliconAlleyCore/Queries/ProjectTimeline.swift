/// A text Gantt as data: columns of days, weeks or months, today's column, and per row one
/// cell kind per column. A renderer picks a glyph and a style per cell kind (late ones in the
/// alert style, and with their own glyph so monochrome still tells them apart) and marks the
/// today column; `TimelineText` is the plain-text one.
public struct Timeline: Sendable, Hashable {
    public enum Scale: String, Sendable, Hashable, CaseIterable {
        case day, week, month
    }

    /// One column: the days it covers (both ends inclusive).
    public struct Column: Sendable, Hashable {
        public let first: LocalDate
        public let last: LocalDate
        public func contains(_ d: LocalDate) -> Bool { first <= d && d <= last }
        /// A short header: "9/14" for a day or a week (its Monday), "2026-10" for a month.
        public func label(_ scale: Scale) -> String {
            scale == .month ? String(first.description.prefix(7)) : "\(first.month)/\(first.day)"
        }
    }

    /// What one row shows in one column.
    public enum Cell: Sendable, Hashable {
        case empty
        /// Under way or done within its time.
        case bar
        /// The part of a bar past its due date (or a whole bar that is late).
        case lateBar
        /// A milestone (or a step's due date) not yet reached.
        case milestone
        /// A milestone done (in the column it was done).
        case doneMilestone
        /// A milestone past due and not done (in its due column).
        case lateMilestone
    }

    public enum RowKind: Sendable, Hashable {
        case step(ApprovalStepKind)
        case milestone(id: String)
        /// One project in a category timeline.
        case project(id: String)
    }

    public struct Row: Sendable, Hashable {
        public let kind: RowKind
        /// The row's label in each language (a milestone's title or a project's name is the
        /// same in both).
        public let zh: String
        public let en: String
        public let cells: [Cell]
        /// Something in this row is late now.
        public let late: Bool
        /// Dates for the row's legend: start → end (end nil while open), and a due date.
        public let from: LocalDate?
        public let to: LocalDate?
        public let due: LocalDate?

        public func label(english: Bool) -> String { english ? en : zh }
    }

    public let scale: Scale
    public let columns: [Column]
    public let today: LocalDate
    /// The column holding today (nil if today is outside the range).
    public var todayColumn: Int? { columns.firstIndex { $0.contains(today) } }
    public let rows: [Row]
}

/// Builds timelines: one project's steps and milestones, or one category's projects.
public enum ProjectTimeline {
    /// Steps first (in track order), then milestones by due date. With no scale given, the
    /// finest that fits `maxColumns` columns.
    public static func project(_ p: Project, today: LocalDate, scale: Timeline.Scale? = nil, maxColumns: Int = 60,
                               calendar: WorkingDayCalendar = .china) -> Timeline {
        let clock = ApprovalClock(project: p, today: today, calendar: calendar)
        var dates = [today]
        for s in clock.steps { dates += [s.started, s.finished ?? today] + (s.due.map { [$0] } ?? []) }
        for m in p.milestones { dates += [m.due] + (m.done.map { [$0] } ?? []) }
        let (chosen, columns) = fit(from: dates.min()!, to: dates.max()!, scale: scale, maxColumns: maxColumns)
        var rows: [Timeline.Row] = []
        for s in clock.steps {
            let cells = bar(from: s.started, to: s.finished ?? today, due: s.due, columns: columns)
            rows.append(.init(kind: .step(s.step), zh: s.step.zh, en: s.step.en, cells: cells,
                              late: s.isOpen && s.isOverdue, from: s.started, to: s.finished, due: s.due))
        }
        for m in p.milestones.sorted(by: { ($0.due, $0.id) < ($1.due, $1.id) }) {
            let state = m.state(today: today)
            var cells = Array(repeating: Timeline.Cell.empty, count: columns.count)
            if let i = columns.firstIndex(where: { $0.contains(m.due) }) {
                cells[i] = state.isLate ? .lateMilestone : (state.isDone ? .empty : .milestone)
            }
            if let done = m.done, let i = columns.firstIndex(where: { $0.contains(done) }) { cells[i] = .doneMilestone }
            rows.append(.init(kind: .milestone(id: m.id), zh: m.title, en: m.title, cells: cells, late: state.isLate,
                              from: nil, to: m.done, due: m.due))
        }
        return Timeline(scale: chosen, columns: columns, today: today, rows: rows)
    }

    /// One row per project of the category: a bar from its start (or first step or milestone)
    /// to its target (or last date), late from the first overdue item on, and its milestones
    /// as marks on the bar. Projects with no dates at all are left out.
    public static func category(_ category: ProjectCategory, in state: DomainState, today: LocalDate,
                                scale: Timeline.Scale? = nil, maxColumns: Int = 60,
                                calendar: WorkingDayCalendar? = nil) -> Timeline {
        let calendar = calendar ?? state.calendar
        let projects = state.projects.values.filter { $0.category == category && $0.status != .closed }
            .sorted(by: ProjectView.listOrder)
        var spans: [(Project, LocalDate, LocalDate, ApprovalClock)] = []
        for p in projects {
            let clock = ApprovalClock(project: p, today: today, calendar: calendar)
            let dates = [p.start, p.target].compactMap { $0 } + p.milestones.map(\.due)
                + clock.steps.flatMap { [$0.started] + ($0.finished.map { [$0] } ?? []) }
            guard let lo = dates.min(), let hi = dates.max() else { continue }
            spans.append((p, lo, max(hi, clock.current == nil ? hi : today), clock))
        }
        let lo = (spans.map(\.1) + [today]).min()!, hi = (spans.map(\.2) + [today]).max()!
        let (chosen, columns) = fit(from: lo, to: hi, scale: scale, maxColumns: maxColumns)
        var rows: [Timeline.Row] = []
        for (p, from, to, clock) in spans {
            let supervised = p.status.isOpen
            let lateMs = supervised ? p.milestones.filter { $0.state(today: today).isLate } : []
            let lateSteps = supervised ? clock.steps.filter { $0.isOpen && $0.isOverdue } : []
            // The bar turns late after the earliest due date now missed.
            let lateAfter = (lateMs.map(\.due) + lateSteps.compactMap(\.due)).min()
            var cells = bar(from: from, to: to, due: lateAfter, columns: columns)
            for m in p.milestones {
                let state = m.state(today: today)
                if let done = m.done, let i = columns.firstIndex(where: { $0.contains(done) }) {
                    if cells[i] != .lateMilestone { cells[i] = .doneMilestone }
                } else if !state.isDone, let i = columns.firstIndex(where: { $0.contains(m.due) }) {
                    cells[i] = state.isLate && supervised ? .lateMilestone : .milestone
                }
            }
            rows.append(.init(kind: .project(id: p.id), zh: p.name, en: p.name, cells: cells,
                              late: !lateMs.isEmpty || !lateSteps.isEmpty, from: from, to: to, due: p.target))
        }
        return Timeline(scale: chosen, columns: columns, today: today, rows: rows)
    }

    /// The columns from `lo` to `hi`: days, Monday-based weeks, or calendar months; with no
    /// scale given, the finest whose count fits `maxColumns`.
    public static func fit(from lo: LocalDate, to hi: LocalDate, scale: Timeline.Scale?,
                           maxColumns: Int) -> (scale: Timeline.Scale, columns: [Timeline.Column]) {
        let order: [Timeline.Scale] = scale.map { [$0] } ?? [.day, .week, .month]
        var last: (Timeline.Scale, [Timeline.Column]) = (.month, [])
        for s in order {
            let cols = make(s, from: lo, to: hi)
            last = (s, cols)
            if cols.count <= max(1, maxColumns) { return last }
        }
        return last
    }

    private static func make(_ scale: Timeline.Scale, from lo: LocalDate, to hi: LocalDate) -> [Timeline.Column] {
        var cols: [Timeline.Column] = []
        var d: LocalDate
        switch scale {
        case .day: d = lo
        case .week: d = lo.adding(days: 1 - lo.weekday)
        case .month: d = LocalDate(year: lo.year, month: lo.month, day: 1)!
        }
        while d <= hi {
            let next: LocalDate
            switch scale {
            case .day: next = d.adding(days: 1)
            case .week: next = d.adding(days: 7)
            case .month: next = d.month == 12 ? LocalDate(year: d.year + 1, month: 1, day: 1)! : LocalDate(year: d.year, month: d.month + 1, day: 1)!
            }
            cols.append(.init(first: d, last: next.adding(days: -1)))
            d = next
        }
        return cols
    }

    /// A bar over the columns from `from` to `to`; columns where the bar itself reaches past
    /// `due` are late (a week or month holding the due date is not late when the bar ends
    /// on or before it).
    private static func bar(from: LocalDate, to: LocalDate, due: LocalDate?, columns: [Timeline.Column]) -> [Timeline.Cell] {
        columns.map { c in
            guard c.last >= from && c.first <= to else { return .empty }
            if let due, min(c.last, to) > due { return .lateBar }
            return .bar
        }
    }
}
