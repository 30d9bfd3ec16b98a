import Foundation
import SiliconAlleyCore
import TerminalUI

/// The console's one loop body: a key (or a tick) comes in with the screen size, the shell
/// or the focused pane turns it into an outcome, commands go to the journal, and the next
/// frame is drawn from state. Drawing (`render`) changes nothing; tests send keys without
/// drawing first.
public final class Shell {
    public let ctx: ShellContext
    public let mode: ShellMode
    public private(set) var panes: [(spec: PaneSpec, pane: any Pane)]
    public internal(set) var active: Int
    var overlay: Overlay?
    var flash: (text: String, isError: Bool, until: Double)?
    /// Notices that stay until dismissed (Esc on the main screen, or `:messages`): a torn tail
    /// or a quarantine moved aside (with the side file), history changed.
    var pinned: [JournalNotice] = []
    var liveUntil: Double = 0
    /// The pane an overview figure was opened from: `q` and Esc go back there.
    var cameFrom: Int?
    var now: Double = 0
    public internal(set) var quitRequested = false
    /// Set when the screen must be repainted from scratch (Ctrl-L, theme or language change).
    public var repaintRequested = false
    /// The process environment (themes, `lp` on the PATH): the context's.
    public var environment: [String: String] {
        get { ctx.environment }
        set { ctx.environment = newValue }
    }
    public static let minimum = Size(width: 80, height: 24)

    indirect enum Overlay {
        /// Help over whatever was open (a form keeps its input underneath).
        case help(HelpOverlay, under: Overlay?)
        case palette(CommandPalette)
        case filter(FilterLine, previous: String)
        case form(FormSession)
        /// "Discard input?" — and the key to act on once the form is gone (F5 from a form).
        case discard(FormSession, Dialog, then: Key?)
        /// "Save anyway?" over a form whose commands are ready (a duplicate name).
        case confirmSave(FormSession, Dialog, [any Command])
        case detail(title: String, view: DetailView)
    }

    /// `background`: the journal index and the registry's search are built on threads of
    /// their own (the console); tests build them here, at once. `holdSearch`: the search's
    /// build waits until `ctx.enterprises.holdBuild` is cleared (see `ConsoleApp`).
    public init(store: JournalStore, language: Language, look: Look, mode: ShellMode = .console(), size: Size = Shell.minimum,
                printer: PrinterSetup? = nil, background: Bool = false, holdSearch: Bool = false) {
        ctx = ShellContext(store: store, language: language, look: look, backgroundIndex: background)
        ctx.background = background
        // Before the panes: the registry's pane asks for the search as it is made.
        ctx.enterprises.holdBuild = holdSearch
        // Before the start key: the window's intake form says "print" only with a printer.
        ctx.printer = printer
        self.mode = mode
        let ctx = self.ctx
        panes = mode.panes.map { ($0, $0.make(ctx)) }
        active = panes.firstIndex { $0.spec.id == mode.start } ?? 0
        if let key = mode.startKey { _ = handle(key, now: 0, size: size) }
    }

    public var activePane: any Pane { panes[active].pane }
    public var activeSpec: PaneSpec { panes[active].spec }

    public func pane(_ id: PaneID) -> (any Pane)? { panes.first { $0.spec.id == id }?.pane }

    /// Every message said on the status line this session, newest last (`:messages`): a
    /// message longer than the line is cut there but kept whole here.
    public private(set) var messages: [(time: String, text: String, isError: Bool)] = []

    public func say(_ text: String, error: Bool = false, seconds: Double = 4) {
        flash = (text, error, now + seconds)
        messages.append((BeijingTime.clock(Date()), text, error))
        if messages.count > 500 { messages.removeFirst(messages.count - 500) }
    }

    /// A progress line on the status line (not kept in `:messages`; the next message replaces it).
    func showProgress(_ text: String) {
        flash = (text, false, now + 2)
    }

    public func globalBindings() -> [GlobalBinding] { ShellAction.bindings(for: panes.map(\.spec)) }

    /// Every key that acts on the active pane, for help: its own, the list moves, the shared.
    public func helpRows() -> [(key: String, description: String)] {
        let l = ctx.language
        let own = activeSpec.bindings + (activeSpec.isList ? ListMove.bindings : [])
        return (own + globalBindings().map(\.binding)).map { ($0.label, $0.help.text(l)) }
    }

    // MARK: Layout

    /// Title (2 rows), content, rule and status line: the same for keys and drawing.
    static func layout(_ size: Size) -> (title: Rect, content: Rect, bottom: Rect) {
        let all = Rect(x: 0, y: 0, width: size.width, height: size.height)
        let (top, rest) = all.splitTop(2)
        let (content, bottom) = rest.splitBottom(2)
        return (top, content, bottom)
    }

    // MARK: Keys

