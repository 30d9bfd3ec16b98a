import SiliconAlleyCore
import TerminalUI

/// Drawing the projects pane: a pure function of its state and the journal's.
extension ProjectsPane {
    public func render(in area: Rect, grid: inout Grid, _ ctx: ShellContext) {
        switch view {
        case .list: renderList(area, &grid, ctx)
        case .timeline(let id):
            if let p = byId[id] { renderTimeline(p, area, &grid, ctx) }
        case .category(let c): renderCategory(c, area, &grid, ctx)
        case .blockers: renderBlockers(area, &grid, ctx)
        }
    }

    // MARK: The list

    private func renderList(_ area: Rect, _ grid: inout Grid, _ ctx: ShellContext) {
        let l = ctx.language
        let t = ctx.look.theme
        let parts = area.rows([1, 1, max(0, area.height - 2)])
        // The headline: what supervision is about — what is late, what is held up.
        let late = all.filter(\.isLate).count
        let overSteps = all.filter { $0.lateSteps > 0 }.count
        let active = all.filter { $0.status == .active }.count
        let head = l.t("项目 \(all.count) · 推进中 \(active) · 有逾期 \(late)\(late > 0 ? " ⚠" : "") · 审批超时 \(overSteps) · 未解决堵点 \(openBlockers.count)",
                       "Projects \(all.count) · active \(active) · late \(late)\(late > 0 ? " ⚠" : "") · steps over limit \(overSteps) · blockers \(openBlockers.count)")
        let used = grid.put(" " + head, x: parts[0].x, y: parts[0].y, maxWidth: parts[0].width, style: late > 0 ? t[.warning] : t[.accent])
        for text in fastTrackTexts(l) {
            let w = DisplayWidth.of(text)
            if used + 2 + w < parts[0].width {
                grid.put(text, x: parts[0].maxX - w - 1, y: parts[0].y, style: t[.dim])
                break
            }
        }
        // Counts and the filters in force.
        var counts = l.t("显示 \(rows.count) / \(all.count)", "showing \(rows.count) of \(all.count)")
        if !criteria.text.isEmpty { counts += l.t(" · 筛选 /", " · filter /") + Sanitizer.clean(criteria.text) }
        let right = filterSummary(ctx)
        let rw = DisplayWidth.of(right)
        let countsUsed = grid.put(" " + counts, x: parts[1].x, y: parts[1].y, maxWidth: max(0, parts[1].width - rw - 2), style: t[.row])
        if let notice {
            grid.put("  " + Sanitizer.clean(notice), x: parts[1].x + countsUsed, y: parts[1].y,
                     maxWidth: max(0, parts[1].width - countsUsed - rw - 2), style: t[.warning])
        }
        grid.put(right, x: parts[1].maxX - rw - 1, y: parts[1].y, maxWidth: rw, style: t[.dim])
        renderTable(parts[2], &grid, ctx)
    }

    /// "立项→开工 绿色通道 45 天 · 其他 120 天" and a shorter form, for the headline's right end.
    func fastTrackTexts(_ l: Language) -> [String] {
        func d(_ a: ApprovalClock.Average) -> String { a.days.map { String(format: "%.0f", $0) } ?? "—" }
        guard comparison.fastTrack.count + comparison.others.count > 0 else { return [] }
        let f = d(comparison.fastTrack), o = d(comparison.others)
        return [l.t("立项→开工平均 绿色通道 \(f) 天 · 其他 \(o) 天", "initiation→construction: fast track \(f) d · others \(o) d"),
                l.t("立项→开工 绿色通道 \(f) · 其他 \(o) 天", "to construction: fast track \(f) d · others \(o) d")]
    }

    private func filterSummary(_ ctx: ShellContext) -> String {
        let l = ctx.language
        let units = ctx.store.state.unitDirectory(ctx.store.catalog)
        var parts: [String] = []
        if let c = criteria.category { parts.append(l.t("类别：", "category:") + c.text(l)) }
        if let s = criteria.status { parts.append(l.t("状态：", "status:") + s.text(l)) }
        if let u = criteria.leadUnit { parts.append(l.t("牵头：", "lead:") + units.displayName(u, english: l == .en)) }
        if criteria.lateOnly { parts.append(l.t("只看逾期", "late only")) }
        if criteria.overLimitOnly { parts.append(l.t("只看审批超时", "approvals over limit only")) }
        if let n = criteria.dueWithinDays { parts.append(l.t("\(n) 天内到期", "due within \(n) d")) }
        if let a = criteria.action.flatMap(ctx.store.catalog.action(id:)) { parts.append(l.t("专项：", "action:") + a.short) }
        // No filter in force: the keys a newcomer looks for (the legend has room for few).
        return parts.isEmpty ? l.t("f 过滤 · / 搜索 · t 时间线 · ? 全部按键", "f filters · / search · t timeline · ? keys") : parts.joined(separator: "  ")
    }

