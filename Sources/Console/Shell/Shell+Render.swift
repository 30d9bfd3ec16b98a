import Foundation
import SiliconAlleyCore
import TerminalUI

/// Drawing: a pure function of the shell's state and the screen size.
extension Shell {
    public func render(size: Size) -> (grid: Grid, cursor: (x: Int, y: Int)?) {
        let look = ctx.look
        let t = look.theme
        var grid = Grid(width: size.width, height: size.height, style: t[.row])
        guard TooSmallScreen.fits(size, minimum: Self.minimum) else {
            var lines = [ctx.t("终端窗口太小：需要至少 {minimum}，当前 {current}。", "Terminal too small: need at least {minimum}, now {current}."),
                         ctx.t("请放大窗口；按 q 退出。", "Enlarge the window; press q to quit.")]
            if hasUnsavedInput { lines[1] = ctx.t("请放大窗口；表单中有未保存的内容。", "Enlarge the window; a form holds unsaved input.") }
            TooSmallScreen(current: size, minimum: Self.minimum, lines: lines).render(in: grid.bounds, grid: &grid, look: look)
            if look.ascii { grid.useASCIIGlyphs() }
            return (grid, nil)
        }
        let (top, content, bottom) = Self.layout(size)
        renderTitle(top, &grid)
        activePane.render(in: content, grid: &grid, ctx)
        grid.put(String(repeating: look.box.horizontal, count: bottom.width), x: 0, y: bottom.y, style: t[.border])
        var cursor: (x: Int, y: Int)? = nil
        let statusRow = bottom.row(1)
        switch overlay {
        case .help(let h, let under)?:
            renderStatus(statusRow, &grid)
            if case .form(let s)? = under { _ = renderForm(s, content, &grid) }
            h.render(in: content, grid: &grid, look: look)
        case .detail(let title, let v)?:
            renderStatus(statusRow, &grid)
            let box = content.inset(dx: 1, dy: 0)
            grid.fill(content, style: t[.row])
            grid.fill(box, style: t[.dialog])
            let inner = look.box.drawBox(box, in: &grid, style: t[.border], title: title)
            v.render(in: inner.inset(dx: 1, dy: 0), grid: &grid, look: look)
        case .filter(let f, _)?:
            cursor = f.render(in: statusRow, grid: &grid, look: look)
        case .palette(let p)?:
            grid.fill(statusRow, style: t[.status])
            cursor = p.render(in: Rect(x: 0, y: content.y, width: statusRow.width, height: content.height + 2), grid: &grid, look: look)
        case .form(let s)?:
            renderStatus(statusRow, &grid)
            cursor = renderForm(s, content, &grid)
        case .discard(let s, let d, _)?, .confirmSave(let s, let d, _)?:
            renderStatus(statusRow, &grid)
            _ = renderForm(s, content, &grid)
            d.render(in: content, grid: &grid, look: look)
        case nil:
            renderStatus(statusRow, &grid)
        }
        if look.ascii { grid.useASCIIGlyphs() }
        return (grid, cursor)
    }

    private func renderForm(_ s: FormSession, _ content: Rect, _ grid: inout Grid) -> (x: Int, y: Int)? {
        grid.fill(content, style: ctx.look.theme[.row])
        let cursor = s.form.render(in: content, grid: &grid, look: ctx.look)
        // The footer gives way to an open list, which is drawn over the lines below its field.
        if let footer = s.footer, !s.form.isListOpen {
            // A footer line longer than the screen wraps rather than losing its end (a clash's time).
            let lines = footer(s.form.values, ctx).flatMap { Text.wrap(Sanitizer.clean($0), width: max(10, content.width - 4)) }
            let y0 = s.form.bottom(in: content) + 1
            for (i, line) in lines.enumerated() where y0 + i < content.maxY {
                grid.put("   " + line, x: content.x, y: y0 + i, maxWidth: content.width, style: ctx.look.theme[.accent])
            }
        }
        return cursor
    }

