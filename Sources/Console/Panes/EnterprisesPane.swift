import Foundation
import SiliconAlleyCore
import TerminalUI

/// 企业: the registry the plan is measured by. The headline KPI on top, then counts and
/// filters, then the table; `/` searches names, USCC fragments and pinyin as you type.
public final class EnterprisesPane: Pane {
    public static let spec = PaneSpec(EnterprisesPane.self, id: .enterprises, digit: 3,
                                      title: Phrase("企业", "Enterprises"), short: Phrase("企业", "Ent"),
                                      summary: Phrase("企业登记、资质、扶持与发展目标", "the enterprise registry, qualifications, support and the headline target"),
                                      make: EnterprisesPane.init)

    public enum Action: PaneAction {
        case detail, new, edit, grant, revoke, support, move, moveOut, filters, sort, reverse, statistic

        public var binding: KeyBinding {
            switch self {
            case .detail: return KeyBinding([.enter], "Enter", legend: Phrase("详情", "details"), help: Phrase("企业详情（资质、扶持、关联、历史）", "details: qualifications, support, related, history"))
            case .new: return KeyBinding([.char("n")], "n", legend: Phrase("登记", "new"), help: Phrase("登记企业", "register an enterprise"))
            case .edit: return KeyBinding([.char("e")], "e", legend: Phrase("编辑", "edit"), help: Phrase("编辑所选企业", "edit the selected enterprise"))
            case .grant: return KeyBinding([.char("a")], "a", help: Phrase("授予资质", "grant a qualification"))
            case .revoke: return KeyBinding([.char("r")], "r", help: Phrase("撤销资质", "revoke a qualification"))
            case .support: return KeyBinding([.char("p")], "p", help: Phrase("记录扶持（15 条措施）", "record support (the 15 measures)"))
            case .move: return KeyBinding([.char("m")], "m", help: Phrase("迁移楼宇", "move to another building"))
            case .moveOut: return KeyBinding([.char("o")], "o", help: Phrase("标记迁出（不删除）", "mark as moved out (never deleted)"))
            case .filters: return KeyBinding([.char("f")], "f", legend: Phrase("过滤", "filters"), help: Phrase("按行业、层级、楼宇、资质、状态过滤", "filter by industry, tier, building, qualification, status"))
            case .sort: return KeyBinding([.char("s")], "s", legend: Phrase("排序", "sort"), help: Phrase("换排序列", "next sort column"))
            case .reverse: return KeyBinding([.char("S")], "S", help: Phrase("升序 / 降序", "ascending / descending"))
            case .statistic: return KeyBinding([.char("K")], "K", help: Phrase("录入全区统计（发展目标）", "enter district statistics (headline target)"))
            }
        }

        /// Actions on the selected enterprise (the rest act on the list).
        var needsSelection: Bool {
            switch self {
            case .detail, .edit, .grant, .revoke, .support, .move, .moveOut: return true
            case .new, .filters, .sort, .reverse, .statistic: return false
            }
        }
    }

    public enum Verb: PaletteVerb {
        case export, `import`

        public var info: PaletteInfo {
            switch self {
            case .export: return PaletteInfo("export", argument: Phrase("[文件.csv|文件.json]", "[FILE.csv|FILE.json]"), help: Phrase("导出当前视图", "export the current view"))
            case .import: return PaletteInfo("import", argument: Phrase("文件.csv", "FILE.csv"), help: Phrase("导入企业（全部或不导入）", "import enterprises (all rows or none)"))
            }
        }
    }

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
    /// Nil while it is computed on another thread (the console: a pass over the registry).
    private var kpi: HeadlineKPI?
    private var kpiBuilder: KPIBuilder?
    private var activeCount = 0

    init(_ ctx: ShellContext) {
        // The console's search, shared with every enterprise picker (a plain scan answers
        // while the full one is built on a thread of its own).
        search = ctx.enterprises.current(today: ctx.today)
        searchBuiltAt = ctx.store.head.seq
        searchReloads = ctx.store.reloads
        searchToday = ctx.today
        updateKPI(ctx)
        refreshRows(ctx)
    }

