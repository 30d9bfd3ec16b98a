import SiliconAlleyCore
import TerminalUI

/// The README's key table and pane list, made from the pane registry: the same data as
/// the help overlay and the legend. `silicon-alley keys` prints them; a test keeps the
/// README in step.
public enum KeyTable {
    public static let formKeys: [(String, Phrase)] = [
        ("Tab / Shift-Tab, ↓ ↑, Ctrl-N / Ctrl-P", Phrase("下一项 / 上一项（固定顺序；Linux 控制台无 Shift-Tab，用 ↑ 或 Ctrl-P）",
                                                    "next / previous field (fixed order; the Linux console has no Shift-Tab: ↑ or Ctrl-P)")),
        ("Enter", Phrase("选定列表中的项并进入下一项", "choose from the list and move on")),
        ("Ctrl-S / F10", Phrase("保存（窗口模式：受理并写出回执）；每处错误同时标出", "save (window mode: accept and write the receipt); every error is marked at once")),
        ("F1", Phrase("表单的按键", "the form's keys")),
        ("Esc", Phrase("取消；有未保存内容时先询问", "cancel; asks first when input would be lost")),
        ("Space", Phrase("打开列表（[… ▾]）；输入文字可筛选（拼音亦可）", "open a list ([… ▾]); typing narrows it (pinyin too)")),
        ("← → Space / x", Phrase("在材料清单中左右移动、勾选", "move along a checklist, tick an item")),
        ("Home End, Alt-b Alt-f", Phrase("行首行尾、按词移动", "line start/end, word moves")),
        ("Ctrl-U", Phrase("清空本项（输入的文字，或列表中已选的项）", "clear the field (the text, or the answer picked from a list)")),
    ]

    public static func markdown(panes: [PaneSpec] = PaneRegistry.standard) -> String {
        var out = "| 键 Key | 作用 | What it does |\n|---|---|---|\n"
        func section(_ title: String, _ rows: [(String, Phrase)]) {
            out += "| **\(title)** | | |\n"
            for (key, help) in rows { out += "| `\(key)` | \(help.zh) | \(help.en) |\n" }
        }
        func rows(_ b: [KeyBinding]) -> [(String, Phrase)] { b.map { ($0.label, $0.help) } }
        let windowIDs = Set(ShellMode.window.panes.map(\.id))
        section("全局 Everywhere", rows(ShellAction.bindings(for: panes).map(\.binding)))
        section("列表 Lists", rows(ListMove.bindings))
        for spec in panes {
            let mode = windowIDs.contains(spec.id) ? ", --window" : ""
            section("\(spec.title.zh) \(spec.title.en) (\(spec.digit)\(mode))", rows(spec.bindings))
        }
        let verbs = ShellVerb.allCases.map(\.info) + panes.flatMap(\.palette)
        section("命令 Commands (`:`)", verbs.map { (":" + $0.usage(.en), $0.help) })
        section("表单 Forms", formKeys)
        return out
    }

    /// The panes, one line each: digit, names, what the pane is for.
    public static func panesMarkdown(panes: [PaneSpec] = PaneRegistry.standard) -> String {
        var out = "| 键 Key | 窗格 Pane | 作用 | What it is for |\n|---|---|---|---|\n"
        for spec in panes {
            out += "| `\(spec.digit)` | \(spec.title.zh) \(spec.title.en) | \(spec.summary.zh) | \(spec.summary.en) |\n"
        }
        return out
    }
}