    /// Returns false when the console should end.
    public func handle(_ key: Key, now: Double, size: Size) -> Bool {
        self.now = now
        if key == .resize { return true }
        if key == .ctrl("l") { repaintRequested = true; return true }
        if case .ctrl("c") = key, overlay == nil { quitRequested = true; return false }
        // Too small: only quitting and redrawing act; everything else would act on hidden things.
        if !TooSmallScreen.fits(size, minimum: Self.minimum) {
            if key == .char("q") && !hasUnsavedInput { quitRequested = true; return false }
            return true
        }
        return handle(key, now: now, area: Self.layout(size).content)
    }

    /// A key for the content area `area` (the screen already checked for size).
    func handle(_ key: Key, now: Double, area: Rect) -> Bool {
        if overlay != nil {
            handleOverlay(key, area: area)
            return !quitRequested
        }
        if let outcome = activePane.dispatch(key, in: area, ctx) {
            apply(outcome, area: area)
        } else if let g = globalBindings().first(where: { $0.binding.keys.contains(key) }) {
            run(g.action, area: area)
        } else if Self.saysWhenUnbound(key) {
            // A key that does nothing here says so, rather than leave the operator guessing.
            say(ctx.t("“\(Sanitizer.clean(key.name))”在此没有作用：按 ? 查看本页的键", "“\(Sanitizer.clean(key.name))” does nothing here: ? lists this page's keys"))
        }
        return !quitRequested
    }

    /// Letters, digits, punctuation and F-keys: what an operator presses on purpose. (Arrows
    /// at a list's end, Tab and stray escapes stay quiet.)
    static func saysWhenUnbound(_ key: Key) -> Bool {
        switch key {
        case .char(let c): return !c.isWhitespace
        case .function: return true
        default: return false
        }
    }

    /// Changing pane by hand forgets the way back, and what was said about the last one.
    func switchTo(_ i: Int) {
        guard i != active else { return }
        active = i
        cameFrom = nil
        flash = nil
    }

    /// A form is open with input that would be lost.
    var hasUnsavedInput: Bool {
        switch overlay {
        case .form(let s)?, .discard(let s, _, _)?, .confirmSave(let s, _, _)?: return s.form.isDirty
        case .help(_, let under?)?:
            if case .form(let s) = under { return s.form.isDirty }
            return false
        default: return false
        }
    }

    func run(_ action: ShellAction, area: Rect) {
        switch action {
        case .quit:
            // `q` goes back to where a figure was opened from; it quits only at the top.
            if let back = cameFrom { active = back; cameFrom = nil; flash = nil } else { quitRequested = true }
        case .back:
            // A pinned notice goes first (it was read); then panes clear what they show
            // filtered by (text, or an overview figure's criteria).
            if !pinned.isEmpty { pinned.removeFirst(); return }
            if activePane.clearFilter(in: area, ctx) { return }
            // Nothing to clear: back to where the operator came from (an overview figure).
            if let back = cameFrom { active = back; cameFrom = nil; flash = nil }
        case .help:
            overlay = .help(HelpOverlay(title: ctx.t("帮助 · ", "Help · ") + activeSpec.title.text(ctx.language), rows: helpRows()), under: nil)
        case .palette: overlay = .palette(CommandPalette(commands: paletteCompletions()))
        case .filter:
            if let why = activePane.filterUnavailable(ctx) { say(why, error: true); return }
            overlay = .filter(FilterLine(text: activePane.filter), previous: activePane.filter)
        case .redraw: repaintRequested = true
        case .goto(let id):
            if let i = panes.firstIndex(where: { $0.spec.id == id }) { switchTo(i) }
        case .nextPane: switchTo((active + 1) % panes.count)
        case .previousPane: switchTo((active + panes.count - 1) % panes.count)
        }
    }

    func apply(_ outcome: PaneOutcome, area: Rect) {
        switch outcome {
        case .none: break
        case .say(let text): say(text)
        case .refuse(let text): say(text, error: true, seconds: 6)
        case .openForm(let session):
            overlay = .form(session)
            flash = nil   // what was said before is not about this form
        case .openDetail(let title, let lines): overlay = .detail(title: title, view: DetailView(lines: lines))
        case .write(let request):
            // A large batch (an import) takes seconds to check again under the lock and write.
            if request.commands.count >= 1_000 {
                ctx.progress?(ctx.t("正在写入 \(Self.grouped(request.commands.count)) 条……", "writing \(Self.grouped(request.commands.count)) records…"))
            }
            do {
                let lines = try commit(request.commands)
                apply(request.done(ctx, lines), area: area)
            } catch {
                if let refused = request.refused { apply(refused(ctx, error), area: area) }
                else { say(Self.describe(error, ctx.language), error: true, seconds: 8) }
            }
        case .shell(let action): run(action, area: area)
        case .saveFile(let file):
            apply(file.then(ctx, write(file)), area: area)
        case .print(let request):
            apply(request.then(ctx, request.printouts.map(printOut)), area: area)
        case .goto(let id, let target):
            guard let i = panes.firstIndex(where: { $0.spec.id == id }) else {
                say(ctx.t("本模式没有该窗格", "that pane is not in this mode"), error: true)
                return
            }
            let from = active
            switchTo(i)
            cameFrom = from
            panes[i].pane.show(target, in: area, ctx)
        }
    }

