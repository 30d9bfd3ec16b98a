/// An event as typed into a form: text, not yet validated. `venue` is a catalogue place
/// (id, Chinese or English name) or an outside venue's name; `room` only for a place;
/// `end` is "HH:MM" the same day or "YYYY-MM-DD HH:MM"; `organiser` a unit (id or name).
public struct ActivityInput: Sendable, Hashable {
    public var title = ""
    public var type: ActivityType = .meeting
    public var date = ""
    public var start = ""
    public var end = ""
    public var venue = ""
    public var room = ""
    public var organiser = ""
    public var capacity = ""
    public var industry = ""

    public init(title: String = "", type: ActivityType = .meeting, date: String = "", start: String = "", end: String = "",
                venue: String = "", room: String = "", organiser: String = "", capacity: String = "", industry: String = "") {
        self.title = title
        self.type = type
        self.date = date
        self.start = start
        self.end = end
        self.venue = venue
        self.room = room
        self.organiser = organiser
        self.capacity = capacity
        self.industry = industry
    }

    /// The form of an existing event, for editing.
    public init(_ a: Activity, catalog: Catalog = .plan) {
        self.init(title: a.title, type: a.type, date: a.start.date.description, start: a.start.clockText,
                  end: a.end.date == a.start.date ? a.end.clockText : a.end.description,
                  organiser: a.organiser, capacity: a.capacity.map(String.init) ?? "", industry: a.industry ?? "")
        switch a.venue {
        case let .place(id, room):
            venue = catalog.place(id: id)?.zh ?? id
            self.room = room ?? ""
        case let .outside(name):
            venue = name
        }
    }

    /// Every field checked (the clash is the command's: it knows which event to leave out).
    func validated(id: String, state: DomainState, catalog: Catalog, checks: inout FieldChecks) -> Activity? {
        let t = checks.required(title, field: "title", maxLength: 100)
        let times = EventTimes.parse(date: date, start: start, end: end, checks: &checks)
        let v = checks.check { () throws(FieldError) -> Venue in try Venue.resolve(venue, room: room, catalog: catalog) }
        let o = checks.eventUnit(organiser, state: state, catalog: catalog, field: "organiser")
        let c = checks.optional(capacity) { t throws(FieldError) in try Count.parse(t, field: "capacity") }
        if let c, c < 1 { checks.fail("capacity", zh: "名额至少为 1", en: "capacity must be at least 1") }
        var ind: String?
        let it = industry.trimmingCharacters(in: .whitespaces)
        if !it.isEmpty {
            if let i = catalog.findIndustry(it) { ind = i.id } else {
                checks.fail("industry", zh: "“\(it)”不是八大产业之一", en: "“\(it)” is not one of the eight industries")
            }
        } else {
            checks.add(rule: ActivityRules.industry(nil, type: type, catalog: catalog))
        }
        guard let t, let (s, e) = times, let v, let o, checks.errors.isEmpty else { return nil }
        return Activity(id: id, title: t, type: type, start: s, end: e, venue: v, organiser: o, capacity: c, industry: ind)
    }
}
