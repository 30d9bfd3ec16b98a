import Foundation
import SiliconAlleyCore
import TerminalUI

/// 活动: the task force's events in six views — the upcoming list, a week grid, a month
/// overview, past events with attendance, open meeting action items by unit, and the contest
/// pipeline. Every view has a selected event (in the action-item and contest views, the
/// item's meeting or the entry's contest), so the same keys act everywhere: Enter for the
/// details, lower-case letters for the event and its registrations, capitals for contests
/// (E S A L N I) and meetings (P D T C).
public final class EventsPane: Pane {
    public static let spec = PaneSpec(EventsPane.self, id: .events, digit: 5,
                                      title: Phrase("活动", "Events"), short: Phrase("活动", "Evts"),
                                      summary: Phrase("活动日历、报名与候补、大赛到孵化、专班例会督办",
                                                      "events: calendar, registrations and waiting lists, contests into incubation, task-force meetings and their action items"),
                                      make: EventsPane.init)

    public enum Action: PaneAction {
        case detail, new, edit, held, cancel, registration, register, checkIn, unregister
        case enter, score, award, link, registerWinner, incubate
        case agenda, decision, actionItem, complete
        case nextView, upcoming, week, month, past, actions, contests
        case today, earlier, later, previousDay, nextDay

        public var binding: KeyBinding {
            switch self {
            case .detail: return KeyBinding([.enter], "Enter", legend: Phrase("详情", "details"), help: Phrase("活动详情：报名、候补、签到、参赛、议程与督办、历史", "details: registrations, waiting list, check-in, entries, minutes, history"))
            case .new: return KeyBinding([.char("n")], "n", legend: Phrase("新建", "new"), help: Phrase("新建活动", "a new event"))
            case .edit: return KeyBinding([.char("e")], "e", help: Phrase("编辑所选活动", "edit the selected event"))
            case .held: return KeyBinding([.char("h")], "h", help: Phrase("标记已举办（可记成果）", "mark as held (with its outcome)"))
            case .cancel: return KeyBinding([.char("X")], "X", help: Phrase("取消活动（须写原因）", "cancel the event (a reason is required)"))
            case .registration: return KeyBinding([.char("o")], "o", help: Phrase("开放 / 截止报名", "open / close registration"))
            case .register: return KeyBinding([.char("r")], "r", legend: Phrase("报名", "register"), help: Phrase("报名：企业（名称、信用代码或拼音）或个人", "register an enterprise (name, USCC or pinyin) or a person"))
            case .checkIn: return KeyBinding([.char("i")], "i", help: Phrase("签到（活动当天起）", "check in (from the event's day)"))
            case .unregister: return KeyBinding([.char("u")], "u", help: Phrase("取消报名（候补依次递补）", "cancel a registration (the waiting list moves up)"))
            case .enter: return KeyBinding([.char("E")], "E", help: Phrase("大赛：参赛登记", "contest: a new entry"))
            case .score: return KeyBinding([.char("S")], "S", help: Phrase("大赛：评委评分", "contest: a judge's score"))
            case .award: return KeyBinding([.char("A")], "A", help: Phrase("大赛：评定奖项", "contest: an award"))
            case .link: return KeyBinding([.char("L")], "L", help: Phrase("大赛：获奖项目关联已登记企业", "contest: link a winner to a registered enterprise"))
            case .registerWinner: return KeyBinding([.char("N")], "N", help: Phrase("大赛：获奖项目登记为新企业并关联", "contest: register a winner as a new enterprise"))
            case .incubate: return KeyBinding([.char("I")], "I", help: Phrase("大赛：就地孵化", "contest: incubate a winner on site"))
            case .agenda: return KeyBinding([.char("P")], "P", help: Phrase("会议：议程", "meeting: the agenda"))
            case .decision: return KeyBinding([.char("D")], "D", help: Phrase("会议：记录决定", "meeting: record a decision"))
            case .actionItem: return KeyBinding([.char("T")], "T", help: Phrase("会议：督办事项（责任单位、期限必填）", "meeting: an action item (owning unit and due date required)"))
            case .complete: return KeyBinding([.char("C")], "C", help: Phrase("督办事项办结", "an action item done"))
            case .nextView: return KeyBinding([.char("v")], "v", legend: Phrase("视图", "views"), help: Phrase("下一个视图（近期、周、月、往期、督办、大赛）", "next view (upcoming, week, month, past, actions, contests)"))
            case .upcoming: return KeyBinding([.char("l")], "l", help: Phrase("近期活动列表", "the upcoming list"))
            case .week: return KeyBinding([.char("w")], "w", help: Phrase("周视图", "the week grid"))
            case .month: return KeyBinding([.char("m")], "m", help: Phrase("月视图", "the month overview"))
            case .past: return KeyBinding([.char("p")], "p", help: Phrase("往期活动与出席率", "past events and attendance"))
            case .actions: return KeyBinding([.char("a")], "a", help: Phrase("未办结督办事项（按单位，逾期标出）", "open action items by unit (late ones marked)"))
            case .contests: return KeyBinding([.char("c")], "c", help: Phrase("大赛 → 孵化 → 企业", "contests → incubation → enterprises"))
            case .today: return KeyBinding([.char("t")], "t", help: Phrase("周、月视图：回到今天", "week and month views: back to today"))
            case .earlier: return KeyBinding([.pageUp, .ctrl("b")], "PgUp", help: Phrase("周视图上一周、月视图上一月（列表中上一页）", "week view: the week before; month view: the month before (lists: page up)"))
            case .later: return KeyBinding([.pageDown, .ctrl("f")], "PgDn", help: Phrase("周视图下一周、月视图下一月（列表中下一页）", "week view: the week after; month view: the month after (lists: page down)"))
            case .previousDay: return KeyBinding([.left], "←", help: Phrase("周、月视图：前一个有活动的日子", "week and month views: the previous day with events"))
            case .nextDay: return KeyBinding([.right], "→", help: Phrase("周、月视图：后一个有活动的日子", "week and month views: the next day with events"))
            }
        }

