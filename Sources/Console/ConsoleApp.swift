import Foundation
import SiliconAlleyCore
import TerminalUI

/// Starts the terminal, runs the loop, and always restores the terminal on the way out.
public enum ConsoleApp {
    public static func run(store: JournalStore, options: ConsoleOptions) -> Int32 {
        if options.window && store.role < .clerk {
            FileHandle.standardError.write(Data("silicon-alley: window mode needs the clerk role; \(store.actor) is \(store.role.rawValue) (an admin can run: silicon-alley operators add \(store.actor) --role clerk)\n".utf8))
            return 2
        }
        let (theme, warning) = ThemeResolver.resolve(options.theme, environment: options.environment)
        let screen = NcursesScreen(environment: options.environment)
        if let e = screen.localeError, !screen.isUTF8 {
            screen.stop()
            FileHandle.standardError.write(Data("silicon-alley: \(e)\n".utf8))
            return 2
        }
        defer { screen.stop() }
        // NO_COLOR is already in the theme (ThemeResolver); a terminal without colours too.
        let look = Look(theme: screen.hasColor ? theme : Theme.monochrome(from: theme), ascii: options.ascii)
        let start = options.pane.flatMap { name in PaneRegistry.standard.first { $0.names.contains(name.lowercased()) }?.id } ?? .dashboard
        let (printer, printerWarning) = PrinterSetup.resolve(printer: options.printer, paper: options.paper, environment: options.environment)
        let shell = Shell(store: store, language: options.english ? .en : .zh, look: look,
                          mode: options.window ? .window : .console(start: start), size: screen.size, printer: printer)
        shell.environment = options.environment
        if let warning { shell.say(warning, error: true, seconds: 8) }
        if let printerWarning { shell.say(printerWarning, error: true, seconds: 8) }
        shell.takeNotices()
        var dirty = true
        var lastTick = 0.0
        while true {
            if dirty {
                if shell.repaintRequested { screen.forceRepaint(); shell.repaintRequested = false }
                let frame = shell.render(size: screen.size)
                screen.draw(frame.grid, cursor: frame.cursor)
                dirty = false
            }
            if let key = screen.readKey(timeoutMilliseconds: 250) {
                if !shell.handle(key, now: Date().timeIntervalSinceReferenceDate, size: screen.size) { break }
                dirty = true
            }
            let t = Date().timeIntervalSinceReferenceDate
            // Others' lines show up within a second even while the operator types.
            if t - lastTick >= 0.25 {
                lastTick = t
                if shell.tick(now: t) { dirty = true }
            }
        }
        return 0
    }
}