    private func renderTable(_ area: Rect, _ grid: inout Grid, _ ctx: ShellContext) {
        let l = ctx.language
        let en = l == .en
        let wide = area.width >= 120
        let mid = area.width >= 100
        var columns = [
            TableColumn(mid ? l.t("类别", "Category") : l.t("类别", "Cat."), width: .fixed(mid ? (en ? 12 : 8) : (en ? 6 : 4))),
            TableColumn(l.t("名称 · 地点", "Name · place"), width: .flex(wide && !en ? 4 : 3), minWidth: 12),
            // English unit names are long: they share the room with the names.
            TableColumn(l.t("牵头单位", "Lead unit"), width: en ? .flex(wide ? 3 : 2) : .fixed(12)),
            TableColumn(l.t("状态", "Status"), width: .fixed(en ? 9 : 6)),
            // A date is never cut: the column keeps room for it, the title gives way.
            TableColumn(mid ? l.t("下一里程碑", "Next milestone") : l.t("下一里程碑", "Next due"), width: .flex(wide && !en ? 3 : 2), minWidth: 10),
            TableColumn(wide ? l.t("审批", "Approval") : l.t("审批", "Appr."), width: .fixed(wide ? (en ? 22 : 14) : 7)),
        ]
        if wide { columns.append(TableColumn(l.t("堵点", "Block"), width: .fixed(5), align: .right)) }
        columns.append(TableColumn(l.t("逾期", "Late"), width: .fixed(6)))
        let rows = self.rows
        var view = Table(columns: columns, rowCount: rows.count) { i in
            let r = rows[i]
            var cells = [ProjectRowPresenter.category(r.category, short: !mid, l), r.nameAndPlace(english: en),
                         ProjectRowPresenter.lead(r, l), ProjectRowPresenter.status(r.status, l),
                         ProjectRowPresenter.next(r, l), ProjectRowPresenter.step(r, withName: wide, l)]
            if wide { cells.append(r.openBlockers > 0 ? "●\(r.openBlockers)" : "") }
            cells.append(ProjectRowPresenter.late(r, l))
            return cells
        }
        view.rowRole = { i in rows[i].isLate ? .error : nil }
        view.render(table, in: area, grid: &grid, look: ctx.look)
        if rows.isEmpty {
            let msg = all.isEmpty ? l.t("  还没有项目：按 n 新建", "  No projects yet: press n")
                                  : l.t("  没有符合条件的项目（f 改过滤条件，Esc 清除筛选）", "  No project matches (f changes the filters, Esc clears the search)")
            grid.put(msg, x: area.x, y: area.y + 2, maxWidth: area.width, style: ctx.look.theme[.dim])
        }
    }

    /// A view's title line: what it shows on the left (cut if it must), the keys that leave
    /// or move it on the right (never cut).
    private func titleLine(_ row: Rect, _ left: String, _ right: String, _ style: Style, _ grid: inout Grid, _ ctx: ShellContext) {
        let rw = DisplayWidth.of(right)
        grid.put(right, x: row.maxX - rw - 1, y: row.y, style: ctx.look.theme[.dim])
        grid.put(" " + Text.ellipsize(left, to: max(0, row.width - rw - 3), ellipsis: ctx.look.ellipsis), x: row.x, y: row.y, style: style)
    }

    // MARK: Timelines

    private func scaleWord(_ s: Timeline.Scale, _ l: Language) -> String {
        switch s {
        case .day: return l.t("按日", "by day")
        case .week: return l.t("按周", "by week")
        case .month: return l.t("按月", "by month")
        }
    }

