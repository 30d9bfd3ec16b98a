import ArgumentParser
import Foundation
import SiliconAlleyCore

/// `silicon-alley report`: the monitoring report (定期监测评估) — the headline target with its
/// baseline, trend and gap, tasks by lead unit, support, housing, events, the window, and
/// the evaluations — ending with the journal head it stands on, so a printed report can be
/// checked against the journal later. Read-only.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print the monitoring report (as of a date: the journal as it stood at the end of that day, Beijing time).")

    @OptionGroup var journal: JournalOption
    @Option(name: .customLong("as-of"), help: "The date (YYYY-MM-DD); today if left out.") var asOf: String?
    @Argument(help: "The date, as an alternative to --as-of.") var date: String?
    @Option(help: "md, csv or json.") var format: String = "md"
    @Flag(help: "English headings.") var english = false
    @Option(help: "Write to this file instead of stdout.") var output: String?

    func validate() throws {
        guard PlanReportWriter.Format(rawValue: format) != nil else { throw ValidationError("--format: \(format) is not md, csv or json") }
        for d in [asOf, date].compactMap({ $0 }) where LocalDate(d) == nil { throw ValidationError("the date must be YYYY-MM-DD, not \(d)") }
        if asOf != nil && date != nil { throw ValidationError("give the date once: --as-of DATE or DATE") }
    }

    func run() throws {
        let given: String? = asOf ?? date
        let day: LocalDate = given.flatMap { LocalDate($0) } ?? LocalDate.today()
        if day > LocalDate.today() { throw ValidationError("the date \(day) is after today") }
        let store = try journal.open(.readOnly)
        if let d = store.damage {
            printErr("report: journal line \(d.line) is damaged (\(d.reason)): the figures would stand on line \(d.line - 1)")
            throw ExitCode(1)
        }
        if let h = store.historyChange {
            printErr("report: history changed since you last saw it (line \(h.line)); an admin has not acknowledged it")
            throw ExitCode(1)
        }
        let language: Language = english ? .en : .zh
        let report: PlanReport
        if day == LocalDate.today() {
            report = PlanReport(state: store.state, asOf: day, head: store.head, language: language, catalog: store.catalog)
        } else {
            let past = try JournalAsOf.state(path: store.path, through: day)
            report = PlanReport(state: past.state, asOf: day, head: past.head, language: language, catalog: store.catalog)
        }
        let bytes = PlanReportWriter.write(report, format: PlanReportWriter.Format(rawValue: format)!)
        if let output {
            try CLIFile.write(bytes, to: output)
            printErr("report as of \(day) written to \(output) (journal #\(report.head.seq))")
        } else {
            FileHandle.standardOutput.write(Data(bytes))
        }
    }
}
