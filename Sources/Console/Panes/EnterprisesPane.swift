import Foundation
import SiliconAlleyCore
import TerminalUI

/// 企业: the registry the plan is measured by. The headline KPI on top, then counts and
/// filters, then the table; `/` searches names, USCC fragments and pinyin as you type.
public final class EnterprisesPane: Pane {
    public let id = PaneID.enterprises
    private var search: EnterpriseSearch
    private var searchBuiltAt = -1
    private var searchReloads = 0
    private var searchToday = LocalDate(year: 2000, month: 1, day: 1)!
    private var criteria = EnterpriseFilter()
    /// Positions in `search`, in display order.
    private var rows: [Int] = []
    private var table = TableState()
    private var sortKey = EnterpriseSortKey.name
    private var ascending = true
    private var kpi: HeadlineKPI
    private var activeCount = 0
    private var lastWidth = 100

    init(_ ctx: ShellContext) {
        search = EnterpriseSearch(state: ctx.store.state, today: ctx.today)
        searchBuiltAt = ctx.store.head.seq
        searchReloads = ctx.store.reloads
        searchToday = ctx.today
        kpi = HeadlineKPI(state: ctx.store.state, asOf: ctx.today)
        refreshRows(ctx)
    }

    public var filter: String { criteria.text }

    public func bindings(_ ctx: ShellContext) -> [KeyBinding] { Self.keyBindings }

    /// The pane's keys as data: help, the legend and the README's key table come from here.
    public static let keyBindings: [KeyBinding] = [
            KeyBinding([.enter], "Enter", legend: ("详情", "details"), help: ("企业详情（资质、扶持、关联、历史）", "details: qualifications, support, related, history"), .pane("detail")),
            KeyBinding([.char("n")], "n", legend: ("登记", "new"), help: ("登记企业", "register an enterprise"), .pane("new")),
            KeyBinding([.char("e")], "e", legend: ("编辑", "edit"), help: ("编辑所选企业", "edit the selected enterprise"), .pane("edit")),
            KeyBinding([.char("a")], "a", help: ("授予资质", "grant a qualification"), .pane("grant")),
            KeyBinding([.char("r")], "r", help: ("撤销资质", "revoke a qualification"), .pane("revoke")),
            KeyBinding([.char("p")], "p", help: ("记录扶持（15 条措施）", "record support (the 15 measures)"), .pane("support")),
            KeyBinding([.char("m")], "m", help: ("迁移楼宇", "move to another building"), .pane("move")),
            KeyBinding([.char("o")], "o", help: ("标记迁出（不删除）", "mark as moved out (never deleted)"), .pane("moveOut")),
            KeyBinding([.char("f")], "f", legend: ("过滤", "filters"), help: ("按行业、层级、楼宇、资质、状态过滤", "filter by industry, tier, building, qualification, status"), .pane("filters")),
            KeyBinding([.char("s")], "s", legend: ("排序", "sort"), help: ("换排序列", "next sort column"), .pane("sort")),
            KeyBinding([.char("S")], "S", help: ("升序 / 降序", "ascending / descending"), .pane("reverse")),
            KeyBinding([.char("K")], "K", help: ("录入全区统计（发展目标）", "enter district statistics (headline target)"), .pane("statistic")),
    ]

    public func handle(_ key: Key, _ ctx: ShellContext) -> PaneOutcome {
        if table.handle(key, rowCount: rows.count) { return .none }
        return .unhandled
    }

    private var selected: Enterprise? { table.selected < rows.count ? search.record(rows[table.selected]) : nil }

    public func perform(_ action: String, _ ctx: ShellContext) -> PaneOutcome {
        switch action {
        case "new": return .openForm(EnterpriseForms.register(ctx))
        case "statistic": return .openForm(EnterpriseForms.statistic(ctx))
        case "filters": return .openForm(filterForm(ctx))
        case "sort":
            let keys = sortableKeys(width: lastWidth)
            let i = keys.firstIndex(of: sortKey).map { ($0 + 1) % keys.count } ?? 0
            sortKey = keys[i]
            refreshRows(ctx)
            return .flash(ctx.t("排序：", "sorted by ") + sortTitle(sortKey, ctx.language))
        case "reverse":
            ascending.toggle()
            refreshRows(ctx)
            return .none
        default: break
        }
        guard let e = selected else { return .flash(ctx.t("没有选中的企业", "no enterprise selected")) }
        switch action {
        case "detail": return .openDetail(title: e.name, lines: EnterpriseDetailPresenter.lines(e, ctx: ctx))
        case "edit": return .openForm(EnterpriseForms.edit(e, ctx))
        case "grant": return .openForm(EnterpriseForms.grantQualification(e, ctx))
        case "revoke":
            if !e.qualifications.contains(where: { $0.revoked == nil }) { return .flash(ctx.t("该企业没有可撤销的资质", "nothing to revoke")) }
            return .openForm(EnterpriseForms.revokeQualification(e, ctx))
        case "support": return .openForm(EnterpriseForms.support(e, ctx))
        case "move": return .openForm(EnterpriseForms.move(e, ctx))
        case "moveOut": return .openForm(EnterpriseForms.moveOut(e, ctx))
        default: return .none
        }
    }

