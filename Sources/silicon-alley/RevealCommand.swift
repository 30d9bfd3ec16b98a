import ArgumentParser
import SiliconAlleyCore

/// `silicon-alley reveal RECORD --number id|mobile --reason TEXT`: an admin sees one record's
/// full resident ID or mobile. The reveal is journaled first (who, whose, why); the number is
/// printed to this terminal only.
struct RevealCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reveal",
        abstract: "Show one record's full resident ID or mobile (admin only; journaled with the reason).")

    @OptionGroup var journal: JournalOption
    @Argument(help: "The record: a talent (tal-…), enterprise (ent-…), ticket or event registration id.") var record: String
    @Option(help: "id (resident ID, talents only) or mobile.") var number: String
    @Option(help: "Why the full number is needed (kept in the journal).") var reason: String

    func validate() throws {
        guard ["id", "mobile"].contains(number) else { throw ValidationError("--number: \(number) is not id or mobile") }
    }

    func run() throws {
        let store = try journal.open()
        do {
            print(try store.reveal(number == "id" ? .residentID : .mobile, of: record, reason: reason))
        } catch let r as CommandRejected {
            for e in r.errors { printErr("\(e.field): \(e.en) / \(e.zh)") }
            throw ExitCode(1)
        }
    }
}
