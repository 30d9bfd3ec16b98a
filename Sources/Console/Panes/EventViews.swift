import SiliconAlleyCore
import TerminalUI

/// Draws the events pane's six views: a header line (figures, active criteria, the keys that
/// move the view) and the body. A pure function of what the pane built; nothing changes.
/// Dates, times and figures have fixed columns and are never cut; titles, venues and unit
/// names give way (ending in `…`).
struct EventViews {
    let ctx: ShellContext
    let criteria: EventCriteria

    var l: Language { ctx.language }
    var t: Theme { ctx.look.theme }

    /// The header: figures and criteria on the left, the view's own keys on the right where they fit.
    func header(_ row: Rect, _ left: String, hint: String = "", role: ThemeRole = .accent, _ grid: inout Grid) {
        let words = criteria.words(l, state: ctx.store.state, catalog: ctx.store.catalog)
        let text = " " + ([left] + words).joined(separator: " · ")
        let used = grid.put(text, x: row.x, y: row.y, maxWidth: row.width, style: t[role])
        let hw = DisplayWidth.of(hint)
        if !hint.isEmpty && used + hw + 3 <= row.width {
            grid.put(hint, x: row.maxX - hw - 1, y: row.y, style: t[.dim])
        }
    }

    func empty(_ body: Rect, _ message: String, _ grid: inout Grid) {
        grid.put("  " + message, x: body.x, y: body.y + 2, maxWidth: body.width, style: t[.dim])
    }

    /// A column wide enough for every value in it and its title: figures are never cut.
    func fit(_ values: [String], title: String, minimum: Int = 3) -> Int {
        max(minimum, DisplayWidth.of(title), values.map(DisplayWidth.of).max() ?? 0)
    }

    // MARK: Upcoming

    func upcoming(_ rows: [EventSummary], header row: Rect, body: Rect, table: TableState, _ grid: inout Grid) {
        let open = rows.filter { $0.registration == .open }.count
        header(row, l.t("近期活动 \(rows.count) 场 · 报名中 \(open)", "Upcoming \(rows.count) · registration open \(open)"),
               hint: l.t("r 报名 · w 周视图", "r register · w week"), &grid)
        let wide = body.width >= 120, mid = body.width >= 100
        let today = ctx.today
        let places = rows.map(\.placesText)
        var columns = [TableColumn(l.t("时间", "When"), width: .fixed(wide ? 21 : 16)),
                       TableColumn(l.t("类型", "Type"), width: .fixed(l == .zh ? 6 : 9)),
                       TableColumn(l.t("名称", "Title"), width: .flex(2)),
                       TableColumn(l.t("地点", "Venue"), width: .flex(1))]
        // Short unit names (区科信局) fit twelve cells; English ones share the room.
        if mid { columns.append(TableColumn(l.t("主办单位", "Organiser"), width: l == .zh ? .fixed(12) : .flex(1))) }
        columns += [TableColumn(l.t("报名", "Places"), width: .fixed(fit(places, title: l.t("报名", "Places"))), align: .right),
                    TableColumn(l.t("状态", "Status"), width: .fixed(l == .zh ? 8 : 11))]
        let lang = l
        // Units by their short names (区科信局): the column is narrow.
        let directory = ctx.store.state.unitDirectory(ctx.store.catalog)
        var view = Table(columns: columns, rowCount: rows.count) { i in
            let s = rows[i]
            let a = s.activity
            let when = wide && !a.allDay ? "\(a.start.date) \(EventWords.weekday(a.start.date).text(lang)) \(a.start.clockText)" : EventWords.when(a)
            var cells = [when, EventWords.shortType(a.type).text(lang), a.title, s.venue.text(lang)]
            if mid { cells.append(directory.displayName(a.organiser, english: lang == .en)) }
            return cells + [s.placesText, EventWords.state(s, today: today).text(lang)]
        }
        view.rowRole = { i in rows[i].activity.status == .cancelled ? .dim : nil }
        view.render(table, in: body, grid: &grid, look: ctx.look)
        if rows.isEmpty {
            empty(body, criteria.isEmpty ? l.t("没有近期活动：按 n 新建；p 看往期", "No upcoming events: n creates one; p shows past ones")
                                         : l.t("没有符合筛选的活动（Esc 清除）", "No event matches (Esc clears the filter)"), &grid)
        }
    }

    // MARK: Past

