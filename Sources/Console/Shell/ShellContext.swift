import Foundation
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
    /// The window's printer (`--printer`, or the configuration); nil: printouts are files only.
    public var printer: PrinterSetup?
    /// The process environment: where `lp` is found (PATH) and how it reaches CUPS.
    public var environment: [String: String] = ProcessInfo.processInfo.environment
    /// Panes build what is slow to build (the registry's search) on threads of their own.
    public internal(set) var background = false {
        didSet { enterprises.background = background }
    }
    /// One registry search for the registry's list and every enterprise picker.
    public let enterprises: SharedEnterpriseSearch
    /// Shows a progress line at once, while the console's thread is busy with a long
    /// operation the operator started (`:import` of a large file). Nil outside the console.
    public internal(set) var progress: ((String) -> Void)?

    /// `backgroundIndex`: the journal index is built on a thread of its own (the console).
    init(store: JournalStore, language: Language, look: Look, backgroundIndex: Bool = false) {
        self.store = store
        self.language = language
        self.look = look
        today = .today()
        journal = SharedJournalIndex(path: store.path, background: backgroundIndex)
        enterprises = SharedEnterpriseSearch(store: store)
    }

    public func t(_ zh: String, _ en: String) -> String { language.t(zh, en) }

    /// Where `:export` writes a file given no path: `exports/` beside the journal, or — when
    /// the operator cannot write there (the shared setup) — `~/silicon-alley-exports/`.
    public func exportPath(_ name: String) -> String {
        let beside = (store.path as NSString).deletingLastPathComponent
        if access(beside, W_OK) == 0 { return beside + "/exports/" + name }
        return (ProcessInfo.processInfo.environment["HOME"] ?? NSTemporaryDirectory()) + "/silicon-alley-exports/" + name
    }

    /// Files a `:import` may name: CSVs in the current directory and in the exports folder.
    public func importCandidates() -> [String] {
        let fm = FileManager.default
        let exports = (exportPath("x") as NSString).deletingLastPathComponent
        let here = (try? fm.contentsOfDirectory(atPath: fm.currentDirectoryPath)) ?? []
        let there = ((try? fm.contentsOfDirectory(atPath: exports)) ?? []).map { exports + "/" + $0 }
        return (here + there).filter { $0.lowercased().hasSuffix(".csv") }.sorted()
    }
    public func t(_ p: some Bilingual) -> String { p.text(language) }
}
