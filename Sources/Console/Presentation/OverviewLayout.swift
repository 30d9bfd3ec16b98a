import Foundation
import SiliconAlleyCore
import TerminalUI

/// One figure of the overview: its text, how it stands out, and the pane it opens.
struct OverviewCell {
    var text: String
    var role: ThemeRole = .row
    /// The pane behind the figure, filtered to what it counts (nil: only words).
    var target: (pane: PaneID, target: PaneTarget)?
    /// Lines to show instead of going to a pane (the fifteen measures, the trend).
    var detail: (title: String, lines: [(label: String, value: String)])?

    var opens: Bool { target != nil || detail != nil }
}

/// A labelled row of figures.
struct OverviewRow {
    var label: String
    var cells: [OverviewCell]
}

/// The overview's figures as rows of cells, in the operator's language; and where each cell
/// lands for a width (cells that do not fit wrap onto the next line, under the row's label).
enum OverviewLayout {
    static func rows(_ o: Overview, _ l: Language, ascii: Bool) -> [OverviewRow] {
        let k = o.kpi
        func pct(_ x: Double?) -> String { x.map { String(format: "%.1f%%", $0 * 100) } ?? "—" }
        var rows: [OverviewRow] = []

        // 发展目标
        let showcase = PaneTarget(criteria: ["tier": "showcase"])
        var target: [OverviewCell] = []
        if k.now.share == nil {
            target.append(OverviewCell(text: l.t("尚未录入全区统计：在企业窗格按 K 录入", "no district statistic yet: press K in Enterprises"),
                                       role: .warning, target: (.enterprises, PaneTarget())))
        } else if let f = k.outgrown {
            let notice = HeadlineKPI.outgrownNotice(f, short: true)
            // Enter on it opens the registry, where K enters a newer statistic.
            target.append(OverviewCell(text: l.t(notice.zh, notice.en),
                                       role: .warning, target: (.enterprises, PaneTarget())))
        } else {
            target.append(OverviewCell(text: l.t("展示区专精特新/国高新企业占全区 ", "Showcase SRDI/HNTE share ") + pct(k.now.share)
                                       + l.t("（2023-12-31：", " (end-2023: ") + pct(k.baseline.share) + l.t("）", ")"),
                                       role: .accent, target: (.enterprises, showcase)))
            let ratio = k.ratio.map { String(format: "×%.2f", $0) } ?? "×—"
            let met = k.met == true
            target.append(OverviewCell(text: ratio + (met ? " ≥ ×1.5 ✓" : " < ×1.5"), role: met ? .ok : .warning,
                                       detail: trendDetail(k, l)))
            target.append(OverviewCell(text: Sparkline.line(k.trend.compactMap(\.share), ascii: ascii), role: .accent, detail: trendDetail(k, l)))
        }
        rows.append(OverviewRow(label: l.t("发展目标", "Target"), cells: target))
        if k.now.share != nil && k.outgrown == nil {
            var basis: [OverviewCell] = [
                OverviewCell(text: l.t("按企业计（每家一次）", "firms, each once") + " · "
                             + (k.baseline.official ? l.t("基线：官方统计", "baseline: official") : l.t("基线：按登记推算", "baseline: from the registry"))
                             + (k.now.denominatorIsEnterprises ? "" : l.t(" · 全区按资质数", " · district counts added")), role: .dim),
            ]
            if let gap = k.gap {
                basis.append(OverviewCell(text: l.t("距 2026-12-31 还需 \(gap) 家", "\(gap) more needed by 2026-12-31"), role: gap > 0 ? .warning : .ok,
                                          target: (.enterprises, PaneTarget(criteria: ["tier": "showcase", "qualification": "hnte", "lacking": "srdi"]))))
            }
            if k.now.zoneQualifications != k.now.zoneEnterprises {
                basis.append(OverviewCell(text: l.t("按资质计 ", "by qualifications ") + pct(k.now.qualificationShare), role: .dim, detail: trendDetail(k, l)))
            }
            rows.append(OverviewRow(label: "", cells: basis))
        }

        // 行业 / 层级
        let most = Double(o.industries.map(\.count).max() ?? 0)
        rows.append(OverviewRow(label: l.t("行业", "Industry"), cells: o.industries.map { c in
            let bar = BarChart.bar(Double(c.count), maximum: most, width: 4, ascii: ascii)
            return OverviewCell(text: "\(c.name.text(l)) \(bar.trimmingCharacters(in: .whitespaces)) \(c.count)", target: (.enterprises, PaneTarget(criteria: ["industry": c.id, "status": "active"])))
        }))
        rows.append(OverviewRow(label: l.t("层级", "Tier"), cells: o.tiers.map { c in
            OverviewCell(text: "\(c.name.text(l)) \(c.count)", target: (.enterprises, PaneTarget(criteria: ["tier": c.id, "status": "active"])))
        }))

        // 梯级
        var ladder: [OverviewCell] = o.ladder.map { r in
            let name = r.qualification.badge(l)
            let district = r.district.map { l.t("（全区 \($0)）", " (district \($0))") } ?? ""
            return OverviewCell(text: "\(name) \(r.zone)/\(r.registry)" + district,
                                target: (.enterprises, PaneTarget(criteria: ["qualification": r.qualification.id])))
        }
        ladder.append(OverviewCell(text: l.t("候选：国高新未获专精特新 \(o.candidates)", "candidates: HNTE without SRDI \(o.candidates)"), role: .accent,
                                   target: (.enterprises, PaneTarget(criteria: ["tier": "showcase", "qualification": "hnte", "lacking": "srdi"]))))
        rows.append(OverviewRow(label: l.t("梯级", "Ladder"), cells: ladder))

        // 到期 · 扶持
        rows.append(OverviewRow(label: l.t("资质扶持", "Qual./support"), cells: [
            OverviewCell(text: l.t("资质 ≤90 天到期 \(o.expiringWithin90)", "qualifications expiring ≤90 days \(o.expiringWithin90)") + (o.expiringWithin90 > 0 ? " ⚠" : ""),
                         role: o.expiringWithin90 > 0 ? .warning : .row, target: (.enterprises, PaneTarget(criteria: ["expiring": "90"]))),
            OverviewCell(text: l.t("15 项措施：已用 \(o.measuresUsed)，", "15 measures: \(o.measuresUsed) used, ") + o.supportTotal.formatted,
                         detail: measuresDetail(o, l)),
        ]))

        // 项目
        var projects: [OverviewCell] = o.projectsByStatus.filter { $0.count > 0 }.map { p in
            OverviewCell(text: "\(p.status.text(l)) \(p.count)", target: (.projects, PaneTarget(criteria: ["status": p.status.rawValue])))
        }
        projects.append(OverviewCell(text: l.t("逾期 \(o.lateProjects)", "late \(o.lateProjects)") + (o.lateProjects > 0 ? " ⚠" : ""),
                                     role: o.lateProjects > 0 ? .warning : .row, target: (.projects, PaneTarget(criteria: ["late": "yes"]))))
        if o.stepsOverLimit > 0 {
            projects.append(OverviewCell(text: l.t("审批超时 \(o.stepsOverLimit)", "approvals over limit \(o.stepsOverLimit)"), role: .warning,
                                         target: (.projects, PaneTarget(criteria: ["overlimit": "yes"]))))
        }
        rows.append(OverviewRow(label: l.t("项目", "Projects"), cells: projects))

        // 公寓
        let h = o.housing
        rows.append(OverviewRow(label: l.t("公寓", "Housing"), cells: [
            OverviewCell(text: l.t("入住 ", "occupied ") + h.percentText + " (\(h.occupied)/\(h.units))", target: (.housing, PaneTarget())),
            OverviewCell(text: l.t("轮候 \(o.waiting)", "waiting \(o.waiting)"), target: (.housing, PaneTarget(criteria: ["view": "waiting"]))),
            OverviewCell(text: l.t("60 天内到期 \(o.leasesEndingSoon)", "ending ≤60 days \(o.leasesEndingSoon)"),
                         role: o.leasesEndingSoon > 0 ? .warning : .row, target: (.housing, PaneTarget(criteria: ["view": "expiring"]))),
        ]))

        // 活动
        rows.append(OverviewRow(label: l.t("活动", "Events"), cells: [
            OverviewCell(text: l.t("未来 7 天 \(o.eventsNext7Days)", "next 7 days \(o.eventsNext7Days)"), target: (.events, PaneTarget(criteria: ["within": "7"]))),
            OverviewCell(text: l.t("未完成会议事项 \(o.openActionItems)（逾期 \(o.lateActionItems)）", "open action items \(o.openActionItems) (late \(o.lateActionItems))"),
                         role: o.lateActionItems > 0 ? .warning : .row, target: (.events, PaneTarget(criteria: ["view": "actions"]))),
        ]))

        // 窗口
        rows.append(OverviewRow(label: l.t("窗口", "Window"), cells: [
            OverviewCell(text: l.t("未办结 \(o.openTickets)", "open \(o.openTickets)"), target: (.window, PaneTarget())),
            OverviewCell(text: l.t("今日到期 \(o.ticketsDueToday)", "due today \(o.ticketsDueToday)"), role: o.ticketsDueToday > 0 ? .warning : .row,
                         target: (.window, PaneTarget(criteria: ["due": "today"]))),
            OverviewCell(text: l.t("超期 \(o.overdueTickets)", "overdue \(o.overdueTickets)") + (o.overdueTickets > 0 ? " ⚠" : ""),
                         role: o.overdueTickets > 0 ? .error : .row, target: (.window, PaneTarget(criteria: ["overdue": "yes"]))),
            OverviewCell(text: l.t("待补正 \(o.waitingTickets)", "awaiting documents \(o.waitingTickets)"), target: (.window, PaneTarget(criteria: ["waiting": "yes"]))),
        ]))
        // 评估
        var evaluation: [OverviewCell] = []
        if let e = o.latestEvaluation {
            evaluation.append(OverviewCell(text: l.t("最近评估 \(e.date) ", "last evaluated \(e.date) ") + (e.ratio.map { String(format: "×%.2f", $0) } ?? "—"),
                                           target: (.dashboard, PaneTarget(criteria: ["view": "evaluations"]))))
        } else {
            evaluation.append(OverviewCell(text: l.t("尚无评估：按 v 记录", "none yet: press v to record one"), role: .dim))
        }
        evaluation.append(OverviewCell(text: l.t("未落实调整 \(o.openAdjustments)", "open adjustments \(o.openAdjustments)"),
                                       role: o.openAdjustments > 0 ? .warning : .row, target: (.dashboard, PaneTarget(criteria: ["view": "evaluations"]))))
        evaluation.append(OverviewCell(text: l.t("报告（r）", "report (r)"), role: .accent, target: (.dashboard, PaneTarget(criteria: ["view": "report"]))))
        rows.append(OverviewRow(label: l.t("评估", "Review"), cells: evaluation))
        return rows
    }

