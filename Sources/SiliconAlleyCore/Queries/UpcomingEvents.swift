/// 近期活动: events not over yet, soonest first.
public enum UpcomingEvents {
    /// Scheduled events whose end is after `now` (cancelled ones too when asked, to show them
    /// marked), ordered by start; at most `limit`.
    public static func list(_ state: DomainState, now: LocalDateTime, includeCancelled: Bool = false, limit: Int? = nil,
                            catalog: Catalog = .plan) -> [EventSummary] {
        let events = state.activities.values
            .filter { ($0.status == .scheduled || includeCancelled && $0.status == .cancelled) && max($0.end, $0.start.adding(minutes: 1)) > now }
            .sorted { ($0.start, $0.id) < ($1.start, $1.id) }
        return events.prefix(limit ?? events.count).map { EventSummary($0, state: state, today: now.date, catalog: catalog) }
    }
}