        var view: EventsView? {
            switch self {
            case .upcoming: return .upcoming
            case .week: return .week
            case .month: return .month
            case .past: return .past
            case .actions: return .actions
            case .contests: return .contests
            default: return nil
            }
        }

        var isContest: Bool { [.enter, .score, .award, .link, .registerWinner, .incubate].contains(self) }
        var isMeeting: Bool { [.agenda, .decision, .actionItem].contains(self) }
    }

    public enum Verb: PaletteVerb {
        case export, date

        public var info: PaletteInfo {
            switch self {
            case .export: return PaletteInfo("export", argument: Phrase("[ics|csv] [开始 [结束]] [文件]", "[ics|csv] [FROM [TO]] [FILE]"),
                                             help: Phrase("导出活动（iCalendar 或 CSV；默认为当前视图的日期范围，存入日志旁的 exports/）",
                                                          "export events (iCalendar or CSV; by default the view's dates, into exports/ beside the journal)"))
            case .date: return PaletteInfo("date", argument: Phrase("YYYY-MM-DD", "YYYY-MM-DD"), help: Phrase("周、月视图跳到某日", "week or month view of a date"))
            }
        }
    }

    private(set) var view: EventsView = .upcoming
    private var criteria = EventCriteria()
    /// The day whose week or month the calendar views show.
    private var anchor: LocalDate
    private var tables: [EventsView: TableState] = [:]
    /// The selected event of the week and month views.
    private var calendarSelection: [EventsView: String] = [:]

    private var upcoming: [EventSummary] = []
    private var past: [EventSummary] = []
    private var week: EventWeek
    private var weekEvents: [EventSummary] = []
    private var month: EventMonth
    private var monthEvents: [EventSummary] = []
    private var actionRows: [ActionItemBoard.Row] = []
    private var lateCount = 0
    private var openCount = 0
    private var pipeline: ContestPipeline
    private var contestRows: [ContestPipeline.Row] = []
    /// Events starting within seven days, for the views bar.
    private var soonCount = 0

    private var builtAt = -1
    private var builtToday: LocalDate
    private var builtReloads = 0

    init(_ ctx: ShellContext) {
        anchor = ctx.today
        builtToday = ctx.today
        week = EventWeek(ctx.store.state, containing: ctx.today, today: ctx.today, catalog: ctx.store.catalog)
        month = EventMonth(ctx.store.state, containing: ctx.today, today: ctx.today, catalog: ctx.store.catalog)
        pipeline = ContestPipeline(ctx.store.state, catalog: ctx.store.catalog)
        rebuild(ctx)
    }

    public var filter: String { criteria.line }

    // MARK: Layout

    /// Views bar and the view's header on top; the calendar views keep a line at the bottom
    /// for the selected event.
    private func body(_ area: Rect) -> Rect { area.splitTop(2).rest }
    private func page(_ area: Rect) -> Int { max(1, body(area).height - 1) }

