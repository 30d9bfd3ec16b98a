import SiliconAlleyCore
import TerminalUI

/// 总览: the console's first screen. The headline target with its trend and gap, then one
/// line per pane's figures; every figure is a cell the arrows move between, and Enter opens
/// the pane behind it filtered to what the figure counts.
public final class OverviewPane: Pane {
    public static let spec = PaneSpec(OverviewPane.self, id: .dashboard, digit: 1,
                                      title: Phrase("总览", "Overview"), short: Phrase("总览", "Home"),
                                      summary: Phrase("发展目标与各窗格的关键数字，回车打开对应窗格", "the headline target and every pane's figures; Enter opens the pane behind one"),
                                      isList: false, make: OverviewPane.init)

    public enum Action: PaneAction {
        case open, left, right, up, down, report, evaluate, adjust, complete

        public var binding: KeyBinding {
            switch self {
            case .open: return KeyBinding([.enter], "Enter", legend: Phrase("打开", "open"), help: Phrase("打开数字背后的窗格（已按其筛选）", "open the pane behind the figure, filtered to it"))
            case .left: return KeyBinding([.left, .char("h")], "← h", help: Phrase("上一个数字", "previous figure"))
            case .right: return KeyBinding([.right, .char("l")], "→ l", help: Phrase("下一个数字", "next figure"))
            case .up: return KeyBinding([.up, .char("k")], "↑ k", help: Phrase("上一行", "line above"))
            case .down: return KeyBinding([.down, .char("j")], "↓ j", help: Phrase("下一行", "line below"))
            case .report: return KeyBinding([.char("r")], "r", legend: Phrase("报告", "report"), help: Phrase("定期监测评估报告（:report 可指定日期、写文件）", "the monitoring report (:report takes a date and a file format)"))
            case .evaluate: return KeyBinding([.char("v")], "v", legend: Phrase("评估", "evaluate"), help: Phrase("记录一次评估（数字与日志锚点一并记入）", "record an evaluation (its figures and the journal anchor are journaled)"))
            case .adjust: return KeyBinding([.char("a")], "a", help: Phrase("记录评估后的反馈调整", "record an adjustment decided on an evaluation"))
            case .complete: return KeyBinding([.char("c")], "c", help: Phrase("反馈调整落实", "mark an adjustment done"))
            }
        }
    }

    /// Computed when first shown after a change (a pass over the whole registry: at half a
    /// million enterprises the console's start must not wait for it on another pane). A memo
    /// of a pure function of the state: drawing with or without it gives the same frame.
    private var built: Overview?
    private func overview(_ ctx: ShellContext) -> Overview {
        if let built { return built }
        let o = Overview(ctx.store.state, today: ctx.today, catalog: ctx.store.catalog)
        built = o
        return o
    }
    /// The selected figure, as (row, cell) so it stays put when the width changes.
    private var selected = (row: 0, cell: 0)
    public private(set) var filter = ""

    init(_ ctx: ShellContext) {}

    public func journalChanged(_ ctx: ShellContext) {
        built = nil
    }

    /// The overview has no list to filter: `/` says where filters live.
    public func setFilter(_ text: String, in area: Rect, _ ctx: ShellContext) { filter = "" }
    public func filterUnavailable(_ ctx: ShellContext) -> String? {
        ctx.t("总览没有列表可筛选：回车打开一个数字，再在那里按 /", "the overview has no list to filter: open a figure with Enter, then press / there")
    }

    private func rows(_ ctx: ShellContext) -> [OverviewRow] { OverviewLayout.rows(overview(ctx), ctx.language, ascii: ctx.look.ascii) }

    /// The figures that open something, in reading order, with where they sit.
    private func openable(_ ctx: ShellContext, width: Int) -> [OverviewLayout.Placed] {
        let r = rows(ctx)
        return OverviewLayout.place(r, width: width).placed.filter { r[$0.row].cells[$0.cell].opens }
    }

    private func currentIndex(_ cells: [OverviewLayout.Placed]) -> Int {
        cells.firstIndex { $0.row == selected.row && $0.cell == selected.cell } ?? 0
    }

