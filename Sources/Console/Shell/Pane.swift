import SiliconAlleyCore
import TerminalUI

/// What a pane asks of the shell after a key.
public enum PaneOutcome {
    case none
    /// Not this pane's key: the shell's bindings get it.
    case unhandled
    case openForm(FormSession)
    case openDetail(title: String, lines: [(label: String, value: String)])
    case flash(String)
}

/// A pane: one tab of the console. It draws the state into its area and turns keys into
/// outcomes; it never writes the journal itself (forms do that through commands).
public protocol Pane: AnyObject {
    var id: PaneID { get }
    /// The pane's own keys, shown in help and the legend.
    func bindings(_ ctx: ShellContext) -> [KeyBinding]
    func handle(_ key: Key, _ ctx: ShellContext) -> PaneOutcome
    /// A binding's `.pane(name)` action.
    func perform(_ action: String, _ ctx: ShellContext) -> PaneOutcome
    func render(in area: Rect, grid: inout Grid, _ ctx: ShellContext)
    /// The incremental filter typed after `/`.
    var filter: String { get }
    func setFilter(_ text: String, _ ctx: ShellContext)
    /// The journal moved on (ours or someone else's lines).
    func journalChanged(_ ctx: ShellContext)
    /// `:export` / `:import` / `:report`: nil when the pane has none.
    func paletteCommand(_ name: String, argument: String, _ ctx: ShellContext) -> PaneOutcome?
}

extension Pane {
    public func perform(_ action: String, _ ctx: ShellContext) -> PaneOutcome { .unhandled }
    public func paletteCommand(_ name: String, argument: String, _ ctx: ShellContext) -> PaneOutcome? { nil }
}

/// What every pane may read while handling a key or drawing.
public final class ShellContext {
    public let store: JournalStore
    public var language: Language
    public var look: Look
    public var today: LocalDate

    init(store: JournalStore, language: Language, look: Look) {
        self.store = store
        self.language = language
        self.look = look
        today = .today()
    }

    public func t(_ zh: String, _ en: String) -> String { language.t(zh, en) }
}
