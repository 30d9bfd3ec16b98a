import SiliconAlleyCore
import TerminalUI

/// Drawing the housing pane: reads the snapshot and the selection, changes nothing.
extension HousingPane {
    public func render(in area: Rect, grid: inout Grid, _ ctx: ShellContext) {
        let r = regions(area, ctx)
        renderHeadline(r.head, &grid, ctx)
        renderTabs(r.tabs, &grid, ctx)
        switch view {
        case .grid: renderGrid(area, r.body, &grid, ctx)
        case .expiring: renderExpiring(r.body, &grid, ctx)
        case .vacant: renderVacant(r.body, &grid, ctx)
        case .waiting: renderWaiting(r.body, &grid, ctx)
        case .occupancy: renderOccupancy(r.body, &grid, ctx)
        }
        let t = ctx.look.theme
        for (i, line) in hintRows(width: area.width, ctx).enumerated() where i < r.hints.height {
            var x = r.hints.x + 1
            for item in line {
                x += grid.put(item.key, x: x, y: r.hints.y + i, style: t[.accent])
                x += grid.put(item.word, x: x, y: r.hints.y + i, style: t[.dim]) + 2
            }
        }
    }

    /// The keys that act in this view, as lines that fit `width` (at most two; the rest are in `?`).
    func hintRows(width: Int, _ ctx: ShellContext) -> [[(key: String, word: String)]] {
        let l = ctx.language
        let word: (Phrase) -> String = { l == .zh ? $0.zh : " " + $0.en }
        var items: [(key: String, word: String)] = []
        if view == .grid { items.append(("↑↓←→", word(Phrase("选房", "move")))) }
        items += Action.hinted(in: view).map { ($0.binding.label, word($0.hint)) }
        var lines: [[(key: String, word: String)]] = [[]]
        var used = 1
        for item in items {
            let w = DisplayWidth.of(item.key) + DisplayWidth.of(item.word) + 2
            if used + w > width - 1 {
                if lines.count == 2 { break }
                lines.append([])
                used = 1
            }
            lines[lines.count - 1].append(item)
            used += w
        }
        return lines
    }

    private func renderHeadline(_ row: Rect, _ grid: inout Grid, _ ctx: ShellContext) {
        let l = ctx.language
        let t = ctx.look.theme
        var text: String
        if view == .grid, let g = currentGrid {
            let i = (snapshot.buildings.firstIndex(of: g.building) ?? 0) + 1
            let o = g.occupancy
            text = Sanitizer.clean(g.building) + l.t("  楼栋 \(i)/\(snapshot.buildings.count)", "  building \(i)/\(snapshot.buildings.count)")
                + l.t("   入住率 \(o.percentText)（\(o.occupied)/\(o.units)）", "   occupied \(o.percentText) (\(o.occupied)/\(o.units))")
        } else {
            let o = snapshot.total
            text = l.t("人才公寓 · \(snapshot.buildings.count) 栋 \(o.units) 套 · 入住率 \(o.percentText)（\(o.occupied)/\(o.units)）",
                       "Talent housing · \(snapshot.buildings.count) \(snapshot.buildings.count == 1 ? "building" : "buildings"), \(o.units) units · occupied \(o.percentText) (\(o.occupied)/\(o.units))")
            if view == .expiring || view == .vacant {
                text += building.map { l.t(" · 楼栋 ", " · building ") + Sanitizer.clean($0) } ?? l.t(" · 全部楼栋", " · all buildings")
            }
        }
        if !filter.isEmpty {
            text += l.t(" · 筛选 /", " · filter /") + Sanitizer.clean(filter)
            if view == .grid {
                let hits = snapshot.units.values.filter(matches).count
                text += l.t(" · 命中 \(hits)", " · \(hits) match")
            } else {
                text += l.t(" · 命中 \(rowCount(view))", " · \(rowCount(view)) match")
            }
        }
        grid.put(" " + text, x: row.x, y: row.y, maxWidth: row.width, style: t[.accent])
    }