    private func updateKPI(_ ctx: ShellContext) {
        if ctx.background {
            kpiBuilder = KPIBuilder(state: ctx.store.state, today: ctx.today, catalog: ctx.store.catalog)
        } else {
            kpi = HeadlineKPI.shared(state: ctx.store.state, asOf: ctx.today, catalog: ctx.store.catalog)
        }
    }

    public var filter: String { criteria.text }

    /// The table's rows on screen: the KPI line and the counts line come first.
    private func tableArea(_ area: Rect) -> Rect { area.splitTop(2).rest }
    private func page(_ area: Rect) -> Int { max(1, tableArea(area).height - 1) }

    public func handle(_ key: Key, in area: Rect, _ ctx: ShellContext) -> PaneOutcome? {
        table.handle(key, rowCount: rows.count, page: page(area)) ? PaneOutcome.none : nil
    }

    private var selected: Enterprise? { table.selected < rows.count ? search.record(rows[table.selected]) : nil }

    public func unavailable(_ action: Action, _ ctx: ShellContext) -> String? {
        if action.needsSelection && selected == nil {
            return search.count == 0 ? ctx.t("还没有企业：按 n 登记", "no enterprises yet: press n") : ctx.t("没有选中的企业", "no enterprise selected")
        }
        if action == .revoke, let e = selected, !e.qualifications.contains(where: { $0.revoked == nil }) {
            return ctx.t("该企业没有可撤销的资质", "this enterprise holds nothing to revoke")
        }
        return nil
    }

    public func perform(_ action: Action, in area: Rect, _ ctx: ShellContext) -> PaneOutcome {
        switch action {
        case .new:
            // Saved, the rows already hold it (the shell told every pane): select it.
            return .openForm(EnterpriseForms.register(ctx) { [unowned self] id in self.select(id, page: self.page(area)) })
        case .statistic: return .openForm(EnterpriseForms.statistic(ctx))
        case .filters: return .openForm(filterForm(ctx, page: page(area)))
        case .sort:
            let keys = sortableKeys(width: area.width, ctx.language)
            let i = keys.firstIndex(of: sortKey).map { ($0 + 1) % keys.count } ?? 0
            sortKey = keys[i]
            refreshRows(ctx, page: page(area))
            return .say(ctx.t("排序：", "sorted by ") + sortTitle(sortKey, ctx.language))
        case .reverse:
            ascending.toggle()
            refreshRows(ctx, page: page(area))
            return .none
        default: break
        }
        guard let e = selected else { return .none }
        switch action {
        case .detail: return .openDetail(title: e.name, lines: EnterpriseDetailPresenter.lines(e, ctx: ctx))
        case .edit: return .openForm(EnterpriseForms.edit(e, ctx))
        case .grant: return .openForm(EnterpriseForms.grantQualification(e, ctx))
        case .revoke: return .openForm(EnterpriseForms.revokeQualification(e, ctx))
        case .support: return .openForm(EnterpriseForms.support(e, ctx))
        case .move: return .openForm(EnterpriseForms.move(e, ctx))
        case .moveOut: return .openForm(EnterpriseForms.moveOut(e, ctx))
        case .new, .statistic, .filters, .sort, .reverse: return .none
        }
    }

    /// Esc drops the `/` search and the `f` criteria alike: the whole registry again.
    public func clearFilter(in area: Rect, _ ctx: ShellContext) -> Bool {
        guard !criteria.isEmpty else { return false }
        criteria = EnterpriseFilter()
        setFilter("", in: area, ctx)
        return true
    }

    public func setFilter(_ text: String, in area: Rect, _ ctx: ShellContext) {
        // Cleared, the search leaves the record it had found selected (the next key acts on
        // it); narrowed, the first match.
        let keep = text.isEmpty ? selected?.id : nil
        criteria.text = text
        refreshRows(ctx)
        table.select(0, rowCount: rows.count, page: page(area))
        if let keep { select(keep, page: page(area)) }
    }

    /// Selects a record if it is listed (else the selection stays).
    private func select(_ id: String, page: Int) {
        if let i = rows.firstIndex(where: { search.record($0).id == id }) { table.select(i, rowCount: rows.count, page: page) }
    }

