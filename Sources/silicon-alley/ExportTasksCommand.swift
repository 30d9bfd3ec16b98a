import ArgumentParser
import Foundation
import SiliconAlleyCore

/// `silicon-alley export tasks …`: the annual task breakdown (年度任务分工).
struct ExportTasksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tasks",
        abstract: "Export the annual task breakdown (年度任务分工): per lead unit, its projects and the milestones due in the year, done / late.")

    @OptionGroup var journal: JournalOption
    @Option(help: "The year (default: this year, Beijing time).") var year: Int?
    @Option(help: "Only this lead unit: its id or name (e.g. task-force-office, 专班办公室).") var unit: String?
    @Option(help: "md or csv.") var format: String = "md"
    @Flag(help: "English headings and labels.") var english = false
    @Flag(help: "Start the CSV with a UTF-8 BOM so Excel opens Chinese text correctly.") var bom = false
    @Option(help: "Write to this file instead of stdout.") var output: String?

    func validate() throws {
        guard TaskBreakdownExporter.Format(rawValue: format) != nil else { throw ValidationError("--format: \(format) is not md or csv") }
        if let year, !(2000...2100).contains(year) { throw ValidationError("--year: \(year) is not a year of the plan's era") }
    }

    func run() throws {
        let store = try journal.open(.readOnly)
        let today = LocalDate.today()
        var unitId: String?
        if let unit {
            guard let u = store.state.unitDirectory(store.catalog).resolve(unit) else {
                throw ValidationError("--unit: unknown unit “\(unit)” (see the unit list in data/catalog/units.json, or units added in the journal)")
            }
            unitId = u.id
        }
        let breakdown = TaskBreakdown(store.state, year: year ?? today.year, unit: unitId, catalog: store.catalog, today: today)
        let bytes = TaskBreakdownExporter.export(breakdown, format: TaskBreakdownExporter.Format(rawValue: format)!, english: english, bom: bom)
        if let output {
            try CLIFile.write(bytes, to: output)
            printErr("exported the \(breakdown.year) task breakdown (\(breakdown.units.count) units) to \(output)")
        } else {
            FileHandle.standardOutput.write(Data(bytes))
        }
    }
}
