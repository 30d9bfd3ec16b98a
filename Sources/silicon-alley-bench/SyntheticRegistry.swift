// silicon-alley-bench: a registry of synthetic enterprises built in memory (no journal),
// shared by the `tui` and `filter` benchmarks.

import SiliconAlleyCore

/// `count` enterprises from `SyntheticGenerator(seed:)`, as the registry would hold them
/// after `RegisterEnterprise` + `GrantQualification` (ids `ent-N`, USCCs unique).
func syntheticEnterprises(_ count: Int, seed: UInt64 = 1) -> [Enterprise] {
    var gen = SyntheticGenerator(seed: seed)
    var seen = Set<String>()
    var out: [Enterprise] = []
    out.reserveCapacity(count)
    while out.count < count {
        let s = gen.enterprise()
        guard seen.insert(s.uscc).inserted else { continue }
        var e = Enterprise(id: "ent-\(out.count + 1)", name: s.name, uscc: s.uscc, industry: s.industryID,
                           place: s.address.placeID, address: "\(s.address.floor)层 \(s.address.room)室",
                           tier: s.address.tier, area: s.leasedArea, headcount: s.headcount, settled: s.settledOn,
                           contact: s.contact.name, phone: s.contact.mobile)
        for q in s.qualifications {
            let granted = LocalDate(year: q.year, month: 3, day: 15)!
            e.qualifications.append(QualificationHolding(type: q.qualificationID, granted: granted,
                                                         expires: LocalDate(year: q.year + 3, month: 3, day: 15)))
        }
        out.append(e)
    }
    return out
}

/// A `DomainState` holding `enterprises` (records only; the USCC index is derived when first used).
func registryState(_ enterprises: [Enterprise]) -> DomainState {
    var state = DomainState()
    state.enterprises.reserveCapacity(enterprises.count)
    for e in enterprises { state.enterprises[e.id] = e }
    state.deferCodeIndex()
    return state
}
