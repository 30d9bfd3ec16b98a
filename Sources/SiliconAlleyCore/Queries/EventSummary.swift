/// One event as lists, grids and exports show it: the record, its names resolved in both
/// languages, and its registration figures.
public struct EventSummary: Sendable, Hashable, Identifiable {
    public let activity: Activity
    public let venue: Phrase
    public let organiser: Phrase
    public let industry: Phrase?
    /// Holding a place (attended ones included).
    public let confirmed: Int
    public let waiting: Int
    public let attended: Int
    public let registration: RegistrationWindow
    /// Held, or over by `today`: attendance means something only then.
    public let isOver: Bool

    public init(_ a: Activity, state: DomainState, today: LocalDate, catalog: Catalog = .plan) {
        activity = a
        venue = a.venue.name(catalog: catalog)
        organiser = EventUnit.name(a.organiser, state: state, catalog: catalog)
        industry = a.industry.map { id in catalog.industry(id: id).map { Phrase($0.zh, $0.en) } ?? Phrase(same: id) }
        var c = 0, w = 0, at = 0
        for r in state.registrations(of: a.id) where !r.cancelled {
            if r.waitlisted { w += 1 } else { c += 1 }
            if r.attended { at += 1 }
        }
        confirmed = c
        waiting = w
        attended = at
        registration = a.registration(today: today)
        isOver = a.status == .held || a.status != .cancelled && a.isPast(today: today)
    }

    public var id: String { activity.id }
    public var title: String { activity.title }
    public var type: Phrase { activity.type.label }
    public var status: Phrase { activity.status.label }

    /// Places left, nil without a limit.
    public var placesLeft: Int? { activity.capacity.map { max(0, $0 - confirmed) } }

    /// "12/50", or "12" without a limit; "+3" waiting when any.
    public var placesText: String {
        (activity.capacity.map { "\(confirmed)/\($0)" } ?? "\(confirmed)") + (waiting > 0 ? " +\(waiting)" : "")
    }

    /// Attended over registered (holding a place), once the event is over; nil before,
    /// or when no one registered.
    public var attendanceRate: Double? {
        isOver && confirmed > 0 ? Double(attended) / Double(confirmed) : nil
    }

    /// Matches a filter typed in the pane: part of the title (or its pinyin), venue,
    /// organiser, type or industry, in either language.
    public func matches(_ query: String) -> Bool {
        let q = query.trimmingCharacters(in: .whitespaces).lowercased()
        if q.isEmpty { return true }
        let texts = [title, venue.zh, venue.en, organiser.zh, organiser.en, type.zh, type.en, industry?.zh ?? "", industry?.en ?? ""]
        if texts.contains(where: { $0.lowercased().contains(q) }) { return true }
        return PinyinKey(title).matches(q)
    }
}
