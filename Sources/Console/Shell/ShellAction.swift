import SiliconAlleyCore
import TerminalUI

/// What the keys every pane shares do.
public enum ShellAction: Sendable, Hashable {
    case quit, back, help, palette, filter, redraw, nextPane, previousPane
    case goto(PaneID)
}

/// A shared key: its documentation and its action.
public struct GlobalBinding: Sendable {
    public var binding: KeyBinding
    public var action: ShellAction
}

extension ShellAction {
    /// The shared keys for a set of panes (one digit each).
    public static func bindings(for panes: [PaneSpec]) -> [GlobalBinding] {
        var b: [GlobalBinding] = panes.map { spec in
            GlobalBinding(binding: KeyBinding([.char(Character(String(spec.digit)))], String(spec.digit),
                                              help: Phrase("切换到\(spec.title.zh)", "go to \(spec.title.en)")),
                          action: .goto(spec.id))
        }
        if panes.count > 1 {
            b += [
                GlobalBinding(binding: KeyBinding([.tab], "Tab", help: Phrase("下一个窗格", "next pane")), action: .nextPane),
                GlobalBinding(binding: KeyBinding([.backTab], "Shift-Tab", help: Phrase("上一个窗格", "previous pane")), action: .previousPane),
            ]
        }
        b += [
            GlobalBinding(binding: KeyBinding([.char("/")], "/", legend: Phrase("筛选", "filter"),
                                              help: Phrase("输入即筛选；Enter 保留，Esc 清除", "filter as you type; Enter keeps, Esc clears")), action: .filter),
            GlobalBinding(binding: KeyBinding([.char(":")], ":", legend: Phrase("命令", "command"),
                                              help: Phrase("命令面板（Tab 补全）", "command palette (Tab completes)")), action: .palette),
            GlobalBinding(binding: KeyBinding([.char("?"), .function(1)], "?/F1", legend: Phrase("帮助", "help"),
                                              help: Phrase("本窗格的按键", "this pane's keys")), action: .help),
            GlobalBinding(binding: KeyBinding([.ctrl("l")], "Ctrl-L", help: Phrase("重画屏幕", "redraw the screen")), action: .redraw),
            GlobalBinding(binding: KeyBinding([.escape], "Esc", help: Phrase("返回（关闭弹窗、清除筛选）", "back (close overlays, clear the filter)")), action: .back),
            GlobalBinding(binding: KeyBinding([.char("q")], "q", legend: Phrase("退出", "quit"),
                                              help: Phrase("返回；在顶层时退出", "back; quits at the top level")), action: .quit),
        ]
        return b
    }
}

/// The `:` commands every pane shares.
enum ShellVerb: PaletteVerb {
    case goto, filter, lang, theme, messages, report, acknowledge, quit

    var info: PaletteInfo {
        switch self {
        case .goto: return PaletteInfo("goto", argument: Phrase("窗格", "PANE"), help: Phrase("切换窗格（名称或数字）", "go to a pane (name or digit)"))
        case .filter: return PaletteInfo("filter", argument: Phrase("文字", "TEXT"), help: Phrase("设置本窗格的筛选", "set this pane's filter"))
        case .lang: return PaletteInfo("lang", argument: Phrase("zh|en", "zh|en"), help: Phrase("界面语言", "interface language"))
        case .theme: return PaletteInfo("theme", argument: Phrase("名称或路径", "NAME|PATH"), help: Phrase("配色方案", "colour theme"))
        case .report: return PaletteInfo("report", argument: Phrase("[YYYY-MM-DD] [md|csv|json]", "[YYYY-MM-DD] [md|csv|json]"),
                                         help: Phrase("定期监测评估报告（写文件：加格式）", "the monitoring report (add a format to write it to a file)"))
        case .messages: return PaletteInfo("messages", help: Phrase("本次会话的全部提示（被截断的也完整保留）", "every message of this session, in full"))
        case .acknowledge: return PaletteInfo("acknowledge", help: Phrase("管理员：确认自上次查看以来被改动的日志历史（记入日志）",
                                                                          "admin: accept a journal whose history changed since you last saw it (journaled)"))
        case .quit: return PaletteInfo("q", help: Phrase("退出", "quit"))
        }
    }
}
