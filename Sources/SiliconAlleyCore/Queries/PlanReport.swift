import Foundation

/// 定期监测评估: the report the task force takes to its meetings — the headline target with
/// baseline, trend and gap; per lead unit its projects, milestones and action items;
/// support by measure; housing; events and attendance; the service window's time limits;
/// evaluations and the adjustments decided; and the journal head it came from, so anyone
/// can check later that the report stands on that journal.
///
/// "As of" a date means the journal as it stood at the end of that day, Beijing time: the
/// state is replayed from the lines written up to then (`JournalAsOf`), and figures are
/// computed for that day. A report as of a past date is the same whenever it is made.
public struct PlanReport: Sendable {
    public struct Section: Sendable {
        public var id: String
        public var title: Phrase
        public var columns: [Phrase]
        public var rows: [[String]]
        /// Lines of prose under the table (what a figure means, what is missing).
        public var notes: [String]
    }

    public var asOf: LocalDate
    public var head: (seq: Int, hash: String)
    public var language: Language
    public var sections: [Section]

    public init(state s: DomainState, asOf date: LocalDate, head: (seq: Int, hash: String), language l: Language,
                catalog: Catalog = .plan) {
        asOf = date
        self.head = head
        language = l
        func pct(_ x: Double?) -> String { x.map { String(format: "%.1f%%", $0 * 100) } ?? "—" }
        var sections: [Section] = []

        // 1. 发展目标
        let k = HeadlineKPI(state: s, asOf: date, catalog: catalog)
        var target: [[String]] = k.trend.map { f in
            [f.date.description, String(f.zoneEnterprises), f.districtTotal.map(String.init) ?? "—", pct(f.share),
             (f.share.flatMap { x in k.baseline.share.map { x / $0 } }).map { String(format: "×%.2f", $0) } ?? "—",
             String(f.zoneQualifications), pct(f.qualificationShare)]
        }
        if target.isEmpty { target = [[date.description, "—", "—", "—", "—", "—", "—"]] }
        var targetNotes = [
            l.t("口径：展示区内持有专精特新或国高新（目录中计入目标的资质）的企业，每家只计一次；分母为全区统计。",
                "Basis: showcase-zone firms holding SRDI or HNTE (the catalogue's qualifications that count), each firm once, over the district statistic."),
            k.baseline.official ? l.t("基线：2023-12-31 官方统计。", "Baseline: the official 2023-12-31 figure.")
                                : l.t("基线：按登记簿推算（未录入官方基线）。", "Baseline: rebuilt from the registry (no official figure entered)."),
        ]
        if let f = k.outgrown {
            let notice = HeadlineKPI.outgrownNotice(f)
            targetNotes.append(l.t("注意：" + notice.zh + "；下表超过 100% 的占比不可用。",
                                   "Note: " + notice.en + "; shares over 100% below mean nothing."))
        }
        if let met = k.met {
            targetNotes.append(met ? l.t("已达到目标（≥ ×1.5，“以上”含本数）。", "Target met (≥ ×1.5; “以上” includes the number itself).")
                                   : l.t("尚未达到目标（需 ≥ ×1.5）。", "Target not met yet (needs ≥ ×1.5)."))
        }
        if let gap = k.gap {
            targetNotes.append(l.t("按当前全区总数，距 ×1.5 还需展示区企业 \(gap) 家（截至 \(HeadlineKPI.deadline)）。",
                                   "At today's district total, \(gap) more showcase firms are needed for ×1.5 (by \(HeadlineKPI.deadline))."))
        }
        sections.append(Section(id: "target", title: Phrase("发展目标", "Headline target"),
                                columns: [Phrase("日期", "Date"), Phrase("展示区", "Zone"), Phrase("全区", "District"),
                                          Phrase("占比", "Share"), Phrase("倍数", "Ratio"), Phrase("按资质", "Quals"),
                                          Phrase("资质占比", "Q. share")],
                                rows: target, notes: targetNotes))

        // 2. 按牵头单位
        let tasks = TaskBreakdown(s, year: date.year, catalog: catalog, today: date)
        let board = ActionItemBoard(s, today: date, catalog: catalog)
        let units = s.unitDirectory()
        var unitRows: [[String]] = []
        var seen = Set<String>()
        for u in tasks.units {
            let id = u.unit?.id ?? ""
            seen.insert(id)
            let items = board.byUnit.first { $0.unit == id }
            unitRows.append([u.unit.map { $0.text(l) } ?? l.t("（未指定）", "(none)"), String(u.projects.count), String(u.due),
                             String(u.done), String(u.late), String(items?.items.count ?? 0), String(items?.late ?? 0)])
        }
        for g in board.byUnit where !seen.contains(g.unit) {
            unitRows.append([units.displayName(g.unit, english: l == .en, short: false), "0", "0", "0", "0", String(g.items.count), String(g.late)])
        }
        sections.append(Section(id: "units", title: Phrase("年度任务分工（按牵头单位）", "Annual tasks by lead unit"),
                                columns: [Phrase("单位", "Unit"), Phrase("项目", "Projects"), Phrase("\(date.year)到期", "Due \(date.year)"),
                                          Phrase("完成", "Done"), Phrase("里程碑逾期", "Late milestones"), Phrase("督办未结", "Open actions"),
                                          Phrase("督办逾期", "Late actions")],
                                rows: unitRows, notes: []))

        // 3. 扶持
        var grants: [String: (Int, Int64)] = [:]
        for e in s.enterprises.values {
            for g in e.support where g.date <= date {
                grants[g.measure, default: (0, 0)].0 += 1
                grants[g.measure, default: (0, 0)].1 += g.amount?.fen ?? 0
            }
        }
        sections.append(Section(id: "support", title: Phrase("扶持（15 项措施）", "Support (the 15 measures)"),
                                columns: [Phrase("措施", "Measure"), Phrase("笔数", "Grants"), Phrase("金额", "Amount")],
                                rows: catalog.measures.map { m in ["\(m.code) \(m.text(l))", String(grants[m.code]?.0 ?? 0), Money(fen: grants[m.code]?.1 ?? 0).formatted] },
                                notes: []))

        // 4. 人才公寓
        let occupancy = BuildingOccupancy.byBuilding(s)
        var housing = occupancy.map { b in [b.building, String(b.units), String(b.occupied), String(b.vacant), String(b.maintenance), String(b.reserved), b.percentText] }
        let total = BuildingOccupancy.total(s)
        housing.append([l.t("合计", "Total"), String(total.units), String(total.occupied), String(total.vacant), String(total.maintenance),
                        String(total.reserved), total.percentText])
        sections.append(Section(id: "housing", title: Phrase("人才公寓", "Talent housing"),
                                columns: [Phrase("楼栋", "Building"), Phrase("套数", "Units"), Phrase("已入住", "Occupied"), Phrase("空置", "Vacant"),
                                          Phrase("维修", "Maintenance"), Phrase("预留", "Reserved"), Phrase("入住率", "Occupancy")],
                                rows: housing,
                                notes: [l.t("轮候 \(WaitingList.ordered(s).count) 人；60 天内到期租约 \(LeaseExpiry.within(of: date, in: s).count) 份。",
                                            "\(WaitingList.ordered(s).count) on the waiting list; \(LeaseExpiry.within(of: date, in: s).count) leases end within 60 days.")]))

        // 5. 活动
        let yearStart = LocalDate(year: date.year, month: 1, day: 1)!
        let past = PastEvents(s, now: LocalDateTime(startOf: date.adding(days: 1)), from: yearStart, catalog: catalog)
        var byType: [ActivityType: (held: Int, registered: Int, attended: Int)] = [:]
        for e in past.events {
            byType[e.activity.type, default: (0, 0, 0)].held += 1
            byType[e.activity.type, default: (0, 0, 0)].registered += e.confirmed
            byType[e.activity.type, default: (0, 0, 0)].attended += e.attended
        }
        sections.append(Section(id: "events", title: Phrase("活动（\(date.year) 年已举办）", "Events held in \(date.year)"),
                                columns: [Phrase("类型", "Type"), Phrase("场次", "Held"), Phrase("报名", "Registered"), Phrase("签到", "Attended"),
                                          Phrase("出席率", "Attendance")],
                                rows: ActivityType.allCases.compactMap { t in
                                    guard let v = byType[t] else { return nil }
                                    return [t.text(l), String(v.held), String(v.registered), String(v.attended),
                                            v.registered > 0 ? pct(Double(v.attended) / Double(v.registered)) : "—"]
                                },
                                notes: [l.t("全年出席率 \(pct(past.attendanceRate))。", "Attendance over the year: \(pct(past.attendanceRate)).")]))

        // 6. 服务窗口: by group of the published service list, with 一次办成.
        // The year's requests for what was accepted and finished; every request still open
        // (last year's too) for what is open, overdue and waiting.
        let year = s.tickets.values.filter { $0.acceptedOn.year == date.year && $0.acceptedOn <= date }
        let standing = s.tickets.values.filter { $0.acceptedOn <= date }
        let all = WindowFigures(year, today: date)
        let now = WindowFigures(standing, today: date)
        var windowRows: [[String]] = []
        func row(_ name: String, _ f: WindowFigures, _ n: WindowFigures) -> [String] {
            [name, String(f.accepted), String(f.finished), String(f.onTime), String(n.open), String(n.overdue), String(n.waiting),
             WindowFigures.percent(f.oneVisitShare), WindowFigures.average(f.averageVisits)]
        }
        for g in catalog.serviceGroups {
            let inGroup: (Ticket) -> Bool = { ($0.serviceEntry(catalog)?.group ?? "") == g.id }
            let f = WindowFigures(year.filter(inGroup), today: date)
            let n = WindowFigures(standing.filter(inGroup), today: date)
            if f.accepted == 0 && n.open == 0 { continue }
            windowRows.append(row(g.text(l), f, n))
        }
        windowRows.append(row(l.t("合计", "Total"), all, now))
        sections.append(Section(id: "window", title: Phrase("一站式服务窗口", "One-stop service window"),
                                columns: [Phrase("事项类别", "Service group"), Phrase("受理", "Accepted"), Phrase("办结/退回", "Finished"),
                                          Phrase("按时", "On time"), Phrase("办理中", "Open"), Phrase("超期", "Overdue"),
                                          Phrase("待补正", "Awaiting documents"), Phrase("一次办成率", "Done in one visit"),
                                          Phrase("平均跑动次数", "Average visits")],
                                rows: windowRows,
                                notes: [l.t("\(date.year) 年按时办结率 \(WindowFigures.percent(all.onTimeShare))（时限按工作日计，补正期间暂停）。",
                                            "On-time rate in \(date.year): \(WindowFigures.percent(all.onTimeShare)) (limits in working days, paused while documents are awaited)."),
                                        l.t("一次办成率 = 一次办结（无须补交材料）的件数 ÷ 已办结和退回的件数；跑动次数 = 受理 1 次 + 每次补交材料 1 次。补正告知 \(all.notices) 次，其中经主管同意再次告知 \(all.overrides) 次。",
                                            "Done in one visit = closed with nothing to bring back ÷ all closed or returned; visits = 1 to apply + 1 per hand-in of documents. \(all.notices) supplement notices, \(all.overrides) of them second notices a supervisor allowed.")]))

        // 7. 评估与调整
        let evaluations = s.evaluations.values.filter { $0.date <= date }.sorted { $0.date > $1.date }
        var evalRows: [[String]] = []
        for e in evaluations {
            evalRows.append([e.date.description, "#\(e.headSeq)", pct(e.share), e.ratio.map { String(format: "×%.2f", $0) } ?? "—", e.note ?? ""])
            for a in s.adjustments.values.filter({ $0.evaluation == e.id }).sorted(by: { $0.id < $1.id }) {
                let who = a.unit.map { units.displayName($0, english: l == .en) } ?? ""
                evalRows.append(["", "→", who, a.due?.description ?? "", a.text + (a.done.map { l.t("（已落实 \($0)）", " (done \($0))") } ?? "")])
            }
        }
        sections.append(Section(id: "evaluations", title: Phrase("评估与反馈调整", "Evaluations and adjustments"),
                                columns: [Phrase("评估日", "As of"), Phrase("日志", "Journal"), Phrase("占比/单位", "Share / unit"),
                                          Phrase("倍数/期限", "Ratio / due"), Phrase("说明", "Note")],
                                rows: evalRows, notes: evalRows.isEmpty ? [l.t("尚无评估记录。", "No evaluation recorded yet.")] : []))
        self.sections = sections
    }
}
