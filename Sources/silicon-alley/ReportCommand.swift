import ArgumentParser
import Foundation
import SiliconAlleyCore

/// `silicon-alley report [DATE]`: the headline target as of a date, read-only, with the
/// journal head it was computed from (so a printed report can be checked against the
/// journal later: a rewritten history would not have that line with that hash).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Print the headline target (展示区专精特新+国高新占全区比重) as of a date, and the journal head it stands on.")

    @OptionGroup var journal: JournalOption
    @Argument(help: "The date (YYYY-MM-DD); today if left out.") var date: String?

    func run() throws {
        var day = LocalDate.today()
        if let date {
            guard let d = LocalDate(date) else { throw ValidationError("the date must be YYYY-MM-DD") }
            day = d
        }
        let store = try journal.open(.readOnly)
        let kpi = HeadlineKPI(state: store.state, asOf: day)
        func line(_ f: HeadlineKPI.Figure) -> String {
            let share = f.share.map { String(format: "%.1f%%", $0 * 100) } ?? "— (no district statistic / 无全区统计)"
            return "showcase \(f.showcaseCount) / district \(f.districtCount.map(String.init) ?? "—") = \(share)"
                + (f.statisticDate.map { " (statistic of \($0))" } ?? "")
        }
        print("发展目标 Headline target · as of \(day)")
        print("  now       \(line(kpi.now))")
        print("  baseline  \(line(kpi.baseline))")
        print("  ratio     \(kpi.ratio.map { String(format: "×%.2f", $0) } ?? "—")   target ×\(HeadlineKPI.target)")
        print("journal  \(store.canonicalPath)")
        print("head     #\(store.head.seq) \(store.head.hash)")
        if let d = store.damage {
            printErr("report: journal line \(d.line) is damaged (\(d.reason)): the figures stand on line \(d.line - 1)")
            throw ExitCode(1)
        }
        if let h = store.historyChange {
            printErr("report: history changed since you last saw it (line \(h.line)); an admin has not acknowledged it")
            throw ExitCode(1)
        }
    }
}
