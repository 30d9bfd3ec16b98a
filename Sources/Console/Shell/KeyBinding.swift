import SiliconAlleyCore
import TerminalUI

/// How a key is documented: the keys, how help and the legend name them, and what they do.
/// The help overlay, the bottom legend, `silicon-alley keys` and the README's key table
/// are all made from these; what a key *does* is the typed action that owns the binding.
public struct KeyBinding: Sendable {
    public var keys: [Key]
    /// As shown in help and the legend: "Enter", "/", "F10".
    public var label: String
    /// Short word for the bottom legend (nil: help only).
    public var legend: Phrase?
    public var help: Phrase

    public init(_ keys: [Key], _ label: String, legend: Phrase? = nil, help: Phrase) {
        self.keys = keys
        self.label = label
        self.legend = legend
        self.help = help
    }
}

/// A pane's actions: an enum whose every case carries its binding, so the compiler checks
/// every key a pane answers and help lists exactly those.
public protocol PaneAction: CaseIterable, Sendable {
    var binding: KeyBinding { get }
}

extension PaneAction {
    static func matching(_ key: Key) -> Self? { allCases.first { $0.binding.keys.contains(key) } }
    static var bindings: [KeyBinding] { allCases.map(\.binding) }
}

/// The list moves, documented from the same data `TableState` acts on.
extension ListMove {
    public var binding: KeyBinding {
        let label = keys.map(\.name).joined(separator: " ")
        switch self {
        case .up: return KeyBinding(keys, label, help: Phrase("上移", "move up"))
        case .down: return KeyBinding(keys, label, help: Phrase("下移", "move down"))
        case .pageUp: return KeyBinding(keys, label, help: Phrase("上一页", "page up"))
        case .pageDown: return KeyBinding(keys, label, help: Phrase("下一页", "page down"))
        case .first: return KeyBinding(keys, label, help: Phrase("到顶", "first"))
        case .last: return KeyBinding(keys, label, help: Phrase("到底", "last"))
        }
    }

    static var bindings: [KeyBinding] { allCases.map(\.binding) }
}