    // MARK: Rows and selection

    private func rowCount(_ v: EventsView) -> Int {
        switch v {
        case .upcoming: return upcoming.count
        case .past: return past.count
        case .actions: return actionRows.count
        case .contests: return contestRows.count
        case .week: return weekEvents.count
        case .month: return monthEvents.count
        }
    }

    private func tableState(_ v: EventsView) -> TableState { tables[v] ?? TableState() }

    private func calendarEvents(_ v: EventsView) -> [EventSummary] { v == .week ? weekEvents : monthEvents }

    /// The index of the selected event in a calendar view's list.
    private func calendarIndex(_ v: EventsView) -> Int? {
        guard let id = calendarSelection[v] else { return nil }
        return calendarEvents(v).firstIndex { $0.id == id }
    }

    /// The event the keys act on, in whichever view.
    private func selectedEventID(_ v: EventsView? = nil) -> String? {
        let v = v ?? view
        let i = tableState(v).clampedSelection(rowCount: rowCount(v))
        switch v {
        case .upcoming: return i < upcoming.count ? upcoming[i].id : nil
        case .past: return i < past.count ? past[i].id : nil
        case .actions: return i < actionRows.count ? actionRows[i].item.activity : nil
        case .contests: return i < contestRows.count ? contestRows[i].entry.activity : nil
        case .week, .month: return calendarIndex(v).map { calendarEvents(v)[$0].id }
        }
    }

    private func selectedEvent(_ ctx: ShellContext) -> Activity? { selectedEventID().flatMap { ctx.store.state.activities[$0] } }

    private var selectedEntry: ContestPipeline.Row? {
        guard view == .contests else { return nil }
        let i = tableState(.contests).clampedSelection(rowCount: contestRows.count)
        return i < contestRows.count ? contestRows[i] : nil
    }

    private var selectedItem: ActionItemBoard.Row? {
        guard view == .actions else { return nil }
        let i = tableState(.actions).clampedSelection(rowCount: actionRows.count)
        return i < actionRows.count ? actionRows[i] : nil
    }

    /// Selects a record by id in the current view: an event, or an entry or action item.
    func select(_ id: String, _ ctx: ShellContext, page: Int = 1) {
        if !view.isTable, let a = ctx.store.state.activities[id] {
            if !calendarEvents(view).contains(where: { $0.id == id }) {
                anchor = a.start.date
                rebuild(ctx, force: true)
            }
            if calendarEvents(view).contains(where: { $0.id == id }) { calendarSelection[view] = id }
            return
        }
        let index: Int?
        switch view {
        case .upcoming: index = upcoming.firstIndex { $0.id == id }
        case .past: index = past.firstIndex { $0.id == id }
        case .actions: index = actionRows.firstIndex { $0.id == id || $0.item.activity == id }
        case .contests: index = contestRows.firstIndex { $0.id == id || $0.entry.activity == id }
        case .week, .month: index = nil
        }
        if let index {
            var t = tableState(view)
            t.select(index, rowCount: rowCount(view), page: page)
            tables[view] = t
        }
    }

    // MARK: Building the views

    public func journalChanged(_ ctx: ShellContext) { rebuild(ctx) }

