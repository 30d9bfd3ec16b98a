import ArgumentParser
import Foundation
import SiliconAlleyCore

/// `silicon-alley acknowledge`: an admin accepts the journal as it now stands after their
/// witness saw history change (journaled as `journal.historyAcknowledged`).
struct AcknowledgeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "acknowledge",
        abstract: "Admin: accept a journal whose history changed since you last saw it (written to the journal).")

    @OptionGroup var journal: JournalOption

    func run() throws {
        let store = try journal.open()
        guard let h = store.historyChange else {
            print("nothing to acknowledge: the journal is as you last saw it (head #\(store.head.seq))")
            return
        }
        do {
            let lines = try store.acknowledgeHistory()
            print("acknowledged: line \(h.line) had hash \(h.seenHash.prefix(12))…, now \(h.currentHash.isEmpty ? "gone" : String(h.currentHash.prefix(12)) + "…"); recorded as journal line #\(lines.first?.seq ?? 0)")
        } catch {
            throw refused(error, prefix: "acknowledge")
        }
    }
}