    private func renderTimeline(_ p: Project, _ area: Rect, _ grid: inout Grid, _ ctx: ShellContext) {
        let l = ctx.language
        let t = ctx.look.theme
        let wide = area.width >= 100
        let parts = area.rows([1, 1, max(0, area.height - 2)])
        let clock = ApprovalClock(project: p, today: ctx.today)
        let labelWidth = wide ? 22 : (l == .en ? 16 : 14)
        let infoWidth = wide ? 28 : 18
        let chart = TimelineView.chartWidth(total: area.width, labelWidth: labelWidth, infoWidth: infoWidth)
        let tl = ProjectTimeline.project(p, today: ctx.today, maxColumns: chart)
        titleLine(parts[0], l.t("时间线 · ", "Timeline · ") + Sanitizer.clean(p.name) + (tl.rows.isEmpty ? "" : " · " + scaleWord(tl.scale, l)),
                  l.t("T 整个类别  Esc 返回列表", "T whole category  Esc back"), t[.accent], &grid, ctx)
        var second: String
        if p.category == .space5N {
            var total = ""
            if let days = clock.totalDays {
                total = clock.reachedConstruction ? l.t("立项→开工 \(days) 天（自然日）", "initiation→construction \(days) calendar days")
                                                  : l.t("立项至今 \(days) 天（自然日）", "\(days) calendar days since initiation")
            }
            let track = p.fastTrack ? l.t(" · 绿色通道", " · fast track") : ""
            second = l.t("审批时限按工作日计（法定节假日与调休）", "Step limits count working days (PRC holidays)") + (total.isEmpty ? "" : l.t("；", "; ") + total) + track
            if DisplayWidth.of(second) >= parts[1].width {
                second = l.t("时限按工作日", "Limits in working days") + (total.isEmpty ? "" : " · " + total) + track
            }
        } else if p.start == nil && p.target == nil {
            second = p.status.text(l) + l.t(" · 起止日期未定（按 e 填写）", " · no start or target date yet (e sets them)")
        } else {
            second = p.status.text(l) + l.t(" · 起止 ", " · ") + (p.start?.description ?? "—") + " → " + (p.target?.description ?? "—")
        }
        grid.put(" " + second, x: parts[1].x, y: parts[1].y, maxWidth: parts[1].width, style: t[.dim])
        guard !tl.rows.isEmpty else {
            grid.put(l.t("  还没有里程碑或审批环节：按 m 添加里程碑", "  No milestones or approval steps yet: m adds a milestone") + (p.category == .space5N ? l.t("，a 开始审批环节", ", a starts a step") : ""),
                     x: parts[2].x, y: parts[2].y + 1, maxWidth: parts[2].width, style: t[.dim])
            return
        }
        let infos = tl.rows.map { row -> String in
            switch row.kind {
            case .step(let kind):
                guard let s = clock.steps.first(where: { $0.step == kind }) else { return "" }
                var text = wide ? "\(s.started)→" + (s.finished.map { $0.year == s.started.year ? String($0.description.dropFirst(5)) : $0.description } ?? "") + " " : ""
                text += "\(s.elapsed)/" + (s.limit.map(String.init) ?? "—")
                if s.isOverdue { text += " ⚠" + ProjectRowPresenter.days(s.lateDays, l) }
                return text
            case .milestone(let id):
                guard let m = p.milestone(id) else { return "" }
                switch m.state(today: ctx.today) {
                case .late(let n): return "\(m.due) ⚠" + ProjectRowPresenter.days(n, l)
                case .open: return "\(m.due)"
                case .done: return "\(m.due) ✓"
                case .doneLate(_, let n): return "\(m.due) ✓" + l.t("迟", "+") + ProjectRowPresenter.days(n, l)
                }
            case .project: return ""
            }
        }
        let selected = viewTable.clampedSelection(rowCount: tl.rows.count)
        let view = TimelineView(timeline: tl, labels: tl.rows.map { $0.label(english: l == .en) }, marks: [], infos: infos,
                                selected: selected, offset: viewTable.visibleOffset(page: timelinePage(area), rowCount: tl.rows.count),
                                labelTitle: l.t("环节 / 里程碑", "Step/milestone"), infoTitle: wide ? l.t("起止  工作日 用/限", "dates  working days") : l.t("到期 · 用/限", "due · used/limit"),
                                labelWidth: labelWidth, infoWidth: infoWidth)
        view.render(in: parts[2], grid: &grid, look: ctx.look, language: l)
    }