    /// Arrives filtered: `/` text plus named criteria (industry=, tier=, place=,
    /// qualification=, status=), as `export --filter` takes them.
    public func show(_ target: PaneTarget, in area: Rect, _ ctx: ShellContext) {
        let words = target.criteria.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" } + [target.filter ?? ""]
        if let parsed = try? EnterpriseFilterParser.parse(words.joined(separator: " "), catalog: ctx.store.catalog) {
            criteria = parsed
        }
        refreshRows(ctx)
        table.select(0, rowCount: rows.count, page: page(area))
        if let id = target.select { select(id, page: page(area)) }
    }

    public func journalChanged(_ ctx: ShellContext) {
        guard ctx.store.head.seq != searchBuiltAt || ctx.store.reloads != searchReloads || ctx.today != searchToday else { return }
        search = ctx.enterprises.current(today: ctx.today)
        searchReloads = ctx.store.reloads
        searchToday = ctx.today
        searchBuiltAt = ctx.store.head.seq
        updateKPI(ctx)
        let keep = selected?.id
        refreshRows(ctx)
        table.reselect(keep, rowCount: rows.count) { id in rows.firstIndex { search.record($0).id == id } }
    }

    /// The full search arrived: it takes over, brought up to the state as it is now.
    public func poll(_ ctx: ShellContext) -> Bool {
        var changed = false
        if let k = kpiBuilder?.finished {
            kpi = k
            kpiBuilder = nil
            changed = true
        }
        guard !search.isComplete else { return changed }
        let latest = ctx.enterprises.current(today: ctx.today)
        guard latest.isComplete else { return changed }
        // The operator's place is kept once they moved; untouched, the list starts at its top.
        let keep = table.selected > 0 ? selected?.id : nil
        search = latest
        refreshRows(ctx)
        if keep == nil { table.select(0, rowCount: rows.count) }
        table.reselect(keep, rowCount: rows.count) { id in rows.firstIndex { search.record($0).id == id } }
        return true
    }

    private func refreshRows(_ ctx: ShellContext, page: Int = 1) {
        rows = search.matches(criteria, sort: sortKey, ascending: ascending, today: ctx.today)
        activeCount = search.activeCount
        table.select(table.selected, rowCount: rows.count, page: page)
    }

    public func completions(_ verb: Verb, _ ctx: ShellContext) -> [String] {
        switch verb {
        case .export: return ["enterprises-\(ctx.today).csv", "enterprises-\(ctx.today).json"]
        case .import: return ctx.importCandidates()
        }
    }

    public func run(_ verb: Verb, argument: String, _ ctx: ShellContext) -> PaneOutcome {
        switch verb {
        case .export: return export(argument, ctx)
        case .import: return importFile(argument, ctx)
        }
    }

    /// `:export [FILE]` writes the current filtered view as CSV with a BOM (Excel-ready).
    private func export(_ path: String, _ ctx: ShellContext) -> PaneOutcome {
        let file = path.isEmpty ? ctx.exportPath("enterprises-\(ctx.today).csv") : path
        let records = rows.map(search.record)
        // A damaged journal exports what stands before the damage, and the file says so.
        let partial = ctx.store.damage.map { ctx.t("不完整：日志第 \($0.line) 行损坏，只导出其前的内容", "partial: journal line \($0.line) is damaged; only what comes before it") }
        let bytes = EnterpriseExporter.export(records, format: file.hasSuffix(".json") ? .json : .csv,
                                              english: ctx.language == .en, bom: true, catalog: ctx.store.catalog, today: ctx.today,
                                              partial: partial)
        return .saveFile(FileWrite(path: file, bytes: bytes) { ctx, result in
            switch result {
            case .success(let p):
                if let partial { return .refuse(partial + ctx.t("；已导出到 ", "; exported to ") + p) }
                return .say(ctx.t("已导出 \(records.count) 家企业到 ", "exported \(records.count) enterprises to ") + p)
            case .failure(let e): return .refuse(ctx.t("无法写入 ", "cannot write ") + file + ": \(e)")
            }
        })
    }

