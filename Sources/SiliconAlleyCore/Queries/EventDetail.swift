/// Everything about one event for its detail view: the summary, registrations (holding a
/// place, the waiting list in order, cancelled), a contest's ranked entries, a meeting's
/// agenda, decisions and action items with the earlier meetings' items still open.
public struct EventDetail: Sendable {
    public struct RegistrationRow: Sendable, Identifiable {
        public let registration: Registration
        /// The enterprise's name and/or the person ("青龙智能 · 张伟").
        public let who: String
        /// Masked ("138****5678"): personal data.
        public let phone: String?
        public let state: RegistrationState
        /// Place on the waiting list, from 1.
        public let position: Int?
        public var id: String { registration.id }
    }

    public let summary: EventSummary
    public let confirmed: [RegistrationRow]
    public let waiting: [RegistrationRow]
    public let cancelled: [RegistrationRow]
    /// A contest's entries, ranked; nil for other events.
    public let contest: ContestPipeline?
    public let actionItems: [ActionItemBoard.Row]
    public let carriedOver: [ActionItemBoard.Row]

    public init?(_ state: DomainState, event id: String, today: LocalDate, catalog: Catalog = .plan) {
        guard let a = state.activities[id] else { return nil }
        summary = EventSummary(a, state: state, today: today, catalog: catalog)
        var confirmed: [RegistrationRow] = [], waiting: [RegistrationRow] = [], cancelled: [RegistrationRow] = []
        for r in state.registrations(of: id) {
            let who = [r.enterprise.map { state.enterprises[$0]?.name ?? $0 }, r.person].compactMap { $0 }.joined(separator: " · ")
            let row = RegistrationRow(registration: r, who: who, phone: r.phone.map(Mobile.masked), state: r.state,
                                      position: r.waitlisted && !r.cancelled ? waiting.count + 1 : nil)
            if r.cancelled { cancelled.append(row) } else if r.waitlisted { waiting.append(row) } else { confirmed.append(row) }
        }
        self.confirmed = confirmed
        self.waiting = waiting
        self.cancelled = cancelled
        contest = a.type == .contest ? ContestPipeline(state, contest: id, catalog: catalog) : nil
        let items: (own: [ActionItemBoard.Row], carriedOver: [ActionItemBoard.Row]) =
            a.type.keepsMinutes ? ActionItemBoard.forMeeting(id, state: state, today: today, catalog: catalog) : ([], [])
        actionItems = items.own
        carriedOver = items.carriedOver
    }

    public var activity: Activity { summary.activity }
}