    private func renderCategory(_ c: ProjectCategory, _ area: Rect, _ grid: inout Grid, _ ctx: ShellContext) {
        let l = ctx.language
        let t = ctx.look.theme
        let wide = area.width >= 100
        let parts = area.rows([1, 1, max(0, area.height - 2)])
        let labelWidth = wide ? 30 : 20
        let infoWidth = wide ? 22 : 7
        let chart = TimelineView.chartWidth(total: area.width, labelWidth: labelWidth, infoWidth: infoWidth)
        var tl = ProjectTimeline.category(c, in: ctx.store.state, today: ctx.today, scale: .week, maxColumns: chart)
        if tl.columns.count > chart { tl = ProjectTimeline.category(c, in: ctx.store.state, today: ctx.today, scale: .month, maxColumns: chart) }
        titleLine(parts[0], l.t("时间线 · ", "Timeline · ") + Phrase(c.fullZh, c.fullEn).text(l)
                    + l.t(" · \(tl.rows.count) 个项目", " · \(tl.rows.count) projects") + (tl.rows.isEmpty ? "" : " · " + scaleWord(tl.scale, l)),
                  l.t("T/←→ 换类别  Esc 返回", "T/←→ category  Esc back"), t[.accent], &grid, ctx)
        if c == .space5N {
            let f = comparison.fastTrack, o = comparison.others
            func d(_ a: ApprovalClock.Average) -> String { a.days.map { String(format: "%.0f", $0) } ?? "—" }
            let long = l.t("立项→开工平均（自然日）：绿色通道 \(d(f)) 天（已开工 \(f.count)，在途 \(f.underWay)）· 其他 \(d(o)) 天（已开工 \(o.count)，在途 \(o.underWay)）",
                           "initiation→construction, mean calendar days: fast track \(d(f)) (\(f.count) built, \(f.underWay) under way) · others \(d(o)) (\(o.count) built, \(o.underWay) under way)")
            let short = l.t("立项→开工平均：绿色通道 \(d(f)) 天（\(f.count) 项）· 其他 \(d(o)) 天（\(o.count) 项）· 自然日",
                            "initiation→construction: fast track \(d(f)) d (\(f.count)) · others \(d(o)) d (\(o.count)), calendar")
            let text = DisplayWidth.of(long) < parts[1].width ? long : short
            grid.put(" " + text, x: parts[1].x, y: parts[1].y, maxWidth: parts[1].width, style: t[.dim])
        } else {
            let late = tl.rows.filter(\.late).count
            grid.put(" " + l.t("有逾期 \(late) 个 · 每行一个项目：开始或首个日期 → 目标或末个日期", "late \(late) · a row per project: start (or first date) → target (or last date)"),
                     x: parts[1].x, y: parts[1].y, maxWidth: parts[1].width, style: late > 0 ? t[.warning] : t[.dim])
        }
        guard !tl.rows.isEmpty else {
            grid.put(l.t("  该类别的项目都还没有日期（e 填起止日期，m 加里程碑）", "  No dated project in this category (e: dates, m: milestones)"),
                     x: parts[2].x, y: parts[2].y + 1, maxWidth: parts[2].width, style: t[.dim])
            return
        }
        let marks = tl.rows.map { row -> String in
            guard case .project(let id) = row.kind, byId[id]?.fastTrack == true else { return "" }
            return l.t("绿", "FT")
        }
        let infos = tl.rows.map { row -> String in
            guard case .project(let id) = row.kind, let r = all.first(where: { $0.id == id }) else { return "" }
            let late = ProjectRowPresenter.late(r, l)
            guard wide else { return late }
            return (r.project.target.map { l.t("目标 ", "target ") + $0.description } ?? "") + (late.isEmpty ? "" : " " + late)
        }
        var view = TimelineView(timeline: tl, labels: tl.rows.map { $0.label(english: l == .en) }, marks: marks, infos: infos,
                                selected: viewTable.clampedSelection(rowCount: tl.rows.count),
                                offset: viewTable.visibleOffset(page: timelinePage(area), rowCount: tl.rows.count),
                                labelTitle: l.t("项目", "Project"),
                                infoTitle: wide ? l.t("目标 逾期", "target late") : l.t("逾期", "late"),
                                labelWidth: labelWidth, infoWidth: infoWidth)
        if marks.contains(where: { !$0.isEmpty }) { view.markLegend = l.t("绿 绿色通道", "FT fast track") }
        view.render(in: parts[2], grid: &grid, look: ctx.look, language: l)
    }

    // MARK: Open blockers

    private func renderBlockers(_ area: Rect, _ grid: inout Grid, _ ctx: ShellContext) {
        let l = ctx.language
        let t = ctx.look.theme
        let en = l == .en
        let (head, body) = area.splitTop(1)
        titleLine(head, l.t("未解决堵点 \(openBlockers.count)（全部项目）", "Open blockers \(openBlockers.count) (all projects)"),
                  l.t("Enter 项目详情  B 解决  Esc 返回列表", "Enter details  B resolves  Esc back"),
                  openBlockers.isEmpty ? t[.accent] : t[.warning], &grid, ctx)
        let wide = area.width >= 120
        let list = openBlockers
        let view = Table(columns: [
            TableColumn(l.t("提出", "Raised"), width: .fixed(10)),
            TableColumn(l.t("天数", "Days"), width: .fixed(4), align: .right),
            TableColumn(l.t("项目", "Project"), width: .flex(2)),
            TableColumn(l.t("环节", "Step"), width: .fixed(en ? (wide ? 20 : 12) : 8)),
            TableColumn(l.t("堵点", "Blocker"), width: .flex(3)),
            TableColumn(l.t("责任单位", "Owning unit"), width: en ? .flex(2) : .fixed(12)),
        ], rowCount: list.count) { i in
            let b = list[i]
            return [b.blocker.raised.description, "\(b.daysOpen)", b.projectName, b.blocker.step.text(l), b.blocker.text,
                    b.unit?.shortName(english: en) ?? b.blocker.unit]
        }
        view.render(viewTable, in: body, grid: &grid, look: ctx.look)
        if list.isEmpty {
            grid.put(l.t("  没有未解决的堵点", "  No open blockers"), x: body.x, y: body.y + 2, maxWidth: body.width, style: t[.dim])
        }
    }
}