    /// `:import FILE` validates every row first; any problem → the full list, nothing written.
    private func importFile(_ path: String, _ ctx: ShellContext) -> PaneOutcome {
        guard !path.isEmpty else { return .refuse(ctx.t("用法：:import 文件.csv", "usage: :import FILE.csv")) }
        guard let data = FileManager.default.contents(atPath: path) else { return .refuse(ctx.t("无法读取 ", "cannot read ") + path) }
        let plan: (commands: [RegisterEnterprise], encoding: TextDecoding.Encoding)
        do {
            // A large file takes a while to check: a progress line meanwhile.
            let meter = ProgressMeter(unit: Phrase("行", "rows"))
            var shown = 0.0
            let progress = ctx.progress.map { show in
                { (fraction: Double, rows: Int) in
                    let now = ProgressMeter.clock()
                    guard now - shown >= 0.1 else { return }
                    shown = now
                    show(ctx.t("正在校验导入 ", "checking the import ") + meter.line(fraction: fraction, count: rows, barWidth: 12,
                                                                                  ascii: ctx.look.ascii, language: ctx.language, now: now))
                }
            }
            plan = try EnterpriseImporter.plan([UInt8](data), state: ctx.store.state, catalog: ctx.store.catalog, today: ctx.today,
                                               progress: progress)
        } catch {
            if case .rows(let problems) = error {
                // Each problem under its column's name, never the field's key.
                let lines = problems.map { p in (ctx.t("第 \(p.line) 行", "line \(p.line)"), FieldLabels.message(p.error, ctx.language)) }
                return .openDetail(title: ctx.t("导入未执行：\(problems.count) 处问题", "Nothing imported: \(problems.count) problem(s)"), lines: lines)
            }
            return .refuse(ctx.t("导入未执行：", "nothing imported: ") + error.description)
        }
        let count = plan.commands.count, encoding = plan.encoding.rawValue
        return .write(WriteRequest(plan.commands, refused: { ctx, error in
            .refuse(ctx.t("导入未执行：", "nothing imported: ") + Shell.describe(error, ctx.language))
        }) { ctx, _ in
            .say(ctx.t("已导入 \(count) 家企业（\(encoding)）", "imported \(count) enterprises (\(encoding))"))
        })
    }

    // MARK: Filters form

    private func filterForm(_ ctx: ShellContext, page: Int) -> FormSession {
        let c = ctx.store.catalog
        let l = ctx.language
        let all = Choice("", l.t("全部", "all"))
        func options(_ items: [some Bilingual & Identifiable<String>]) -> [Choice] { [all] + items.map { Choice($0.id, $0.text(l)) } }
        var form = Form(title: ctx.t("过滤企业", "Filter enterprises"), fields: [
            FormField(id: "industry", label: l.t("行业", "Industry"), kind: .choice(options(c.industries))),
            FormField(id: "tier", label: l.t("层级", "Tier"), kind: .choice(options(c.tiers))),
            FormField(id: "place", label: l.t("楼宇", "Building"), kind: .choice(options(c.places))),
            FormField(id: "qualification", label: l.t("资质", "Qualification"),
                      kind: .choice([all] + c.qualifications.map { Choice($0.id, l == .zh ? $0.badge : $0.en) })),
            FormField(id: "status", label: l.t("状态", "Status"),
                      kind: .choice([all] + EnterpriseStatus.allCases.map { Choice($0.rawValue, $0.text(l)) })),
        ])
        form.matcher = ChoiceMatcher.matches
        form.set(field: "industry", to: .choice(criteria.industry ?? ""))
        form.set(field: "tier", to: .choice(criteria.tier ?? ""))
        form.set(field: "place", to: .choice(criteria.place ?? ""))
        form.set(field: "qualification", to: .choice(criteria.qualification ?? ""))
        form.set(field: "status", to: .choice(criteria.status?.rawValue ?? ""))
        return FormSession(form: form, action: .local { [unowned self] v, ctx in
            func pick(_ key: String) -> String? { let s = v.text(key); return s.isEmpty ? nil : s }
            self.criteria.industry = pick("industry")
            self.criteria.tier = pick("tier")
            self.criteria.place = pick("place")
            self.criteria.qualification = pick("qualification")
            self.criteria.status = pick("status").flatMap(EnterpriseStatus.init(rawValue:))
            self.refreshRows(ctx)
            self.table.select(0, rowCount: self.rows.count, page: page)
            return nil
        }, submitLabel: Phrase("应用", "apply"))
    }

