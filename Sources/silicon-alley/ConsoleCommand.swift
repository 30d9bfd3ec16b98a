import ArgumentParser
import Console
import Foundation
import SiliconAlleyCore

struct ConsoleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "console",
        abstract: "Open the console (the default).")

    @OptionGroup var journal: JournalOption
    @Flag(help: "Service-window mode: straight into the intake form, with an F-key legend (clerk role or above).")
    var window = false
    @Option(help: "Theme name (themes/NAME.theme) or a path to a theme file.") var theme = "default"
    @Option(help: "Interface language: zh (default) or en.") var lang = "zh"
    @Flag(help: "Plain ASCII borders, for terminals where box drawing is double-width.") var ascii = false
    @Option(help: "Open on this pane (name or digit, e.g. enterprises or 3) instead of the overview.") var pane: String?
    @Option(help: "The window's printer, a CUPS queue (default: printer= in ~/.config/silicon-alley/console.conf or /etc/silicon-alley.conf; none: receipts are files).")
    var printer: String?
    @Option(help: "The printer's paper: 80mm (receipt roll, the default) or a4.") var paper: String?

    func validate() throws {
        guard lang == "zh" || lang == "en" else { throw ValidationError("--lang: \(lang) is not zh or en") }
        if let printer, !PrinterSetup.isQueueName(printer) {
            throw ValidationError("--printer: “\(printer)” is not a CUPS queue name (letters, digits, - _ . @)")
        }
        if let paper, Paper(rawValue: paper.lowercased()) == nil { throw ValidationError("--paper: \(paper) is not 80mm or a4") }
        if let pane, !PaneRegistry.standard.contains(where: { $0.names.contains(pane.lowercased()) }) {
            throw ValidationError("--pane: no pane “\(pane)” (\(PaneRegistry.standard.map { "\($0.digit) \($0.id.name)" }.joined(separator: ", ")))")
        }
    }

    func run() throws {
        guard isatty(0) == 1 && isatty(1) == 1 else {
            printErr("silicon-alley: the console needs a terminal on stdin and stdout (use verify, demo, import or export for scripts)")
            throw ExitCode(2)
        }
        // Read-only is a mode: a viewer, a file this login may only read or a read-only file
        // system still opens, with the reason on the status line; notices go on screen. The
        // journal is opened on the console's loading thread (progress on screen); the snapshot
        // is written later, in the background.
        let path = journal.path
        let witnesses = journal.witnesses
        let options = ConsoleOptions(window: window, theme: theme, english: lang == "en", ascii: ascii,
                                     environment: ProcessInfo.processInfo.environment, pane: pane, printer: printer, paper: paper)
        let code = ConsoleApp.run(path: path, options: options, exitWhenDone: true) { progress in
            try JournalStore(path: path, witnesses: witnesses, snapshotAtOpen: false, progress: progress)
        }
        if code != 0 { throw ExitCode(code) }
    }
}
