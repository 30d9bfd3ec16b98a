/// 堵点 not yet cleared, across all projects: the supervision list of who must unblock what.
public struct OpenBlocker: Sendable, Hashable {
    public let projectId: String
    public let projectName: String
    public let blocker: Blocker
    /// The owning unit, resolved.
    public let unit: OrgUnit?
    /// Calendar days since it was raised.
    public let daysOpen: Int
}

public enum OpenBlockers {
    /// Oldest first; only a unit's when `unit` (an id) is given.
    public static func list(_ state: DomainState, catalog: Catalog = .plan, today: LocalDate, unit: String? = nil) -> [OpenBlocker] {
        let units = UnitDirectory(catalog: catalog, state: state)
        var out: [OpenBlocker] = []
        for p in state.projects.values where p.status != .closed {
            for b in p.blockers where b.isOpen && (unit == nil || b.unit == unit) {
                out.append(OpenBlocker(projectId: p.id, projectName: p.name, blocker: b, unit: units.unit(id: b.unit),
                                       daysOpen: max(0, b.raised.days(until: today))))
            }
        }
        return out.sorted { ($0.blocker.raised, $0.projectId, $0.blocker.id) < ($1.blocker.raised, $1.projectId, $1.blocker.id) }
    }
}
