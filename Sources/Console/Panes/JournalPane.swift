import SiliconAlleyCore
import TerminalUI

/// 审计日志: every journal line, newest first; filter by actor, kind or entity; Enter
/// shows the whole event. Other operators' lines appear on the next tick.
public final class JournalPane: Pane {
    public static let spec = PaneSpec(JournalPane.self, id: .journal, digit: 7,
                                      title: Phrase("日志", "Journal"), short: Phrase("日志", "Log"),
                                      summary: Phrase("审计日志：每一条变更，谁、何时、改了什么", "the audit journal: every change, who, when, what"),
                                      make: { JournalPane(journal: $0.journal) })

    public enum Action: PaneAction {
        case detail

        public var binding: KeyBinding {
            switch self {
            case .detail: return KeyBinding([.enter], "Enter", legend: Phrase("详情", "details"), help: Phrase("查看整条事件", "show the whole event"))
            }
        }
    }

    private let shared: SharedJournalIndex
    /// Empty until the shared index is built (on a thread of its own in the console).
    private var index: JournalIndex { shared.ready ?? Self.notYet }
    private static let notYet = JournalIndex(path: "")
    private var table = TableState()
    /// Positions in `index.entries` that pass the filter, newest first.
    private var visible: [Int] = []
    public private(set) var filter = ""
    /// Time and summary of recently drawn lines, read from the file once. A memo of a pure
    /// function of an unchanging line: drawing with or without it gives the same frame.
    private let summaries = SummaryMemo()

    public init(journal: SharedJournalIndex) {
        shared = journal
        rebuild()
    }

    private func page(_ area: Rect) -> Int { max(1, area.height - 2) }

    public func handle(_ key: Key, in area: Rect, _ ctx: ShellContext) -> PaneOutcome? {
        table.handle(key, rowCount: visible.count, page: page(area)) ? PaneOutcome.none : nil
    }

    public func unavailable(_ action: Action, _ ctx: ShellContext) -> String? {
        guard table.selected < visible.count, visible[table.selected] < index.entries.count else {
            return ctx.t("没有选中的事件", "no event selected")
        }
        return nil
    }

    public func perform(_ action: Action, in area: Rect, _ ctx: ShellContext) -> PaneOutcome {
        guard table.selected < visible.count, visible[table.selected] < index.entries.count else { return .none }
        let entry = index.entries[visible[table.selected]]
        guard let line = index.line(entry) else {
            return .refuse(ctx.t("无法读取第 \(entry.seq) 行", "cannot read line \(entry.seq)"))
        }
        let l = ctx.language
        var lines: [(label: String, value: String)] = [
            (l.t("序号", "seq"), "#\(line.seq)"),
            (l.t("时间", "time"), BeijingTime.format(line.time) + l.t("（北京时间）", " (Beijing)") + "  \(line.time)"),
            (l.t("操作员", "actor"), line.actor),
            (l.t("类型", "kind"), EventKindLabel.label(line.kind, l)),
            (l.t("对象", "entity"), EntityName.of(line.entity, in: ctx.store.state)),
        ]
        if line.txnCount > 1 { lines.append((l.t("批次", "batch"), "\(line.txnIndex)/\(line.txnCount)")) }
        lines += EventDataPresenter.lines(line, state: ctx.store.state, catalog: ctx.store.catalog, l)
        lines.append((l.t("前一行哈希", "prev"), line.prev))
        lines.append((l.t("本行哈希", "hash"), line.hash))
        return .openDetail(title: l.t("事件 #\(line.seq)", "Event #\(line.seq)"), lines: lines)
    }

    public func setFilter(_ text: String, in area: Rect, _ ctx: ShellContext) {
        let keep = text.isEmpty ? selectedSeq : nil
        filter = text
        rebuild(state: ctx.store.state, language: ctx.language)
        table.select(0, rowCount: visible.count, page: page(area))
        // Cleared, the filter leaves the line it had found selected.
        if let keep, let i = visible.firstIndex(where: { index.entries[$0].seq == keep }) { table.select(i, rowCount: visible.count, page: page(area)) }
    }

    /// Arrives filtered, with a line selected by its seq (`select: "48213"`).
    public func show(_ target: PaneTarget, in area: Rect, _ ctx: ShellContext) {
        setFilter(target.filter ?? "", in: area, ctx)
        if let seq = target.select.flatMap(Int.init), let i = visible.firstIndex(where: { index.entries[$0].seq == seq }) {
            table.select(i, rowCount: visible.count, page: page(area))
        }
    }

    public func journalChanged(_ ctx: ShellContext) {
        if index.generation != builtGeneration {
            // The index started over (file replaced or cut): old positions mean nothing.
            let seq = selectedSeq
            rebuild(state: ctx.store.state, language: ctx.language)
            let i = seq.flatMap { s in visible.firstIndex { index.entries[$0].seq == s } } ?? 0
            table.select(i, rowCount: visible.count)
            return
        }
        let selectedSeq = self.selectedSeq
        if index.entries.count != visibleTotal {
            rebuild(state: ctx.store.state, language: ctx.language)
            // Keep the operator's place: the same line stays selected as new ones arrive on top.
            if let seq = selectedSeq, table.selected > 0 || filter.isEmpty == false,
               let i = visible.firstIndex(where: { index.entries[$0].seq == seq }) {
                table.select(i, rowCount: visible.count)
            }
        }
    }