    // MARK: Drawing

    /// The sortable columns in the order they are shown at this width.
    private func sortableKeys(width: Int, _ l: Language) -> [EnterpriseSortKey] {
        Self.columns(width: width, l).map(\.key)
    }

    /// The columns at this width and their widths (nil: the name, which takes the rest). The
    /// optional ones join in order of use (the USCC, then status, settled date and area) only
    /// while the name keeps enough room to tell firms apart: English words are wider, so the
    /// same width shows fewer columns in English.
    static func columns(width: Int, _ l: Language) -> [(key: EnterpriseSortKey, width: Int?)] {
        let en = l == .en
        let wide = width >= 120
        var base: [(key: EnterpriseSortKey, width: Int?)] = [
            (.name, nil), (.industry, en ? (wide ? 16 : 12) : 8), (.place, en ? (wide ? 18 : 12) : 12),
            (.qualifications, en ? 14 : 16), (.headcount, 5)]
        // Names are Chinese in either language: twelve characters tell 北京北辰… firms apart.
        let nameMinimum = 24
        func nameWidth(_ cols: [(key: EnterpriseSortKey, width: Int?)]) -> Int {
            width - 1 - (cols.count - 1) - cols.compactMap(\.width).reduce(0, +)
        }
        var optional: [(key: EnterpriseSortKey, width: Int?, at: Int)] = [(.uscc, 18, 1)]
        if wide { optional += [(.status, en ? 11 : 6, -1), (.settled, 10, -1), (.area, 11, -1)] }
        var shownOptional: [EnterpriseSortKey] = []
        for o in optional {
            var trial = base
            if o.at >= 0 { trial.insert((o.key, o.width), at: o.at) } else { trial.append((o.key, o.width)) }
            guard nameWidth(trial) >= nameMinimum else { break }
            base = trial
            shownOptional.append(o.key)
        }
        // Area, settled, status read left to right in that order wherever they are shown.
        let tailOrder: [EnterpriseSortKey] = [.area, .settled, .status]
        let head = base.filter { !tailOrder.contains($0.key) }
        let tail = tailOrder.compactMap { k in base.first { $0.key == k } }
        return head + tail
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
        if !search.isComplete { counts += l.t(" · 正在按名称排序…", " · sorting by name…") }
        let all = l.t("全部", "all")
        // Each chip, and whether it narrows the list (an "all" chip says nothing new).
        let chips: [(text: String, set: Bool)] = [
            (l.t("行业：", "industry:") + (criteria.industry.flatMap { c.industry(id: $0) }.map { $0.text(l) } ?? all), criteria.industry != nil),
            (l.t("层级：", "tier:") + (criteria.tier.flatMap { c.tier(id: $0) }.map { $0.text(l) } ?? all), criteria.tier != nil),
            (l.t("资质：", "qual:") + (criteria.qualification.flatMap { c.qualification(id: $0) }.map { l == .zh ? $0.badge : $0.badgeEn } ?? all),
             criteria.qualification != nil),
        ] + (criteria.place.flatMap { c.place(id: $0) }.map { [(l.t("楼宇：", "building:") + $0.text(l), true)] } ?? [])
          + (criteria.status.map { [(l.t("状态：", "status:") + EnterpriseRowPresenter.status($0, l), true)] } ?? [])
          + (criteria.lacking.flatMap { c.qualification(id: $0) }.map { [(l.t("未获：", "lacking:") + $0.badge(l), true)] } ?? [])
          + (criteria.expiringWithin.map { [(l.t("≤\($0)天到期", "expiring ≤\($0)d"), true)] } ?? [])
          + (criteria.measure.map { [(l.t("措施：", "measure:") + $0, true)] } ?? [])
        // The counts come first: when both do not fit, the "all" chips give way (at 80
        // columns a search's "showing N · filter /…" was cut to "…" to keep them).
        var right = chips.map(\.text).joined(separator: "  ")
        if DisplayWidth.of(" " + counts) + DisplayWidth.of(right) + 2 > parts[1].width {
            right = chips.filter(\.set).map(\.text).joined(separator: "  ")
        }
        let rw = DisplayWidth.of(right)
        grid.putFitted(" " + counts, x: parts[1].x, y: parts[1].y, width: max(0, parts[1].width - rw - 2), style: t[.row], ellipsis: ctx.look.ellipsis)
        grid.put(right, x: parts[1].maxX - rw - 1, y: parts[1].y, style: t[.dim])
        renderTable(parts[2], &grid, ctx)
    }

