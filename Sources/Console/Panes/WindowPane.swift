import Foundation
import SiliconAlleyCore
import TerminalUI

/// 服务窗口: the queue of walk-in requests by due date (overdue and due today stand out),
/// the intake form, and the steps 受理 → 办理 → 办结 / 退回. In window mode it is the
/// whole console and opens on the intake form.
public final class WindowPane: Pane {
    public static let spec = PaneSpec(WindowPane.self, id: .window, digit: 6,
                                      title: Phrase("服务窗口", "Service window"), short: Phrase("窗口", "Win"),
                                      summary: Phrase("一站式服务窗口：受理、办理、办结、退回", "the one-stop service window: accept, handle, close, return"),
                                      make: WindowPane.init)

    public enum Action: PaneAction {
        case new, find, queue, detail, start, close, giveBack, receipt

        public var binding: KeyBinding {
            switch self {
            case .new: return KeyBinding([.function(2), .char("n")], "F2", legend: Phrase("新建", "new"), help: Phrase("受理新申请", "accept a new request"))
            case .find: return KeyBinding([.function(3)], "F3", legend: Phrase("查找", "find"), help: Phrase("按回执号、申请人、事项查找", "find by receipt, applicant, type"))
            case .queue: return KeyBinding([.function(5)], "F5", legend: Phrase("队列", "queue"), help: Phrase("回到队列（显示/隐藏已办结）", "the queue (toggle closed tickets)"))
            case .detail: return KeyBinding([.enter], "Enter", legend: Phrase("详情", "details"), help: Phrase("工单详情", "ticket details"))
            case .start: return KeyBinding([.function(6), .char("b")], "F6", legend: Phrase("办理", "start"), help: Phrase("开始办理", "start work on it"))
            case .close: return KeyBinding([.function(7), .char("c")], "F7", legend: Phrase("办结", "close"), help: Phrase("办结（政策申报须注明是否批准）", "close (policy: approved or not)"))
            case .giveBack: return KeyBinding([.function(8), .char("x")], "F8", legend: Phrase("退回", "return"), help: Phrase("退回（须写明原因）", "return (a reason is required)"))
            case .receipt: return KeyBinding([.function(9), .char("r")], "F9", legend: Phrase("回执", "receipt"), help: Phrase("重新显示并写出回执", "show and write the receipt again"))
            }
        }
    }

    private var table = TableState()
    private var tickets: [Ticket] = []
    public private(set) var filter = ""
    private var builtAt = -1
    private var builtToday = LocalDate(year: 2000, month: 1, day: 1)!
    private var builtReloads = 0
    private var showClosed = false
    /// Arrived from the overview's "overdue" or "due today" figure: only those.
    private var only: (overdue: Bool, dueToday: Bool) = (false, false)
    init(_ ctx: ShellContext) {
        refresh(ctx)
    }

    private func page(_ area: Rect) -> Int { max(1, area.height - 2) }

    public func handle(_ key: Key, in area: Rect, _ ctx: ShellContext) -> PaneOutcome? {
        table.handle(key, rowCount: tickets.count, page: page(area)) ? PaneOutcome.none : nil
    }

    private var selected: Ticket? { table.selected < tickets.count ? tickets[table.selected] : nil }

    public func unavailable(_ action: Action, _ ctx: ShellContext) -> String? {
        switch action {
        case .new, .find, .queue: return nil
        case .detail, .start, .close, .giveBack, .receipt:
            guard let t = selected else {
                if !filter.isEmpty { return ctx.t("没有符合“\(filter)”的工单", "no ticket matches “\(filter)”") }
                return showClosed ? ctx.t("还没有工单：按 F2 受理", "no tickets yet: F2 accepts one")
                                  : ctx.t("没有办理中的工单（F5 显示已办结）", "no open tickets (F5 shows closed ones)")
            }
            if action == .start && t.status != .accepted {
                return t.isOpen ? ctx.t("\(t.receipt) 已在办理中", "\(t.receipt) is already in progress")
                                : ctx.t("\(t.receipt) 已办结或退回", "\(t.receipt) is already closed or returned")
            }
            if (action == .close || action == .giveBack) && !t.isOpen {
                return ctx.t("\(t.receipt) 已办结或退回", "\(t.receipt) is already closed or returned")
            }
            return nil
        }
    }

    public func perform(_ action: Action, in area: Rect, _ ctx: ShellContext) -> PaneOutcome {
        switch action {
        case .new: return .openForm(intake(ctx))
        case .find: return .shell(.filter)
        case .queue:
            showClosed.toggle()
            refresh(ctx, force: true)
            return .say(showClosed ? ctx.t("显示全部工单", "showing all tickets") : ctx.t("只显示办理中的工单", "showing open tickets"))
        default: break
        }
        guard let t = selected else { return .none }
        switch action {
        case .detail: return .openDetail(title: t.receipt, lines: detail(t, ctx))
        case .start:
            let receipt = t.receipt
            return .write(WriteRequest([ProgressTicket(ticket: t.id, step: .start)]) { ctx, _ in
                .say(ctx.t("\(receipt) 开始办理", "\(receipt) in progress"))
            })
        case .close: return .openForm(TicketForms.close(t, ctx))
        case .giveBack: return .openForm(TicketForms.giveBack(t, ctx))
        case .receipt: return receipt(t, ctx)
        case .new, .find, .queue: return .none
        }
    }

