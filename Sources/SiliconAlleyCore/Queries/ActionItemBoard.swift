/// 督办: meetings' action items, open ones visible (late ones marked) until done, across
/// meetings, and grouped by the unit that owns them.
public struct ActionItemBoard: Sendable {
    public struct Row: Sendable, Identifiable {
        public let item: ActionItem
        public let state: ActionItemState
        /// Days past due (0 unless late).
        public let daysLate: Int
        public let unit: Phrase
        public let meetingTitle: String
        public let meetingDate: LocalDate?
        public var id: String { item.id }
    }

    public struct UnitGroup: Sendable, Identifiable {
        public let unit: String
        public let name: Phrase
        /// Late first (most overdue first), then by due date.
        public let items: [Row]
        public var late: Int { items.filter { $0.state == .late }.count }
        public var id: String { unit }
    }

    public let today: LocalDate
    /// Every open item across meetings: late first (most overdue first), then by due date.
    public let open: [Row]
    /// The open items by owning unit; units with late items first, then by name.
    public let byUnit: [UnitGroup]

    public init(_ state: DomainState, today: LocalDate, catalog: Catalog = .plan) {
        self.today = today
        let rows = state.actionItems.values.filter { $0.done == nil }
            .map { Self.row($0, state: state, today: today, catalog: catalog) }
            .sorted(by: Self.urgency)
        open = rows
        byUnit = Dictionary(grouping: rows, by: \.item.unit)
            .map { UnitGroup(unit: $0.key, name: $0.value[0].unit, items: $0.value) }
            .sorted { ($0.late > 0 ? 0 : 1, $0.name.zh, $0.unit) < ($1.late > 0 ? 0 : 1, $1.name.zh, $1.unit) }
    }

    public var lateCount: Int { open.filter { $0.state == .late }.count }

    /// One meeting's own items (open and done, in the order added), and the items of earlier
    /// meetings still open — what its minutes follow up.
    public static func forMeeting(_ id: String, state: DomainState, today: LocalDate,
                                  catalog: Catalog = .plan) -> (own: [Row], carriedOver: [Row]) {
        let own = state.actionItems(of: id).map { row($0, state: state, today: today, catalog: catalog) }
        guard let meeting = state.activities[id] else { return (own, []) }
        let carried = state.actionItems.values
            .filter { i in i.done == nil && i.activity != id && (state.activities[i.activity].map { $0.start < meeting.start } ?? false) }
            .map { row($0, state: state, today: today, catalog: catalog) }
            .sorted(by: urgency)
        return (own, carried)
    }

    static func row(_ i: ActionItem, state: DomainState, today: LocalDate, catalog: Catalog) -> Row {
        let s = i.state(today: today)
        let m = state.activities[i.activity]
        return Row(item: i, state: s, daysLate: s == .late ? i.due.days(until: today) : 0,
                   unit: EventUnit.name(i.unit, state: state, catalog: catalog),
                   meetingTitle: m?.title ?? i.activity, meetingDate: m?.start.date)
    }

    static func urgency(_ a: Row, _ b: Row) -> Bool {
        (a.state == .late ? 0 : 1, a.item.due, a.item.id) < (b.state == .late ? 0 : 1, b.item.due, b.item.id)
    }
}
