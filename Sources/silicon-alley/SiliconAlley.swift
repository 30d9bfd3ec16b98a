import ArgumentParser
import Foundation
import SiliconAlleyCore

@main
struct SiliconAlley: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "silicon-alley",
        abstract: "硅巷运营控制台 — the Silicon Alley operations console (Dongcheng, 2024–2026).",
        subcommands: [ConsoleCommand.self, VerifyCommand.self, OperatorsCommand.self, UnitsCommand.self, DemoCommand.self,
                      ImportCommand.self, ExportCommand.self, ReportCommand.self, RevealCommand.self, HousingCommand.self,
                      AcknowledgeCommand.self, SetupCommand.self, KeysCommand.self, ServicesCommand.self, CalendarCommand.self],
        defaultSubcommand: ConsoleCommand.self
    )

    static func main() {
        // Before anything reads a file: a set-group-ID privilege is put aside, to be taken
        // up only for the shared journal's directory (see Privilege, JournalPlace).
        Privilege.dropAtStart()
        main(nil)
    }
}

/// `--journal PATH`, shared by every subcommand.
struct JournalOption: ParsableArguments {
    @Option(name: .long, help: "Journal file (default: $SILICON_ALLEY_JOURNAL, else the journal in /etc/silicon-alley.conf, else $XDG_DATA_HOME/silicon-alley/journal.jsonl).")
    var journal: String?

    var path: String {
        if let journal { return journal }
        let env = ProcessInfo.processInfo.environment
        if let p = env["SILICON_ALLEY_JOURNAL"], !p.isEmpty { return p }
        if let shared = SystemConfig.read()?.journal { return shared }
        return JournalStore.defaultPath(environment: env)
    }

    /// This login's witnesses (`$XDG_STATE_HOME/silicon-alley/`).
    var witnesses: WitnessStore? { WitnessStore.forUser(environment: ProcessInfo.processInfo.environment) }

    /// Opens the journal. `.readOnly` (verify, export, report, listing) never creates,
    /// seeds or repairs anything. Notices go to stderr unless the caller shows them itself.
    func open(_ access: JournalFile.Access = .readWrite, printNotices: Bool = true) throws -> JournalStore {
        do {
            let store = try JournalStore(path: path, access: access, witnesses: witnesses)
            if printNotices {
                for n in store.takeJournalNotices() { printErr("silicon-alley: \(n.en)") }
            }
            return store
        } catch let e as JournalError {
            if case .io(_, _, let code) = e, code == ENOENT, access == .readOnly {
                printErr("silicon-alley: \(path): no journal here (nothing was created; a writing command or the console creates one)")
                throw ExitCode(1)
            }
            printErr("silicon-alley: \(path): \(e)")
            throw ExitCode(1)
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

/// One exit path for a write refused: the role, each field and reason, the read-only
/// mode — then exit 1 with nothing written.
func refused(_ error: Error, prefix: String = "silicon-alley") -> ExitCode {
    switch error {
    case let r as CommandRejected:
        for e in r.errors { printErr("\(prefix): \(e.field): \(e.en) / \(e.zh)") }
    case let b as BatchRejected:
        for e in b.rejection.errors {
            printErr(e.field == "role" ? "\(prefix): \(e.en) / \(e.zh)" : "\(prefix): item \(b.index + 1): \(e.field): \(e.en) / \(e.zh)")
        }
    case let j as JournalError:
        printErr("\(prefix): \(j)")
    default:
        printErr("\(prefix): \(error)")
    }
    return ExitCode(1)
}

/// Files the CLI writes for the user (exports, reports): made 0600 whatever the umask, as
/// the user (never through the shared journal's group), replaced whole.
enum CLIFile {
    static func write(_ bytes: [UInt8], to path: String) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw CLIError("\(path): cannot write (\(String(cString: strerror(errno))))") }
        defer { close(fd) }
        _ = fchmod(fd, 0o600)
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, bytes.count - done) }
            guard n > 0 else { throw CLIError("\(path): cannot write (\(String(cString: strerror(errno))))") }
            done += n
        }
    }
}
