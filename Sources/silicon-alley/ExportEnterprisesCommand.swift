import ArgumentParser
import Foundation
import SiliconAlleyCore

/// `silicon-alley export enterprises …`.
struct ExportEnterprisesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enterprises",
        abstract: "Export the enterprise registry as CSV or JSON (to stdout, or --output FILE).")

    @OptionGroup var journal: JournalOption
    @Option(help: "Only these: text (name, USCC, pinyin) and key=value terms industry=ai tier=showcase place=gehua qualification=srdi status=active.")
    var filter: String?
    @Option(help: "csv or json.") var format: String = "csv"
    @Flag(help: "Start the CSV with a UTF-8 BOM so Excel opens Chinese text correctly.") var bom = false
    @Flag(help: "English headers and names.") var english = false
    @Option(help: "Write to this file instead of stdout.") var output: String?
    @Flag(help: "On a damaged journal, export what precedes the damaged line (said on stderr and in the file) instead of failing.")
    var allowPartial = false
    @Flag(help: "CSV: keep cells that start with = + - @ as they are (by default they get a leading ' so a spreadsheet does not run them).")
    var raw = false

    func validate() throws {
        guard EnterpriseExporter.Format(rawValue: format) != nil else { throw ValidationError("--format: \(format) is not csv or json") }
    }

    func run() throws {
        let store = try journal.open(.readOnly)
        var partial: String?
        if let d = store.damage {
            let what = "journal line \(d.line) is damaged (\(d.reason))"
            guard allowPartial else {
                printErr("export: \(what); nothing exported")
                printErr("  repair it (silicon-alley verify --repair), or export the \(d.line - 1) lines before it with --allow-partial")
                throw ExitCode(1)
            }
            partial = "PARTIAL EXPORT: \(what); only the records as of line \(d.line - 1) / 部分导出：日志第 \(d.line) 行损坏，仅含第 \(d.line - 1) 行为止的记录"
            printErr("export: \(partial!)")
        }
        if let h = store.historyChange {
            printErr("export: warning: history changed since you last saw it (line \(h.line)); an admin has not acknowledged it yet")
        }
        let f: EnterpriseFilter
        do { f = try EnterpriseFilterParser.parse(filter ?? "", catalog: store.catalog) }
        catch { throw ValidationError("--filter: \(error)") }
        let rows = EnterpriseSearch(state: store.state).results(f, sort: .name, ascending: true, today: .today())
        let bytes = EnterpriseExporter.export(rows, format: EnterpriseExporter.Format(rawValue: format)!, english: english, bom: bom,
                                              catalog: store.catalog, raw: raw, partial: partial)
        if let output {
            // Written as the user, never through the shared journal's group.
            try CLIFile.write(bytes, to: output)
            printErr("exported \(rows.count) enterprises to \(output) (journal head #\(store.head.seq))")
        } else {
            FileHandle.standardOutput.write(Data(bytes))
        }
    }
}
