import SiliconAlleyCore
import TerminalUI

/// The queue: two header lines (today's counts; 一次办成 and the visits, a calendar warning),
/// then a row per ticket. Receipt numbers and dates keep their width; names give way.
extension WindowPane {
    public func render(in area: Rect, grid: inout Grid, _ ctx: ShellContext) {
        let l = ctx.language
        let t = ctx.look.theme
        let today = ctx.today
        let state = ctx.store.state
        let calendar = state.calendar
        let parts = area.rows([1, 1, max(0, area.height - 2)])
        let all = state.tickets.values
        let todayCount = all.filter { $0.acceptedOn == today }.count
        let open = all.filter(\.isOpen)
        let overdue = open.filter { $0.isOverdue(on: today) }.count
        let dueToday = open.filter { $0.isDueToday(today) }.count
        let waiting = open.filter(\.isWaiting).count
        // What is being looked for comes first: a cut header must not cut the receipt number typed.
        let find = filter.isEmpty ? "" : l.t("查找 /", "find /") + Sanitizer.clean(filter) + " · "
        var tail = ""
        if showClosed { tail += l.t(" · 含已办结", " · incl. closed") }
        if only.overdue { tail += l.t(" · 只看超期（Esc 全部）", " · overdue only (Esc: all)") }
        if only.dueToday { tail += l.t(" · 只看今日到期（Esc 全部）", " · due today only (Esc: all)") }
        if only.waiting { tail += l.t(" · 只看待补正（Esc 全部）", " · awaiting documents only (Esc: all)") }
        // The full wording where it fits; else the same counts, shorter, so none is cut off.
        let full = l.t("服务窗口 · 今日受理 \(todayCount) 件 · 未办结 \(open.count) · 今日到期 \(dueToday) · 超期 \(overdue) · 待补正 \(waiting)",
                       "Service window · today \(todayCount) · open \(open.count) · due today \(dueToday) · overdue \(overdue) · awaiting docs \(waiting)")
        let short = l.t("今日 \(todayCount) · 未办结 \(open.count) · 今日到期 \(dueToday) · 超期 \(overdue) · 待补正 \(waiting)",
                        "today \(todayCount) · open \(open.count) · due \(dueToday) · overdue \(overdue) · docs \(waiting)")
        var head = find + full + tail
        if DisplayWidth.of(" " + head) > parts[0].width { head = find + short + tail }
        grid.putFitted(" " + head, x: parts[0].x, y: parts[0].y, width: parts[0].width, style: overdue > 0 ? t[.warning] : t[.accent], ellipsis: ctx.look.ellipsis)
        // 一次办成 over this year's finished requests; a due date in a year without holidays warns.
        let year = all.filter { $0.acceptedOn.year == today.year }
        var second = WindowWords.figures(WindowFigures(year, today: today), l)
        var secondStyle = t[.dim]
        let unknown = Set(open.compactMap { x in x.due.flatMap { calendar.covers($0) || x.isWaiting ? nil : $0.year } }).sorted()
        if let y = unknown.first {
            second = WindowWords.calendarWarning(y, l)
            secondStyle = t[.warning]
        } else if area.width >= 110, let p = ctx.printer {
            second += l.t(" · 打印机 \(p.name)（\(p.paper.rawValue)）", " · printer \(p.name) (\(p.paper.rawValue))")
        }
        grid.putFitted(" " + second, x: parts[1].x, y: parts[1].y, width: parts[1].width, style: secondStyle, ellipsis: ctx.look.ellipsis)

        let rows = tickets
        let en = l == .en
        let wide = area.width >= 100
        let widest = area.width >= 120
        // Receipt numbers, dates and the status keep their width; applicant and service share the rest.
        var columns = [TableColumn(l.t("回执号", "Receipt"), width: .fixed(14)),
                       TableColumn(l.t("申请人", "Applicant"), width: .flex(en ? 1 : 3), minWidth: 10),
                       TableColumn(l.t("事项", "Service"), width: .flex(en ? 1 : 2), minWidth: 10)]
        if wide { columns.append(TableColumn(l.t("渠道", "Channel"), width: .fixed(en ? 7 : 4))) }
        if widest { columns.append(TableColumn(l.t("承办", "Unit"), width: .fixed(en ? 16 : 12))) }
        if wide { columns.append(TableColumn(l.t("受理", "Accepted"), width: .fixed(10))) }
        columns += [TableColumn(l.t("时限", "Due"), width: .fixed(10)),
                    TableColumn(l.t("状态", "Status"), width: .fixed(en ? (wide ? 21 : 17) : 14))]
        let catalog = ctx.store.catalog
        let units = state.unitDirectory(catalog)
        var view = Table(columns: columns, rowCount: rows.count) { i in
            let x = rows[i]
            var cells = [x.receipt, TicketApplicant.name(x, state: state), x.serviceEntry(catalog)?.text(l) ?? x.service]
            if wide { cells.append((x.channel ?? .window).text(l)) }
            if widest { cells.append(units.displayName(x.unit, english: en)) }
            if wide { cells.append(x.acceptedOn.description) }
            return cells + [WindowWords.due(x, l), WindowWords.status(x, today: today, calendar: calendar, l, compact: !wide)]
        }
        view.rowRole = { i -> ThemeRole? in rows[i].isOverdue(on: today) ? .error : (rows[i].isDueToday(today) ? .warning : nil) }
        view.render(table, in: parts[2], grid: &grid, look: ctx.look)
        if rows.isEmpty {
            // Empty because of the search or a criterion, not because there is no work.
            let narrowed = !filter.isEmpty || only.overdue || only.dueToday || only.waiting
            let scope = showClosed ? all.count : open.count
            let text: String
            if narrowed && scope > 0 {
                text = filter.isEmpty
                    ? l.t("  没有符合条件的工单（共 \(scope) 件；Esc 显示全部）", "  No ticket meets the criterion (\(scope) in all; Esc shows them)")
                    : l.t("  没有符合“\(Sanitizer.clean(filter))”的工单（共 \(scope) 件；Esc 清除查找）",
                          "  No ticket matches “\(Sanitizer.clean(filter))” (\(scope) in all; Esc clears the search)")
            } else if !showClosed && !all.isEmpty {
                text = l.t("  没有办理中的工单：按 F2 受理新申请，F5 显示已办结", "  No open tickets: F2 accepts a new request, F5 shows finished ones")
            } else {
                text = l.t("  队列为空：按 F2 受理新申请", "  The queue is empty: F2 accepts a new request")
            }
            grid.put(text, x: parts[2].x, y: parts[2].y + 2, maxWidth: parts[2].width, style: t[.dim])
        }
    }
}