    private func renderKPI(_ row: Rect, _ grid: inout Grid, _ ctx: ShellContext) {
        let l = ctx.language
        let t = ctx.look.theme
        guard let kpi else {
            grid.put(" " + l.t("发展目标：计算中……", "Headline target: computing…"), x: row.x, y: row.y, maxWidth: row.width, style: t[.dim])
            return
        }
        guard let now = kpi.now.share else {
            grid.put(" " + l.t("发展目标：尚未录入全区专精特新、国高新统计（按 K 录入）", "Headline target: no district SRDI/high-tech statistic yet (press K)"),
                     x: row.x, y: row.y, maxWidth: row.width, style: t[.warning])
            return
        }
        if let f = kpi.outgrown {
            let notice = HeadlineKPI.outgrownNotice(f, short: true)
            _ = grid.putFitted(" " + l.t("发展目标：" + notice.zh + "，按 K", "Target: " + notice.en + " — press K"),
                           x: row.x, y: row.y, width: row.width, style: t[.warning], ellipsis: ctx.look.ellipsis)
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
        let used = grid.putFitted(text, x: row.x, y: row.y, width: row.width, style: t[.accent], ellipsis: ctx.look.ellipsis)
        let barWidth = min(16, row.width - used - 1)
        if barWidth > 2, let p = kpi.progress {
            let met = kpi.met == true
            grid.put(BarChart.bar(p, maximum: 1, width: barWidth, ascii: ctx.look.ascii), x: row.x + used, y: row.y,
                     style: met ? t[.ok] : t[.barFull])
        }
    }

    private func renderTable(_ area: Rect, _ grid: inout Grid, _ ctx: ShellContext) {
        let l = ctx.language
        let c = ctx.store.catalog
        let today = ctx.today
        // Narrow, the name needs the room more than the USCC does (search still finds by
        // USCC, and the detail shows it).
        let layout = Self.columns(width: area.width, l)
        let columns = layout.map { c in
            TableColumn(sortTitle(c.key, l), width: c.width.map { .fixed($0) } ?? .flex(1),
                        align: c.key == .headcount || c.key == .area ? .right : .left)
        }
        let keys = layout.map(\.key)
        var table = self.table
        table.sortColumn = keys.firstIndex(of: sortKey)
        table.ascending = ascending
        let rows = self.rows
        let search = self.search
        let view = Table(columns: columns, rowCount: rows.count) { i in
            let e = search.record(rows[i])
            return keys.map { k -> String in
                switch k {
                case .name: return e.name
                case .uscc: return e.uscc
                case .industry: return EnterpriseRowPresenter.industry(e, catalog: c, l)
                case .place: return EnterpriseRowPresenter.place(e, catalog: c, l)
                case .qualifications: return EnterpriseRowPresenter.badges(e, catalog: c, today: today, l)
                case .headcount: return e.headcount.map(String.init) ?? ""
                case .area: return EnterpriseRowPresenter.area(e.area)
                case .settled: return e.settled?.description ?? ""
                case .status: return EnterpriseRowPresenter.status(e.status, l)
                }
            }
        }
        view.render(table, in: area, grid: &grid, look: ctx.look)
        if rows.isEmpty {
            let msg = search.count == 0 ? l.t("  还没有企业：按 n 登记，或 :import 文件.csv", "  No enterprises yet: press n, or :import FILE.csv")
                                        : l.t("  没有符合条件的企业", "  No enterprise matches")
            grid.put(msg, x: area.x, y: area.y + 2, maxWidth: area.width, style: ctx.look.theme[.dim])
        }
    }
}