    /// Rebuilds the current view's rows (and the figures of the views bar), keeping the
    /// selection on the same record where it is still there.
    private func rebuild(_ ctx: ShellContext, force: Bool = false) {
        let changed = ctx.store.head.seq != builtAt || ctx.today != builtToday || ctx.store.reloads != builtReloads
        guard force || changed else { return }
        if ctx.today != builtToday && anchor == builtToday { anchor = ctx.today }
        builtAt = ctx.store.head.seq
        builtToday = ctx.today
        builtReloads = ctx.store.reloads
        let state = ctx.store.state
        let c = ctx.store.catalog
        let today = ctx.today
        let now = LocalDateTime.now()
        let board = ActionItemBoard(state, today: today, catalog: c)
        openCount = board.open.count
        lateCount = board.lateCount
        let soonLimit = LocalDateTime(startOf: today.adding(days: 8))
        let all = UpcomingEvents.list(state, now: now, includeCancelled: true, catalog: c)
        soonCount = all.filter { $0.activity.status == .scheduled && $0.activity.start < soonLimit }.count
        let keepTable = view.isTable ? rowID(view) : nil
        switch view {
        case .upcoming:
            let limit = criteria.within.map { LocalDateTime(startOf: today.adding(days: $0 + 1)) }
            upcoming = all.filter { s in criteria.admits(s) && (limit.map { s.activity.start < $0 } ?? true) }
        case .past:
            past = PastEvents(state, now: now, catalog: c).events.filter(criteria.admits)
        case .week:
            week = EventWeek(state, containing: anchor, today: today, catalog: c)
            weekEvents = week.events.filter(criteria.admits)
        case .month:
            month = EventMonth(state, containing: anchor, today: today, catalog: c)
            var seen = Set<String>()
            monthEvents = month.weeks.joined().filter(\.inMonth).flatMap(\.events)
                .filter { seen.insert($0.id).inserted && criteria.admits($0) }
        case .actions:
            actionRows = board.byUnit.flatMap(\.items).filter(criteria.admits)
        case .contests:
            pipeline = ContestPipeline(state, catalog: c)
            contestRows = pipeline.rows.filter(criteria.admits)
        }
        if view.isTable {
            var t = tableState(view)
            let ids = rowIDs(view)
            t.reselect(keepTable, rowCount: ids.count) { id in ids.firstIndex(of: id) }
            tables[view] = t
        } else {
            let events = calendarEvents(view)
            if calendarSelection[view].map({ id in !events.contains { $0.id == id } }) ?? true {
                // The first event from today on (or the period's first), as a calendar opens.
                calendarSelection[view] = (events.first { $0.activity.lastDay >= today } ?? events.first)?.id
            }
        }
    }

    private func rowIDs(_ v: EventsView) -> [String] {
        switch v {
        case .upcoming: return upcoming.map(\.id)
        case .past: return past.map(\.id)
        case .actions: return actionRows.map(\.id)
        case .contests: return contestRows.map(\.id)
        case .week, .month: return calendarEvents(v).map(\.id)
        }
    }

    private func rowID(_ v: EventsView) -> String? {
        let ids = rowIDs(v)
        let i = tableState(v).clampedSelection(rowCount: ids.count)
        return i < ids.count ? ids[i] : nil
    }

    /// Another view: the calendars open on the selected event's week or month.
    private func switchTo(_ v: EventsView, _ ctx: ShellContext) {
        let event = selectedEventID().flatMap { ctx.store.state.activities[$0] }
        view = v
        if !v.isTable, let event { anchor = event.start.date }
        rebuild(ctx, force: true)
        if let event { select(event.id, ctx) }
    }

    // MARK: Keys

    public func handle(_ key: Key, in area: Rect, _ ctx: ShellContext) -> PaneOutcome? {
        if view.isTable {
            var t = tableState(view)
            guard t.handle(key, rowCount: rowCount(view), page: page(area)) else { return nil }
            tables[view] = t
            return PaneOutcome.none
        }
        // The calendars: ↑↓ move through the period's events in time order.
        let events = calendarEvents(view)
        guard let move = ListMove(key), move != .pageUp, move != .pageDown else { return nil }
        guard !events.isEmpty else { return .refuse(emptyCalendar(ctx)) }
        let i = calendarIndex(view) ?? 0
        let next: Int
        switch move {
        case .up: next = max(0, i - 1)
        case .down: next = min(events.count - 1, i + 1)
        case .first: next = 0
        case .last: next = events.count - 1
        case .pageUp, .pageDown: next = i
        }
        calendarSelection[view] = events[next].id
        return PaneOutcome.none
    }

    private func emptyCalendar(_ ctx: ShellContext) -> String {
        view == .week ? ctx.t("这一周没有活动：PgUp/PgDn 换周，n 新建", "no events in this week: PgUp/PgDn for other weeks, n for a new one")
                      : ctx.t("这个月没有活动：PgUp/PgDn 换月，n 新建", "no events in this month: PgUp/PgDn for other months, n for a new one")
    }

    private func noEvent(_ ctx: ShellContext) -> String {
        switch view {
        case .upcoming:
            return criteria.isEmpty ? ctx.t("没有近期活动：按 n 新建", "no upcoming events: press n") : ctx.t("没有符合筛选的活动（Esc 清除筛选）", "no event matches the filter (Esc clears it)")
        case .past: return ctx.t("还没有往期活动", "no past events yet")
        case .week, .month: return emptyCalendar(ctx)
        case .actions: return ctx.t("没有未办结的督办事项", "no open action items")
        case .contests: return ctx.t("还没有参赛项目：在近期或周视图选中大赛后按 E 登记", "no contest entries yet: select a contest in the upcoming or week view and press E")
        }
    }

