/// 月视图: a month as weeks (Monday first) of days, each with the events on it. Days of
/// the neighbouring months fill the first and last weeks (`inMonth` false).
public struct EventMonth: Sendable {
    public struct Day: Sendable {
        public let date: LocalDate
        public let inMonth: Bool
        public let isToday: Bool
        public let kind: DayKind
        /// Events on the day (an event over several days is on each), by start.
        public let events: [EventSummary]
    }

    public let year: Int
    public let month: Int
    public let today: LocalDate
    /// Four to six rows of seven days.
    public let weeks: [[Day]]

    public init(_ state: DomainState, containing date: LocalDate, today: LocalDate, includeCancelled: Bool = false,
                calendar: WorkingDayCalendar? = nil, catalog: Catalog = .plan) {
        let calendar = calendar ?? state.calendar
        year = date.year
        month = date.month
        self.today = today
        let first = LocalDate(year: date.year, month: date.month, day: 1)!
        let last = first.adding(days: LocalDate.daysInMonth(year: year, month: month) - 1)
        let gridStart = first.adding(days: 1 - first.weekday)
        let gridEnd = last.adding(days: 7 - last.weekday)
        let from = LocalDateTime(startOf: gridStart), to = LocalDateTime(startOf: gridEnd.adding(days: 1))
        let events = state.activities.values
            .filter { (includeCancelled || $0.status != .cancelled) && $0.overlaps(from, to) }
            .sorted { ($0.start, $0.id) < ($1.start, $1.id) }
            .map { EventSummary($0, state: state, today: today, catalog: catalog) }
        var weeks: [[Day]] = []
        var d = gridStart
        while d <= gridEnd {
            var week: [Day] = []
            for _ in 0..<7 {
                let start = LocalDateTime(startOf: d), end = LocalDateTime(startOf: d.adding(days: 1))
                week.append(Day(date: d, inMonth: d.month == month, isToday: d == today, kind: calendar.dayKind(of: d),
                                events: events.filter { $0.activity.overlaps(start, end) }))
                d = d.adding(days: 1)
            }
            weeks.append(week)
        }
        self.weeks = weeks
    }

    /// The first day of the month before / after.
    public var previousMonth: LocalDate {
        month == 1 ? LocalDate(year: year - 1, month: 12, day: 1)! : LocalDate(year: year, month: month - 1, day: 1)!
    }
    public var nextMonth: LocalDate {
        month == 12 ? LocalDate(year: year + 1, month: 1, day: 1)! : LocalDate(year: year, month: month + 1, day: 1)!
    }

    /// Distinct events in the month itself.
    public var eventCount: Int {
        Set(weeks.joined().filter(\.inMonth).flatMap { $0.events.map(\.id) }).count
    }
}
