import ArgumentParser
import Foundation
import SiliconAlleyCore

/// `silicon-alley export events --from DATE --to DATE --format ics|csv …`.
struct ExportEventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Export the events of a date range as iCalendar (RFC 5545) or CSV (to stdout, or --output FILE).")

    @OptionGroup var journal: JournalOption
    @Option(help: "First day (YYYY-MM-DD).") var from: String
    @Option(help: "Last day (YYYY-MM-DD), included.") var to: String
    @Option(help: "ics or csv.") var format: String = "ics"
    @Flag(help: "iCalendar times in UTC instead of TZID=Asia/Shanghai.") var utc = false
    @Flag(help: "English names and headers.") var english = false
    @Flag(help: "Start the CSV with a UTF-8 BOM so Excel opens Chinese text correctly.") var bom = false
    @Option(help: "Write to this file instead of stdout.") var output: String?

    func validate() throws {
        guard EventExporter.Format(rawValue: format) != nil else { throw ValidationError("--format: \(format) is not ics or csv") }
        guard let a = LocalDate(from) else { throw ValidationError("--from: \(from) is not a date in YYYY-MM-DD form") }
        guard let b = LocalDate(to) else { throw ValidationError("--to: \(to) is not a date in YYYY-MM-DD form") }
        guard a <= b else { throw ValidationError("--to \(to) is before --from \(from)") }
        if utc && format != "ics" { throw ValidationError("--utc is for --format ics") }
        if bom && format != "csv" { throw ValidationError("--bom is for --format csv") }
    }

    func run() throws {
        let store = try journal.open(.readOnly)
        let events = EventExporter.events(store.state, from: LocalDate(from)!, to: LocalDate(to)!)
        let bytes: [UInt8]
        switch EventExporter.Format(rawValue: format)! {
        case .ics: bytes = EventExporter.ics(events, state: store.state, utc: utc, english: english, catalog: store.catalog)
        case .csv: bytes = EventExporter.csv(events, state: store.state, english: english, bom: bom, catalog: store.catalog)
        }
        if let output {
            try CLIFile.write(bytes, to: output)
            printErr("exported \(events.count) events to \(output)")
        } else {
            FileHandle.standardOutput.write(Data(bytes))
        }
    }
}
