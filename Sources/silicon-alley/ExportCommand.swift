import ArgumentParser

/// `silicon-alley export KIND`: one subcommand per kind of record, each in its own file.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export records (CSV, JSON and other formats) to stdout or a file.",
        subcommands: [ExportEnterprisesCommand.self, ExportTasksCommand.self, ExportHousingCommand.self, ExportEventsCommand.self])
}
