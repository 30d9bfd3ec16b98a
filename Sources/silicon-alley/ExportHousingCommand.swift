import ArgumentParser
import Foundation
import SiliconAlleyCore

/// `silicon-alley export housing …`: units, leases or the waiting list, numbers masked.
struct ExportHousingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "housing",
        abstract: "Export talent housing (units, leases or the waiting list) as CSV or JSON; ID numbers and mobiles masked.")

    @OptionGroup var journal: JournalOption
    @Option(help: "units (each unit with its status and tenant), leases (every lease, ended ones too) or waiting (the waiting list in order).")
    var table: String = "units"
    @Option(help: "csv or json.") var format: String = "csv"
    @Flag(help: "Start the CSV with a UTF-8 BOM so Excel opens Chinese text correctly.") var bom = false
    @Flag(help: "English headers and status words.") var english = false
    @Option(help: "Write to this file instead of stdout.") var output: String?

    func validate() throws {
        guard HousingExporter.Table(rawValue: table) != nil else { throw ValidationError("--table: \(table) is not units, leases or waiting") }
        guard HousingExporter.Format(rawValue: format) != nil else { throw ValidationError("--format: \(format) is not csv or json") }
    }

    func run() throws {
        let store = try journal.open(.readOnly)
        let bytes = HousingExporter.export(HousingExporter.Table(rawValue: table)!, state: store.state,
                                           format: HousingExporter.Format(rawValue: format)!, english: english, bom: bom)
        if let output {
            try CLIFile.write(bytes, to: output)
            printErr("exported housing \(table) to \(output)")
        } else {
            FileHandle.standardOutput.write(Data(bytes))
        }
    }
}
