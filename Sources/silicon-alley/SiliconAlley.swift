import ArgumentParser
import Foundation
import SiliconAlleyCore

@main
struct SiliconAlley: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "silicon-alley",
        abstract: "硅巷运营控制台 — the Silicon Alley operations console (Dongcheng, 2024–2026).",
        subcommands: [ConsoleCommand.self, VerifyCommand.self, OperatorsCommand.self, UnitsCommand.self, DemoCommand.self,
                      ImportCommand.self, ExportCommand.self, RevealCommand.self, HousingCommand.self, KeysCommand.self],
        defaultSubcommand: ConsoleCommand.self
    )
}

/// `--journal PATH`, shared by every subcommand.
struct JournalOption: ParsableArguments {
    @Option(name: .long, help: "Journal file (default: $SILICON_ALLEY_JOURNAL, else $XDG_DATA_HOME/silicon-alley/journal.jsonl).")
    var journal: String?

    var path: String {
        if let journal { return journal }
        return JournalStore.defaultPath(environment: ProcessInfo.processInfo.environment)
    }

    func open() throws -> JournalStore {
        do {
            let store = try JournalStore(path: path)
            for n in store.takeNotices() { FileHandle.standardError.write(Data("silicon-alley: \(n)\n".utf8)) }
            return store
        } catch {
            throw CLIError("\(path): \(error)")
        }
    }
}

struct CLIError: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}

func printErr(_ s: String) {
    FileHandle.standardError.write(Data((s + "\n").utf8))
}
