import Foundation
import SiliconAlleyCore
import TerminalUI

/// 服务窗口: the queue of walk-in requests by due date (overdue and due today stand out),
/// the intake form, and the steps 受理 → 办理 → 办结 / 退回. In window mode it is the
/// whole console and opens on the intake form.
public final class WindowPane: Pane {
    public let id = PaneID.window
    private var table = TableState()
    private var tickets: [Ticket] = []
    public private(set) var filter = ""
    private var builtAt = -1
    private var builtToday = LocalDate(year: 2000, month: 1, day: 1)!
    private var builtReloads = 0
    private var showClosed = false

    init(_ ctx: ShellContext) {
        refresh(ctx)
    }

    public func bindings(_ ctx: ShellContext) -> [KeyBinding] { Self.keyBindings }

    /// The pane's keys as data: help, the legend and the README's key table come from here.
    public static let keyBindings: [KeyBinding] = [
            KeyBinding([.function(2), .char("n")], "F2", legend: ("新建", "new"), help: ("受理新申请", "accept a new request"), .pane("new")),
            KeyBinding([.function(3)], "F3", legend: ("查找", "find"), help: ("按回执号、申请人、事项查找", "find by receipt, applicant, type"), .filter),
            KeyBinding([.function(5)], "F5", legend: ("队列", "queue"), help: ("回到队列（显示/隐藏已办结）", "the queue (toggle closed tickets)"), .pane("queue")),
            KeyBinding([.enter], "Enter", legend: ("详情", "details"), help: ("工单详情", "ticket details"), .pane("detail")),
            KeyBinding([.function(6), .char("b")], "F6", legend: ("办理", "start"), help: ("开始办理", "start work on it"), .pane("start")),
            KeyBinding([.function(7), .char("c")], "F7", legend: ("办结", "close"), help: ("办结（政策申报须注明是否批准）", "close (policy: approved or not)"), .pane("close")),
            KeyBinding([.function(8), .char("x")], "F8", legend: ("退回", "return"), help: ("退回（须写明原因）", "return (a reason is required)"), .pane("return")),
            KeyBinding([.function(9), .char("r")], "F9", legend: ("回执", "receipt"), help: ("重新显示并写出回执", "show and write the receipt again"), .pane("receipt")),
    ]

    public func handle(_ key: Key, _ ctx: ShellContext) -> PaneOutcome {
        if table.handle(key, rowCount: tickets.count) { return .none }
        return .unhandled
    }

    private var selected: Ticket? { table.selected < tickets.count ? tickets[table.selected] : nil }

    public func perform(_ action: String, _ ctx: ShellContext) -> PaneOutcome {
        switch action {
        case "new": return .openForm(intake(ctx))
        case "queue":
            showClosed.toggle()
            refresh(ctx, force: true)
            return .flash(showClosed ? ctx.t("显示全部工单", "showing all tickets") : ctx.t("只显示办理中的工单", "showing open tickets"))
        default: break
        }
        guard let t = selected else { return .flash(ctx.t("队列为空", "the queue is empty")) }
        switch action {
        case "detail": return .openDetail(title: t.receipt, lines: detail(t, ctx))
        case "start":
            do {
                try ctx.store.perform(ProgressTicket(ticket: t.id, step: .start), today: ctx.today)
                refresh(ctx, force: true)
                return .flash(ctx.t("\(t.receipt) 开始办理", "\(t.receipt) in progress"))
            } catch let r as CommandRejected {
                return .flash(r.message(english: ctx.language == .en))
            } catch {
                return .flash("\(error)")
            }
        case "close": return t.isOpen ? .openForm(TicketForms.close(t, ctx)) : .flash(ctx.t("工单已办结或退回", "already closed or returned"))
        case "return": return t.isOpen ? .openForm(TicketForms.giveBack(t, ctx)) : .flash(ctx.t("工单已办结或退回", "already closed or returned"))
        case "receipt": return showReceipt(t, ctx)
        default: return .none
        }
    }

    func intake(_ ctx: ShellContext) -> FormSession {
        TicketForms.intake(ctx) { [unowned self] ctx, ticket in
            self.refresh(ctx, force: true)
            return self.showReceipt(ticket, ctx)
        }
    }

    /// Shows the receipt and writes it as a text file beside the journal, ready to print.
    func showReceipt(_ t: Ticket, _ ctx: ShellContext) -> PaneOutcome {
        let text = ReceiptText.make(t, state: ctx.store.state, catalog: ctx.store.catalog)
        let dir = (ctx.store.path as NSString).deletingLastPathComponent + "/receipts"
        let file = dir + "/\(t.receipt).txt"
        var where_ = ctx.t("回执已写入 ", "receipt written to ") + file
        do {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: URL(fileURLWithPath: file), options: .atomic)
        } catch {
            where_ = ctx.t("回执未能写入：", "receipt not written: ") + "\(error)"
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { (label: "", value: String($0)) } + [("", where_)]
        return .openDetail(title: ctx.t("受理回执 ", "Receipt ") + t.receipt, lines: lines)
    }