    private func renderTitle(_ area: Rect, _ grid: inout Grid) {
        let look = ctx.look
        let t = look.theme
        let l = ctx.language
        grid.fill(area.row(0), style: t[.title])
        let title = (area.width < 100 ? mode.shortTitle : mode.title).text(l)
        let x = 1 + grid.put(title, x: 1, y: 0, style: t[.title].adding(.bold)) + 2
        let who = Sanitizer.clean(ctx.store.actor) + " · " + ctx.store.role.text(l)
        let whoWidth = DisplayWidth.of(who)
        if panes.count > 1 {
            let items = panes.map { Tabs.Item(digit: $0.spec.digit, title: $0.spec.title.text(l), short: $0.spec.short.text(l)) }
            Tabs(items: items, active: active)
                .render(in: Rect(x: x, y: 0, width: max(0, area.width - x - whoWidth - 2), height: 1), grid: &grid, look: look)
        }
        grid.put(who, x: area.width - whoWidth - 1, y: 0, style: t[.title])
        grid.put(String(repeating: look.box.horizontal, count: area.width), x: 0, y: 1, style: t[.border])
    }

    private func renderStatus(_ row: Rect, _ grid: inout Grid) {
        let t = ctx.look.theme
        let l = ctx.language
        let head = ctx.store.head.seq
        let live = liveUntil > now ? "● " + l.t("更新", "new") : "● " + l.t("实时", "live")
        let readOnly = ctx.store.readOnlyReason.map { (l == .zh ? $0.short.zh : $0.short.en) + "  " } ?? ""  // the short text says 只读 itself
        // The head and the live marker matter more than the path: the path only when there is
        // room, and not while a message is shown (a refusal must not be cut for it).
        let path = row.width >= 100 && flash == nil ? Self.shortPath(ctx.store.path) + "  " : ""
        let right = readOnly + path + l.t("日志", "journal") + " #\(Self.grouped(head))  " + live
        if let pin = pinned.first, flash == nil {
            // A notice that must be read: it stays until Esc (and stays in :messages).
            grid.fill(row, style: t[.status])
            let rw = DisplayWidth.of(right)
            let room = max(0, row.width - rw - 3)
            let more = pinned.count > 1 ? l.t("（还有 \(pinned.count - 1) 条）", " (+\(pinned.count - 1))") : ""
            let hint = l.t("  Esc 已读", "  Esc: read")
            // The side file first: a cut line still names where the lines went.
            let side = pin.sideFile.map { l.t("已移至 ", "moved to ") + ($0 as NSString).lastPathComponent + " · " } ?? ""
            var text = "⚠ " + Sanitizer.clean(side + pin.text(l))
            let budget = max(1, room - DisplayWidth.of(more + hint))
            if DisplayWidth.of(text) > budget { text = Text.ellipsize(text, to: budget, ellipsis: ctx.look.ellipsis) }
            grid.put(" " + text + more + hint, x: row.x, y: row.y, maxWidth: room + 1, style: t[.error])
            grid.put(right, x: row.maxX - rw - 1, y: row.y, style: t[.status])
        } else if let f = flash {
            grid.fill(row, style: t[.status])
            let rw = DisplayWidth.of(right)
            let room = max(0, row.width - rw - 3)
            var text = Sanitizer.clean(f.text)
            if DisplayWidth.of(text) > room {
                // Cut here, whole in the message log.
                let more = ctx.t("（:messages 看全文）", " (:messages)")
                text = Text.ellipsize(text, to: max(1, room - DisplayWidth.of(more)), ellipsis: ctx.look.ellipsis) + more
            }
            grid.put(" " + text, x: row.x, y: row.y, maxWidth: room + 1, style: f.isError ? t[.error] : t[.ok])
            grid.put(right, x: row.maxX - rw - 1, y: row.y, style: t[.status])
        } else if isDialogOpen {
            let items = [StatusLine.Item("Enter", legendWord(Phrase("确认所选", "confirm"))), StatusLine.Item("←→", legendWord(Phrase("选择", "choose"))),
                         StatusLine.Item("Esc", legendWord(Phrase("返回表单", "back to the form")))]
            StatusLine(items: items, right: right).render(in: row, grid: &grid, look: ctx.look)
        } else if case .form(let s)? = overlay {
            // A form has its own keys: the 5250 way, always on the bottom line; the pane's
            // F-keys work from the form too, so they are listed after its own.
            // With a list open, ↑↓ move in the list and Enter picks; Tab still goes on.
            let moves = s.form.isListOpen
                ? [StatusLine.Item("↑↓", legendWord(Phrase("选择", "choose"))), StatusLine.Item("Enter", legendWord(Phrase("选定", "pick"))),
                   StatusLine.Item("Tab", legendWord(Phrase("下一项", "next")))]
                : [StatusLine.Item("Tab/↓", legendWord(Phrase("下一项", "next"))), StatusLine.Item("↑", legendWord(Phrase("上一项", "previous")))]
            var items = [StatusLine.Item("F10", legendWord(s.submitLabel)), StatusLine.Item("Esc", legendWord(Phrase("取消", "cancel"))),
                         StatusLine.Item("F1", legendWord(Phrase("帮助", "help")))] + moves
            for item in activePane.legendItems(ctx) where item.function {
                items.append(StatusLine.Item(item.label, legendWord(item.word)))
            }
            StatusLine(items: items, right: right).render(in: row, grid: &grid, look: ctx.look)
        } else {
            StatusLine(items: legendItems(room: row.width - min(row.width / 2, DisplayWidth.of(right)) - 3), right: right)
                .render(in: row, grid: &grid, look: ctx.look)
        }
        if liveUntil > now, let x = grid.row(row.y).range(of: "●").map({ DisplayWidth.of(String(grid.row(row.y)[..<$0.lowerBound])) }) {
            grid.put("●", x: x, y: row.y, style: t[.accent].adding(.bold))
        }
    }