    static func evaluationsDetail(_ s: DomainState, _ l: Language) -> (title: String, lines: [(label: String, value: String)]) {
        var lines: [(label: String, value: String)] = []
        let units = s.unitDirectory()
        for e in s.evaluations.values.sorted(by: { ($0.date, $0.headSeq) > ($1.date, $1.headSeq) }) {
            let share = e.share.map { String(format: "%.1f%%", $0 * 100) } ?? "—"
            lines.append((e.date.description, l.t("展示区 \(e.zoneEnterprises) 家，占比 \(share)，", "zone \(e.zoneEnterprises), share \(share), ")
                          + (e.ratio.map { String(format: "×%.2f", $0) } ?? "—") + l.t("（日志 #\(e.headSeq)）", " (journal #\(e.headSeq))")
                          + (e.note.map { "  " + $0 } ?? "")))
            for a in s.adjustments.values.filter({ $0.evaluation == e.id }).sorted(by: { $0.id < $1.id }) {
                let who = a.unit.map { units.displayName($0, english: l == .en) } ?? ""
                let state = a.done.map { l.t("已落实 \($0)", "done \($0)") } ?? (a.due.map { l.t("期限 \($0)", "due \($0)") } ?? l.t("未落实", "open"))
                lines.append(("  → " + who, a.text + "  " + state))
            }
        }
        if lines.isEmpty { lines = [("", l.t("尚无评估记录：在总览按 v 记录一次", "No evaluation yet: press v on the overview"))] }
        return (l.t("评估与反馈调整", "Evaluations and adjustments"), lines)
    }

