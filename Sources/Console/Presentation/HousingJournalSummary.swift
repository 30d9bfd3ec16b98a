import SiliconAlleyCore

/// The one-line gist of a housing journal line (the audit table, histories). Never a
/// personal number: a talent's line is summed up by name and category only.
enum HousingJournalSummary {
    static func summary(_ line: JournalLine, state: DomainState, _ l: Language) -> String? {
        let d = line.data
        func s(_ k: String) -> String? { d[k]?.stringValue }
        func unit(_ id: String?) -> String? { id.flatMap { state.apartments[$0] }.map { "\($0.building) \($0.unit)" } }
        func join(_ parts: [String?]) -> String { parts.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · ") }
        switch line.kind {
        case EventKind.apartmentAdded:
            return join([s("layout"), d["area"]?.intValue.map { Area(hundredths: $0).formatted },
                         d["rent"]?.intValue.map { HousingPresenter.monthly(Money(fen: $0), l) }])
        case EventKind.apartmentStatusChanged:
            return join([s("status").flatMap(ApartmentStatus.init(rawValue:))?.text(l), s("note")])
        case EventKind.talentRegistered:
            return join([s("name"), s("category")])
        case EventKind.housingApplied:
            return join([s("talent").flatMap { state.talents[$0]?.name }, d["priority"]?.intValue.map { l.t("优先级 \($0)", "priority \($0)") },
                         s("appliedOn"), s("note")])
        case EventKind.housingAllocated, EventKind.leaseSigned:
            return join([unit(s("apartment")), s("start").map { "\($0) → \(s("end") ?? "")" }])
        case EventKind.leaseCheckedIn, EventKind.leaseCheckedOut:
            return join([unit(state.leases[line.entity]?.apartment), s("date"), s("note")])
        case EventKind.leaseRenewed:
            return join([unit(state.leases[line.entity]?.apartment), "\(s("previousEnd") ?? "") → \(s("end") ?? "")"])
        case EventKind.leaseEndedEarly:
            return join([unit(state.leases[line.entity]?.apartment), s("date"), s("reason")])
        case EventKind.personalRevealed:
            let kind = s("number").flatMap(PersonalData.Kind.init(rawValue:))
            return join([kind.map { l.t($0.zh, $0.en) }, s("reason")])
        default:
            return nil
        }
    }
}