    public func unavailable(_ action: Action, _ ctx: ShellContext) -> String? {
        let today = ctx.today
        let state = ctx.store.state
        switch action {
        case .new, .nextView, .upcoming, .week, .month, .past, .actions, .contests: return nil
        case .today, .earlier, .later:
            return view.isTable ? ctx.t("t、PgUp/PgDn 换期：在周视图（w）或月视图（m）中", "t and PgUp/PgDn change the period in the week (w) or month (m) view") : nil
        case .previousDay, .nextDay:
            if view.isTable { return ctx.t("← → 按天移动：在周视图（w）或月视图（m）中", "← → move by day in the week (w) or month (m) view") }
            let events = calendarEvents(view)
            guard let i = calendarIndex(view) else { return emptyCalendar(ctx) }
            let day = events[i].activity.start.date
            let exists = action == .previousDay ? events.contains { $0.activity.start.date < day } : events.contains { $0.activity.start.date > day }
            if !exists {
                let period = view == .week ? ctx.t("这一周", "this week") : ctx.t("这个月", "this month")
                return action == .previousDay ? period + ctx.t("此前没有活动：PgUp 往前", " has nothing earlier: PgUp goes back")
                                              : period + ctx.t("此后没有活动：PgDn 往后", " has nothing later: PgDn goes on")
            }
            return nil
        default: break
        }
        guard let a = selectedEvent(ctx) else { return noEvent(ctx) }
        let name = "“\(a.title)”"
        if action.isContest && a.type != .contest {
            return ctx.t("\(name)不是大赛：参赛、评分、奖项、孵化只用于创新创业大赛", "\(name) is not a contest: entries, scores, awards and incubation belong to contests")
        }
        if (action.isMeeting || action == .complete) && !a.type.keepsMinutes {
            return ctx.t("\(name)不是会议：议程、决定、督办事项只用于专班例会和企业恳谈会", "\(name) is not a meeting: agendas, decisions and action items belong to task-force meetings and symposiums")
        }
        let detail = EventDetail(state, event: a.id, today: today, catalog: ctx.store.catalog)
        let rows = detail?.contest?.rows ?? []
        switch action {
        case .detail: return nil
        case .edit, .held, .cancel, .registration:
            if a.status != .scheduled { return ctx.t("\(name)\(a.status.zh)，不能再改", "\(name) is \(a.status.en) and can no longer change") }
            if action == .held && today < a.start.date { return ctx.t("\(name)尚未开始（\(a.start.date)）", "\(name) has not started yet (\(a.start.date))") }
            if action == .registration && a.isPast(today: today) { return ctx.t("\(name)已结束", "\(name) is over") }
            return nil
        case .register:
            if a.status != .scheduled { return ctx.t("\(name)\(a.status.zh)，不接受报名", "\(name) is \(a.status.en): no registrations") }
            if a.isPast(today: today) { return ctx.t("\(name)已结束（\(a.whenText)）", "\(name) is over (\(a.whenText))") }
            if !a.registrationOpen { return ctx.t("\(name)报名已截止：按 o 重新开放", "registration for \(name) is closed: o opens it") }
            return nil
        case .checkIn:
            if a.status == .cancelled { return ctx.t("\(name)已取消", "\(name) was cancelled") }
            if today < a.start.date { return ctx.t("签到从活动当天（\(a.start.date)）开始", "check-in opens on the event's day (\(a.start.date))") }
            if detail?.confirmed.contains(where: { !$0.registration.attended }) != true {
                return detail?.confirmed.isEmpty == false ? ctx.t("报名者都已签到", "everyone registered has checked in") : ctx.t("\(name)没有报名：按 r 报名", "nobody registered for \(name): r registers")
            }
            return nil
        case .unregister:
            if a.status != .scheduled { return ctx.t("\(name)\(a.status.zh)，不能再取消报名", "\(name) is \(a.status.en): too late to cancel") }
            if detail.map({ $0.confirmed.contains { !$0.registration.attended } || !$0.waiting.isEmpty }) != true {
                return ctx.t("\(name)没有可取消的报名", "\(name) has no registration to cancel")
            }
            return nil
        case .enter:
            return a.status == .cancelled ? ctx.t("大赛已取消", "the contest was cancelled") : nil
        case .score:
            return rows.isEmpty ? ctx.t("还没有参赛项目：按 E 登记", "no entries yet: E enters one") : nil
        case .award:
            return rows.contains { $0.entry.award == nil } ? nil : ctx.t("没有未获奖的参赛项目", "every entry has an award already")
        case .link, .registerWinner:
            if !rows.contains(where: { $0.entry.award != nil }) { return ctx.t("还没有获奖项目：先按 A 评定奖项", "no winners yet: A gives an award") }
            return rows.contains { $0.entry.award != nil && $0.entry.enterprise == nil } ? nil : ctx.t("获奖项目都已关联企业", "every winner is linked to an enterprise")
        case .incubate:
            if !rows.contains(where: { $0.entry.award != nil }) { return ctx.t("还没有获奖项目：先按 A 评定奖项", "no winners yet: A gives an award") }
            return rows.contains { $0.entry.award != nil && !$0.entry.incubated } ? nil : ctx.t("获奖项目都已在孵化", "every winner is incubated already")
        case .agenda, .actionItem:
            return a.status == .cancelled ? ctx.t("会议已取消", "the meeting was cancelled") : nil
        case .decision:
            if a.status == .cancelled { return ctx.t("会议已取消", "the meeting was cancelled") }
            return today < a.start.date ? ctx.t("会议尚未召开（\(a.start.date)）：决定在会后记录", "the meeting has not taken place yet (\(a.start.date))") : nil
        case .complete:
            return completable(a, ctx).isEmpty ? ctx.t("没有未办结的督办事项", "no open action items") : nil
        default: return nil
        }
    }

