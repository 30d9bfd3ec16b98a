import ArgumentParser
import SiliconAlleyCore

struct OperatorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "operators",
        abstract: "List operators; add or remove one (admin only).",
        subcommands: [List.self, Add.self, Remove.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        @OptionGroup var journal: JournalOption
        func run() throws {
            let store = try journal.open(.readOnly)
            for op in store.state.operators.values.sorted(by: { $0.login < $1.login }) where !op.removed {
                print("\(op.login.padding(toLength: 20, withPad: " ", startingAt: 0)) \(op.role.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) (by \(op.assignedBy))")
            }
            print("you: \(store.actor) (\(store.role.rawValue))")
        }
    }

    struct Add: ParsableCommand {
        @OptionGroup var journal: JournalOption
        @Argument(help: "The OS login.") var login: String
        @Option(help: "admin, operator, clerk or viewer.") var role: String
        func run() throws {
            guard let r = Role(rawValue: role) else {
                throw ValidationError("--role: \(role) is not one of admin, operator, clerk, viewer")
            }
            let store = try journal.open()
            try perform(store, AssignRole(login: login, role: r))
            print("\(login): \(r.rawValue)")
        }
    }

    struct Remove: ParsableCommand {
        @OptionGroup var journal: JournalOption
        @Argument(help: "The OS login.") var login: String
        func run() throws {
            let store = try journal.open()
            try perform(store, RemoveOperator(login: login))
            print("\(login): removed (now a viewer)")
        }
    }
}

/// One exit path for a refused command: each field and reason, then exit 1.
func perform(_ store: JournalStore, _ command: any Command) throws {
    do {
        try store.perform(command)
    } catch {
        throw refused(error)
    }
}