    func intake(_ ctx: ShellContext) -> FormSession {
        TicketForms.intake(ctx) { [unowned self] ctx, ticket in self.receipt(ticket, ctx) }
    }

    /// Writes the receipt as a text file beside the journal, then shows it and where it went.
    func receipt(_ t: Ticket, _ ctx: ShellContext) -> PaneOutcome {
        let text = ReceiptText.make(t, state: ctx.store.state, catalog: ctx.store.catalog)
        let dir = (ctx.store.path as NSString).deletingLastPathComponent + "/receipts"
        // The receipt is the Chinese document the applicant takes away, in any interface language.
        let title = ctx.t("受理回执 ", "Receipt (the Chinese document, as written) ") + t.receipt
        let ticket = t
        return .saveFile(FileWrite(path: dir + "/\(t.receipt).txt", bytes: Array(text.utf8), writer: { ctx in try ctx.store.writeReceipt(ticket) }) { ctx, result in
            let whereTo: String
            switch result {
            case .success(let path): whereTo = ctx.t("回执已写入 ", "receipt written to ") + path
            case .failure(let e): whereTo = ctx.t("回执未能写入：", "receipt not written: ") + "\(e)"
            }
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { (label: "", value: String($0)) }
            return .openDetail(title: title, lines: lines + [("", whereTo)])
        })
    }

    private func detail(_ t: Ticket, _ ctx: ShellContext) -> [(label: String, value: String)] {
        let l = ctx.language
        let state = ctx.store.state
        let applicant = t.enterprise.flatMap { state.enterprises[$0] }.map { "\($0.name)  \($0.uscc)" }
            ?? "\(t.applicantName ?? "")  \(t.applicantPhone.map { PersonalData.mask($0, as: .mobile) } ?? "")"
        var out: [(label: String, value: String)] = [
            (l.t("回执号", "Receipt"), t.receipt),
            (l.t("申请人", "Applicant"), applicant),
            (l.t("事项", "Type"), (t.type.text(l)) + (t.measure.map { "  " + $0 + " " + (ctx.store.catalog.measure(code: $0)?.text(l) ?? "") } ?? "")),
            (l.t("说明", "Description"), t.description),
            (l.t("材料", "Documents"), t.documents.map { TicketType.documentName($0).text(l) }.joined(separator: l.t("、", ", "))),
            (l.t("承办", "Unit"), t.unit.map { state.unitDirectory().displayName($0, english: l == .en, short: false) } ?? "—"),
            (l.t("状态", "Status"), t.status.text(l)),
            (l.t("受理", "Accepted"), t.acceptedOn.description),
            (l.t("时限", "Due"), t.due?.description ?? "—"),
        ]
        if let c = t.closedOn { out.append((l.t("完成", "Finished"), c.description)) }
        if let r = t.result { out.append((l.t("结果", "Result"), r + (t.approved.map { $0 ? l.t("（批准）", " (approved)") : l.t("（不予批准）", " (not approved)") } ?? ""))) }
        if let r = t.returnReason { out.append((l.t("退回原因", "Returned because"), r)) }
        for line in ctx.journal.history(of: t.id).reversed() {
            out.append((l.t("历史", "History"), "\(BeijingTime.format(line.time).prefix(16)) \(line.actor)  " + EventKindLabel.label(line.kind, l) + " " + JournalRowPresenter.summary(line, state: state, l)))
        }
        return out
    }

    /// Criteria: `overdue=yes`, `due=today`; text goes to the `/` filter.
    public func show(_ target: PaneTarget, in area: Rect, _ ctx: ShellContext) {
        only = (target.criteria["overdue"] == "yes", target.criteria["due"] == "today")
        if only.overdue || only.dueToday { showClosed = false }
        setFilter(target.filter ?? "", in: area, ctx)
    }

    public func clearFilter(in area: Rect, _ ctx: ShellContext) -> Bool {
        guard !filter.isEmpty || only.overdue || only.dueToday else { return false }
        only = (false, false)
        setFilter("", in: area, ctx)
        return true
    }

    public func setFilter(_ text: String, in area: Rect, _ ctx: ShellContext) {
        filter = text
        refresh(ctx, force: true)
        table.select(0, rowCount: tickets.count, page: page(area))
    }

    public func journalChanged(_ ctx: ShellContext) { refresh(ctx) }

