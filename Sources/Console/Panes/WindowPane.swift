import Foundation
import SiliconAlleyCore
import TerminalUI

/// 服务窗口: the queue of requests by due date (overdue and due today stand out, tickets
/// waiting for documents show how long their clock has stood still), the intake form, the
/// supplement notice and the hand-in, hand-over to another unit, and the steps 受理 → 办理 → 办结 /
/// 退回. In window mode it is the whole console and opens on the intake form.
public final class WindowPane: Pane {
    public static let spec = PaneSpec(WindowPane.self, id: .window, digit: 6,
                                      title: Phrase("服务窗口", "Service window"), short: Phrase("窗口", "Win"),
                                      summary: Phrase("一站式服务窗口：受理、一次性告知补正、移交、办结、退回、打印回执",
                                                      "the one-stop service window: accept, supplement notices, hand-over, close, return, print receipts"),
                                      make: WindowPane.init)

    /// In legend order: at 80 columns the first ones are what stays on the bottom line.
    public enum Action: PaneAction {
        case new, receipt, supplement, start, close, giveBack, handOver, find, queue, detail

        public var binding: KeyBinding {
            switch self {
            case .new: return KeyBinding([.function(2), .char("n")], "F2", legend: Phrase("新建", "new"), help: Phrase("受理新申请", "accept a new request"))
            case .receipt: return KeyBinding([.function(9), .char("r")], "F9", legend: Phrase("回执", "receipt"),
                                             help: Phrase("打印回执（及待补正的告知书）；未配置打印机时写成文件", "print the receipt and a waiting notice (no printer: a file)"))
            case .supplement: return KeyBinding([.function(4), .char("s")], "F4", legend: Phrase("补正", "notice"),
                                                help: Phrase("一次性告知补正（时限暂停）；等待中时登记收到材料（恢复计时）", "list every missing document (clock stops); or the hand-in"))
            case .start: return KeyBinding([.function(6), .char("b")], "F6", legend: Phrase("办理", "start"), help: Phrase("开始办理", "start work on it"))
            case .close: return KeyBinding([.function(7), .char("c")], "F7", legend: Phrase("办结", "close"), help: Phrase("办结（政策申报须注明是否批准）", "close (policy: approved or not)"))
            case .giveBack: return KeyBinding([.function(8), .char("x")], "F8", legend: Phrase("退回", "return"), help: Phrase("退回（须写明原因）", "return (a reason is required)"))
            case .handOver: return KeyBinding([.function(12), .char("t")], "F12", legend: Phrase("移交", "hand over"),
                                              help: Phrase("移交另一承办单位（写明原因；时限与记录不变）", "hand over to another unit, with a reason (the due date stays)"))
            case .find: return KeyBinding([.function(3)], "F3", legend: Phrase("查找", "find"), help: Phrase("按回执号（如 3）、申请人、信用代码、事项或“待补正”“超期”查找", "find by receipt number (e.g. 3), applicant, USCC, service, or waiting / overdue"))
            case .queue: return KeyBinding([.function(5)], "F5", legend: Phrase("队列", "queue"), help: Phrase("回到队列（显示/隐藏已办结）", "the queue (toggle closed tickets)"))
            case .detail: return KeyBinding([.enter], "Enter", legend: Phrase("详情", "details"), help: Phrase("工单详情：补正、移交、跑动次数、历史", "ticket details: notices, hand-overs, visits, history"))
            }
        }
    }

    var table = TableState()
    var tickets: [Ticket] = []
    public private(set) var filter = ""
    private var builtAt = -1
    private var builtToday = LocalDate(year: 2000, month: 1, day: 1)!
    private var builtReloads = 0
    var showClosed = false
    /// Arrived from the overview's figures: only overdue, due today, or waiting for documents.
    var only: (overdue: Bool, dueToday: Bool, waiting: Bool) = (false, false, false)
    init(_ ctx: ShellContext) {
        refresh(ctx)
    }

