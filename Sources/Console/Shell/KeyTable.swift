/// The README's key table, generated from the same bindings the help overlay shows.
/// `silicon-alley keys` prints it; a test keeps the README in step.
public enum KeyTable {
    public static let formKeys: [(String, String, String)] = [
        ("Tab / Shift-Tab, ↑ ↓", "下一项 / 上一项（固定顺序）", "next / previous field (fixed order)"),
        ("Enter", "选定列表中的项并进入下一项", "choose from the list and move on"),
        ("Ctrl-S / F10", "保存（窗口模式：受理并打印回执）", "save (window mode: accept and print the receipt)"),
        ("Esc", "取消；有未保存内容时先询问", "cancel; asks first when input would be lost"),
        ("Space / x", "勾选材料", "tick a checklist item"),
        ("Home End, Alt-b Alt-f", "行首行尾、按词移动", "line start/end, word moves"),
    ]

    public static func markdown() -> String {
        var out = "| 键 Key | 作用 | What it does |\n|---|---|---|\n"
        func section(_ title: String, _ rows: [KeyBinding]) {
            out += "| **\(title)** | | |\n"
            for b in rows { out += "| `\(b.label)` | \(b.help.zh) | \(b.help.en) |\n" }
        }
        section("全局 Everywhere", Shell.globalBindings(for: [.enterprises, .window, .journal]))
        section("列表 Lists", Shell.listBindings)
        section("企业 Enterprises (3)", EnterprisesPane.keyBindings)
        section("服务窗口 Service window (6, --window)", WindowPane.keyBindings)
        section("日志 Journal (7)", JournalPane.keyBindings)
        out += "| **表单 Forms** | | |\n"
        for (k, zh, en) in formKeys { out += "| `\(k)` | \(zh) | \(en) |\n" }
        return out
    }
}
