import SiliconAlleyCore
import TerminalUI

/// The console's one loop body: a key (or a tick) comes in, the shell or the focused pane
/// turns it into an action, the journal changes, and the next frame is drawn from state.
/// Pure with respect to the terminal: it draws into a Grid, so tests drive it directly.
public final class Shell {
    public let ctx: ShellContext
    public private(set) var panes: [Pane]
    public private(set) var active: Int
    var overlay: Overlay?
    private var flash: (text: String, isError: Bool, until: Double)?
    private var liveUntil: Double = 0
    private var now: Double = 0
    public private(set) var quitRequested = false
    /// Set when the screen must be repainted from scratch (Ctrl-L, theme change).
    public var repaintRequested = false
    public static let minimum = Size(width: 80, height: 24)

    enum Overlay {
        case help(HelpOverlay)
        case palette(CommandPalette)
        case filter(FilterLine, previous: String)
        case form(FormSession)
        case discard(FormSession, Dialog)
        case detail(title: String, view: DetailView)
        case alert(Dialog)
    }

    /// Service-window mode: only the window pane, opened on the intake form.
    public let windowMode: Bool

    public init(store: JournalStore, language: Language, look: Look, start: PaneID = .enterprises, windowMode: Bool = false) {
        ctx = ShellContext(store: store, language: language, look: look)
        self.windowMode = windowMode
        if windowMode {
            let window = WindowPane(ctx)
            panes = [window]
            active = 0
            overlay = .form(window.intake(ctx))
        } else {
            panes = Self.builtPanes(ctx)
            active = panes.firstIndex { $0.id == start } ?? 0
        }
    }

    /// The panes that are built, in tab order. A pane not built yet has no tab.
    static func builtPanes(_ ctx: ShellContext) -> [Pane] {
        [EnterprisesPane(ctx), WindowPane(ctx), JournalPane(journal: ctx.journal)]
    }

    public var activePane: Pane { panes[active] }

    public func say(_ text: String, error: Bool = false, seconds: Double = 4) {
        flash = (text, error, now + seconds)
    }

    // MARK: Bindings

    /// Keys every pane shares. Data, so help and the README come from the same place.
    public func globalBindings() -> [KeyBinding] { Self.globalBindings(for: panes.map(\.id)) }

    public static func globalBindings(for ids: [PaneID]) -> [KeyBinding] {
        var b: [KeyBinding] = []
        for id in ids {
            b.append(KeyBinding([.char(Character(String(id.rawValue)))], String(id.rawValue),
                                help: ("切换到\(id.title(.zh))", "go to \(id.title(.en))"), .goto(id)))
        }
        b += [
            KeyBinding([.tab], "Tab", help: ("下一个窗格", "next pane"), .nextPane),
            KeyBinding([.backTab], "Shift-Tab", help: ("上一个窗格", "previous pane"), .previousPane),
            KeyBinding([.char("/")], "/", legend: ("筛选", "filter"), help: ("输入即筛选；Enter 保留，Esc 清除", "filter as you type; Enter keeps, Esc clears"), .filter),
            KeyBinding([.char(":")], ":", legend: ("命令", "command"), help: ("命令面板（Tab 补全）", "command palette (Tab completes)"), .palette),
            KeyBinding([.char("?"), .function(1)], "?/F1", legend: ("帮助", "help"), help: ("本窗格的按键", "this pane's keys"), .help),
            KeyBinding([.ctrl("l")], "Ctrl-L", help: ("重画屏幕", "redraw the screen"), .redraw),
            KeyBinding([.escape], "Esc", help: ("返回（关闭弹窗、清除筛选）", "back (close overlays, clear the filter)"), .back),
            KeyBinding([.char("q")], "q", legend: ("退出", "quit"), help: ("返回；在顶层时退出", "back; quits at the top level"), .quit),
        ]
        return b
    }

    static let listBindings: [KeyBinding] = [
        KeyBinding([.up, .down, .char("j"), .char("k")], "↑↓ j k", help: ("上下移动", "move up and down"), .pane("noop")),
        KeyBinding([.pageUp, .pageDown], "PgUp PgDn", help: ("翻页", "page up and down"), .pane("noop")),
        KeyBinding([.home, .end, .char("g"), .char("G")], "g G", help: ("到顶 / 到底", "first / last"), .pane("noop")),
    ]

    public func helpRows() -> [(key: String, description: String)] {
        let l = ctx.language
        let all = activePane.bindings(ctx) + Self.listBindings + globalBindings()
        return all.map { ($0.label, l == .zh ? $0.help.zh : $0.help.en) }
    }

