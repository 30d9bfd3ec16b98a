import ArgumentParser
import Foundation
import SiliconAlleyCore

/// `silicon-alley services`: the window's published service list (data/catalog/services.json,
/// built into the program) — each service's time limit, documents and handling unit — as
/// Markdown for posting at the window or CSV for the task force's review. Needs no journal.
struct ServicesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "services",
        abstract: "Print the window's service list (清单之外无事项): limits, documents, handling units.")

    @Option(help: "md or csv.") var format: String = "md"
    @Flag(help: "English names and headings.") var english = false
    @Flag(help: "Start the CSV with a UTF-8 BOM so Excel opens Chinese text correctly.") var bom = false
    @Option(help: "Write to this file instead of stdout.") var output: String?

    func validate() throws {
        guard ServiceListWriter.Format(rawValue: format) != nil else { throw ValidationError("--format: \(format) is not md or csv") }
    }

    func run() throws {
        let bytes = ServiceListWriter.write(.plan, format: ServiceListWriter.Format(rawValue: format)!, english: english, bom: bom)
        if let output {
            try CLIFile.write(bytes, to: output)
            printErr("wrote the service list (\(Catalog.plan.services.filter(\.isOffered).count) services) to \(output)")
        } else {
            FileHandle.standardOutput.write(Data(bytes))
        }
    }
}
