/// 周视图: the week (Monday to Sunday) containing a date, days across and hours down, each
/// event placed in the hour rows it covers. Events that overlap in time (in different
/// venues) share a day's column side by side: `lane` of `lanes`.
public struct EventWeek: Sendable {
    public struct Day: Sendable {
        public let date: LocalDate
        public let isToday: Bool
        /// Workday, weekend, holiday (with its name) or make-up workday, from the PRC calendar.
        public let kind: DayKind
        /// Whole-day events (older journals gave no time), for a row above the hours.
        public let allDay: [EventSummary]
        /// Timed events, by start.
        public let slots: [Slot]
    }

    /// One event's part on one day (an event over midnight has a part on each day).
    public struct Slot: Sendable, Identifiable {
        public let event: EventSummary
        /// The part on this day: [from, to), clipped to the day.
        public let from: LocalDateTime
        public let to: LocalDateTime
        /// The hour rows it covers: first…last, inclusive (a 14:00–16:00 event: 14 and 15).
        public let firstHour: Int
        public let lastHour: Int
        /// Side by side with the events it overlaps: column `lane` of `lanes` in the day.
        public let lane: Int
        public let lanes: Int
        public var id: String { event.id + "@" + from.date.description }
        /// Began on an earlier day / goes on into the next.
        public var continuesFromPreviousDay: Bool { event.activity.start < from }
        public var continuesNextDay: Bool { event.activity.end > to }
        /// The row where its title goes: the first row shown of it.
        public func startsIn(hour: Int, visible: Range<Int>) -> Bool { hour == max(firstHour, visible.lowerBound) }
    }

    public let monday: LocalDate
    public let today: LocalDate
    public let days: [Day]
    /// The hour rows: 08–21 by default, widened to show every event of the week.
    public let hours: Range<Int>

    public init(_ state: DomainState, containing date: LocalDate, today: LocalDate, hours: Range<Int> = 8..<22,
                includeCancelled: Bool = false, calendar: WorkingDayCalendar? = nil, catalog: Catalog = .plan) {
        let calendar = calendar ?? state.calendar
        monday = date.adding(days: 1 - date.weekday)
        self.today = today
        let weekStart = LocalDateTime(startOf: monday)
        let weekEnd = LocalDateTime(startOf: monday.adding(days: 7))
        let events = state.activities.values
            .filter { (includeCancelled || $0.status != .cancelled) && $0.overlaps(weekStart, weekEnd) }
            .sorted { ($0.start, $0.id) < ($1.start, $1.id) }
            .map { EventSummary($0, state: state, today: today, catalog: catalog) }
        var low = hours.lowerBound, high = hours.upperBound
        var days: [Day] = []
        for i in 0..<7 {
            let d = monday.adding(days: i)
            let dayStart = LocalDateTime(startOf: d), dayEnd = LocalDateTime(startOf: d.adding(days: 1))
            var allDay: [EventSummary] = []
            var parts: [(EventSummary, LocalDateTime, LocalDateTime)] = []
            for e in events where e.activity.overlaps(dayStart, dayEnd) {
                if e.activity.allDay { allDay.append(e); continue }
                let from = max(e.activity.start, dayStart)
                let to = min(e.activity.end, dayEnd)
                parts.append((e, from, max(to, from)))
            }
            let slots = Self.lay(parts)
            for s in slots {
                low = min(low, s.firstHour)
                high = max(high, s.lastHour + 1)
            }
            days.append(Day(date: d, isToday: d == today, kind: calendar.dayKind(of: d), allDay: allDay, slots: slots))
        }
        self.days = days
        self.hours = low..<high
    }

    /// The week before / after, for PgUp and PgDn.
    public var previousWeek: LocalDate { monday.adding(days: -7) }
    public var nextWeek: LocalDate { monday.adding(days: 7) }
    public var sunday: LocalDate { monday.adding(days: 6) }

    /// The events in one cell: day 0 (Monday)…6, an hour of `hours`.
    public func slots(day: Int, hour: Int) -> [Slot] {
        days[day].slots.filter { $0.firstHour <= hour && hour <= $0.lastHour }
    }

    /// Every event of the week once, by start.
    public var events: [EventSummary] {
        var seen = Set<String>()
        return days.flatMap { $0.allDay + $0.slots.map(\.event) }.filter { seen.insert($0.id).inserted }
    }

    /// Places a day's parts in hour rows and lanes: overlapping parts form a group, and
    /// each takes the first lane free at its start.
    static func lay(_ parts: [(EventSummary, LocalDateTime, LocalDateTime)]) -> [Slot] {
        let sorted = parts.sorted { ($0.1, $0.0.id) < ($1.1, $1.0.id) }
        var out: [Slot] = []
        var group: [(EventSummary, LocalDateTime, LocalDateTime, Int)] = []
        var laneEnds: [LocalDateTime] = []
        var groupEnd: LocalDateTime?
        func close() {
            for (e, from, to, lane) in group {
                let last = to > from ? to.adding(minutes: -1) : from
                out.append(Slot(event: e, from: from, to: to, firstHour: from.hour, lastHour: last.hour,
                                lane: lane, lanes: laneEnds.count))
            }
            group.removeAll()
            laneEnds.removeAll()
            groupEnd = nil
        }
        for (e, from, to) in sorted {
            let occupied = max(to, from.adding(minutes: 1))
            if let end = groupEnd, from >= end { close() }
            let lane = laneEnds.firstIndex { $0 <= from } ?? laneEnds.count
            if lane == laneEnds.count { laneEnds.append(occupied) } else { laneEnds[lane] = occupied }
            group.append((e, from, to, lane))
            groupEnd = max(groupEnd ?? occupied, occupied)
        }
        close()
        return out
    }
}
