import SiliconAlleyCore
import TerminalUI

/// Talent housing in the operator's words: statuses by symbol and role, rents, people with
/// their numbers masked, the lines under the grid, and the unit and talent details. Every
/// person here is a `TalentSummary` (masked), never a `Talent` record.
enum HousingPresenter {
    /// The grid's symbol for a status; under `--ascii` the core's ASCII stand-in.
    static func symbol(_ s: ApartmentStatus, ascii: Bool) -> String {
        String(ascii ? s.asciiSymbol : s.symbol)
    }

    /// The colour role of a status; the symbol carries the meaning without it.
    static func role(_ s: ApartmentStatus) -> ThemeRole {
        switch s {
        case .occupied: return .ok
        case .vacant: return .accent
        case .maintenance: return .warning
        case .reserved: return .header
        }
    }

    /// "¥2,400" (whole yuan), "¥2,400.50".
    static func rent(_ m: Money) -> String {
        let f = m.formatted
        return f.hasSuffix(".00") ? String(f.dropLast(3)) : f
    }

    static func monthly(_ m: Money, _ l: Language) -> String { rent(m) + l.t("/月", "/month") }

    /// "胡娟欣 620102********942X 186****0821": the name and both masked numbers.
    static func person(_ t: TalentSummary) -> String {
        "\(t.name) \(t.maskedIDNumber) \(t.maskedPhone)"
    }

    /// "剩 45 天", "今天到期", "逾期 3 天".
    static func daysLeft(_ n: Int, _ l: Language) -> String {
        if n > 0 { return l.t("剩 \(n) 天", "\(n) days left") }
        if n == 0 { return l.t("今天到期", "ends today") }
        return l.t("逾期 \(-n) 天", "\(-n) days over")
    }

    /// A lease's state in a narrow column: 在住 / 待入住 / 已结束.
    static func leaseShort(_ s: LeaseStatus, _ l: Language) -> String {
        switch s {
        case .occupied: return l.t("在住", "living in")
        case .signed: return l.t("待入住", "moving in")
        case .ended: return l.t("已结束", "ended")
        }
    }

    /// "青龙人才公寓A座 801".
    static func label(_ a: Apartment) -> String { Sanitizer.clean(a.building) + " " + Sanitizer.clean(a.unit) }

    /// The lines under the grid for the selected unit: what it is, who is in it (or was, or
    /// why it is held), and the lease's dates. Identifiers and numbers first, names after,
    /// so what is cut at the edge is never a unit number, a date or a masked number.
    static func unitLines(_ u: UnitSummary, today: LocalDate, _ l: Language) -> [String] {
        let a = u.apartment
        var first = [u.status.text(l), Sanitizer.clean(a.layout), a.area.formatted, monthly(u.monthlyRent, l)]
        if let f = a.floor { first.insert(FloorNumber.label(f), at: 1) }
        var lines = [Sanitizer.clean(a.unit) + "  " + first.joined(separator: " · ")]
        if let lease = u.lease, let t = u.tenant {
            let who = lease.status == .occupied ? l.t("租户", "Tenant") : l.t("待入住", "Moving in")
            lines.append(who + " " + person(t) + (t.employerName.map { " · " + Sanitizer.clean($0) } ?? ""))
            var dates = l.t("租约 ", "Lease ") + "\(lease.start) → \(lease.end)"
            if let i = lease.checkIn {
                dates += l.t(" · 入住 ", " · in since ") + i.description + " · " + daysLeft(today.days(until: lease.end), l)
            } else {
                // Not moved in yet: when the term starts says more than how long it runs.
                let wait = today.days(until: lease.start)
                dates += " · " + (wait > 0 ? l.t("\(wait) 天后起租", "starts in \(wait) days") : l.t("可以入住（i）", "ready to check in (i)"))
            }
            lines.append(dates)
        } else if let hold = a.hold {
            let what = hold.kind.status.text(l)
            lines.append(what + l.t("（自 \(hold.since) 起）", " since \(hold.since)") + (hold.note.map { l.t("：", ": ") + Sanitizer.clean($0) } ?? ""))
            lines.append(hold.kind == .maintenance ? l.t("维修结束后按 s 恢复空置", "when the work is done, s sets it vacant again")
                                                   : l.t("按 l 签约（解除预留），或按 s 恢复空置", "l signs a lease (releasing it), s sets it vacant again"))
        } else {
            lines.append(l.t("空置，可分配给轮候者（a）或直接签约（l）", "Vacant: a allocates it from the waiting list, l signs a lease"))
        }
        if u.lease == nil, let last = u.lastTenant, let ended = u.lastLease {
            lines.append(l.t("上一租户 ", "Last tenant ") + person(last) + l.t(" · 退租 ", " · left ") + ended.heldUntil.description)
        }
        return lines
    }

