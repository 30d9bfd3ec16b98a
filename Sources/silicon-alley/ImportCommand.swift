import ArgumentParser
import Foundation
import SiliconAlleyCore

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import records from a CSV file (UTF-8, UTF-8 with BOM, or GB18030): all rows or none.")

    @OptionGroup var journal: JournalOption
    @Argument(help: "What to import: enterprises.") var kind: String
    @Argument(help: "The CSV file.") var file: String

    func validate() throws {
        guard kind == "enterprises" else { throw ValidationError("import: “\(kind)” — only enterprises can be imported") }
    }

    func run() throws {
        // Read as the user (the group privilege is only for the shared journal).
        guard let data = FileManager.default.contents(atPath: file) else { throw CLIError("\(file): cannot read the file") }
        let store = try journal.open()
        // A bar on stderr while a large file's rows are checked, on a terminal only.
        let bar = TerminalProgress("import", unit: Phrase("行", "rows"))
        defer { bar.finish() }
        do {
            let plan = try EnterpriseImporter.plan([UInt8](data), state: store.state, catalog: store.catalog) { fraction, rows in
                bar.update(fraction: fraction, count: rows)
            }
            bar.finish()
            let lines = try store.perform(plan.commands)
            print("imported \(plan.commands.count) enterprises (\(plan.encoding.rawValue)) as one batch: journal #\(lines.first!.seq)–#\(lines.last!.seq)")
        } catch let f as EnterpriseImporter.Failure {
            printErr("\(file): \(f)")
            throw ExitCode(1)
        } catch let r as BatchRejected where r.rejection.error(for: "role") == nil {
            // Someone else registered a code between our check and the lock.
            printErr("\(file): row \(r.index + 1) was refused when writing (\(r.rejection)); nothing imported")
            throw ExitCode(1)
        } catch {
            throw refused(error, prefix: "\(file): nothing imported")
        }
    }
}