    public static let paletteCommands = [
        "goto dashboard", "goto projects", "goto enterprises", "goto housing", "goto events", "goto window", "goto journal",
        "filter ", "theme ", "lang zh", "lang en", "export", "import ", "report", "report ", "q",
    ]

    // MARK: Keys

    /// Returns false when the console should end.
    public func handle(_ key: Key, now: Double) -> Bool {
        self.now = now
        if key == .resize { return true }
        if key == .ctrl("l") { repaintRequested = true; return true }
        if case .ctrl("c") = key, overlay == nil { quitRequested = true; return false }
        // Too small: only quitting and redrawing act; everything else would act on hidden things.
        if !TooSmallScreen.fits(size, minimum: Self.minimum) {
            if key == .char("q") { quitRequested = true; return false }
            return true
        }
        if overlay != nil {
            handleOverlay(key)
            return !quitRequested
        }
        let outcome = activePane.handle(key, ctx)
        if case .unhandled = outcome {
            if let b = (activePane.bindings(ctx) + globalBindings()).first(where: { $0.keys.contains(key) }) {
                run(b.action)
            }
        } else {
            apply(outcome)
        }
        return !quitRequested
    }

    var size = Size(width: 80, height: 24)

    func run(_ action: ShellAction) {
        switch action {
        case .quit: quitRequested = true
        case .back:
            if !activePane.filter.isEmpty { activePane.setFilter("", ctx) }
        case .help: overlay = .help(HelpOverlay(title: ctx.t("帮助 · ", "Help · ") + activePane.id.title(ctx.language), rows: helpRows()))
        case .palette: overlay = .palette(CommandPalette(commands: Self.paletteCommands))
        case .filter: overlay = .filter(FilterLine(text: activePane.filter), previous: activePane.filter)
        case .redraw: repaintRequested = true
        case .goto(let id):
            if let i = panes.firstIndex(where: { $0.id == id }) { active = i }
        case .nextPane: active = (active + 1) % panes.count
        case .previousPane: active = (active + panes.count - 1) % panes.count
        case .pane(let name): apply(activePane.perform(name, ctx))
        }
    }

    func apply(_ outcome: PaneOutcome) {
        switch outcome {
        case .none, .unhandled: break
        case .openForm(let session): overlay = .form(session)
        case .openDetail(let title, let lines): overlay = .detail(title: title, view: DetailView(lines: lines))
        case .flash(let text): say(text)
        }
    }

    private func handleOverlay(_ key: Key) {
        guard let current = overlay else { return }
        switch current {
        case .help(var h):
            if h.handle(key) { overlay = .help(h) }
            else if key == .escape || key == .char("q") || key == .char("?") || key == .function(1) || key == .enter { overlay = nil }
        case .alert(var d):
            if d.handle(key) != .none { overlay = nil } else { overlay = .alert(d) }
        case .detail(let title, var v):
            if key == .escape || key == .char("q") || key == .enter { overlay = nil; return }
            _ = v.handle(key, height: max(1, size.height - 6), width: max(10, size.width - 4))
            overlay = .detail(title: title, view: v)
        case .filter(var f, let previous):
            switch f.handle(key) {
            case .none: overlay = .filter(f, previous: previous)
            case .changed(let text): activePane.setFilter(text, ctx); overlay = .filter(f, previous: previous)
            case .accept: overlay = nil
            case .cancel: activePane.setFilter("", ctx); overlay = nil
            }
        case .palette(var p):
            switch p.handle(key) {
            case .none: overlay = .palette(p)
            case .cancel: overlay = nil
            case .run(let text): overlay = nil; runPalette(text)
            }
        case .form(var session):
            switch session.form.handle(key) {
            case .none:
                session.recheck(ctx)
                overlay = .form(session)
            case .cancel:
                if session.form.isDirty {
                    overlay = .discard(session, Dialog.confirm(title: ctx.t("放弃输入？", "Discard input?"),
                                                               message: ctx.t("表单中有未保存的内容。放弃并关闭？", "The form holds unsaved input. Discard it and close?"),
                                                               yes: ctx.t("放弃", "Discard"), no: ctx.t("继续编辑", "Keep editing")))
                } else {
                    overlay = nil
                }
            case .submit:
                switch session.submit(ctx) {
                case .saved(let lines):
                    overlay = nil
                    let message = session.saved(ctx, lines)
                    if !message.isEmpty { say(message) }
                    ctx.journal.update()
                    for p in panes { p.journalChanged(ctx) }
                    if let after = session.afterSave { apply(after(ctx, lines)) }
                case .refused(let message):
                    overlay = .form(session)
                    say(message, error: true, seconds: 6)
                }
            }
        case .discard(let session, var d):
            switch d.handle(key) {
            case .none: overlay = .discard(session, d)
            case .yes: overlay = nil
            case .no: overlay = .form(session)
            }
        }
    }