    /// Open items a meeting follows up: its own and those carried over; in the action-item
    /// view, every open item listed.
    private func completable(_ a: Activity, _ ctx: ShellContext) -> [ActionItemBoard.Row] {
        if view == .actions { return actionRows }
        guard let d = EventDetail(ctx.store.state, event: a.id, today: ctx.today, catalog: ctx.store.catalog) else { return [] }
        return (d.actionItems + d.carriedOver).filter { $0.item.done == nil }
    }

    public func perform(_ action: Action, in area: Rect, _ ctx: ShellContext) -> PaneOutcome {
        if let v = action.view {
            switchTo(v, ctx)
            return .none
        }
        switch action {
        case .nextView:
            let all = EventsView.allCases
            switchTo(all[(all.firstIndex(of: view)! + 1) % all.count], ctx)
            return .none
        case .new:
            let day = view.isTable ? ctx.today : (selectedEvent(ctx)?.start.date ?? anchor)
            return .openForm(EventForms.create(ctx, on: max(day, ctx.today)) { [unowned self] id in self.select(id, ctx, page: self.page(area)) })
        case .today:
            anchor = ctx.today
            calendarSelection[view] = nil
            rebuild(ctx, force: true)
            return .none
        case .earlier, .later:
            let forward = action == .later
            anchor = view == .week ? anchor.adding(days: forward ? 7 : -7) : (forward ? month.nextMonth : month.previousMonth)
            calendarSelection[view] = nil
            rebuild(ctx, force: true)
            return .none
        case .previousDay, .nextDay:
            let events = calendarEvents(view)
            guard let i = calendarIndex(view) else { return .none }
            let day = events[i].activity.start.date
            let target = action == .previousDay ? events.last { $0.activity.start.date < day } : events.first { $0.activity.start.date > day }
            if let target {
                // The first event of that day.
                calendarSelection[view] = events.first { $0.activity.start.date == target.activity.start.date }?.id
            }
            return .none
        default: break
        }
        guard let a = selectedEvent(ctx) else { return .none }
        let state = ctx.store.state
        guard let detail = EventDetail(state, event: a.id, today: ctx.today, catalog: ctx.store.catalog) else { return .none }
        let rows = detail.contest?.rows ?? []
        let entry = selectedEntry?.id
        switch action {
        case .detail:
            return .openDetail(title: a.title + " · " + a.type.label.text(ctx.language), lines: EventDetailPresenter.lines(detail, ctx: ctx))
        case .edit: return .openForm(EventForms.edit(a, ctx))
        case .held: return .openForm(EventForms.held(a, ctx))
        case .cancel: return .openForm(EventForms.cancel(a, ctx))
        case .registration:
            let open = !a.registrationOpen
            let title = a.title
            return .write(WriteRequest([SetRegistrationOpen(activity: a.id, open: open)]) { ctx, _ in
                .say(open ? ctx.t("已开放报名：", "registration open: ") + title : ctx.t("报名已截止：", "registration closed: ") + title)
            })
        case .register: return .openForm(EventForms.register(detail.summary, ctx))
        case .checkIn: return .openForm(EventForms.checkIn(detail, ctx))
        case .unregister: return .openForm(EventForms.unregister(detail, ctx))
        case .enter: return .openForm(ContestForms.enter(a, ctx))
        case .score: return .openForm(ContestForms.score(rows, selected: entry, in: a, ctx))
        case .award: return .openForm(ContestForms.award(rows.filter { $0.entry.award == nil }, selected: entry, in: a, ctx))
        case .link:
            return .openForm(ContestForms.link(rows.filter { $0.entry.award != nil && $0.entry.enterprise == nil }, selected: entry, in: a, ctx))
        case .registerWinner:
            return .openForm(ContestForms.registerWinner(rows.filter { $0.entry.award != nil && $0.entry.enterprise == nil }, selected: entry, in: a, ctx))
        case .incubate:
            return .openForm(ContestForms.incubate(rows.filter { $0.entry.award != nil && !$0.entry.incubated }, selected: entry, in: a, ctx))
        case .agenda: return .openForm(MeetingForms.agenda(a, ctx))
        case .decision: return .openForm(MeetingForms.decision(a, ctx))
        case .actionItem: return .openForm(MeetingForms.actionItem(a, ctx))
        case .complete: return .openForm(MeetingForms.complete(completable(a, ctx), selected: selectedItem?.id, ctx))
        default: return .none
        }
    }