    /// The views, the current one bracketed, with their counts; `v` steps through them.
    private func renderTabs(_ row: Rect, _ grid: inout Grid, _ ctx: ShellContext) {
        let l = ctx.language
        let t = ctx.look.theme
        var x = row.x + 1
        for v in HousingView.allCases {
            var label = v.title.text(l)
            if let n = snapshot.count(v, building: v == .waiting ? nil : building) { label += " \(n)" }
            let active = v == view
            let shown = active ? "[" + label + "]" : " " + label + " "
            x += grid.put(shown, x: x, y: row.y, maxWidth: max(0, row.maxX - x), style: active ? t[.tabActive] : t[.tab]) + 1
        }
        let help = l.t("v/V 切换", "v/V switch")
        let hw = DisplayWidth.of(help)
        if x + hw + 1 < row.maxX { grid.put(help, x: row.maxX - hw - 1, y: row.y, style: t[.dim]) }
    }

    // MARK: The grid

    private func renderGrid(_ area: Rect, _ body: Rect, _ grid: inout Grid, _ ctx: ShellContext) {
        let l = ctx.language
        let t = ctx.look.theme
        let ascii = ctx.look.ascii
        guard let g = currentGrid, let layout = gridLayout(area, ctx), !g.rows.isEmpty else {
            grid.put(l.t("  还没有公寓：按 n 新增公寓", "  No units yet: n adds one"), x: body.x, y: body.y + 1, maxWidth: body.width, style: t[.dim])
            return
        }
        // The legend: each status by symbol and word, with this building's count.
        var x = body.x + 1
        for s in [ApartmentStatus.occupied, .vacant, .maintenance, .reserved] {
            x += grid.put(HousingPresenter.symbol(s, ascii: ascii), x: x, y: body.y, style: t[HousingPresenter.role(s)].adding(.bold))
            x += grid.put(l.t("", " ") + s.text(l) + " \(g.occupancy.count(s))", x: x, y: body.y, maxWidth: max(0, body.maxX - x), style: t[.row]) + 2
        }
        if snapshot.buildings.count > 1 {
            let help = l.t("b/B 换楼", "b/B building")
            let hw = DisplayWidth.of(help)
            if x + hw + 1 < body.maxX { grid.put(help, x: body.maxX - hw - 1, y: body.y, style: t[.dim]) }
        }

        let selectedRow = gridRows.clampedSelection(rowCount: g.rows.count)
        let rowOffset = layout.rowOffset(gridRows)
        let columnOffset = layout.columnOffset(gridColumn)
        var y = layout.area.y
        if !layout.withNumbers {
            for c in columnOffset..<min(g.columns, columnOffset + layout.visibleColumns) {
                grid.put(Text.pad(String(c + 1), to: 2, align: .right), x: layout.cellX(c, offset: columnOffset), y: y, style: t[.header])
            }
            y += 1
        }
        let filtering = !filter.trimmingCharacters(in: .whitespaces).isEmpty
        for r in rowOffset..<min(g.rows.count, rowOffset + layout.visibleRows) {
            let row = g.rows[r]
            grid.put(Text.pad(row.label, to: layout.labelWidth, align: .right), x: layout.area.x + 1, y: y, style: t[.header])
            for c in columnOffset..<min(row.cells.count, columnOffset + layout.visibleColumns) {
                guard let u = row.cells[c] else { continue }
                let selected = r == selectedRow && c == gridColumn
                var style = selected ? t[.selection] : t[HousingPresenter.role(u.status)]
                if filtering && !selected && matches(u) { style = style.adding([.underline, .bold]) }
                var cell = (selected ? ctx.look.marker : " ") + HousingPresenter.symbol(u.status, ascii: ascii)
                if layout.withNumbers { cell += " " + Text.pad(Sanitizer.clean(u.apartment.unit), to: layout.unitWidth) }
                grid.put(cell, x: layout.cellX(c, offset: columnOffset), y: y, style: style)
            }
            y += 1
        }
        // More floors or places than fit: say so rather than hide them silently.
        let hiddenRows = g.rows.count - layout.visibleRows
        let hiddenColumns = g.columns - layout.visibleColumns
        if (hiddenRows > 0 || hiddenColumns > 0) && y < body.maxY - Self.unitLineCount {
            let note = l.t("（共 \(g.rows.count) 层、每层 \(g.columns) 位：方向键滚动）", "(\(g.rows.count) floors, \(g.columns) places a floor: arrows scroll)")
            grid.put(note, x: layout.area.x + 1, y: y, maxWidth: body.width - 2, style: t[.dim])
            y += 1
        }

        // The selected unit, just below the grid.
        guard let u = g.unit(row: selectedRow, column: gridColumn) else { return }
        let lines = HousingPresenter.unitLines(u, today: ctx.today, l)
        let top = min(y + 1, body.maxY - Self.unitLineCount)
        for (i, line) in lines.prefix(Self.unitLineCount).enumerated() {
            let lead = i == 0 ? ctx.look.marker : " "
            let text = Text.ellipsize(line, to: max(0, body.width - 2), ellipsis: ctx.look.ellipsis)
            grid.put(lead + text, x: body.x, y: top + i, maxWidth: body.width,
                     style: i == 0 ? t[HousingPresenter.role(u.status)].adding(.bold) : t[.row])
        }
    }

