import Foundation
import SiliconAlleyCore
import TerminalUI

/// Starts the terminal, runs the loop, and always restores the terminal on the way out.
///
/// Start-up does not wait for the journal: the first frame (title, and a progress line)
/// is drawn at once, the journal is opened on a thread of its own, and `q` leaves at any
/// moment. Once the state is there the shell draws it; what is slow to build (the
/// registry's name order, the journal index, a new snapshot) is built on other threads
/// while the operator already works.
public enum ConsoleApp {
    /// Opens the store on the loading thread; hands its progress on.
    public typealias Opener = @Sendable (_ progress: @escaping @Sendable (LoadProgress) -> Void) throws -> JournalStore

    /// The console over a store already open (tests).
    public static func run(store: JournalStore, options: ConsoleOptions) -> Int32 {
        if let refusal = windowRefusal(store, options) {
            FileHandle.standardError.write(Data(refusal.utf8))
            return 2
        }
        let box = StoreBox(store)
        return run(path: store.path, options: options, exitWhenDone: false) { _ in box.store }
    }

    /// The console: opens the journal with `open` while the screen shows how far it is.
    /// With `exitWhenDone` the process ends as the console does, without freeing the state
    /// record by record (the OS takes it back at once).
    public static func run(path: String, options: ConsoleOptions, exitWhenDone: Bool, open: @escaping Opener) -> Int32 {
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
        let mode: ShellMode = options.window ? .window : .console(start: start)
        let language: Language = options.english ? .en : .zh

        let loader = StoreLoader(open)
        let store: JournalStore
        switch waitForStore(loader, screen: screen, view: LoadingView(
            mode: mode, path: path, language: language, look: look, progress: nil, meter: ProgressMeter(unit: Phrase("行", "lines")))) {
        case .quit:
            screen.stop()
            // The loading thread may be anywhere in the file: leave it there.
            exit(0)
        case .failed(let error):
            screen.stop()
            FileHandle.standardError.write(Data("silicon-alley: \(path): \(error)\n".utf8))
            return 1
        case .opened(let s):
            store = s
        }
        if let refusal = windowRefusal(store, options) {
            screen.stop()
            FileHandle.standardError.write(Data(refusal.utf8))
            return 2
        }

        // A replay leaves the heap full of freed lines, and a USCC index most sessions never
        // use: give those pages back before the background builds (search, snapshot, index)
        // add their own.
        store.deferDerivedIndexes()
        HeapTrim.now()
        let (printer, printerWarning) = PrinterSetup.resolve(printer: options.printer, paper: options.paper, environment: options.environment)
        // A start that writes a snapshot (a first start, or one far behind the last) writes it
        // before the registry's name order is built: the two one after the other, since both
        // at once were the peak, and in this order a million-line first start stays under
        // 400 MB (the write's scratch comes before the search's 80 MB, not on top of it). The
        // name order arrives about a second later; the plain list answers meanwhile.
        let holdSearchUntil = store.snapshotDue ? Date().timeIntervalSinceReferenceDate + 30 : 0
        let shell = Shell(store: store, language: language, look: look, mode: mode, size: screen.size, printer: printer,
                          background: true, holdSearch: holdSearchUntil > 0)
        shell.environment = options.environment
        if let warning { shell.say(warning, error: true, seconds: 8) }
        if let printerWarning { shell.say(printerWarning, error: true, seconds: 8) }
        shell.takeNotices()
        shell.ctx.progress = { [unowned shell] text in
            shell.showProgress(text)
            let frame = shell.render(size: screen.size)
            screen.draw(frame.grid, cursor: frame.cursor)
        }
        let snapshots = BackgroundSnapshot(store: store)
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
            // Every change is already in the journal; an open form's typing goes with the terminal.
            if screen.hungUp { break }
            let t = Date().timeIntervalSinceReferenceDate
            // Others' lines show up within a second even while the operator types.
            if t - lastTick >= 0.25 {
                lastTick = t
                if shell.tick(now: t) { dirty = true }
                // Not while the registry's search is built: both at once were a first start's peak.
                if let failure = snapshots.poll(othersBuilding: shell.ctx.enterprises.building) {
                    shell.say(failure, error: true, seconds: 8)
                    dirty = true
                }
                // The first attempt done (written or not), none due any more, or too long: build.
                if shell.ctx.enterprises.holdBuild
                    && (snapshots.finishedJobs > 0 || (snapshots.isIdle && !store.snapshotDue) || t > holdSearchUntil) {
                    shell.ctx.enterprises.holdBuild = false
                    dirty = true
                }
            }
        }
        snapshots.abandon()
        if exitWhenDone {
            screen.stop()
            store.recordWitness(throttled: false)
            exit(0)
        }
        return 0
    }

    private static func windowRefusal(_ store: JournalStore, _ options: ConsoleOptions) -> String? {
        guard options.window && store.role < .clerk else { return nil }
        return "silicon-alley: window mode needs the clerk role; \(store.actor) is \(store.role.rawValue) (an admin can run: silicon-alley operators add \(store.actor) --role clerk)\n"
    }

    private enum Loaded {
        case opened(JournalStore)
        case failed(Error)
        case quit
    }

    /// Draws the loading frame (at once, then ten times a second) until the store is open
    /// or the operator leaves.
    private static func waitForStore(_ loader: StoreLoader, screen: NcursesScreen, view: LoadingView) -> Loaded {
        var view = view
        var lastDraw = -1.0
        while true {
            if let result = loader.result {
                switch result {
                case .success(let box): return .opened(box.store)
                case .failure(let e): return .failed(e)
                }
            }
            let now = ProgressMeter.clock()
            if now - lastDraw >= 0.1 {
                view.progress = loader.progress
                screen.draw(view.render(size: screen.size, now: now))
                lastDraw = now
            }
            // Short waits: the shell should follow the load within a hundredth of a second.
            if screen.hungUp { return .quit }
            if let key = screen.readKey(timeoutMilliseconds: 10) {
                if key == .char("q") || key == .ctrl("c") || key == .ctrl("d") { return .quit }
                if key == .resize || key == .ctrl("l") { screen.forceRepaint(); lastDraw = -1 }
            }
        }
    }
}

/// A store handed from the loading thread to the console's (which alone uses it after).
final class StoreBox: @unchecked Sendable {
    let store: JournalStore
    init(_ store: JournalStore) { self.store = store }
}

/// Opens the journal on a thread of its own; the console's thread reads how far it is.
final class StoreLoader: @unchecked Sendable {
    private let lock = NSLock()
    private var latest: LoadProgress?
    private var done: Result<StoreBox, Error>?

    init(_ open: @escaping ConsoleApp.Opener) {
        let thread = Thread { [self] in
            let r = Result { StoreBox(try open { p in self.lock.withLock { self.latest = p } }) }
            lock.withLock { done = r }
        }
        // Replay recurses little, but the default secondary-thread stack is small.
        thread.stackSize = 8 << 20
        thread.start()
    }

    var progress: LoadProgress? { lock.withLock { latest } }
    var result: Result<StoreBox, Error>? { lock.withLock { done } }
}