    // MARK: Filters and arriving from elsewhere

    public func clearFilter(in area: Rect, _ ctx: ShellContext) -> Bool {
        guard !criteria.isEmpty else { return false }
        setFilter("", in: area, ctx)
        return true
    }

    public func setFilter(_ text: String, in area: Rect, _ ctx: ShellContext) {
        criteria = EventCriteria.parse(text, state: ctx.store.state, catalog: ctx.store.catalog)
        rebuild(ctx, force: true)
        if view.isTable {
            var t = tableState(view)
            t.select(0, rowCount: rowCount(view), page: page(area))
            tables[view] = t
        }
    }

    /// Arrives on a view with criteria: `view=week|month|upcoming|past|actions|contests`,
    /// `date=YYYY-MM-DD` (the week or month of a day), `late=yes`, `within=7`, `type=meeting`,
    /// `unit=…`, the `/` words, and a record to select (an event, an entry, an action item).
    /// `late=` alone opens the action items, `within=` alone the upcoming list.
    public func show(_ target: PaneTarget, in area: Rect, _ ctx: ShellContext) {
        var c = EventCriteria.parse(target.filter ?? "", state: ctx.store.state, catalog: ctx.store.catalog)
        var named: EventsView?
        for (key, value) in target.criteria.sorted(by: { $0.key < $1.key }) {
            switch key {
            case "view": named = EventsView(named: value)
            case "date": if let d = LocalDate(value) { anchor = d }
            default: _ = c.apply("\(key)=\(value)", state: ctx.store.state, catalog: ctx.store.catalog)
            }
        }
        criteria = c
        view = named ?? (c.lateOnly ? .actions : (c.within != nil ? .upcoming : view))
        if target.criteria["date"] != nil { calendarSelection[view] = nil }
        rebuild(ctx, force: true)
        var t = tableState(view)
        t.select(0, rowCount: rowCount(view), page: page(area))
        tables[view] = t
        if let id = target.select { select(id, ctx, page: page(area)) }
    }

    // MARK: `:` commands

    /// The dates the view shows: the week, the month, the list's span.
    private func viewRange(_ ctx: ShellContext) -> (from: LocalDate, to: LocalDate) {
        switch view {
        case .week: return (week.monday, week.sunday)
        case .month:
            let first = LocalDate(year: month.year, month: month.month, day: 1)!
            return (first, first.adding(days: LocalDate.daysInMonth(year: month.year, month: month.month) - 1))
        case .past:
            return (past.last?.activity.start.date ?? ctx.today.adding(days: -90), ctx.today.adding(days: -1))
        case .upcoming, .actions, .contests:
            return (ctx.today, max(ctx.today.adding(days: 30), upcoming.last?.activity.lastDay ?? ctx.today))
        }
    }

    public func completions(_ verb: Verb, _ ctx: ShellContext) -> [String] {
        switch verb {
        case .export:
            let r = viewRange(ctx)
            return ["ics", "csv", "ics \(r.from) \(r.to)", "csv \(r.from) \(r.to)"]
        case .date: return [ctx.today.description]
        }
    }

