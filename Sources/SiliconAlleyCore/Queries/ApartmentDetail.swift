/// Everything about one unit for a detail view (numbers masked): its status and hold, the
/// running lease and tenant, every past lease, a dated timeline, and the ids whose journal
/// lines make up its history.
public struct ApartmentDetail: Sendable, Hashable {
    public var unit: UnitSummary
    /// Every lease, newest first.
    public var leases: [LeaseLine]
    public var timeline: [HousingTimelineEntry]
    /// The unit and its leases.
    public var historyEntities: [String]

    public static func make(_ id: String, in s: DomainState) -> ApartmentDetail? {
        guard let a = s.apartments[id] else { return nil }
        let index = HousingIndex(s)
        let leases = (index.byApartment[id] ?? []).map { LeaseLine($0, in: s) }
        var entries = leases.flatMap { HousingTimeline.entries(of: $0.lease, in: s) }
        if let h = a.hold {
            entries.append(.init(date: h.since, entity: id, zh: "设为\(h.kind.status.zh)" + (h.note.map { "：\($0)" } ?? ""),
                                 en: "set to \(h.kind.status.en)" + (h.note.map { ": \($0)" } ?? "")))
        }
        if a.retired, let on = a.retiredOn {
            entries.append(.init(date: on, entity: id, zh: "停用：\(a.retireReason ?? "")", en: "retired: \(a.retireReason ?? "")"))
        }
        return ApartmentDetail(unit: UnitSummary(a, index: index, in: s), leases: leases, timeline: HousingTimeline.sorted(entries),
                               historyEntities: [id] + leases.reversed().map(\.lease.id))
    }
}