    /// Filter terms: `actor:li`, `kind:enterprise`, `entity:ent-12`, or plain words that
    /// match any of them (and the entity's name, and the kind's label). All must match.
    /// How many entries `visible` was built from, and from which start of the index.
    private var visibleTotal = 0
    private var builtGeneration = 0
    /// The seq of the selected line, if the selection still points into the index.
    private var selectedSeq: Int? {
        guard table.selected < visible.count, visible[table.selected] < index.entries.count else { return nil }
        return index.entries[visible[table.selected]].seq
    }

    private func rebuild(state: DomainState? = nil, language: Language = .zh) {
        visibleTotal = index.entries.count
        builtGeneration = index.generation
        let terms = filter.split(separator: " ").map { $0.lowercased() }
        let n = index.entries.count
        if terms.isEmpty {
            visible = Array((0..<n).reversed())
            return
        }
        visible = []
        for i in (0..<n).reversed() where matches(index.entries[i], terms, state, language) { visible.append(i) }
    }

    private func matches(_ e: JournalIndex.Entry, _ terms: [String], _ state: DomainState?, _ l: Language) -> Bool {
        for term in terms {
            if term.hasPrefix("actor:") {
                if !e.actor.lowercased().contains(term.dropFirst(6)) { return false }
            } else if term.hasPrefix("kind:") {
                let q = term.dropFirst(5)
                if !e.kind.lowercased().contains(q) && !EventKindLabel.label(e.kind, l).contains(q) { return false }
            } else if term.hasPrefix("entity:") {
                let q = term.dropFirst(7)
                if !e.entity.lowercased().contains(q) && !(state.map { EntityName.of(e.entity, in: $0).lowercased().contains(q) } ?? false) { return false }
            } else {
                let hit = e.actor.lowercased().contains(term) || e.kind.lowercased().contains(term)
                    || EventKindLabel.label(e.kind, .zh).contains(term) || EventKindLabel.label(e.kind, .en).contains(term)
                    || e.entity.lowercased().contains(term)
                    || (state.map { EntityName.of(e.entity, in: $0).lowercased().contains(term) } ?? false)
                if !hit { return false }
            }
        }
        return true
    }

    public func render(in area: Rect, grid: inout Grid, _ ctx: ShellContext) {
        let l = ctx.language
        let t = ctx.look.theme
        let (head, body) = area.splitTop(1)
        guard shared.ready != nil else {
            grid.putFitted(" " + l.t("审计日志 · 正在建立索引……", "Journal · indexing…"), x: head.x, y: head.y, width: head.width,
                           style: t[.accent], ellipsis: ctx.look.ellipsis)
            grid.put(l.t("  （读取日志中，稍候即可浏览）", "  (reading the journal; the list appears in a moment)"), x: body.x, y: body.y + 1, style: t[.dim])
            return
        }
        var header = l.t("审计日志 · 共 \(Shell.grouped(index.entries.count)) 条", "Journal · \(Shell.grouped(index.entries.count)) lines")
        if !filter.isEmpty {
            header += l.t(" · 筛选 /", " · filter /") + Sanitizer.clean(filter) + l.t(" · 命中 \(Shell.grouped(visible.count))", " · \(Shell.grouped(visible.count)) match")
        }
        grid.putFitted(" " + header, x: head.x, y: head.y, width: head.width, style: t[.accent], ellipsis: ctx.look.ellipsis)
        let state = ctx.store.state
        let entries = index.entries
        let rows = visible
        // Under 100 columns the time loses its seconds and the kind its spare room.
        let narrow = area.width < 100
        let tableView = Table(
            columns: [
                TableColumn(l.t("序号", "Seq"), width: .fixed(narrow ? 7 : 8), align: .right),
                TableColumn(l.t("时间", "Time"), width: .fixed(narrow ? 16 : 19)),
                TableColumn(l.t("操作员", "Actor"), width: .fixed(narrow ? 8 : 10)),
                TableColumn(l.t("类型", "Kind"), width: .fixed(l == .zh ? 12 : (narrow ? 14 : 20))),
                // A receipt number (QL-2026-000124) is the longest identifier shown here: never cut.
                TableColumn(l.t("对象", "Entity"), width: .flex(2), minWidth: 14),
                TableColumn(l.t("摘要", "Summary"), width: .flex(3)),
            ],
            rowCount: rows.count,
            row: { [unowned self] i in
                let e = entries[rows[i]]
                let read = self.summary(e, state, l)
                var cells = JournalRowPresenter.cells(e, time: read.time, summary: read.summary, state: state, l)
                if narrow { cells[1] = String(cells[1].prefix(16)) }
                return cells
            })
        tableView.render(table, in: body, grid: &grid, look: ctx.look)
        if rows.isEmpty {
            grid.put(l.t("  （没有符合条件的事件）", "  (no matching events)"), x: body.x, y: body.y + 2, style: t[.dim])
        }
    }

    private func summary(_ e: JournalIndex.Entry, _ state: DomainState, _ l: Language) -> (time: String, summary: String) {
        let key = e.seq * 2 + (l == .en ? 1 : 0)  // summaries are worded per language
        return summaries.value(key) {
            guard let line = index.line(e) else { return ("", "") }
            return (line.time, JournalRowPresenter.summary(line, state: state, l))
        }
    }
}

/// Remembers recent summaries so scrolling back does not re-read the file.
private final class SummaryMemo {
    private var entries: [Int: (time: String, summary: String)] = [:]

    func value(_ key: Int, _ make: () -> (time: String, summary: String)) -> (time: String, summary: String) {
        if let v = entries[key] { return v }
        let v = make()
        if entries.count > 5_000 { entries.removeAll() }
        entries[key] = v
        return v
    }
}