    func past(_ rows: [EventSummary], header row: Rect, body: Rect, table: TableState, _ grid: inout Grid) {
        let registered = rows.reduce(0) { $0 + $1.confirmed }, attended = rows.reduce(0) { $0 + $1.attended }
        let rate = registered > 0 ? EventWords.percent(Double(attended) / Double(registered)) : "—"
        header(row, l.t("往期 \(rows.count) 场 · 报名 \(registered) · 签到 \(attended) · 出席率 \(rate)",
                        "Past \(rows.count) · registered \(registered) · attended \(attended) · attendance \(rate)"), &grid)
        let mid = body.width >= 100
        let today = ctx.today
        var columns = [TableColumn(l.t("日期", "Date"), width: .fixed(10)),
                       TableColumn(l.t("类型", "Type"), width: .fixed(l == .zh ? 6 : 9)),
                       TableColumn(l.t("名称", "Title"), width: .flex(2))]
        if mid { columns.append(TableColumn(l.t("地点", "Venue"), width: .flex(1))) }
        columns += [TableColumn(l.t("报名", "Reg."), width: .fixed(fit(rows.map { String($0.confirmed) }, title: l.t("报名", "Reg."))), align: .right),
                    TableColumn(l.t("签到", "Came"), width: .fixed(fit(rows.map { String($0.attended) }, title: l.t("签到", "Came"))), align: .right),
                    TableColumn(l.t("出席率", "Rate"), width: .fixed(6), align: .right),
                    TableColumn(l.t("状态", "Status"), width: .fixed(l == .zh ? 10 : 15))]
        let lang = l
        var view = Table(columns: columns, rowCount: rows.count) { i in
            let s = rows[i]
            var cells = [s.activity.start.date.description, EventWords.shortType(s.activity.type).text(lang), s.title]
            if mid { cells.append(s.venue.text(lang)) }
            return cells + [String(s.confirmed), String(s.attended), EventWords.percent(s.attendanceRate), EventWords.state(s, today: today).text(lang)]
        }
        view.rowRole = { i in rows[i].activity.status == .scheduled ? .warning : nil }
        view.render(table, in: body, grid: &grid, look: ctx.look)
        if rows.isEmpty { empty(body, l.t("还没有往期活动", "No past events yet"), &grid) }
    }

    // MARK: Action items

    func actions(_ rows: [ActionItemBoard.Row], open: Int, late: Int, header row: Rect, body: Rect, table: TableState, _ grid: inout Grid) {
        let units = Set(rows.map(\.item.unit)).count
        header(row, l.t("未办结督办事项 \(open) · 逾期 \(late) · 列出 \(rows.count)（\(units) 个单位）",
                        "Open action items \(open) · late \(late) · listed \(rows.count) (\(units) units)"),
               hint: l.t("C 办结 · Enter 会议详情", "C done · Enter the meeting"), role: late > 0 ? .warning : .accent, &grid)
        let mid = body.width >= 100
        let today = ctx.today
        let directory = ctx.store.state.unitDirectory(ctx.store.catalog)
        let en = l == .en
        var columns = [TableColumn(l.t("责任单位", "Unit"), width: en ? .flex(1) : .fixed(12), minWidth: 12),
                       TableColumn(l.t("事项", "Item"), width: .flex(2)),
                       TableColumn(l.t("期限", "Due"), width: .fixed(10)),
                       TableColumn(l.t("状态", "State"), width: .fixed(fit(rows.map { EventWords.itemState($0, today: today, l) }, title: l.t("状态", "State"), minimum: 8)))]
        if mid { columns.append(TableColumn(l.t("会议", "Meeting"), width: .flex(1))) }
        let lang = l
        var view = Table(columns: columns, rowCount: rows.count) { i in
            let r = rows[i]
            var cells = [directory.displayName(r.item.unit, english: en), Mobile.maskAll(in: r.item.text), r.item.due.description,
                         EventWords.itemState(r, today: today, lang)]
            if mid { cells.append((r.meetingDate.map { EventWords.monthDay($0) + " " } ?? "") + r.meetingTitle) }
            return cells
        }
        view.rowRole = { i in rows[i].state == .late ? .error : nil }
        view.render(table, in: body, grid: &grid, look: ctx.look)
        if rows.isEmpty {
            empty(body, criteria.isEmpty ? l.t("没有未办结的督办事项", "No open action items")
                                         : l.t("没有符合筛选的督办事项（Esc 清除）", "No action item matches (Esc clears the filter)"), &grid)
        }
    }

    // MARK: Contests

