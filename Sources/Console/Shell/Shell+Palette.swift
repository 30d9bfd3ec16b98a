import SiliconAlleyCore
import TerminalUI

/// The `:` command line: the shell's own commands, then the active pane's.
extension Shell {
    /// What Tab completes to: every command, with arguments where they are known.
    func paletteCompletions() -> [String] {
        var out: [String] = []
        for verb in ShellVerb.allCases {
            switch verb {
            case .goto: out += panes.map { "goto " + (ctx.language == .zh ? $0.spec.title.zh : $0.spec.id.name) }
            case .lang: out += ["lang zh", "lang en"]
            case .theme: out += ["theme "] + ThemeResolver.names.map { "theme " + $0 }
            case .filter: out.append("filter ")
            case .messages: out.append("messages")
            case .acknowledge: if ctx.store.canAcknowledgeHistory { out.append("acknowledge") }
            case .report: out += ["report", "report \(ctx.today)", "report \(ctx.today) md", "report \(ctx.today) csv", "report \(ctx.today) json"]
            case .quit: out.append("q")
            }
        }
        return out + activePane.verbCompletions(ctx)
    }

    func runPalette(_ text: String, area: Rect) {
        let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
        guard let name = parts.first else { return }
        flash = nil   // what an earlier command said is not about this one
        let arg = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        if let verb = ShellVerb.allCases.first(where: { $0.info.name == name }) ?? (name == "quit" ? .quit : nil) {
            run(verb, arg, area: area)
        } else if let outcome = activePane.runVerb(named: name, argument: arg, ctx) {
            apply(outcome, area: area)
        } else {
            say(ctx.t("未知命令或本窗格不支持：", "unknown here: ") + Sanitizer.clean(name), error: true)
        }
    }

    private func run(_ verb: ShellVerb, _ arg: String, area: Rect) {
        switch verb {
        case .quit: quitRequested = true
        case .goto:
            let key = arg.lowercased()
            if let i = panes.firstIndex(where: { $0.spec.names.contains(key) }) { switchTo(i) }
            else { say(ctx.t("没有窗格“", "no pane “") + Sanitizer.clean(arg) + ctx.t("”", "”"), error: true) }
        case .filter: activePane.setFilter(arg, in: area, ctx)
        case .lang:
            guard let l = Language(rawValue: arg) else { say(ctx.t("语言只能是 zh 或 en", "language must be zh or en"), error: true); return }
            ctx.language = l
            repaintRequested = true
        case .report:
            apply(ReportPresenter.run(arg, ctx), area: area)
        case .acknowledge:
            guard let change = ctx.store.historyChange else { say(ctx.t("日志历史没有被改动", "the journal's history has not changed"), error: true); return }
            guard ctx.store.canAcknowledgeHistory else {
                say(ctx.t("只有管理员可以确认（第 \(change.line) 行起的历史已改动）", "only an admin can acknowledge it (history changed from line \(change.line))"), error: true)
                return
            }
            do {
                _ = try ctx.store.acknowledgeHistory()
                pinned.removeAll { if case .historyChanged = $0 { return true } else { return false } }
                journalMoved()
                say(ctx.t("已确认第 \(change.line) 行起的历史变更（已记入日志），恢复写入", "history changed from line \(change.line) acknowledged (journaled); writing again"))
            } catch {
                say(Self.describe(error, ctx.language), error: true, seconds: 8)
            }
        case .messages:
            let l = ctx.language
            let lines = messages.reversed().map { m in (label: m.time, value: (m.isError ? l.t("✗ ", "✗ ") : "") + m.text) }
            overlay = .detail(title: l.t("提示记录（最新在上）", "Messages (newest first)"),
                              view: DetailView(lines: lines.isEmpty ? [("", l.t("（还没有提示）", "(none yet)"))] : lines))
        case .theme:
            let (theme, warning) = ThemeResolver.resolve(arg, environment: environment)
            ctx.look.theme = theme
            repaintRequested = true
            if let warning { say(warning, error: true, seconds: 8) }
        }
    }
}
