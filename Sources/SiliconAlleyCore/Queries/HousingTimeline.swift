/// What happened to a talent or a unit, dated, from the records themselves (applied, signed,
/// checked in, renewed, ended early, checked out, held, retired), oldest first. The journal's
/// lines about `historyEntities` add who did each thing and when it was entered.
public struct HousingTimelineEntry: Sendable, Hashable {
    public var date: LocalDate
    /// The record it is about: an application, a lease or a unit.
    public var entity: String
    public var zh: String
    public var en: String
}

/// A lease with its unit and tenant, as details list them.
public struct LeaseLine: Sendable, Hashable {
    public var lease: Lease
    public var unit: Apartment?
    public var tenant: TalentSummary?
    public var monthlyRent: Money? { lease.monthlyRent(apartment: unit) }

    init(_ l: Lease, in s: DomainState) {
        lease = l
        unit = s.apartments[l.apartment]
        tenant = s.talents[l.talent].map { TalentSummary($0, in: s) }
    }
}

enum HousingTimeline {
    static func entries(of l: Lease, in s: DomainState) -> [HousingTimelineEntry] {
        let unit = s.apartments[l.apartment]?.label ?? l.apartment
        let who = s.talents[l.talent]?.name ?? l.talent
        let rent = l.monthlyRent(apartment: s.apartments[l.apartment])?.formatted ?? "—"
        var out: [HousingTimelineEntry] = []
        func add(_ d: LocalDate, _ zh: String, _ en: String) { out.append(.init(date: d, entity: l.id, zh: zh, en: en)) }
        let via = l.application.map { ("（轮候申请 \($0)）", " (application \($0))") } ?? ("", "")
        add(l.signedOn ?? l.start, "签约 \(unit) · \(who) · \(l.start)–\(l.end) · \(rent)/月\(via.0)",
            "lease signed: \(unit) · \(who) · \(l.start) to \(l.end) · \(rent)/month\(via.1)")
        if let i = l.checkIn { add(i, "入住 \(unit)" + note(l.checkInNote), "checked in to \(unit)" + note(l.checkInNote, ": ")) }
        for r in l.renewals ?? [] {
            let newRent = r.rent.map { "，月租 \($0.formatted)" } ?? ""
            add(r.on, "续签 \(unit)：\(r.previousEnd) → \(r.end)\(newRent)",
                "renewed \(unit): \(r.previousEnd) → \(r.end)" + (r.rent.map { ", rent \($0.formatted)" } ?? ""))
        }
        if let e = l.endedEarly {
            add(e.on, "提前结束租约 \(unit)：\(e.reason)", "lease of \(unit) ended early: \(e.reason)")
        }
        if let o = l.checkOut { add(o, "退房 \(unit)" + note(l.checkOutNote), "checked out of \(unit)" + note(l.checkOutNote, ": ")) }
        return out
    }

    static func entries(of a: HousingApplication) -> [HousingTimelineEntry] {
        var out = [HousingTimelineEntry(date: a.appliedOn, entity: a.id, zh: "申请入住（优先级 \(a.effectivePriority)）",
                                        en: "applied for housing (priority \(a.effectivePriority))")]
        if let w = a.withdrawnOn {
            out.append(.init(date: w, entity: a.id, zh: "撤回申请：\(a.withdrawReason ?? "")", en: "application withdrawn: \(a.withdrawReason ?? "")"))
        }
        return out
    }

    static func sorted(_ entries: [HousingTimelineEntry]) -> [HousingTimelineEntry] {
        // Stable: entries of one day keep the order they were produced in.
        entries.enumerated().sorted { $0.element.date != $1.element.date ? $0.element.date < $1.element.date : $0.offset < $1.offset }
            .map(\.element)
    }

    /// The condition note after its separator: full-width in Chinese, ": " in English.
    private static func note(_ n: String?, _ separator: String = "：") -> String { n.map { separator + $0 } ?? "" }
}