    static func trendDetail(_ k: HeadlineKPI, _ l: Language) -> (title: String, lines: [(label: String, value: String)]) {
        func pct(_ x: Double?) -> String { x.map { String(format: "%.2f%%", $0 * 100) } ?? "—" }
        var lines: [(label: String, value: String)] = k.trend.map { f in
            let ratio = (f.share.flatMap { s in k.baseline.share.map { s / $0 } }).map { String(format: "×%.2f", $0) } ?? "—"
            return (f.date.description, l.t("展示区 \(f.zoneEnterprises) 家 / 全区 \(f.districtTotal.map(String.init) ?? "—") = \(pct(f.share))  \(ratio)",
                                             "zone \(f.zoneEnterprises) / district \(f.districtTotal.map(String.init) ?? "—") = \(pct(f.share))  \(ratio)")
                    + l.t("（按资质 \(f.zoneQualifications)：\(pct(f.qualificationShare))）", " (by qualifications \(f.zoneQualifications): \(pct(f.qualificationShare)))"))
        }
        lines.append((l.t("目标", "Target"), l.t("较 2023 年底提升 50% 以上（×1.5 含本数，民法典第 1259 条）",
                                                  "at least ×1.5 of the end-2023 share (\"以上\" includes the number, Civil Code art. 1259)")))
        return (l.t("发展目标 · 季度走势", "Headline target · by quarter"), lines)
    }