    public func setFilter(_ text: String, _ ctx: ShellContext) {
        criteria.text = text
        refreshRows(ctx)
        table.select(0, rowCount: rows.count)
    }

    public func journalChanged(_ ctx: ShellContext) {
        guard ctx.store.head.seq != searchBuiltAt || ctx.store.reloads != searchReloads || ctx.today != searchToday else { return }
        if ctx.store.reloads != searchReloads {
            // The journal file was replaced: nothing of the old search may stay.
            search = EnterpriseSearch(state: ctx.store.state, today: ctx.today)
        } else {
            search = search.updated(to: ctx.store.state, today: ctx.today)
        }
        searchReloads = ctx.store.reloads
        searchToday = ctx.today
        searchBuiltAt = ctx.store.head.seq
        kpi = HeadlineKPI(state: ctx.store.state, asOf: ctx.today)
        let keep = selected?.id
        refreshRows(ctx)
        if let keep, let i = rows.firstIndex(where: { search.record($0).id == keep }) { table.select(i, rowCount: rows.count) }
    }

    private func refreshRows(_ ctx: ShellContext) {
        rows = search.matches(criteria, sort: sortKey, ascending: ascending, today: ctx.today)
        activeCount = search.activeCount
        table.select(table.selected, rowCount: rows.count)
    }

    public func paletteCommand(_ name: String, argument: String, _ ctx: ShellContext) -> PaneOutcome? {
        switch name {
        case "export": return export(argument, ctx)
        case "import": return importFile(argument, ctx)
        case "report":
            // `:report` is as of today; `:report 2025-06-30` as of any past date.
            var date = ctx.today
            if !argument.isEmpty {
                guard let d = LocalDate(argument) else { return .flash(ctx.t("日期应为 YYYY-MM-DD", "the date must be YYYY-MM-DD")) }
                date = d
            }
            return .openDetail(title: ctx.t("发展目标 · 截至 \(date)", "Headline target · as of \(date)"), lines: kpiReport(ctx, asOf: date))
        default: return nil
        }
    }

    /// `:export [FILE]` writes the current filtered view as CSV with a BOM (Excel-ready).
    private func export(_ path: String, _ ctx: ShellContext) -> PaneOutcome {
        let file = path.isEmpty ? FileManager.default.currentDirectoryPath + "/enterprises-\(ctx.today).csv" : path
        let bytes = EnterpriseExporter.export(rows.map(search.record), format: file.hasSuffix(".json") ? .json : .csv,
                                              english: ctx.language == .en, bom: true, catalog: ctx.store.catalog, today: ctx.today)
        guard FileManager.default.createFile(atPath: file, contents: Data(bytes)) else {
            return .flash(ctx.t("无法写入 ", "cannot write ") + file)
        }
        return .flash(ctx.t("已导出 \(rows.count) 家企业到 ", "exported \(rows.count) enterprises to ") + file)
    }