    private func detail(_ t: Ticket, _ ctx: ShellContext) -> [(label: String, value: String)] {
        let l = ctx.language
        let state = ctx.store.state
        let applicant = t.enterprise.flatMap { state.enterprises[$0] }.map { "\($0.name)  \($0.uscc)" }
            ?? "\(t.applicantName ?? "")  \(t.applicantPhone ?? "")"
        var out: [(label: String, value: String)] = [
            (l.t("回执号", "Receipt"), t.receipt),
            (l.t("申请人", "Applicant"), applicant),
            (l.t("事项", "Type"), (l == .zh ? t.type.zh : t.type.en) + (t.measure.map { "  " + $0 + " " + (ctx.store.catalog.measure(code: $0)?.zh ?? "") } ?? "")),
            (l.t("说明", "Description"), t.description),
            (l.t("材料", "Documents"), t.documents.joined(separator: "、")),
            (l.t("承办", "Unit"), t.unit ?? "—"),
            (l.t("状态", "Status"), l == .zh ? t.status.zh : t.status.en),
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

    public func setFilter(_ text: String, _ ctx: ShellContext) {
        filter = text
        refresh(ctx, force: true)
        table.select(0, rowCount: tickets.count)
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
        tickets = state.tickets.values.filter { t in
            guard showClosed || t.isOpen else { return false }
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
        if let keep, let i = tickets.firstIndex(where: { $0.id == keep }) { table.select(i, rowCount: tickets.count) }
        else { table.select(table.selected, rowCount: tickets.count) }
    }

    public func render(in area: Rect, grid: inout Grid, _ ctx: ShellContext) {
        journalChanged(ctx)  // cheap when nothing changed: compares the head seq
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
        var head = l.t("服务窗口 · 今日受理 \(todayCount) 件 · 办理中 \(open.count) · 今日到期 \(dueToday) · 超期 \(overdue)",
                       "Service window · today \(todayCount) · open \(open.count) · due today \(dueToday) · overdue \(overdue)")
        if !filter.isEmpty { head += l.t(" · 查找 /", " · find /") + Sanitizer.clean(filter) }
        if showClosed { head += l.t(" · 含已办结", " · incl. closed") }
        grid.put(" " + head, x: parts[0].x, y: parts[0].y, maxWidth: parts[0].width, style: overdue > 0 ? t[.warning] : t[.accent])
        let rows = tickets
        let en = l == .en
        let withAccepted = area.width >= 100
        var columns = [TableColumn(l.t("回执号", "Receipt"), width: .fixed(14)),
                       TableColumn(l.t("申请人", "Applicant"), width: .flex(1)),
                       TableColumn(l.t("事项", "Type"), width: .fixed(en ? 14 : 12))]
        if withAccepted { columns.append(TableColumn(l.t("受理", "Accepted"), width: .fixed(10))) }
        columns += [TableColumn(l.t("时限", "Due"), width: .fixed(10)),
                    TableColumn(l.t("状态", "Status"), width: .fixed(en ? 16 : 12))]
        var view = Table(columns: columns, rowCount: rows.count, rowID: { rows[$0].id }) { i in
            let x = rows[i]
            let name = x.enterprise.flatMap { state.enterprises[$0]?.name } ?? x.applicantName ?? ""
            var status = l == .zh ? x.status.zh : x.status.en
            if x.isOverdue(on: today) { status += l.t(" ⚠超期", " ⚠overdue") }
            else if x.isDueToday(today) { status += l.t(" 今日到期", " due today") }
            var cells = [x.receipt, name, l == .zh ? x.type.zh : x.type.en]
            if withAccepted { cells.append(x.acceptedOn.description) }
            return cells + [x.due?.description ?? "", status]
        }
        view.rowRole = { i in rows[i].isOverdue(on: today) ? .error : (rows[i].isDueToday(today) ? .warning : nil) }
        view.render(&table, in: parts[1], grid: &grid, look: ctx.look)
        if rows.isEmpty {
            grid.put(l.t("  队列为空：按 F2 受理新申请", "  The queue is empty: F2 accepts a new request"), x: parts[1].x, y: parts[1].y + 2,
                     maxWidth: parts[1].width, style: t[.dim])
        }
    }
}

extension LocalDate {
    static let distantFuture = LocalDate(year: 9999, month: 12, day: 31)!
}
