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

    func validate() throws {
        guard EnterpriseExporter.Format(rawValue: format) != nil else { throw ValidationError("--format: \(format) is not csv or json") }
    }

    func run() throws {
        let store = try journal.open()
        let f: EnterpriseFilter
        do { f = try EnterpriseFilterParser.parse(filter ?? "", catalog: store.catalog) }
        catch { throw ValidationError("--filter: \(error)") }
        let rows = EnterpriseSearch(state: store.state).results(f, sort: .name, ascending: true, today: .today())
        let bytes = EnterpriseExporter.export(rows, format: EnterpriseExporter.Format(rawValue: format)!, english: english, bom: bom,
                                              catalog: store.catalog)
        if let output {
            guard FileManager.default.createFile(atPath: output, contents: Data(bytes)) else { throw CLIError("\(output): cannot write") }
            printErr("exported \(rows.count) enterprises to \(output)")
        } else {
            FileHandle.standardOutput.write(Data(bytes))
        }
    }
}