    /// `:import FILE` validates every row first; any problem → the full list, nothing written.
    private func importFile(_ path: String, _ ctx: ShellContext) -> PaneOutcome {
        guard !path.isEmpty else { return .flash(ctx.t("用法：:import 文件.csv", "usage: :import FILE.csv")) }
        guard let data = FileManager.default.contents(atPath: path) else { return .flash(ctx.t("无法读取 ", "cannot read ") + path) }
        do {
            let plan = try EnterpriseImporter.plan([UInt8](data), state: ctx.store.state, catalog: ctx.store.catalog, today: ctx.today)
            try ctx.store.perform(plan.commands, today: ctx.today)
            ctx.journal.update()
            journalChanged(ctx)
            return .flash(ctx.t("已导入 \(plan.commands.count) 家企业（\(plan.encoding.rawValue)）", "imported \(plan.commands.count) enterprises (\(plan.encoding.rawValue))"))
        } catch let f as EnterpriseImporter.Failure {
            if case .rows(let problems) = f {
                let lines = problems.map { p in
                    (ctx.t("第 \(p.line) 行", "line \(p.line)"), "\(p.error.field): " + (ctx.language == .zh ? p.error.zh : p.error.en))
                }
                return .openDetail(title: ctx.t("导入未执行：\(problems.count) 处问题", "Nothing imported: \(problems.count) problem(s)"), lines: lines)
            }
            return .flash(ctx.t("导入未执行：", "nothing imported: ") + f.description)
        } catch {
            return .flash(ctx.t("导入未执行：", "nothing imported: ") + "\(error)")
        }
    }

    private func kpiReport(_ ctx: ShellContext, asOf date: LocalDate) -> [(label: String, value: String)] {
        let l = ctx.language
        let kpi = HeadlineKPI(state: ctx.store.state, asOf: date)
        func line(_ f: HeadlineKPI.Figure) -> String {
            let share = f.share.map { String(format: "%.1f%%", $0 * 100) } ?? l.t("（无全区统计）", "(no district statistic)")
            return l.t("展示区 \(f.showcaseCount) / 全区 \(f.districtCount.map(String.init) ?? "—") = \(share)",
                       "showcase \(f.showcaseCount) / district \(f.districtCount.map(String.init) ?? "—") = \(share)")
                + (f.statisticDate.map { l.t("（统计日 \($0)）", " (statistic of \($0))") } ?? "")
        }
        var out: [(label: String, value: String)] = [
            (l.t("截至 \(date)", "As of \(date)"), line(kpi.now)),
            (l.t("基线", "Baseline"), line(kpi.baseline)),
            (l.t("倍数", "Ratio"), kpi.ratio.map { String(format: "×%.2f", $0) } ?? "—"),
            (l.t("目标", "Target"), "×1.5 " + l.t("（2026 年较 2023 年底提升 50% 以上）", "(2026: more than 50% above end-2023)")),
        ]
        for s in ctx.store.state.statistics.values.sorted(by: { $0.date < $1.date }) {
            out.append((l.t("全区统计", "District"), "\(s.date)  " + l.t("专精特新 \(s.srdiCount) · 国高新 \(s.highTechCount)", "SRDI \(s.srdiCount) · high-tech \(s.highTechCount)") + (s.note.map { "  \($0)" } ?? "")))
        }
        return out
    }

    // MARK: Filters form

    private func filterForm(_ ctx: ShellContext) -> FormSession {
        let c = ctx.store.catalog
        let l = ctx.language
        let all = l.t("全部", "all")
        var form = Form(title: ctx.t("过滤企业", "Filter enterprises"), fields: [
            FormField(id: "industry", label: l.t("行业", "Industry"), kind: .choice([all] + c.industries.map { l == .zh ? $0.zh : $0.en })),
            FormField(id: "tier", label: l.t("层级", "Tier"), kind: .choice([all] + c.tiers.map { l == .zh ? $0.zh : $0.en })),
            FormField(id: "place", label: l.t("楼宇", "Building"), kind: .choice([all] + c.places.map { l == .zh ? $0.zh : $0.en })),
            FormField(id: "qualification", label: l.t("资质", "Qualification"), kind: .choice([all] + c.qualifications.map { l == .zh ? $0.badge : $0.en })),
            FormField(id: "status", label: l.t("状态", "Status"), kind: .choice([all, EnterpriseStatus.active.zh, EnterpriseStatus.movedOut.zh].map { l == .zh ? $0 : ($0 == all ? all : ($0 == "在区" ? "in district" : "moved out")) })),
        ])
        form.matcher = ChoiceMatcher.matches
        form.set(field: "industry", to: .choice(criteria.industry.flatMap { c.industry(id: $0) }.map { l == .zh ? $0.zh : $0.en } ?? all))
        form.set(field: "tier", to: .choice(criteria.tier.flatMap { c.tier(id: $0) }.map { l == .zh ? $0.zh : $0.en } ?? all))
        form.set(field: "place", to: .choice(criteria.place.flatMap { c.place(id: $0) }.map { l == .zh ? $0.zh : $0.en } ?? all))
        form.set(field: "qualification", to: .choice(criteria.qualification.flatMap { c.qualification(id: $0) }.map { l == .zh ? $0.badge : $0.en } ?? all))
        form.set(field: "status", to: .choice(criteria.status.map { l == .zh ? $0.zh : $0.en } ?? all))
        return FormSession(form: form, action: .local { [unowned self] v, ctx in
            func pick(_ key: String) -> String? { let s = v.text(key); return s.isEmpty || s == all ? nil : s }
            self.criteria.industry = pick("industry").flatMap { s in c.industries.first { $0.zh == s || $0.en == s }?.id }
            self.criteria.tier = pick("tier").flatMap { s in c.tiers.first { $0.zh == s || $0.en == s }?.id }
            self.criteria.place = pick("place").flatMap { s in c.places.first { $0.zh == s || $0.en == s }?.id }
            self.criteria.qualification = pick("qualification").flatMap { s in c.qualifications.first { $0.badge == s || $0.en == s }?.id }
            self.criteria.status = pick("status").map { $0 == "在区" || $0 == "in district" ? .active : .movedOut }
            self.refreshRows(ctx)
            self.table.select(0, rowCount: self.rows.count)
            return nil
        })
    }

