/// Which days a count counts. The screen says which one it shows.
public enum DayBasis: String, Sendable, Hashable {
    /// PRC working days (`WorkingDayCalendar.china`: weekends, public holidays and 调休).
    case workingDays
    /// Every day.
    case calendarDays

    public var zh: String { self == .workingDays ? "工作日" : "自然日" }
    public var en: String { self == .workingDays ? "working days" : "calendar days" }
    public func label(english: Bool) -> String { english ? en : zh }
}

/// One approval step against its limit.
public struct StepTiming: Sendable, Hashable {
    public let step: ApprovalStepKind
    public let started: LocalDate
    public let finished: LocalDate?
    /// The limit in working days; nil when none was set.
    public let limit: Int?
    /// The last day within the limit: `limit` working days after the start (the start day
    /// itself does not count, as with the service window's time limits).
    public let due: LocalDate?
    /// Working days used: after the start, up to the finish (or today while open).
    public let elapsed: Int
    /// Calendar days past `due` (to the finish, or today while open); 0 if within the limit.
    public let lateDays: Int
    /// False when the span reaches a year the holiday calendar does not cover, so the
    /// working-day counts there assume plain Monday–Friday.
    public let exact: Bool
    /// 堵点 raised on this step and not yet resolved.
    public let openBlockers: Int

    public var isOpen: Bool { finished == nil }
    /// Over its limit: finished late, or open and past due.
    public var isOverdue: Bool { lateDays > 0 }
    /// Working days left within the limit (negative once over); nil without a limit.
    public var remaining: Int? { limit.map { $0 - elapsed } }
    /// "18/20" — used / limit; "18" without a limit.
    public var usedOverLimit: String { limit.map { "\(elapsed)/\($0)" } ?? "\(elapsed)" }
}

/// The urban-renewal approval clock of one project (城市更新审批): each step's start, finish,
/// limit and elapsed time, and the whole span 立项 → 开工.
///
/// Decided here, and shown on screen through `stepBasis` / `totalBasis`: step limits count
/// **working days** on the PRC calendar, the way statutory approval limits (and the service
/// window's) are set; the total 立项 → 开工 — the figure the plan promises to shorten —
/// counts **calendar days**, the way it is reported, with the working days beside it.
public struct ApprovalClock: Sendable, Hashable {
    public static let stepBasis = DayBasis.workingDays
    public static let totalBasis = DayBasis.calendarDays

    public let projectId: String
    public let fastTrack: Bool
    /// Steps in track order, as far as they have got.
    public let steps: [StepTiming]
    /// When 立项 started.
    public let initiated: LocalDate?
    /// When 开工 started (construction began).
    public let constructionStarted: LocalDate?
    /// Calendar days 立项 → 开工; until today while construction has not started. Nil before 立项.
    public let totalDays: Int?
    /// The same span in working days.
    public let totalWorkingDays: Int?

    public init(project p: Project, today: LocalDate, calendar: WorkingDayCalendar = .china) {
        projectId = p.id
        fastTrack = p.fastTrack
        steps = p.approval.sorted { $0.step.order < $1.step.order }.map { s in
            let end = s.done ?? today
            let due = s.limitDays.map { calendar.adding(workingDays: $0, to: s.started) }
            return StepTiming(step: s.step, started: s.started, finished: s.done, limit: s.limitDays, due: due,
                              elapsed: max(0, calendar.workingDays(from: s.started, to: end)),
                              lateDays: due.map { Lateness.days(due: $0, done: s.done, today: today) } ?? 0,
                              exact: calendar.covers(from: s.started, through: max(end, due ?? end)),
                              openBlockers: p.blockers.filter { $0.step == s.step && $0.isOpen }.count)
        }
        initiated = p.step(.initiation)?.started
        constructionStarted = p.step(.construction)?.started
        if let initiated {
            let end = constructionStarted ?? today
            totalDays = max(0, initiated.days(until: end))
            totalWorkingDays = max(0, calendar.workingDays(from: initiated, to: end))
        } else {
            totalDays = nil
            totalWorkingDays = nil
        }
    }

    /// The step under way, if any.
    public var current: StepTiming? { steps.last { $0.isOpen } }
    /// 开工 reached: the total is final.
    public var reachedConstruction: Bool { constructionStarted != nil }
    public var overdueSteps: [StepTiming] { steps.filter(\.isOverdue) }
    /// Every count is on covered years of the holiday calendar.
    public var exact: Bool { steps.allSatisfy(\.exact) }

    /// The average 立项 → 开工 of one group of projects.
    public struct Average: Sendable, Hashable {
        /// Projects that reached 开工 (only they have a final span).
        public let count: Int
        /// Mean calendar days; nil when none reached 开工.
        public let days: Double?
        /// Projects in the group still on the way to 开工.
        public let underWay: Int
    }

    /// 绿色通道 against the rest: the mean 立项 → 开工 (calendar days) of space-renewal
    /// projects that reached 开工, fast-track and not, and how many are still on the way.
    public static func fastTrackComparison(_ state: DomainState, today: LocalDate,
                                           calendar: WorkingDayCalendar? = nil) -> (fastTrack: Average, others: Average) {
        let calendar = calendar ?? state.calendar
        let clocks = state.projects.values.filter { $0.category == .space5N && $0.status != .closed }
            .map { ApprovalClock(project: $0, today: today, calendar: calendar) }
        func average(_ group: [ApprovalClock]) -> Average {
            let done = group.filter(\.reachedConstruction).compactMap(\.totalDays)
            let underWay = group.filter { $0.initiated != nil && !$0.reachedConstruction }.count
            return Average(count: done.count, days: done.isEmpty ? nil : Double(done.reduce(0, +)) / Double(done.count),
                           underWay: underWay)
        }
        return (average(clocks.filter(\.fastTrack)), average(clocks.filter { !$0.fastTrack }))
    }
}
