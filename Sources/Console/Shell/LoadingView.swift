import SiliconAlleyCore
import TerminalUI

/// The console's first frame, drawn before the journal is read: the title, which journal,
/// and — while it loads — a bar with lines a second and the time left. `q` leaves.
struct LoadingView {
    var mode: ShellMode
    var path: String
    var language: Language
    var look: Look
    var progress: LoadProgress?
    var meter: ProgressMeter

    func render(size: Size, now: Double) -> Grid {
        let t = look.theme
        let l = language
        var grid = Grid(width: size.width, height: size.height, style: t[.row])
        guard size.width >= 20, size.height >= 6 else {
            grid.put(l.t("正在打开日志… q 退出", "Opening… q quits"), x: 0, y: 0, maxWidth: size.width, style: t[.row])
            return grid
        }
        grid.fill(Rect(x: 0, y: 0, width: size.width, height: 1), style: t[.title])
        grid.put((size.width < 100 ? mode.shortTitle : mode.title).text(l), x: 1, y: 0, maxWidth: size.width - 2, style: t[.title].adding(.bold))
        grid.put(String(repeating: look.box.horizontal, count: size.width), x: 0, y: 1, style: t[.border])
        let y = max(3, size.height / 2 - 2)
        let width = min(size.width - 4, 76)
        let x = max(2, (size.width - width) / 2)
        let what: String
        switch progress?.phase {
        case .snapshot?: what = l.t("正在读取快照", "Reading the snapshot")
        case .replay?: what = l.t("正在读取并校验日志（每一行的哈希与规则）", "Reading and checking the journal (every line's hash and rules)")
        case nil: what = l.t("正在打开日志", "Opening the journal")
        }
        grid.put(what + "…", x: x, y: y, maxWidth: width, style: t[.accent].adding(.bold))
        grid.put(Sanitizer.clean(Text.ellipsizeLeft(path, to: width)), x: x, y: y + 1, maxWidth: width, style: t[.dim])
        if let p = progress {
            let unit = p.phase == .snapshot ? Phrase("条记录", "records") : Phrase("行", "lines")
            var m = meter
            m.unit = unit
            let line = m.line(fraction: p.fraction, count: p.lines, barWidth: min(30, max(10, width - 50)), ascii: look.ascii,
                              language: l, now: now)
            grid.put(line, x: x, y: y + 3, maxWidth: width, style: t[.row])
        }
        let status = Rect(x: 0, y: size.height - 1, width: size.width, height: 1)
        grid.put(String(repeating: look.box.horizontal, count: size.width), x: 0, y: size.height - 2, style: t[.border])
        StatusLine(items: [StatusLine.Item("q", l == .zh ? "退出" : " quit")], right: "").render(in: status, grid: &grid, look: look)
        if look.ascii { grid.useASCIIGlyphs() }
        return grid
    }
}