    // MARK: Drawing

    /// The sortable columns in the order they are shown at this width.
    private func sortableKeys(width: Int) -> [EnterpriseSortKey] {
        if width >= 120 { return EnterpriseSortKey.allCases }
        if width >= 100 { return [.name, .uscc, .industry, .place, .qualifications, .headcount] }
        return [.name, .industry, .place, .qualifications, .headcount]
    }

    private func sortTitle(_ k: EnterpriseSortKey, _ l: Language) -> String {
        switch k {
        case .name: return l.t("名称", "Name")
        case .uscc: return l.t("统一社会信用代码", "USCC")
        case .industry: return l.t("行业", "Industry")
        case .place: return l.t("楼宇", "Building")
        case .qualifications: return l.t("资质", "Qualifications")
        case .headcount: return l.t("人数", "Staff")
        case .area: return l.t("面积", "Area")
        case .settled: return l.t("入驻", "Settled")
        case .status: return l.t("状态", "Status")
        }
    }

    public func render(in area: Rect, grid: inout Grid, _ ctx: ShellContext) {
        journalChanged(ctx)  // cheap when nothing changed: compares the head seq
        let l = ctx.language
        let t = ctx.look.theme
        let c = ctx.store.catalog
        let parts = area.rows([1, 1, max(0, area.height - 2)])
        renderKPI(parts[0], &grid, ctx)
        // Counts and active filters.
        var counts = l.t("企业 \(Shell.grouped(search.count)) · 在区 \(Shell.grouped(activeCount))",
                         "Enterprises \(Shell.grouped(search.count)) · in district \(Shell.grouped(activeCount))")
        if !criteria.text.isEmpty || !criteria.isEmpty {
            counts += l.t(" · 命中 \(Shell.grouped(rows.count))", " · showing \(Shell.grouped(rows.count))")
        }
        if !criteria.text.isEmpty { counts += l.t(" · 筛选 /", " · filter /") + Sanitizer.clean(criteria.text) }
        let all = l.t("全部", "all")
        let filters = [
            l.t("行业:", "industry:") + (criteria.industry.flatMap { c.industry(id: $0) }.map { l == .zh ? $0.zh : $0.en } ?? all),
            l.t("层级:", "tier:") + (criteria.tier.flatMap { c.tier(id: $0) }.map { l == .zh ? $0.zh : $0.en } ?? all),
            l.t("资质:", "qual:") + (criteria.qualification.flatMap { c.qualification(id: $0) }.map { l == .zh ? $0.badge : EnterpriseRowPresenter.shortEnglish($0.id) } ?? all),
        ] + (criteria.place.flatMap { c.place(id: $0) }.map { [l.t("楼宇:", "building:") + (l == .zh ? $0.zh : $0.en)] } ?? [])
          + (criteria.status.map { [l.t("状态:", "status:") + EnterpriseRowPresenter.status($0, l)] } ?? [])
        let right = filters.joined(separator: "  ")
        let rw = DisplayWidth.of(right)
        grid.put(" " + counts, x: parts[1].x, y: parts[1].y, maxWidth: max(0, parts[1].width - rw - 2), style: t[.row])
        grid.put(right, x: parts[1].maxX - rw - 1, y: parts[1].y, style: t[.dim])
        renderTable(parts[2], &grid, ctx)
    }

