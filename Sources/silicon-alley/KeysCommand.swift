import ArgumentParser
import Console

struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Print the console's key table (Markdown), from the same data as the help overlay.")

    @Flag(help: "Print the table of panes instead (digit, name, what it is for).") var panes = false

    func run() throws {
        print(panes ? KeyTable.panesMarkdown() : KeyTable.markdown(), terminator: "")
    }
}
