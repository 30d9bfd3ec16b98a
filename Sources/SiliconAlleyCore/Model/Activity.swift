/// An event (活动). Named Activity so it never collides with journal events.
///
/// Times are Beijing wall-clock times; `end` is exclusive (an event ending at 16:00 and one
/// starting at 16:00 in the same room do not clash).
public struct Activity: Sendable, Hashable, Identifiable {
    public var id: String
    public var title: String
    public var type: ActivityType
    public var start: LocalDateTime
    public var end: LocalDateTime
    /// Only events from older journals that gave a date without a time: they take the whole day.
    public var allDay: Bool
    public var venue: Venue
    /// The organising unit's id (see `EventUnit`); older journals hold the name as typed.
    public var organiser: String
    public var capacity: Int?
    public var status: ActivityStatus
    /// An operator can close registration before the event; held, cancelled and past
    /// events take none either (`registration(today:)`).
    public var registrationOpen: Bool
    /// Catalogue industry id; seminars carry one.
    public var industry: String?
    /// What came of it when held, or why it was cancelled.
    public var outcome: String?
    /// Meetings (`ActivityType.keepsMinutes`): the agenda and the decisions taken.
    public var agenda: [String]
    public var decisions: [String]

    public init(id: String, title: String, type: ActivityType, start: LocalDateTime, end: LocalDateTime, allDay: Bool = false,
                venue: Venue, organiser: String, capacity: Int?, status: ActivityStatus = .scheduled,
                registrationOpen: Bool = true, industry: String? = nil, outcome: String? = nil,
                agenda: [String] = [], decisions: [String] = []) {
        self.id = id
        self.title = title
        self.type = type
        self.start = start
        self.end = end
        self.allDay = allDay
        self.venue = venue
        self.organiser = organiser
        self.capacity = capacity
        self.status = status
        self.registrationOpen = registrationOpen
        self.industry = industry
        self.outcome = outcome
        self.agenda = agenda
        self.decisions = decisions
    }

    /// The day of its last minute: an event ending at midnight belongs to the day before.
    public var lastDay: LocalDate { end > start ? end.adding(minutes: -1).date : start.date }

    /// Over before `today` began.
    public func isPast(today: LocalDate) -> Bool { lastDay < today }

    /// Open when scheduled, not closed by an operator and not over.
    public func registration(today: LocalDate) -> RegistrationWindow {
        status == .scheduled && registrationOpen && !isPast(today: today) ? .open : .closed
    }

    /// Overlaps the half-open interval [from, to).
    public func overlaps(_ from: LocalDateTime, _ to: LocalDateTime) -> Bool {
        start < to && from < max(end, start.adding(minutes: 1))
    }

    /// "2025-07-01 14:00–16:30", "2025-07-01 14:00 – 2025-07-02 12:00", or "2025-07-01" for a whole day.
    public var whenText: String {
        if allDay { return lastDay == start.date ? start.date.description : "\(start.date) – \(lastDay)" }
        if end == start { return start.description }
        if end.date == start.date { return "\(start)–\(end.clockText)" }
        return "\(start) – \(end)"
    }
}