    func contests(_ rows: [ContestPipeline.Row], pipeline: ContestPipeline, header row: Rect, body: Rect, table: TableState, _ grid: inout Grid) {
        header(row, EventDetailPresenter.pipeline(pipeline.counts, l), hint: l.t("E参赛 S评分 A奖项 L/N企业 I孵化", "E entry S score A award L/N enterprise I incubate"), &grid)
        let mid = body.width >= 100
        // The contest's name only when entries of several contests are listed.
        let wide = body.width >= 120 && Set(rows.map(\.entry.activity)).count > 1
        let en = l == .en
        var columns = [TableColumn(l.t("名次", "Rank"), width: .fixed(4), align: .right),
                       TableColumn(l.t("团队", "Team"), width: .flex(mid ? 2 : 1)),
                       TableColumn(l.t("项目", "Project"), width: .flex(2)),
                       TableColumn(l.t("均分", "Mean"), width: .fixed(6), align: .right)]
        if mid { columns.append(TableColumn(l.t("评委", "Jdg"), width: .fixed(4), align: .right)) }
        columns += [TableColumn(l.t("奖项", "Award"), width: .fixed(en ? 12 : 8)),
                    TableColumn(l.t("阶段", "Stage"), width: .fixed(en ? 10 : 8))]
        if mid { columns.append(TableColumn(l.t("企业 / 孵化", "Enterprise / incubator"), width: .flex(1))) }
        if wide { columns.append(TableColumn(l.t("大赛", "Contest"), width: .flex(1))) }
        let lang = l
        let view = Table(columns: columns, rowCount: rows.count) { i in
            let r = rows[i]
            var cells = [r.rank.map { "#\($0)" } ?? "—", r.entry.team, r.entry.title, r.average?.description ?? "—"]
            if mid { cells.append(String(r.entry.scores.count)) }
            cells += [r.entry.award ?? "—", EventWords.stage(r, lang)]
            if mid { cells.append(r.enterpriseName ?? r.incubatedAt?.text(lang) ?? "") }
            if wide { cells.append(r.contestTitle) }
            return cells
        }
        view.render(table, in: body, grid: &grid, look: ctx.look)
        if rows.isEmpty {
            empty(body, l.t("还没有参赛项目：在近期或周视图选中大赛后按 E 登记", "No contest entries yet: select a contest in the upcoming or week view and press E"), &grid)
        }
    }

    // MARK: The calendars

    func week(_ week: EventWeek, events: [EventSummary], selected: String?, header row: Rect, body: Rect, _ grid: inout Grid) {
        let range = "\(week.monday) → \(EventWords.monthDay(week.sunday))"
        header(row, range + l.t(" · 第\(EventWords.isoWeek(week.monday))周 · ", " · week \(EventWords.isoWeek(week.monday)) · ") + EventWords.count(events.count, l),
               hint: l.t("PgUp/PgDn 换周 · t 本周 · ↑↓←→ 选择", "PgUp/PgDn week · t today · ←→ day"), &grid)
        let (gridArea, line) = body.splitBottom(1)
        let shown = criteria.isEmpty ? nil : Set(events.map(\.id))
        EventWeekGrid(week: week, shown: shown, selected: selected, language: l, look: ctx.look).render(in: gridArea, grid: &grid)
        selectionLine(events.first { $0.id == selected }, line, empty: l.t("这一周没有活动：PgUp/PgDn 换周，n 新建", "No events in this week: PgUp/PgDn for other weeks, n for a new one"), &grid)
    }

    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]

    func month(_ month: EventMonth, events: [EventSummary], selected: String?, header row: Rect, body: Rect, _ grid: inout Grid) {
        let title = l == .zh ? "\(month.year)年\(month.month)月" : "\(Self.monthNames[month.month - 1]) \(month.year)"
        header(row, title + " · " + EventWords.count(events.count, l),
               hint: l.t("PgUp/PgDn 换月 · t 本月 · ↑↓←→ 选择", "PgUp/PgDn month · t today · ←→ day"), &grid)
        let (gridArea, line) = body.splitBottom(1)
        let shown = criteria.isEmpty ? nil : Set(events.map(\.id))
        EventMonthGrid(month: month, shown: shown, selected: selected, language: l, look: ctx.look).render(in: gridArea, grid: &grid)
        selectionLine(events.first { $0.id == selected }, line, empty: l.t("这个月没有活动：PgUp/PgDn 换月，n 新建", "No events in this month: PgUp/PgDn for other months, n for a new one"), &grid)
    }

    /// The selected event in one line under a calendar: day, times, type, title, venue,
    /// organiser, places, state.
    func selectionLine(_ s: EventSummary?, _ row: Rect, empty: String, _ grid: inout Grid) {
        guard let s else {
            grid.put(" " + empty, x: row.x, y: row.y, maxWidth: row.width, style: t[.dim])
            return
        }
        let text = Text.ellipsize(Sanitizer.clean(EventWords.line(s, today: ctx.today, l)), to: row.width - 3, ellipsis: ctx.look.ellipsis)
        grid.put(ctx.look.marker + " " + text, x: row.x, y: row.y, maxWidth: row.width, style: t[.accent])
    }
}
