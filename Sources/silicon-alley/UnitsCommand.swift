import ArgumentParser
import SiliconAlleyCore

/// `silicon-alley units`: the units projects, blockers and tickets are assigned to — the
/// catalogue's and those added to the journal. Adding needs the operator role.
struct UnitsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "units",
        abstract: "List the units (牵头单位, 承办单位); add one the catalogue lacks (operator).",
        subcommands: [List.self, Add.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        @OptionGroup var journal: JournalOption
        @Flag(help: "Only the units that handle service-window requests.") var window = false
        @Flag(help: "English names.") var english = false
        func run() throws {
            let store = try journal.open()
            let units = store.state.unitDirectory(store.catalog)
            for u in window ? units.windowUnits : units.all {
                let name = u.name(english: english)
                let short = english ? "" : (u.short.map { " (\($0))" } ?? "")
                print("\(u.id.padding(toLength: 28, withPad: " ", startingAt: 0)) \(name)\(short) · \(english ? u.kind.en : u.kind.zh)\(u.window ? (english ? " · window" : " · 窗口承办") : "")")
            }
        }
    }

    struct Add: ParsableCommand {
        @OptionGroup var journal: JournalOption
        @Argument(help: "The Chinese name (东城区城市更新工作办公室).") var zh: String
        @Option(help: "The English name (default: the Chinese one).") var en: String = ""
        @Option(help: "A short Chinese name for narrow columns (区城市更新办).") var short: String = ""
        @Option(help: "government or partner.") var kind: String = "government"
        @Flag(help: "It handles service-window requests (承办单位).") var window = false
        @Option(help: "What it does.") var role: String = ""
        func run() throws {
            guard let k = OrgUnit.Kind(rawValue: kind), k == .government || k == .partner else {
                throw ValidationError("--kind: \(kind) is not government or partner")
            }
            let store = try journal.open()
            try perform(store, AddUnit(zh: zh, en: en, short: short, kind: k, window: window, role: role))
            print("\(store.state.unitDirectory(store.catalog).all.last!.id): \(zh)")
        }
    }
}