    public func run(_ verb: Verb, argument: String, _ ctx: ShellContext) -> PaneOutcome {
        switch verb {
        case .date:
            guard let d = LocalDate(argument.trimmingCharacters(in: .whitespaces)) else {
                return .refuse(ctx.t("用法：:date YYYY-MM-DD", "usage: :date YYYY-MM-DD"))
            }
            if view.isTable { view = .week }
            anchor = d
            calendarSelection[view] = nil
            rebuild(ctx, force: true)
            if let e = calendarEvents(view).first(where: { $0.activity.lastDay >= d }) { calendarSelection[view] = e.id }
            return .none
        case .export:
            let request: EventExportRequest
            switch EventExportRequest.parse(argument, range: viewRange(ctx), journal: ctx.store.path) {
            case .failure(let e): return .refuse(e.text(ctx.language))
            case .success(let r): request = r
            }
            let (count, bytes) = request.bytes(ctx.store.state, catalog: ctx.store.catalog, english: ctx.language == .en, today: ctx.today)
            let kind = request.format == .ics ? "iCalendar" : "CSV"
            return .saveFile(FileWrite(path: request.path, bytes: bytes) { ctx, result in
                switch result {
                case .success(let p):
                    // A detail rather than the status line: the whole path must show, and at 80
                    // columns the status line would cut it.
                    return .openDetail(title: ctx.t("已导出活动", "Events exported"), lines: [
                        (ctx.t("文件", "File"), p),
                        (ctx.t("格式", "Format"), kind),
                        (ctx.t("日期", "Dates"), "\(request.from) – \(request.to)"),
                        (ctx.t("活动", "Events"), ctx.t("\(count) 场（含已取消的，日历程序据此撤下）", "\(count) (cancelled ones too, so calendars drop them)")),
                    ])
                case .failure(let e): return .refuse(ctx.t("无法写入 ", "cannot write ") + request.path + ": \(e)")
                }
            })
        }
    }

    // MARK: Drawing

    public func render(in area: Rect, grid: inout Grid, _ ctx: ShellContext) {
        let parts = area.rows([1, 1, max(0, area.height - 2)])
        renderViewsBar(parts[0], &grid, ctx)
        let body = parts[2]
        let views = EventViews(ctx: ctx, criteria: criteria)
        switch view {
        case .upcoming: views.upcoming(upcoming, header: parts[1], body: body, table: tableState(.upcoming), &grid)
        case .past: views.past(past, header: parts[1], body: body, table: tableState(.past), &grid)
        case .actions: views.actions(actionRows, open: openCount, late: lateCount, header: parts[1], body: body, table: tableState(.actions), &grid)
        case .contests: views.contests(contestRows, pipeline: pipeline, header: parts[1], body: body, table: tableState(.contests), &grid)
        case .week: views.week(week, events: weekEvents, selected: calendarSelection[.week], header: parts[1], body: body, &grid)
        case .month: views.month(month, events: monthEvents, selected: calendarSelection[.month], header: parts[1], body: body, &grid)
        }
    }

    /// `[l近期] w周 m月 p往期 a督办 c大赛` and, where it fits, what is coming and what is late.
    private func renderViewsBar(_ row: Rect, _ grid: inout Grid, _ ctx: ShellContext) {
        let t = ctx.look.theme
        let l = ctx.language
        var x = row.x + 1
        for v in EventsView.allCases {
            let label = String(v.key) + (l == .zh ? "" : " ") + v.title.text(l)
            if v == view {
                x += grid.put("[" + label + "]", x: x, y: row.y, maxWidth: max(0, row.maxX - x), style: t[.tabActive])
            } else {
                x += grid.put(" " + label + " ", x: x, y: row.y, maxWidth: max(0, row.maxX - x), style: t[.accent])
            }
            x += 1
        }
        var summary = l.t("7 天内 \(soonCount) 场 · 督办 \(openCount)", "next 7 days \(soonCount) · open items \(openCount)")
        if lateCount > 0 { summary += l.t("（逾期 \(lateCount)）", " (\(lateCount) late)") }
        let w = DisplayWidth.of(summary)
        if x + 2 + w < row.maxX {
            grid.put(summary, x: row.maxX - w - 1, y: row.y, style: lateCount > 0 ? t[.warning] : t[.dim])
        }
    }
}
