import ArgumentParser
import Console

struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Print the console's key table (Markdown), from the same data as the help overlay.")

    func run() throws {
        print(KeyTable.markdown(), terminator: "")
    }
}