    static func measuresDetail(_ o: Overview, _ l: Language) -> (title: String, lines: [(label: String, value: String)]) {
        let lines = o.measures.map { m in
            ("\(m.measure.code) " + m.measure.text(l),
             m.grants == 0 ? l.t("未使用", "not used") : l.t("\(m.grants) 笔 · ", "\(m.grants) grants · ") + m.amount.formatted)
        }
        return (l.t("15 项措施的使用", "The 15 measures in use"), lines)
    }

    /// Where each cell goes: (line, x, width) in the content area, and the lines used.
    struct Placed { var row: Int; var cell: Int; var line: Int; var x: Int; var width: Int }

    static func place(_ rows: [OverviewRow], width: Int) -> (placed: [Placed], labelWidth: Int, lines: Int) {
        let labelWidth = (rows.map { DisplayWidth.of($0.label) }.max() ?? 0) + 2
        var placed: [Placed] = []
        var line = 0
        for (r, row) in rows.enumerated() {
            var x = 1 + labelWidth
            for (c, cell) in row.cells.enumerated() {
                let w = min(DisplayWidth.of(cell.text), max(4, width - 2 - labelWidth))
                if x > 1 + labelWidth && x + w > width - 1 { line += 1; x = 1 + labelWidth }
                placed.append(Placed(row: r, cell: c, line: line, x: x, width: w))
                x += w + 3
            }
            line += 1
        }
        return (placed, labelWidth, line)
    }
}
