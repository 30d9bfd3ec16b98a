import ArgumentParser
import Foundation
import SiliconAlleyCore

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check every line (hash, chain, and every rule its command checks), the snapshot and your witness; print counts and the head.")

    @OptionGroup var journal: JournalOption
    @Flag(help: "Move a torn tail, or a damaged line's whole batch and all after it (admin only), into side files so writing can resume.")
    var repair = false

    func run() throws {
        let path = journal.path
        let report: VerifyReport
        // A bar on stderr while it reads, on a terminal only (scripts see nothing of it).
        let bar = TerminalProgress("verify", unit: Phrase("行", "lines"))
        do {
            report = repair ? try JournalVerifier.repair(path: path, actor: Identity.currentLogin(), witnesses: journal.witnesses)
                            : try JournalVerifier.verify(path: path, witnesses: journal.witnesses) { p in
                                bar.update(fraction: p.fraction, count: p.lines)
                            }
            bar.finish()
        } catch {
            bar.finish()
            if case JournalError.io(_, _, let code) = error, code == ENOENT {
                printErr("verify: \(path): no journal here")
                throw ExitCode(1)
            }
            throw refused(error, prefix: "verify")
        }
        for r in report.repairNotices { print("repaired: \(r.en)") }
        print("journal  \(path)")
        print("lines    \(report.lines)")
        print("head     #\(report.headSeq) \(report.headHash)")
        print("records:")
        for (k, v) in report.entityCounts.sorted(by: { $0.key < $1.key }) where v > 0 {
            print("  \(k.padding(toLength: 16, withPad: " ", startingAt: 0)) \(v)")
        }
        print("events:")
        for (k, v) in report.kindCounts.sorted(by: { $0.key < $1.key }) {
            print("  \(k.padding(toLength: 34, withPad: " ", startingAt: 0)) \(v)")
        }
        switch report.snapshot {
        case .none: break
        case .matches(let seq): print("snapshot matches the journal at line \(seq) (recomputed from replay)")
        case .unusable(let why): print("snapshot not used: \(why)")
        case .mismatch(let why): printErr("verify: the snapshot does not match the journal: \(why); delete \(path).snapshot")
        }
        var failed = false
        if let d = report.damage {
            printErr("verify: line \(d.line) is bad: \(d.reason)")
            printErr("  the journal is read-only until repaired: silicon-alley verify --repair --journal \(path)")
            failed = true
        } else if report.trailingBytes > 0 {
            printErr("verify: \(report.trailingBytes) bytes after line \(report.headSeq) do not form a complete batch (torn write, or a write in progress)")
            printErr("  the next writer moves them to \(path).torn; or run: silicon-alley verify --repair")
            failed = true
        }
        switch report.history {
        case .consistent: break
        case .acknowledged(let line, let by, let seq):
            print("history changed since you last saw it (line \(line)); \(by) acknowledged it at line \(seq)")
        case .changed(let line, _, _):
            printErr("verify: history changed since you last saw it (line \(line)): the chain verifies, but line \(line) is not the line you saw")
            printErr("  an admin who has checked the journal acknowledges it: silicon-alley acknowledge --journal \(path)")
            failed = true
        }
        if case .mismatch = report.snapshot { failed = true }
        if failed { throw ExitCode(1) }
        print("ok: chain intact, every line obeys its rules")
        // Exit now: the OS takes the whole state back at once, where freeing hundreds of
        // thousands of records one by one only keeps the operator waiting.
        Foundation.exit(0)
    }
}
