/// Leases by unit and by talent, built once from a state so the housing queries are linear
/// (the rules in `HousingRules` scan instead: they look at one unit or talent per line).
public struct HousingIndex: Sendable {
    /// The running (signed or checked-in) lease of each unit and of each talent.
    public let activeByApartment: [String: Lease]
    public let activeByTalent: [String: Lease]
    /// Every lease of a unit / of a talent, newest start first.
    public let byApartment: [String: [Lease]]
    public let byTalent: [String: [Lease]]

    public init(_ s: DomainState) {
        var activeA: [String: Lease] = [:], activeT: [String: Lease] = [:]
        var byA: [String: [Lease]] = [:], byT: [String: [Lease]] = [:]
        for l in s.leases.values {
            if l.isActive {
                activeA[l.apartment] = l
                activeT[l.talent] = l
            }
            byA[l.apartment, default: []].append(l)
            byT[l.talent, default: []].append(l)
        }
        activeByApartment = activeA
        activeByTalent = activeT
        byApartment = byA.mapValues { $0.sorted(by: Self.newestFirst) }
        byTalent = byT.mapValues { $0.sorted(by: Self.newestFirst) }
    }

    public func status(of a: Apartment) -> ApartmentStatus {
        HousingRules.status(of: a, activeLease: activeByApartment[a.id])
    }

    /// The unit's most recent ended lease (its last tenant).
    public func lastEnded(ofApartment id: String) -> Lease? {
        byApartment[id]?.first { !$0.isActive }
    }

    static func newestFirst(_ a: Lease, _ b: Lease) -> Bool {
        a.start != b.start ? a.start > b.start : WaitingList.entryOrder(a.id) > WaitingList.entryOrder(b.id)
    }
}
