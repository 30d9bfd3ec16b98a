import SiliconAlleyCore

/// A ticket in full: who and what, the clock (due, or paused with the working days it has
/// stood still), every supplement notice and hand-in, every hand-over, the visits, and the history.
enum WindowTicketDetail {
    static func lines(_ t: Ticket, _ ctx: ShellContext) -> [(label: String, value: String)] {
        let l = ctx.language
        let state = ctx.store.state
        let c = ctx.store.catalog
        let calendar = state.calendar
        let units = state.unitDirectory(c)
        let en = l == .en
        let service = t.serviceEntry(c)
        var what = service.map { s in s.text(l) + (c.serviceGroup(id: s.group).map { " · " + $0.text(l) } ?? "") } ?? t.service
        if let m = t.measure { what += "  " + m + " " + (c.measure(code: m)?.text(l) ?? "") }
        func docs(_ ids: [String]) -> String { ids.isEmpty ? "—" : ids.map { c.documentName($0).text(l) }.joined(separator: l.t("、", ", ")) }
        var applicant = TicketApplicant.describe(t, state: state, english: en)
        if t.talent != nil { applicant += l.t("（登记人才）", " (registered talent)") }
        var out: [(label: String, value: String)] = [
            (l.t("回执号", "Receipt"), t.receipt),
            (l.t("申请人", "Applicant"), applicant),
            (l.t("事项", "Service"), what),
            (l.t("渠道", "Channel"), (t.channel ?? .window).text(l)),
            (l.t("说明", "Description"), t.description),
            (l.t("已收材料", "Received"), docs(t.documents)),
        ]
        let missing = t.missingDocuments(c)
        if !missing.isEmpty && !t.isWaiting { out.append((l.t("缺", "Missing"), docs(missing))) }
        out.append((l.t("承办", "Unit"), t.unit.map { units.displayName($0, english: en, short: false) } ?? "—"))
        out.append((l.t("状态", "Status"), WindowWords.status(t, today: ctx.today, calendar: calendar, l)))
        out.append((l.t("受理", "Accepted"), t.acceptedOn.description))
        let limit = t.timeLimit(c).map { WindowWords.workingDays($0, l) } ?? ""
        if let p = t.pendingSupplement {
            let stopped = p.pausedWorkingDays(calendar: calendar, today: ctx.today)
            let left = p.remaining >= 0 ? l.t("剩余 ", "") + WindowWords.workingDays(p.remaining, l) + l.t("", " left")
                                        : l.t("已超期 ", "") + WindowWords.workingDays(-p.remaining, l) + l.t("", " overdue")
            out.append((l.t("时限", "Due"), limit + l.t("；补正中，时限暂停：已停 ", "; paused for documents: stopped ") + WindowWords.workingDays(stopped, l) + l.t("，", ", ") + left))
        } else if let due = t.due {
            out.append((l.t("时限", "Due"), limit + " → " + due.description))
            if !calendar.covers(due) { out.append(("", WindowWords.calendarWarning(due.year, l))) }
        }
        let paused = t.pausedWorkingDays(calendar: calendar, today: ctx.today)
        out.append((l.t("跑动", "Visits"), l.t("\(t.visits) 次", "\(t.visits)") + (paused > 0 ? l.t("；时限共暂停 ", "; clock paused ") + WindowWords.workingDays(paused, l) + l.t("", " in all") : "")))
        for (i, s) in t.supplements.enumerated() {
            var text = l.t("\(s.requestedOn) 告知：", "\(s.requestedOn) asked for: ") + docs(s.documents)
                + (s.remaining >= 0 ? l.t("（剩 ", " (") + WindowWords.workingDays(s.remaining, l) + l.t("）", " left)")
                                    : l.t("（已超期 ", " (") + WindowWords.workingDays(-s.remaining, l) + l.t("）", " overdue)"))
            if let r = s.receivedOn {
                text += l.t(" → \(r) 补齐，停 ", " → in on \(r), stopped ") + WindowWords.workingDays(s.pausedWorkingDays(calendar: calendar, today: ctx.today), l)
            } else {
                text += l.t(" → 等待材料", " → waiting")
            }
            if let n = s.note { text += l.t("；说明：", "; note: ") + n }
            if let o = s.override { text += l.t("；主管同意再次告知：", "; second notice allowed by a supervisor: ") + o }
            out.append((l.t("补正 \(i + 1)", "Notice \(i + 1)"), text))
        }
        for h in t.handovers {
            let from = h.from.map { units.displayName($0, english: en) } ?? "—"
            out.append((l.t("移交", "Handed over"), "\(h.date) \(from) → \(units.displayName(h.unit, english: en))" + l.t("：", ": ") + h.reason))
        }
        if let c = t.closedOn { out.append((l.t("完成", "Finished"), c.description)) }
        if let r = t.result { out.append((l.t("结果", "Result"), r + (t.approved.map { $0 ? l.t("（批准）", " (approved)") : l.t("（不予批准）", " (not approved)") } ?? ""))) }
        if let r = t.returnReason { out.append((l.t("退回原因", "Returned because"), r)) }
        for line in ctx.journal.history(of: t.id).reversed() {
            out.append((l.t("历史", "History"), "\(BeijingTime.format(line.time).prefix(16)) \(line.actor)  " + EventKindLabel.label(line.kind, l) + " " + JournalRowPresenter.summary(line, state: state, l)))
        }
        return out
    }
}
