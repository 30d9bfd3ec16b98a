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
    /// One index of the journal's lines for every pane (audit list, record histories).
    public let journal: SharedJournalIndex

    init(store: JournalStore, language: Language, look: Look) {
        self.store = store
        self.language = language
        self.look = look
        today = .today()
        journal = SharedJournalIndex(path: store.path)
    }

    public func t(_ zh: String, _ en: String) -> String { language.t(zh, en) }
}

/// The journal index, shared by reference so it is built and updated once.
public final class SharedJournalIndex {
    public private(set) var index: JournalIndex

    init(path: String) {
        index = JournalIndex(path: path)
        index.update()
    }

    @discardableResult
    public func update() -> Int { index.update() }

    /// The lines about one record, oldest first, read back from the file.
    public func history(of entity: String, limit: Int = 200) -> [JournalLine] {
        var found: [JournalIndex.Entry] = []
        for e in index.entries.reversed() where e.entity == entity {
            found.append(e)
            if found.count == limit { break }
        }
        return found.reversed().compactMap { index.line($0) }
    }
}
