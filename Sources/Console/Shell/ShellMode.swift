import SiliconAlleyCore
import TerminalUI

/// How the console starts: which panes, under which title, on which pane and key. The
/// service window (`--window`) is a mode like any other, not a case inside the shell.
public struct ShellMode: Sendable {
    public var title: Phrase
    /// The title when the terminal is narrower than 100 columns.
    public var shortTitle: Phrase
    public var panes: [PaneSpec]
    public var start: PaneID
    /// A key pressed on start (the window opens on its intake form: F2).
    public var startKey: Key?

    public init(title: Phrase, shortTitle: Phrase, panes: [PaneSpec], start: PaneID, startKey: Key? = nil) {
        self.title = title
        self.shortTitle = shortTitle
        self.panes = panes
        self.start = start
        self.startKey = startKey
    }

    /// The operators' console: every pane, opening on `start`.
    public static func console(start: PaneID = .dashboard, panes: [PaneSpec] = PaneRegistry.standard) -> ShellMode {
        ShellMode(title: Phrase("硅巷运营控制台", "Silicon Alley Console"), shortTitle: Phrase("硅巷运营控制台", "Silicon Alley"),
                  panes: panes, start: start)
    }

    /// The clerk's window: the window pane alone, opened on the intake form.
    public static let window = ShellMode(title: Phrase("一站式服务窗口", "One-stop service window"),
                                         shortTitle: Phrase("一站式服务窗口", "Service window"),
                                         panes: [WindowPane.spec], start: .window, startKey: .function(2))
}