    func page(_ area: Rect) -> Int { max(1, area.height - 3) }

    public func handle(_ key: Key, in area: Rect, _ ctx: ShellContext) -> PaneOutcome? {
        table.handle(key, rowCount: tickets.count, page: page(area)) ? PaneOutcome.none : nil
    }

    var selected: Ticket? { table.selected < tickets.count ? tickets[table.selected] : nil }

    public func legend(_ action: Action, _ ctx: ShellContext) -> Phrase? {
        // Offered only where it acts now (the same rules that refuse the key): no F6 on a
        // ticket in progress or awaiting documents, no ticket keys with none selected.
        guard unavailable(action, ctx) == nil else { return nil }
        switch action {
        // "Print" only where a printer is configured: otherwise the receipt is a file.
        case .receipt: return ctx.printer != nil ? Phrase("打印", "print") : action.binding.legend
        case .supplement: return selected?.isWaiting == true ? Phrase("收材料", "hand-in") : action.binding.legend
        default: return action.binding.legend
        }
    }

    /// F2 (the next walk-in) first, then the selected ticket's likely next step and its
    /// receipt, then the rest: what a narrow legend cuts is never the key the ticket needs.
    /// (Keys that cannot act on it are left out anyway: `legend`.)
    public var legendOrder: [Action] {
        guard let t = selected, t.isOpen else { return Array(Action.allCases) }
        if t.isWaiting { return [.new, .supplement, .receipt, .giveBack, .handOver, .start, .close, .find, .queue, .detail] }
        if t.status == .accepted { return [.new, .start, .receipt, .supplement, .close, .giveBack, .handOver, .find, .queue, .detail] }
        return [.new, .close, .receipt, .supplement, .giveBack, .handOver, .start, .find, .queue, .detail]
    }

    /// F5 in a form goes back to the queue as it is; only in the queue does it show or hide finished tickets.
    public func actsFromForm(_ action: Action) -> Bool { action != .queue }