    // MARK: Details

    typealias Lines = [(label: String, value: String)]

    static func leaseLine(_ line: LeaseLine, _ l: Language, withUnit: Bool, withTenant: Bool) -> String {
        let lease = line.lease
        var parts: [String] = []
        if withUnit, let u = line.unit { parts.append(label(u)) }
        if withTenant, let t = line.tenant { parts.append(person(t)) }
        parts.append("\(lease.start) → \(lease.end)")
        if let r = line.monthlyRent { parts.append(monthly(r, l)) }
        parts.append(lease.status.text(l))
        if let e = lease.endedEarly { parts.append(l.t("提前结束 ", "ended early ") + e.on.description) }
        return parts.joined(separator: " · ")
    }

    static func unitDetail(_ d: ApartmentDetail, history: [JournalLine], state: DomainState, today: LocalDate, _ l: Language) -> Lines {
        let u = d.unit
        let a = u.apartment
        var out: Lines = [
            (l.t("公寓", "Unit"), label(a) + (a.retired ? l.t("（已停用）", " (retired)") : "")),
            (l.t("状态", "Status"), u.status.text(l) + (u.holdNote.map { l.t("：", ": ") + Sanitizer.clean($0) } ?? "")),
            (l.t("楼层", "Floor"), (a.floor.map(FloorNumber.label) ?? "—") + (a.position.map { l.t(" · 第 \($0) 位", " · position \($0)") } ?? "")),
            (l.t("户型", "Layout"), Sanitizer.clean(a.layout) + " · " + a.area.formatted),
            (l.t("月租", "Rent"), monthly(u.monthlyRent, l)),
        ]
        if let lease = u.lease, let t = u.tenant {
            out.append((lease.status == .occupied ? l.t("租户", "Tenant") : l.t("待入住", "Moving in"), person(t)))
            if let e = t.employerName { out.append((l.t("工作单位", "Employer"), e)) }
            out.append((l.t("租约", "Lease"), "\(lease.start) → \(lease.end) · " + daysLeft(today.days(until: lease.end), l)))
        }
        if let t = u.lastTenant, u.lease == nil { out.append((l.t("上一租户", "Last tenant"), person(t))) }
        for (i, line) in d.leases.enumerated() {
            out.append((i == 0 ? l.t("租约记录", "Leases") : "", leaseLine(line, l, withUnit: false, withTenant: true)))
        }
        out += timeline(d.timeline, l)
        out += self.history(history, state: state, l)
        return out
    }

    static func talentDetail(_ d: TalentDetail, history: [JournalLine], state: DomainState, _ l: Language) -> Lines {
        let t = d.talent
        var out: Lines = [
            (l.t("姓名", "Name"), t.name),
            (l.t("身份证号", "Resident ID"), t.maskedIDNumber),
            (l.t("手机", "Mobile"), t.maskedPhone),
            (l.t("工作单位", "Employer"), t.employerName ?? "—"),
            (l.t("人才类别", "Category"), t.category),
        ]
        if let p = d.waitingPlace { out.append((l.t("轮候", "Waiting list"), l.t("第 \(p) 位", "place \(p)"))) }
        if let c = d.currentLease { out.append((l.t("当前租约", "Current lease"), leaseLine(c, l, withUnit: true, withTenant: false))) }
        for (i, a) in d.applications.enumerated() {
            let when = l.t("申请于 ", "applied ") + a.appliedOn.description
            out.append((i == 0 ? l.t("轮候申请", "Applications") : "",
                        "\(a.id) · " + l.t("优先级 \(a.effectivePriority)", "priority \(a.effectivePriority)") + " · \(when) · " + a.status.text(l)))
        }
        for (i, line) in d.leases.enumerated() {
            out.append((i == 0 ? l.t("租约记录", "Leases") : "", leaseLine(line, l, withUnit: true, withTenant: false)))
        }
        out += timeline(d.timeline, l)
        out += self.history(history, state: state, l)
        return out
    }

    static func timeline(_ entries: [HousingTimelineEntry], _ l: Language) -> Lines {
        entries.enumerated().map { i, e in (i == 0 ? l.t("经过", "Timeline") : "", "\(e.date)  " + l.t(e.zh, e.en)) }
    }

    /// The journal lines about the record: who entered what, when.
    static func history(_ lines: [JournalLine], state: DomainState, _ l: Language) -> Lines {
        lines.enumerated().map { i, line in
            (i == 0 ? l.t("日志", "Journal") : "",
             "#\(line.seq) \(BeijingTime.format(line.time).prefix(16)) \(line.actor)  " + EventKindLabel.label(line.kind, l)
                + " " + JournalRowPresenter.summary(line, state: state, l))
        }
    }
}