    // MARK: The lists

    private func unitWidth(_ units: [Apartment]) -> Int {
        max(4, units.map { DisplayWidth.of(Sanitizer.clean($0.unit)) }.max() ?? 4)
    }

    private func emptyNote(_ text: String, _ body: Rect, _ grid: inout Grid, _ ctx: ShellContext) {
        grid.put("  " + text, x: body.x, y: body.y + 2, maxWidth: body.width, style: ctx.look.theme[.dim])
    }

    private func renderExpiring(_ body: Rect, _ grid: inout Grid, _ ctx: ShellContext) {
        let l = ctx.language
        let en = l == .en
        let wide = body.width >= 120
        let rows = expiringRows
        var columns = [TableColumn(l.t("楼栋", "Building"), width: .flex(1), minWidth: 6),
                       TableColumn(l.t("房号", "Unit"), width: .fixed(unitWidth(rows.map(\.unit)))),
                       TableColumn(l.t("租户", "Tenant"), width: .flex(1), minWidth: 6)]
        if wide { columns += [TableColumn(l.t("身份证号", "Resident ID"), width: .fixed(18)), TableColumn(l.t("手机", "Mobile"), width: .fixed(11))] }
        columns += [TableColumn(l.t("到期日", "Ends"), width: .fixed(10)),
                    TableColumn(l.t("剩余", "Left"), width: .fixed(en ? 13 : 10)),
                    TableColumn(l.t("租约", "Lease"), width: .fixed(en ? 11 : 6))]
        let today = ctx.today
        var view = Table(columns: columns, rowCount: rows.count) { i in
            let e = rows[i]
            var cells = [e.unit.building, e.unit.unit, e.tenant.name]
            if wide { cells += [e.tenant.maskedIDNumber, e.tenant.maskedPhone] }
            return cells + [e.lease.end.description, HousingPresenter.daysLeft(today.days(until: e.lease.end), l),
                            HousingPresenter.leaseShort(e.lease.status, l)]
        }
        view.rowRole = { i in rows[i].daysLeft < 0 ? .error : (rows[i].daysLeft <= 14 ? .warning : nil) }
        view.render(table(.expiring), in: body, grid: &grid, look: ctx.look)
        if rows.isEmpty { emptyNote(l.t("60 天内没有到期的租约", "No lease ends within 60 days"), body, &grid, ctx) }
    }

    private func renderVacant(_ body: Rect, _ grid: inout Grid, _ ctx: ShellContext) {
        let l = ctx.language
        let wide = body.width >= 120
        let rows = vacantRows
        var columns = [TableColumn(l.t("楼栋", "Building"), width: .flex(1), minWidth: 6),
                       TableColumn(l.t("房号", "Unit"), width: .fixed(unitWidth(rows.map(\.apartment)))),
                       TableColumn(l.t("楼层", "Floor"), width: .fixed(5)),
                       TableColumn(l.t("户型", "Layout"), width: .fixed(8)),
                       TableColumn(l.t("面积", "Area"), width: .fixed(10), align: .right),
                       TableColumn(l.t("月租", "Rent"), width: .fixed(9), align: .right)]
        if wide { columns += [TableColumn(l.t("空出日期", "Free since"), width: .fixed(10)), TableColumn(l.t("上一租户", "Last tenant"), width: .flex(1))] }
        let view = Table(columns: columns, rowCount: rows.count) { i in
            let u = rows[i]
            let a = u.apartment
            var cells = [a.building, a.unit, a.floor.map(FloorNumber.label) ?? "—", a.layout, a.area.formatted, HousingPresenter.rent(u.monthlyRent)]
            if wide { cells += [u.lastLease?.heldUntil.description ?? "", u.lastTenant?.name ?? ""] }
            return cells
        }
        view.render(table(.vacant), in: body, grid: &grid, look: ctx.look)
        if rows.isEmpty { emptyNote(l.t("没有空置公寓", "No vacant units"), body, &grid, ctx) }
    }