    // MARK: The one write path

    /// Performs commands as one batch, then brings the index and every pane up to date.
    @discardableResult
    func commit(_ commands: [any Command]) throws -> [JournalLine] {
        let lines = try ctx.store.perform(commands, today: ctx.today)
        journalMoved()
        return lines
    }

    func journalMoved() {
        ctx.journal.update()
        for p in panes { p.pane.journalChanged(ctx) }
    }

    /// Lays a printout out for the configured printer's paper (A4 with none), writes it to
    /// `receipts/` beside the journal through the store, and prints it when a printer is set.
    func printOut(_ p: Printout) -> PrintResult {
        let paper = ctx.printer?.paper ?? .a4
        let text = PrintLayout.text(p, paper: paper)
        let file = Result { try ctx.store.writePrintout(p.fileName, text: text) }
        let printed = ctx.printer.map { LinePrinter.print(text, title: p.title + " " + p.fileName.replacingOccurrences(of: ".txt", with: ""), to: $0, environment: ctx.environment) }
        return PrintResult(printout: p, paper: paper, text: text, file: file, printed: printed)
    }

    /// Writes a file whole, readable by its owner only from the moment it exists (a temp
    /// file made 0600, then renamed over the name).
    func write(_ file: FileWrite) -> Result<String, Error> {
        do {
            let dir = (file.path as NSString).deletingLastPathComponent
            if !dir.isEmpty { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700]) }
            let tmp = file.path + ".tmp-\(getpid())"
            let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
            guard fd >= 0 else { throw JournalError.io(path: tmp, operation: "create", errno: errno) }
            var done = 0
            while done < file.bytes.count {
                let n = file.bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress! + done, file.bytes.count - done) }
                if n <= 0 { let e = errno; close(fd); unlink(tmp); throw JournalError.io(path: tmp, operation: "write", errno: e) }
                done += n
            }
            close(fd)
            guard rename(tmp, file.path) == 0 else { let e = errno; unlink(tmp); throw JournalError.io(path: file.path, operation: "rename", errno: e) }
            return .success(file.path)
        } catch {
            return .failure(error)
        }
    }

    /// A refusal or failure as one line for the status bar.
    static func describe(_ error: Error, _ l: Language) -> String {
        switch error {
        case let r as CommandRejected: return l.t("未保存：", "not saved: ") + FieldLabels.message(r, l)
        case let b as BatchRejected: return l.t("未保存：第 \(b.index + 1) 项 ", "not saved: item \(b.index + 1): ") + FieldLabels.message(b.rejection, l)
        case JournalError.notWritable(let reason): return l.t("只读，未保存：", "read-only, not saved: ") + reason.text(l)
        default: return l.t("未保存：", "not saved: ") + "\(error)"
        }
    }

    /// The store's notices: those naming a side file or a changed history stay pinned on
    /// the status line; the others are said once. True when there was any.
    @discardableResult
    public func takeNotices() -> Bool {
        let notices = ctx.store.takeJournalNotices()
        for n in notices {
            switch n {
            case .tornTailMoved, .quarantined, .quarantinedElsewhere, .historyChanged:
                pinned.append(n)
                messages.append((BeijingTime.clock(Date()), n.text(ctx.language), true))
            default:
                say(n.text(ctx.language), error: true, seconds: 10)
            }
        }
        return !notices.isEmpty
    }

    // MARK: Ticks

    /// Called a few times a second with no key: picks up other operators' lines.
    /// Returns true when something changed on screen.
    public func tick(now: Double) -> Bool {
        self.now = now
        var changed = false
        // A console stays open overnight: dates on new tickets and "due today" follow the clock.
        let today = LocalDate.today()
        if today != ctx.today {
            ctx.today = today
            changed = true
        }
        do {
            let new = try ctx.store.refresh()
            if !new.isEmpty {
                liveUntil = now + 1.0
                changed = true
            }
        } catch {
            say("\(error)", error: true, seconds: 10)
            changed = true
        }
        if takeNotices() { changed = true }
        if ctx.journal.update() > 0 { changed = true }
        if changed { for p in panes { p.pane.journalChanged(ctx) } }
        // Work done on other threads (the registry's search) arriving.
        for p in panes where p.pane.poll(ctx) { changed = true }
        if ctx.enterprises.arrived {
            // No pane took it (the window has no registry): adopt it for the pickers.
            _ = ctx.enterprises.current(today: ctx.today)
            changed = true
        }
        // The journal index is built when the journal pane is first shown (32 bytes a line:
        // a console that never shows it never holds it); a record's history builds it too.
        if activeSpec.id == .journal { ctx.journal.prepare() }
        if let f = flash, f.until <= now { flash = nil; changed = true }
        if liveUntil > 0 && liveUntil <= now { liveUntil = 0; changed = true }
        return changed
    }
}