    func runPalette(_ text: String) {
        let parts = text.split(separator: " ", maxSplits: 1).map(String.init)
        guard let name = parts.first else { return }
        let arg = parts.count > 1 ? parts[1].trimmingCharacters(in: .whitespaces) : ""
        switch name {
        case "q", "quit": quitRequested = true
        case "goto":
            if let id = PaneID.allCases.first(where: { $0.names.contains(arg) || String($0.rawValue) == arg }) {
                if panes.contains(where: { $0.id == id }) { run(.goto(id)) }
                else { say(ctx.t("“\(id.title(.zh))”窗格尚未建成", "the \(id.title(.en)) pane is not built yet"), error: true) }
            } else {
                say(ctx.t("没有窗格“\(arg)”", "no pane “\(arg)”"), error: true)
            }
        case "filter": activePane.setFilter(arg, ctx)
        case "lang":
            guard let l = Language(rawValue: arg) else { say(ctx.t("语言只能是 zh 或 en", "language must be zh or en"), error: true); return }
            ctx.language = l
            repaintRequested = true
        case "theme":
            let (theme, warning) = ThemeResolver.resolve(arg, environment: environment)
            ctx.look.theme = theme
            repaintRequested = true
            if let warning { say(warning, error: true, seconds: 8) }
        default:
            if let outcome = activePane.paletteCommand(name, argument: arg, ctx) { apply(outcome) }
            else { say(ctx.t("未知命令或本窗格不支持：\(name)", "unknown here: \(name)"), error: true) }
        }
    }