    private func renderWaiting(_ body: Rect, _ grid: inout Grid, _ ctx: ShellContext) {
        let l = ctx.language
        let wide = body.width >= 120
        let rows = waitingRows
        var columns = [TableColumn("#", width: .fixed(3), align: .right),
                       TableColumn(l.t("姓名", "Name"), width: .flex(1), minWidth: 6),
                       TableColumn(l.t("优先级", "Priority"), width: .fixed(8), align: .right),
                       TableColumn(l.t("申请日期", "Applied"), width: .fixed(10))]
        if wide { columns += [TableColumn(l.t("身份证号", "Resident ID"), width: .fixed(18)), TableColumn(l.t("手机", "Mobile"), width: .fixed(11))] }
        columns += [TableColumn(l.t("工作单位", "Employer"), width: .flex(2)),
                    TableColumn(l.t("状态", "Status"), width: .fixed(8))]
        var view = Table(columns: columns, rowCount: rows.count) { i in
            let e = rows[i]
            var cells = [String(e.place), e.talent.name, String(e.application.effectivePriority), e.application.appliedOn.description]
            if wide { cells += [e.talent.maskedIDNumber, e.talent.maskedPhone] }
            return cells + [e.talent.employerName ?? "—", e.eligibleNow ? l.t("可分配", "eligible") : l.t("已有租约", "housed")]
        }
        view.rowRole = { i in rows[i].eligibleNow ? nil : .dim }
        view.render(table(.waiting), in: body, grid: &grid, look: ctx.look)
        if rows.isEmpty {
            emptyNote(filter.isEmpty ? l.t("轮候名单为空：按 t 登记人才，p 申请轮候", "The waiting list is empty: t registers a talent, p adds an application")
                                     : l.t("没有符合条件的申请", "No application matches"), body, &grid, ctx)
        }
    }

    private func renderOccupancy(_ body: Rect, _ grid: inout Grid, _ ctx: ShellContext) {
        let l = ctx.language
        let en = l == .en
        let rows = occupancyRows
        let ascii = ctx.look.ascii
        let statuses: [ApartmentStatus] = [.occupied, .vacant, .maintenance, .reserved]
        // The bar only where the building names keep their room.
        let barWidth = body.width >= 100 ? 15 : 0
        var columns = [TableColumn(l.t("楼栋", "Building"), width: .flex(1), minWidth: 8),
                       TableColumn(l.t("入住率", "Rate"), width: .fixed(max(barWidth + 5, DisplayWidth.of(l.t("入住率", "Rate")))), align: .right)]
        for s in statuses {
            columns.append(TableColumn(HousingPresenter.symbol(s, ascii: ascii) + (en ? " " : "") + s.text(l),
                                       width: .fixed(max(6, DisplayWidth.of(s.text(l)) + (en ? 2 : 1))), align: .right))
        }
        columns.append(TableColumn(l.t("合计", "Units"), width: .fixed(5), align: .right))
        let view = Table(columns: columns, rowCount: rows.count) { i in
            let o = rows[i]
            let bar = barWidth > 0 ? BarChart.bar(o.rate ?? 0, maximum: 1, width: barWidth, ascii: ascii) : ""
            return [o.building, bar + Text.pad(o.percentText, to: 5, align: .right)] + statuses.map { String(o.count($0)) } + [String(o.units)]
        }
        view.render(table(.occupancy), in: body, grid: &grid, look: ctx.look)
        if rows.isEmpty { emptyNote(l.t("还没有公寓：按 n 新增", "No units yet: n adds one"), body, &grid, ctx) }
        // The whole stock under the buildings.
        let totalY = body.y + 1 + rows.count + 1
        if !rows.isEmpty, totalY < body.maxY {
            let o = snapshot.total
            let text = l.t("合计 \(o.units) 套 · 入住率 \(o.percentText) · 已入住 \(o.occupied) · 空置 \(o.vacant) · 维修 \(o.maintenance) · 预留 \(o.reserved)",
                           "All: \(o.units) units, \(o.percentText) occupied · \(o.occupied) in · \(o.vacant) vacant · \(o.maintenance) maintenance · \(o.reserved) reserved")
            grid.put(" " + text, x: body.x, y: totalY, maxWidth: body.width, style: ctx.look.theme[.accent])
        }
    }
}
