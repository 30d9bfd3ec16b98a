import SiliconAlleyCore
import TerminalUI

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
    public func t(_ p: some Bilingual) -> String { p.text(language) }
}