    private func renderKPI(_ row: Rect, _ grid: inout Grid, _ ctx: ShellContext) {
        let l = ctx.language
        let t = ctx.look.theme
        guard let now = kpi.now.share else {
            grid.put(" " + l.t("发展目标：尚未录入全区专精特新、国高新统计（按 K 录入）", "Headline target: no district SRDI/high-tech statistic yet (press K)"),
                     x: row.x, y: row.y, maxWidth: row.width, style: t[.warning])
            return
        }
        var text = " " + l.t("展示区专精特新+国高新占全区 ", "Showcase SRDI+HNTE share ") + String(format: "%.1f%%", now * 100)
        if let b = kpi.baseline.share {
            text += l.t("  基线 ", "  base ") + String(format: "%.1f%%", b * 100) + " (2023-12-31)"
        } else {
            text += l.t("  基线：缺 2023-12-31 统计", "  baseline: no 2023-12-31 statistic")
        }
        let ratio = kpi.ratio.map { String(format: "×%.2f", $0) } ?? "×—"
        text += "  \(ratio) / " + l.t("目标 ×1.5", "target ×1.5") + "  "
        let used = grid.put(text, x: row.x, y: row.y, maxWidth: row.width, style: t[.accent])
        let barWidth = min(16, row.width - used - 1)
        if barWidth > 2, let p = kpi.progress {
            let met = (kpi.ratio ?? 0) >= HeadlineKPI.target
            grid.put(BarChart.bar(p, maximum: 1, width: barWidth, ascii: ctx.look.ascii), x: row.x + used, y: row.y,
                     style: met ? t[.ok] : t[.barFull])
        }
    }

    private func renderTable(_ area: Rect, _ grid: inout Grid, _ ctx: ShellContext) {
        lastWidth = area.width
        let l = ctx.language
        let c = ctx.store.catalog
        let today = ctx.today
        let wide = area.width >= 120
        // Under 100 columns the name needs the room more than the USCC does (search still
        // finds by USCC, and the detail shows it).
        let withUSCC = area.width >= 100
        let en = l == .en
        var columns = [TableColumn(sortTitle(.name, l), width: .flex(1))]
        if withUSCC { columns.append(TableColumn(sortTitle(.uscc, l), width: .fixed(18))) }
        columns += [
            TableColumn(sortTitle(.industry, l), width: .fixed(en ? (wide ? 16 : 12) : 8)),
            TableColumn(sortTitle(.place, l), width: .fixed(en ? (wide ? 18 : 12) : 12)),
            TableColumn(sortTitle(.qualifications, l), width: .fixed(en ? 14 : 16)),
            TableColumn(sortTitle(.headcount, l), width: .fixed(5), align: .right),
        ]
        if wide {
            columns += [TableColumn(sortTitle(.area, l), width: .fixed(10), align: .right),
                        TableColumn(sortTitle(.settled, l), width: .fixed(10)),
                        TableColumn(sortTitle(.status, l), width: .fixed(l == .zh ? 6 : 11))]
        }
        let keys = sortableKeys(width: area.width)
        table.sortColumn = keys.firstIndex(of: sortKey)
        table.ascending = ascending
        let rows = self.rows
        let search = self.search
        let view = Table(columns: columns, rowCount: rows.count, rowID: { search.record(rows[$0]).id }) { i in
            let e = search.record(rows[i])
            var cells = [e.name]
            if withUSCC { cells.append(e.uscc) }
            cells += [EnterpriseRowPresenter.industry(e, catalog: c, l), EnterpriseRowPresenter.place(e, catalog: c, l),
                      EnterpriseRowPresenter.badges(e, catalog: c, today: today, l), e.headcount.map(String.init) ?? ""]
            if wide { cells += [EnterpriseRowPresenter.area(e.area), e.settled?.description ?? "", EnterpriseRowPresenter.status(e.status, l)] }
            return cells
        }
        view.render(&table, in: area, grid: &grid, look: ctx.look)
        if rows.isEmpty {
            let msg = search.count == 0 ? l.t("  还没有企业：按 n 登记，或 :import 文件.csv", "  No enterprises yet: press n, or :import FILE.csv")
                                        : l.t("  没有符合条件的企业", "  No enterprise matches")
            grid.put(msg, x: area.x, y: area.y + 2, maxWidth: area.width, style: ctx.look.theme[.dim])
        }
    }
}