    public var environment: [String: String] = [:]

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
        for n in ctx.store.takeNotices() { say(n, error: true, seconds: 10); changed = true }
        if ctx.journal.update() > 0 { changed = true }
        if changed { for p in panes { p.journalChanged(ctx) } }
        if let f = flash, f.until <= now { flash = nil; changed = true }
        if liveUntil > 0 && liveUntil <= now { liveUntil = 0; changed = true }
        return changed
    }

    // MARK: Drawing

    public func render(size: Size) -> (grid: Grid, cursor: (x: Int, y: Int)?) {
        self.size = size
        let look = ctx.look
        let t = look.theme
        var grid = Grid(width: size.width, height: size.height, style: t[.row])
        guard TooSmallScreen.fits(size, minimum: Self.minimum) else {
            let lines = [ctx.t("终端窗口太小：需要至少 {minimum}，当前 {current}。", "Terminal too small: need at least {minimum}, now {current}."),
                         ctx.t("请放大窗口；按 q 退出。", "Enlarge the window; press q to quit.")]
            TooSmallScreen(current: size, minimum: Self.minimum, lines: lines).render(in: grid.bounds, grid: &grid, look: look)
            return (grid, nil)
        }
        let (top, rest) = grid.bounds.splitTop(2)
        let (content, bottom) = rest.splitBottom(2)
        renderTitle(top, &grid)
        activePane.render(in: content, grid: &grid, ctx)
        grid.put(String(repeating: look.box.horizontal, count: bottom.width), x: 0, y: bottom.y, style: t[.border])
        var cursor: (x: Int, y: Int)? = nil
        let statusRow = bottom.row(1)
        switch overlay {
        case .help(var h)?: renderStatus(statusRow, &grid); h.render(in: content, grid: &grid, look: look); overlay = .help(h)
        case .alert(let d)?: renderStatus(statusRow, &grid); d.render(in: content, grid: &grid, look: look)
        case .detail(let title, let v)?:
            renderStatus(statusRow, &grid)
            let box = content.inset(dx: 1, dy: 0)
            grid.fill(content, style: t[.row])
            grid.fill(box, style: t[.dialog])
            let inner = look.box.drawBox(box, in: &grid, style: t[.border], title: title)
            v.render(in: inner.inset(dx: 1, dy: 0), grid: &grid, look: look)
        case .filter(var f, let previous)?:
            cursor = f.render(in: statusRow, grid: &grid, look: look)
            overlay = .filter(f, previous: previous)
        case .palette(var p)?:
            grid.fill(statusRow, style: t[.status])
            cursor = p.render(in: Rect(x: 0, y: content.y, width: statusRow.width, height: content.height + 2), grid: &grid, look: look)
            overlay = .palette(p)
        case .form(var s)?:
            renderStatus(statusRow, &grid)
            grid.fill(content, style: t[.row])
            cursor = s.form.render(in: content, grid: &grid, look: look)
            if let footer = s.footer {
                let y0 = content.y + 3 + s.form.fields.count
                for (i, line) in footer(s.form.values, ctx).enumerated() where y0 + i < content.maxY {
                    grid.put("   " + Sanitizer.clean(line), x: content.x, y: y0 + i, maxWidth: content.width, style: t[.accent])
                }
            }
            overlay = .form(s)
        case .discard(var s, let d)?:
            renderStatus(statusRow, &grid)
            grid.fill(content, style: t[.row])
            _ = s.form.render(in: content, grid: &grid, look: look)
            d.render(in: content, grid: &grid, look: look)
            overlay = .discard(s, d)
        case nil:
            renderStatus(statusRow, &grid)
        }
        return (grid, cursor)
    }

    private func renderTitle(_ area: Rect, _ grid: inout Grid) {
        let look = ctx.look
        let t = look.theme
        grid.fill(area.row(0), style: t[.title])
        var x = 1
        let narrow = area.width < 100
        let title = windowMode ? ctx.t("一站式服务窗口", narrow ? "Service window" : "One-stop service window")
                               : ctx.t("硅巷运营控制台", narrow ? "Silicon Alley" : "Silicon Alley Console")
        x += grid.put(title, x: x, y: 0, style: t[.title].adding(.bold)) + 2
        let who = Sanitizer.clean(ctx.store.actor) + " · " + ctx.store.role.localized(ctx.language)
        let whoWidth = DisplayWidth.of(who)
        let titles = panes.map { narrow && $0.id == .window && ctx.language == .en ? "Window" : $0.id.title(ctx.language) }
        let tabs = Tabs(titles: titles, active: active, numbers: panes.map { $0.id.rawValue })
        if !windowMode { tabs.render(in: Rect(x: x, y: 0, width: max(0, area.width - x - whoWidth - 2), height: 1), grid: &grid, look: look) }
        grid.put(who, x: area.width - whoWidth - 1, y: 0, style: t[.title])
        grid.put(String(repeating: look.box.horizontal, count: area.width), x: 0, y: 1, style: t[.border])
    }

    private func renderStatus(_ row: Rect, _ grid: inout Grid) {
        let t = ctx.look.theme
        let l = ctx.language
        let head = ctx.store.head.seq
        let live = liveUntil > now ? "● " + l.t("更新", "new") : "● " + l.t("实时", "live")
        let readOnly = ctx.store.damage.map { l.t("只读：第 \($0.line) 行损坏", "read-only: line \($0.line) damaged") + "  " } ?? ""
        // The head and the live marker matter more than the path: the path only when there is room.
        let path = row.width >= 100 ? Self.shortPath(ctx.store.path) + "  " : ""
        let right = readOnly + path + l.t("日志", "journal") + " #\(Self.grouped(head))  " + live
        if let f = flash {
            grid.fill(row, style: t[.status])
            let rw = DisplayWidth.of(right)
            grid.put(" " + Sanitizer.clean(f.text), x: row.x, y: row.y, maxWidth: max(0, row.width - rw - 2), style: f.isError ? t[.error] : t[.ok])
            grid.put(right, x: row.maxX - rw - 1, y: row.y, style: t[.status])
        } else if case .form? = overlay {
            // A form has its own keys: the 5250 way, always on the bottom line.
            let save = windowMode ? StatusLine.Item("F10", l.t("受理并打印回执", " accept, print receipt"))
                                  : StatusLine.Item("Ctrl-S/F10", l.t("保存", " save"))
            let items = [save, StatusLine.Item("Esc", l.t("取消", " cancel")),
                         StatusLine.Item("Tab", l.t("下一项", " next field")), StatusLine.Item("Enter", l.t("选定", " choose"))]
            StatusLine(items: items, right: right).render(in: row, grid: &grid, look: ctx.look)
        } else {
            let items = (activePane.bindings(ctx) + globalBindings()).compactMap { b -> StatusLine.Item? in
                guard let legend = b.legend else { return nil }
                // Chinese reads well run together (Enter详情); English needs the space.
                return StatusLine.Item(b.label, l == .zh ? legend.zh : " " + legend.en)
            }
            StatusLine(items: items, right: right).render(in: row, grid: &grid, look: ctx.look)
        }
        if liveUntil > now, let x = grid.row(row.y).range(of: "●").map({ DisplayWidth.of(String(grid.row(row.y)[..<$0.lowerBound])) }) {
            grid.put("●", x: x, y: row.y, style: t[.accent].adding(.bold))
        }
    }

    static func shortPath(_ p: String) -> String {
        Text.ellipsizeLeft(Sanitizer.clean(p), to: 32)
    }

    static func grouped(_ n: Int) -> String {
        let s = String(n)
        var out = ""
        for (i, c) in s.enumerated() {
            if i > 0 && (s.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }
}

extension Role {
    func localized(_ l: Language) -> String { l == .zh ? zh : en }
}
