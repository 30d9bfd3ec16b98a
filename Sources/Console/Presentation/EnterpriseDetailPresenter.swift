import SiliconAlleyCore

/// Everything about one enterprise, for the detail view: fields, qualifications with
/// their dates (expired and expiring within 90 days marked), support, related records
/// and its whole history from the journal.
enum EnterpriseDetailPresenter {
    static func lines(_ e: Enterprise, ctx: ShellContext) -> [(label: String, value: String)] {
        let l = ctx.language
        let catalog = ctx.store.catalog
        let state = ctx.store.state
        let today = ctx.today
        var out: [(label: String, value: String)] = []
        let tier = e.tier.flatMap { catalog.tier(id: $0) }.map { $0.text(l) }
        // Only what is known, joined: no "—" or dangling separator for a missing tier or building.
        let whereabouts = [EnterpriseRowPresenter.place(e, catalog: catalog, l), e.address ?? ""]
            .filter { !$0.isEmpty }.joined(separator: " ")
        out.append((l.t("状态", "Status"), ([EnterpriseRowPresenter.status(e.status, l), tier ?? ""] + [whereabouts])
                    .filter { !$0.isEmpty }.joined(separator: " · ")))
        if e.status == .movedOut {
            out.append((l.t("迁出", "Moved out"), "\(e.movedOutOn?.description ?? "") \(e.movedOutReason ?? "")"))
        }
        out.append((l.t("信用代码", "USCC"), e.uscc))
        out.append((l.t("行业", "Industry"), EnterpriseRowPresenter.industry(e, catalog: catalog, l)))
        out.append((l.t("人数", "Headcount"), e.headcount.map(String.init) ?? "—"))
        out.append((l.t("面积", "Area"), e.area?.formatted ?? "—"))
        out.append((l.t("入驻", "Settled"), e.settled?.description ?? "—"))
        out.append((l.t("联系人", "Contact"), [e.contact, e.phone.map { PersonalData.mask($0, as: .mobile) }].compactMap { $0 }.joined(separator: "  ")))
        if e.qualifications.isEmpty { out.append((l.t("资质", "Qualifications"), "—")) }
        for (i, q) in e.qualifications.enumerated() {
            let name = catalog.qualification(id: q.type).map { l == .zh ? $0.badge : $0.en } ?? q.type
            var text = "\(name)  \(q.granted) → \(q.expires?.description ?? l.t("长期", "no expiry"))"
            if let r = q.revoked {
                text += l.t("  已撤销 \(r) \(q.revokeReason ?? "")", "  revoked \(r) \(q.revokeReason ?? "")")
            } else if let x = q.expires {
                let left = today.days(until: x)
                if left < 0 { text += l.t("  ✗ 已过期", "  ✗ expired") }
                else if left <= 90 { text += l.t("  ⚠ 还有 \(left) 天到期", "  ⚠ expires in \(left) days") }
            }
            out.append((i == 0 ? l.t("资质", "Qualifications") : "", text))
        }
        for (i, s) in e.support.enumerated() {
            let m = catalog.measure(code: s.measure).map { "\($0.code) \($0.text(l))" } ?? s.measure
            let what = s.amount?.formatted ?? s.kind ?? ""
            out.append((i == 0 ? l.t("扶持", "Support") : "", "\(m)  \(what)  \(s.date)"))
        }
        if e.support.isEmpty { out.append((l.t("扶持", "Support"), "—")) }
        let talents = Set(state.talents.values.filter { $0.employer == e.id }.map(\.id))
        let housed = state.leases.values.filter { talents.contains($0.talent) && $0.status != .ended }.count
        let regs = state.registrations.values.filter { $0.enterprise == e.id && !$0.cancelled }.count
        let tickets = state.tickets.values.filter { $0.enterprise == e.id }
        let open = tickets.filter { $0.status == .accepted || $0.status == .inProgress }.count
        out.append((l.t("关联", "Related"), l.t("人才公寓 \(housed) 户 · 活动报名 \(regs) · 服务工单 \(tickets.count)（\(open) 办理中）",
                                               "housing \(housed) · event registrations \(regs) · tickets \(tickets.count) (\(open) open)")))
        // The service window exists, so its tickets are listed: open ones first, by due date.
        let listed = tickets.sorted { a, b in
            a.isOpen != b.isOpen ? a.isOpen : (a.due ?? a.acceptedOn) > (b.due ?? b.acceptedOn)
        }
        for (i, t) in listed.prefix(10).enumerated() {
            var text = "\(t.receipt)  " + (t.serviceEntry(ctx.store.catalog)?.text(l) ?? t.service) + "  " + (t.status.text(l))
            if t.isWaiting { text += l.t("  待补正", "  awaiting documents") }
            else if let due = t.due, t.isOpen { text += l.t("  时限 \(due)", "  due \(due)") + (t.isOverdue(on: today) ? l.t(" ⚠超期", " ⚠overdue") : "") }
            text += "  " + t.description
            out.append((i == 0 ? l.t("服务工单", "Tickets") : "", text))
        }
        if listed.count > 10 { out.append(("", l.t("……另有 \(listed.count - 10) 件，见服务窗口", "… \(listed.count - 10) more in the service window"))) }
        let history = ctx.journal.history(of: e.id)
        for (i, line) in history.reversed().enumerated() {
            let what = EventKindLabel.label(line.kind, l) + " " + JournalRowPresenter.summary(line, state: state, l)
            out.append((i == 0 ? l.t("历史", "History") : "", "\(BeijingTime.format(line.time).prefix(16)) \(line.actor)  \(what)"))
        }
        return out
    }
}
