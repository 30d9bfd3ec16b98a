/// 往期活动: events that are over, most recent first, with attendance.
public struct PastEvents: Sendable {
    public let events: [EventSummary]
    /// Over all listed events: registrations holding a place, and those who came.
    public let registered: Int
    public let attended: Int

    /// Events ended by `now` that were not cancelled (held, or scheduled and never marked).
    public init(_ state: DomainState, now: LocalDateTime, from: LocalDate? = nil, catalog: Catalog = .plan) {
        events = state.activities.values
            .filter { a in a.status != .cancelled && max(a.end, a.start.adding(minutes: 1)) <= now && (from.map { a.lastDay >= $0 } ?? true) }
            .sorted { ($0.start, $0.id) > ($1.start, $1.id) }
            .map { EventSummary($0, state: state, today: now.date, catalog: catalog) }
        registered = events.reduce(0) { $0 + $1.confirmed }
        attended = events.reduce(0) { $0 + $1.attended }
    }

    /// Attended over registered across the listed events; nil with no registrations.
    public var attendanceRate: Double? { registered > 0 ? Double(attended) / Double(registered) : nil }
}