    public func unavailable(_ action: Action, _ ctx: ShellContext) -> String? {
        let s = ctx.store.state
        if action == .adjust && s.evaluations.isEmpty { return ctx.t("还没有评估：先按 v 记录一次", "no evaluation yet: press v first") }
        if action == .complete && !s.adjustments.values.contains(where: { $0.done == nil }) {
            return ctx.t("没有未落实的调整", "no open adjustment")
        }
        if action == .open, rows(ctx).indices.contains(selected.row), !rows(ctx)[selected.row].cells.indices.contains(selected.cell) {
            return ctx.t("没有选中的数字", "no figure selected")
        }
        return nil
    }

    public func perform(_ action: Action, in area: Rect, _ ctx: ShellContext) -> PaneOutcome {
        switch action {
        case .report: return ReportPresenter.run("", ctx)
        case .evaluate: return .openForm(OverviewForms.evaluation(ctx))
        case .adjust: return .openForm(OverviewForms.adjustment(ctx))
        case .complete: return .openForm(OverviewForms.completion(ctx))
        default: break
        }
        let cells = openable(ctx, width: area.width)
        guard !cells.isEmpty else { return .none }
        let i = currentIndex(cells)
        func select(_ p: OverviewLayout.Placed) { selected = (p.row, p.cell) }
        switch action {
        case .left: select(cells[max(0, i - 1)])
        case .right: select(cells[min(cells.count - 1, i + 1)])
        case .up, .down:
            let here = cells[i]
            let lines = action == .up ? cells.filter { $0.line < here.line }.map(\.line).max() : cells.filter { $0.line > here.line }.map(\.line).min()
            if let line = lines, let best = cells.filter({ $0.line == line }).min(by: { abs($0.x - here.x) < abs($1.x - here.x) }) { select(best) }
        case .report, .evaluate, .adjust, .complete: break
        case .open:
            let all = rows(ctx)
            guard all.indices.contains(selected.row), all[selected.row].cells.indices.contains(selected.cell) else { return .none }
            let cell = all[selected.row].cells[selected.cell]
            if let t = cell.target, t.pane == .dashboard {
                // The overview's own figures: the evaluations, the report.
                if t.target.criteria["view"] == "report" { return ReportPresenter.run("", ctx) }
                let d = OverviewLayout.evaluationsDetail(ctx.store.state, ctx.language)
                return .openDetail(title: d.title, lines: d.lines)
            }
            if let t = cell.target { return .goto(t.pane, t.target) }
            if let d = cell.detail { return .openDetail(title: d.title, lines: d.lines) }
        }
        return .none
    }

    public func render(in area: Rect, grid: inout Grid, _ ctx: ShellContext) {
        let t = ctx.look.theme
        let l = ctx.language
        let all = rows(ctx)
        let (placed, labelWidth, _) = OverviewLayout.place(all, width: area.width)
        let chosen = openable(ctx, width: area.width)
        let sel = chosen.isEmpty ? nil : chosen[currentIndex(chosen)]
        let today = overview(ctx).today
        grid.put(" " + l.t("截至 \(today)（北京时间）· 每个数字回车打开对应窗格", "As of \(today) (Beijing) · Enter on a figure opens its pane"),
                 x: area.x, y: area.y, maxWidth: area.width, style: t[.dim])
        var labelled = Set<Int>()
        for p in placed {
            let y = area.y + 2 + p.line
            guard y < area.maxY else { continue }
            if !labelled.contains(p.row) {
                labelled.insert(p.row)
                grid.put(" " + all[p.row].label, x: area.x, y: y, maxWidth: labelWidth, style: t[.fieldLabel].adding(.bold))
            }
            let cell = all[p.row].cells[p.cell]
            let isSel = sel.map { $0.row == p.row && $0.cell == p.cell } ?? false
            let text = Text.ellipsize(Sanitizer.clean(cell.text), to: p.width, ellipsis: ctx.look.ellipsis)
            if isSel { grid.put(ctx.look.marker, x: area.x + p.x - 1, y: y, style: t[.accent]) }
            grid.put(text, x: area.x + p.x, y: y, maxWidth: p.width, style: isSel ? t[.selection] : t[cell.role])
        }
    }
}
