/// Everything the detail view (Enter on a project) shows, worked out: names resolved,
/// milestones with their state, the approval clock, notes newest first, blockers with their
/// units, and the version a form opened here passes as `basedOn`. The record's history is
/// the journal's lines for `project.id` (`JournalIndex`).
public struct ProjectDetail: Sendable, Hashable {
    public struct MilestoneLine: Sendable, Hashable {
        public let milestone: Milestone
        public let state: MilestoneState
    }

    public struct BlockerLine: Sendable, Hashable {
        public let blocker: Blocker
        public let unit: OrgUnit?
        /// Days open (to today, or to the day it was resolved).
        public let days: Int
    }

    public let project: Project
    /// The seq of the newest line about the project: pass it as a form's `basedOn`.
    public let version: Int
    public let action: SpecialAction?
    public let leadUnit: OrgUnit?
    /// Partners resolved; a stored text that names no unit is kept as it is (`unresolved`).
    public let partners: [OrgUnit]
    public let unresolvedPartners: [String]
    public let place: Place?
    /// By due date.
    public let milestones: [MilestoneLine]
    /// Nil unless it is a space-renewal project.
    public let clock: ApprovalClock?
    /// Newest first.
    public let notes: [ProgressNote]
    /// Open ones first, each group oldest first.
    public let blockers: [BlockerLine]

    public init?(_ id: String, in state: DomainState, catalog: Catalog = .plan, today: LocalDate,
                 calendar: WorkingDayCalendar? = nil) {
        let calendar = calendar ?? state.calendar
        guard let p = state.projects[id.trimmingCharacters(in: .whitespaces)] else { return nil }
        let units = UnitDirectory(catalog: catalog, state: state)
        project = p
        version = state.version(of: p.id)
        action = ProjectView.action(of: p, catalog: catalog).flatMap(catalog.action(id:))
        leadUnit = p.leadUnit.flatMap(units.resolve)
        partners = p.partners.compactMap(units.resolve)
        unresolvedPartners = p.partners.filter { units.resolve($0) == nil }
        place = p.place.flatMap(catalog.place(id:))
        milestones = p.milestones.sorted { ($0.due, $0.id) < ($1.due, $1.id) }.map { MilestoneLine(milestone: $0, state: $0.state(today: today)) }
        clock = p.category == .space5N ? ApprovalClock(project: p, today: today, calendar: calendar) : nil
        notes = p.notes.enumerated().sorted { ($0.element.date, $0.offset) > ($1.element.date, $1.offset) }.map(\.element)
        blockers = p.blockers.sorted { ($0.isOpen ? 0 : 1, $0.raised, $0.id) < ($1.isOpen ? 0 : 1, $1.raised, $1.id) }.map {
            BlockerLine(blocker: $0, unit: units.unit(id: $0.unit), days: max(0, $0.raised.days(until: $0.resolved ?? today)))
        }
    }
}