    public func unavailable(_ action: Action, _ ctx: ShellContext) -> String? {
        switch action {
        case .new, .find, .queue: return nil
        case .detail, .start, .close, .giveBack, .receipt, .supplement, .handOver:
            guard let t = selected else {
                if !filter.isEmpty { return ctx.t("没有符合“\(filter)”的工单", "no ticket matches “\(filter)”") }
                return showClosed ? ctx.t("还没有工单：按 F2 受理", "no tickets yet: F2 accepts one")
                                  : ctx.t("没有办理中的工单（F5 显示已办结）", "no open tickets (F5 shows closed ones)")
            }
            let finished = t.status == .returned ? ctx.t("\(t.receipt) 已退回", "\(t.receipt) was returned")
                                                 : ctx.t("\(t.receipt) 已办结", "\(t.receipt) is already closed")
            switch action {
            case .start:
                if t.status != .accepted { return t.isOpen ? ctx.t("\(t.receipt) 已在办理中", "\(t.receipt) is already in progress") : finished }
                if t.isWaiting { return ctx.t("\(t.receipt) 待补正：F4 收材料后再办理", "\(t.receipt) awaits documents: F4 hand-in first") }
            case .close:
                if !t.isOpen { return finished }
                if t.isWaiting { return ctx.t("\(t.receipt) 待补正：F4 收材料或 F8 退回", "\(t.receipt) awaits documents: F4 hand-in or F8 return") }
            case .giveBack, .handOver:
                if !t.isOpen { return finished }
            case .supplement:
                if !t.isOpen { return finished + ctx.t("，不能再补正", ": no notice on it") }
                // One notice per ticket: a second is a supervisor's (an operator's).
                if !t.isWaiting && !t.supplements.isEmpty && ctx.store.role < .operator {
                    return ctx.t("\(t.receipt) 已一次性告知过；再次告知须由主管（操作员）办理", "\(t.receipt) had its notice; a second is a supervisor's (operator's)")
                }
            default: break
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
        case .detail: return .openDetail(title: t.receipt, lines: WindowTicketDetail.lines(t, ctx))
        case .start:
            let receipt = t.receipt
            return .write(WriteRequest([ProgressTicket(ticket: t.id, step: .start)]) { ctx, _ in
                .say(ctx.t("\(receipt) 开始办理", "\(receipt) in progress"))
            })
        case .close: return .openForm(TicketForms.close(t, ctx))
        case .giveBack: return .openForm(TicketForms.giveBack(t, ctx))
        case .supplement:
            if t.isWaiting { return .openForm(TicketForms.handIn(t, ctx)) }
            return .openForm(TicketForms.notice(t, ctx) { ctx, lines in
                guard let t = lines.first.flatMap({ ctx.store.state.tickets[$0.entity] }) else { return .none }
                return Self.print([SupplementNoticeText.printout(t, index: t.supplements.count - 1, state: ctx.store.state, catalog: ctx.store.catalog)].compactMap { $0 }, ctx)
            })
        case .handOver: return .openForm(TicketForms.handOver(t, ctx))
        case .receipt:
            // A receipt printed before is printed again as a marked copy, beside the original.
            let original = ReceiptText.printout(t, state: ctx.store.state, catalog: ctx.store.catalog).fileName
            return Self.print(Self.printouts(t, ctx, reprint: ctx.store.hasPrintout(original)), ctx)
        case .new, .find, .queue: return .none
        }
    }

    func intake(_ ctx: ShellContext) -> FormSession {
        TicketForms.intake(ctx) { ctx, lines in
            guard let t = lines.first.flatMap({ ctx.store.state.tickets[$0.entity] }) else { return .none }
            return Self.print(Self.printouts(t, ctx), ctx)
        }
    }

    /// The receipt, and the supplement notice while one waits for its documents.
    static func printouts(_ t: Ticket, _ ctx: ShellContext, reprint: Bool = false) -> [Printout] {
        let s = ctx.store.state, c = ctx.store.catalog
        var out = [ReceiptText.printout(t, state: s, catalog: c, reprintedOn: reprint ? ctx.today : nil)]
        if t.isWaiting, let n = SupplementNoticeText.printout(t, index: t.supplements.count - 1, state: s, catalog: c) {
            // The notice too: a copy beside the one the applicant took, when that was printed.
            let again = reprint && ctx.store.hasPrintout(n.fileName)
            out.append(again ? SupplementNoticeText.printout(t, index: t.supplements.count - 1, state: s, catalog: c, reprintedOn: ctx.today) ?? n : n)
        }
        return out
    }

    /// Prints (or, with no printer, writes) the printouts through the shell, then shows them
    /// as printed and where they went.
    static func print(_ printouts: [Printout], _ ctx: ShellContext) -> PaneOutcome {
        guard let first = printouts.first else { return .none }
        return .print(PrintRequest(printouts) { ctx, results in
            // The printouts are the Chinese documents the applicant takes away, in any interface language.
            let title = results.map(\.printout.title).joined(separator: " · ") + " " + first.reference
            var lines: [(label: String, value: String)] = []
            for r in results {
                lines += WindowWords.outcome(r, printer: ctx.printer, ctx.language).map { ("", $0) }
                // As printed, less the page's margin (the overlay has its own).
                let margin = PrintLayout.margin(r.paper)
                lines += r.text.split(separator: "\n", omittingEmptySubsequences: false).map { ("", String($0.dropFirst(min(margin, $0.prefix { $0 == " " }.count)))) }
            }
            return .openDetail(title: ctx.t("", "(as printed, in Chinese) ") + title, lines: lines)
        })
    }

    /// Criteria: `overdue=yes`, `due=today`, `waiting=yes`; text goes to the `/` filter.
    public func show(_ target: PaneTarget, in area: Rect, _ ctx: ShellContext) {
        only = (target.criteria["overdue"] == "yes", target.criteria["due"] == "today", target.criteria["waiting"] == "yes")
        if only.overdue || only.dueToday || only.waiting { showClosed = false }
        setFilter(target.filter ?? "", in: area, ctx)
    }

    public func clearFilter(in area: Rect, _ ctx: ShellContext) -> Bool {
        guard !filter.isEmpty || only.overdue || only.dueToday || only.waiting else { return false }
        only = (false, false, false)
        setFilter("", in: area, ctx)
        return true
    }

    public func setFilter(_ text: String, in area: Rect, _ ctx: ShellContext) {
        let keep = text.isEmpty ? selected?.id : nil
        filter = text
        refresh(ctx, force: true)
        table.select(0, rowCount: tickets.count, page: page(area))
        // Cleared, the search leaves the ticket it had found selected.
        if let keep, let i = tickets.firstIndex(where: { $0.id == keep }) { table.select(i, rowCount: tickets.count, page: page(area)) }
    }

    public func journalChanged(_ ctx: ShellContext) { refresh(ctx) }

    private func refresh(_ ctx: ShellContext, force: Bool = false) {
        guard force || ctx.store.head.seq != builtAt || ctx.today != builtToday || ctx.store.reloads != builtReloads else { return }
        builtAt = ctx.store.head.seq
        builtToday = ctx.today
        builtReloads = ctx.store.reloads
        let keep = selected?.id
        let state = ctx.store.state
        let catalog = ctx.store.catalog
        let q = filter.trimmingCharacters(in: .whitespaces).lowercased()
        let pq = PinyinQuery(q)
        let only = self.only, today = ctx.today
        // Digits alone are a receipt's number as the applicant reads it off the slip ("3" or
        // "000003"): that ticket comes first, before numbers that merely contain the digits.
        let serial = q.allSatisfy(\.isASCII) && q.allSatisfy(\.isNumber) ? Int(q) : nil
        func numbered(_ t: Ticket) -> Bool { serial != nil && ReceiptNumber.parse(t.receipt)?.number == serial }
        tickets = state.tickets.values.filter { t in
            guard showClosed || t.isOpen else { return false }
            if only.overdue && !t.isOverdue(on: today) { return false }
            if only.dueToday && !t.isDueToday(today) { return false }
            if only.waiting && !t.isWaiting { return false }
            guard !q.isEmpty else { return true }
            if numbered(t) { return true }
            let name = TicketApplicant.name(t, state: state)
            let s = t.serviceEntry(catalog)
            let uscc = t.enterprise.flatMap { state.enterprises[$0]?.uscc.lowercased() } ?? ""
            // The state's words too, in both languages: 待补正 / waiting, 超期 / overdue.
            let status = (t.isWaiting ? "待补正 waiting " : "") + (t.isOverdue(on: today) ? "超期 overdue" : "")
            let words = [t.receipt.lowercased(), name.lowercased(), uscc, s?.zh ?? "", s?.en.lowercased() ?? "", t.description, status]
            return words.contains { $0.contains(q) } || PinyinKey(name).matches(pq) || (s.map { PinyinKey($0.zh).matches(pq) } ?? false)
        }.sorted { a, b in
            if numbered(a) != numbered(b) { return numbered(a) }
            // Open work first by due date (waiting tickets after those whose clock runs); then
            // the most recently finished.
            if a.isOpen != b.isOpen { return a.isOpen }
            if a.isWaiting != b.isWaiting { return !a.isWaiting }
            if (a.due ?? .distantFuture) != (b.due ?? .distantFuture) { return (a.due ?? .distantFuture) < (b.due ?? .distantFuture) }
            return a.receipt < b.receipt
        }
        let rows = tickets
        table.reselect(keep, rowCount: rows.count) { id in rows.firstIndex { $0.id == id } }
    }
}

extension LocalDate {
    static let distantFuture = LocalDate(year: 9999, month: 12, day: 31)!
}