    /// The bottom legend for the room there is: `?` help and `q` always (a newcomer's way
    /// out and way in), then the pane's own keys in their order, then `/` and `:`; shown in
    /// the natural order (pane keys first). What does not fit is in `?`.
    func legendItems(room: Int) -> [StatusLine.Item] {
        // The pane's legend as it stands now (a key that cannot act may leave it).
        let pane = activePane.legendItems(ctx).map { StatusLine.Item($0.label, legendWord($0.word)) }
        let global = globalBindings().compactMap { g in g.binding.legend.map { (g, $0) } }
        func item(_ b: KeyBinding, _ p: Phrase) -> StatusLine.Item { StatusLine.Item(b.label, legendWord(p)) }
        func width(_ i: StatusLine.Item) -> Int { DisplayWidth.of(i.key) + DisplayWidth.of(i.label) + 2 }
        let must = global.filter { $0.0.action == .help || $0.0.action == .quit }
        let optional = global.filter { $0.0.action != .help && $0.0.action != .quit }
        var used = must.reduce(0) { $0 + width(item($1.0.binding, $1.1)) }
        var keptPane: [StatusLine.Item] = []
        for i in pane {
            guard used + width(i) <= room else { break }
            keptPane.append(i); used += width(i)
        }
        var keptOptional = Set<Int>()
        for (n, (g, p)) in optional.enumerated() where keptPane.count == pane.count {
            let w = width(item(g.binding, p))
            if used + w <= room { keptOptional.insert(n); used += w }
        }
        return keptPane + global.compactMap { g, p in
            if let n = optional.firstIndex(where: { $0.0.action == g.action }) { return keptOptional.contains(n) ? item(g.binding, p) : nil }
            return item(g.binding, p)
        }
    }

    private var isDialogOpen: Bool {
        switch overlay {
        case .discard?, .confirmSave?: return true
        default: return false
        }
    }

    /// Chinese reads well run together (Enter详情); English needs the space.
    private func legendWord(_ p: Phrase) -> String { ctx.language == .zh ? p.zh : " " + p.en }

    static func shortPath(_ p: String) -> String {
        Text.ellipsizeLeft(Sanitizer.clean(p), to: 32)
    }

    static func grouped(_ n: Int) -> String {
        let s = String(n)
        var out = ""
        for (i, c) in s.enumerated() {
            if i > 0 && (s.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }
}
