/// Everything about one talent for a detail view (numbers masked): employer, place on the
/// waiting list, applications, leases with their units, a dated timeline, and the ids whose
/// journal lines make up the talent's history.
public struct TalentDetail: Sendable, Hashable {
    public var talent: TalentSummary
    /// Newest first.
    public var applications: [HousingApplication]
    /// 1-based place on the waiting list while waiting.
    public var waitingPlace: Int?
    /// The signed or checked-in lease.
    public var currentLease: LeaseLine?
    /// Every lease, newest first.
    public var leases: [LeaseLine]
    public var timeline: [HousingTimelineEntry]
    /// The talent, its applications and its leases: the entities to read the journal history of.
    public var historyEntities: [String]

    public static func make(_ id: String, in s: DomainState) -> TalentDetail? {
        guard let t = s.talents[id] else { return nil }
        let apps = s.applications.values.filter { $0.talent == id }.sorted { WaitingList.entryOrder($0.id) > WaitingList.entryOrder($1.id) }
        let leases = s.leases.values.filter { $0.talent == id }.sorted(by: HousingIndex.newestFirst).map { LeaseLine($0, in: s) }
        let place = WaitingList.ordered(s).firstIndex { $0.talent == id }.map { $0 + 1 }
        let timeline = HousingTimeline.sorted(apps.flatMap(HousingTimeline.entries(of:))
                                              + leases.flatMap { HousingTimeline.entries(of: $0.lease, in: s) })
        return TalentDetail(talent: TalentSummary(t, in: s), applications: apps, waitingPlace: place,
                            currentLease: leases.first { $0.lease.isActive }, leases: leases, timeline: timeline,
                            historyEntities: [id] + apps.reversed().map(\.id) + leases.reversed().map(\.lease.id))
    }
}