    private func refresh(_ ctx: ShellContext, force: Bool = false) {
        guard force || ctx.store.head.seq != builtAt || ctx.today != builtToday || ctx.store.reloads != builtReloads else { return }
        builtAt = ctx.store.head.seq
        builtToday = ctx.today
        builtReloads = ctx.store.reloads
        let keep = selected?.id
        let state = ctx.store.state
        let q = filter.trimmingCharacters(in: .whitespaces).lowercased()
        let pq = PinyinQuery(q)
        let only = self.only, today = ctx.today
        tickets = state.tickets.values.filter { t in
            guard showClosed || t.isOpen else { return false }
            if only.overdue && !t.isOverdue(on: today) { return false }
            if only.dueToday && !t.isDueToday(today) { return false }
            guard !q.isEmpty else { return true }
            let name = t.enterprise.flatMap { state.enterprises[$0]?.name } ?? t.applicantName ?? ""
            return t.receipt.lowercased().contains(q) || name.lowercased().contains(q) || t.type.zh.contains(q)
                || t.description.contains(q) || PinyinKey(name).matches(pq)
        }.sorted { a, b in
            // Open work first by due date; then the most recently finished.
            if a.isOpen != b.isOpen { return a.isOpen }
            if (a.due ?? .distantFuture) != (b.due ?? .distantFuture) { return (a.due ?? .distantFuture) < (b.due ?? .distantFuture) }
            return a.receipt < b.receipt
        }
        let rows = tickets
        table.reselect(keep, rowCount: rows.count) { id in rows.firstIndex { $0.id == id } }
    }

    public func render(in area: Rect, grid: inout Grid, _ ctx: ShellContext) {
        let l = ctx.language
        let t = ctx.look.theme
        let today = ctx.today
        let state = ctx.store.state
        let parts = area.rows([1, max(0, area.height - 1)])
        let all = state.tickets.values
        let todayCount = all.filter { $0.acceptedOn == today }.count
        let open = all.filter(\.isOpen)
        let overdue = open.filter { $0.isOverdue(on: today) }.count
        let dueToday = open.filter { $0.isDueToday(today) }.count
        // What is being looked for comes first: a cut header must not cut the receipt number typed.
        var head = filter.isEmpty ? "" : l.t("查找 /", "find /") + Sanitizer.clean(filter) + " · "
        head += l.t("服务窗口 · 今日受理 \(todayCount) 件 · 未办结 \(open.count) · 今日到期 \(dueToday) · 超期 \(overdue)",
                    "Service window · today \(todayCount) · open \(open.count) · due today \(dueToday) · overdue \(overdue)")
        if showClosed { head += l.t(" · 含已办结", " · incl. closed") }
        if only.overdue { head += l.t(" · 只看超期（Esc 全部）", " · overdue only (Esc: all)") }
        if only.dueToday { head += l.t(" · 只看今日到期（Esc 全部）", " · due today only (Esc: all)") }
        grid.putFitted(" " + head, x: parts[0].x, y: parts[0].y, width: parts[0].width, style: overdue > 0 ? t[.warning] : t[.accent], ellipsis: ctx.look.ellipsis)
        let rows = tickets
        let en = l == .en
        let withAccepted = area.width >= 100
        var columns = [TableColumn(l.t("回执号", "Receipt"), width: .fixed(14)),
                       TableColumn(l.t("申请人", "Applicant"), width: .flex(1)),
                       TableColumn(l.t("事项", "Type"), width: .fixed(en ? 14 : 12))]
        if withAccepted { columns.append(TableColumn(l.t("受理", "Accepted"), width: .fixed(10))) }
        columns += [TableColumn(l.t("时限", "Due"), width: .fixed(10)),
                    TableColumn(l.t("状态", "Status"), width: .fixed(en ? 16 : 12))]
        var view = Table(columns: columns, rowCount: rows.count) { i in
            let x = rows[i]
            let name = x.enterprise.flatMap { state.enterprises[$0]?.name } ?? x.applicantName ?? ""
            var status = x.status.text(l)
            if x.isOverdue(on: today) { status += l.t(" ⚠超期", " ⚠overdue") }
            else if x.isDueToday(today) { status += l.t(" 今日到期", " due today") }
            var cells = [x.receipt, name, x.type.text(l)]
            if withAccepted { cells.append(x.acceptedOn.description) }
            return cells + [x.due?.description ?? "", status]
        }
        view.rowRole = { i in rows[i].isOverdue(on: today) ? .error : (rows[i].isDueToday(today) ? .warning : nil) }
        view.render(table, in: parts[1], grid: &grid, look: ctx.look)
        if rows.isEmpty {
            grid.put(l.t("  队列为空：按 F2 受理新申请", "  The queue is empty: F2 accepts a new request"), x: parts[1].x, y: parts[1].y + 2,
                     maxWidth: parts[1].width, style: t[.dim])
        }
    }
}

extension LocalDate {
    static let distantFuture = LocalDate(year: 9999, month: 12, day: 31)!
}
