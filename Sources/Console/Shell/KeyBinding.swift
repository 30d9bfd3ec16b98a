import TerminalUI

/// A key binding is data: the key, how the legend and help name it, and what it does.
/// The help overlay, the status-line legend and the README's key table all come from it.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    /// As shown in help and the legend: "Enter", "/", "F10".
    public var label: String
    /// Short word for the bottom legend (nil: help only).
    public var legend: (zh: String, en: String)?
    public var help: (zh: String, en: String)
    public var action: ShellAction

    public init(_ keys: [Key], _ label: String, legend: (String, String)? = nil, help: (String, String), _ action: ShellAction) {
        self.keys = keys
        self.label = label
        self.legend = legend.map { (zh: $0.0, en: $0.1) }
        self.help = (zh: help.0, en: help.1)
        self.action = action
    }
}

/// What a key asks the shell to do. Panes add their own through `.pane`.
public enum ShellAction: Sendable, Hashable {
    case quit
    case back
    case help
    case palette
    case filter
    case redraw
    case goto(PaneID)
    case nextPane
    case previousPane
    case pane(String)
}
