import CNcursesw
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The only type that talks to ncurses. Draws `Grid`s (sending only changed cells),
/// reads keys through `KeyDecoder`, and restores the terminal on stop or fatal signal.
/// Use from one thread (the UI loop); it is deliberately not Sendable.
public final class NcursesScreen {
    /// Whether the locale gives UTF-8 (wide characters); `localeError` says why not.
    public private(set) var isUTF8 = false
    public private(set) var localeError: String?
    /// Colours are used only when the terminal has them and `NO_COLOR` is unset.
    public private(set) var hasColor = false
    public private(set) var colorCount = 0

    private var lastFrame: Grid?
    private var pairs: [PairKey: Int32] = [:]
    private var nextPair: Int32 = 1
    private var decoder: KeyDecoder
    private var queued: [Key] = []
    private var stopped = false
    private var defaultColors = false

    private struct PairKey: Hashable { let fg: Int, bg: Int }

    /// Set by `init(terminal:outputFD:inputFD:size:)`: the screen and streams it owns.
    private var captured: (screen: OpaquePointer, output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>)?

    /// Starts curses mode. Call `stop()` before exiting (also done on SIGTERM/SIGHUP/SIGINT).
    public init(environment: [String: String] = [:]) {
        (isUTF8, localeError) = Self.useUTF8Locale()

        Self.installSignalHandlers()
        initscr()
        (hasColor, colorCount, defaultColors) = Self.setModes(environment)

        // Word motion keys the terminfo entry may define beyond KEY_MAX.
        var extra: [Int32: Key] = [:]
        for (name, key) in [("kLFT5", Key.alt("b")), ("kRIT5", Key.alt("f")),
                            ("kLFT3", Key.alt("b")), ("kRIT3", Key.alt("f"))] {
            let code = key_defined(name)
            if code > 0 { extra[code] = key }
        }
        decoder = KeyDecoder(extraCodes: extra)
        Self.writeRaw("\u{1B}[?2004h")   // bracketed paste on
    }

    // Benchmarks open curses on a file or pipe instead of the tty, to count exactly the bytes a frame sends.
    /// Starts curses for terminal type `terminal` (e.g. "xterm-256color") writing to
    /// `outputFD` and reading from `inputFD` (both dup'ed; the caller keeps its own), at a
    /// fixed `size`. No signal handlers and no bracketed paste: the real terminal is untouched.
    public init(terminal: String, outputFD: Int32, inputFD: Int32, size: Size, environment: [String: String] = [:]) {
        (isUTF8, localeError) = Self.useUTF8Locale()
        guard let out = fdopen(dup(outputFD), "w"), let inp = fdopen(dup(inputFD), "r"),
              let screen = newterm(terminal, out, inp) else {
            fatalError("newterm(\(terminal)) failed on fds \(outputFD)/\(inputFD)")
        }
        captured = (screen, out, inp)
        _ = set_term(screen)
        _ = resizeterm(Int32(size.height), Int32(size.width))
        (hasColor, colorCount, defaultColors) = Self.setModes(environment)
        decoder = KeyDecoder(extraCodes: [:])
    }

    /// UTF-8 or nothing: the environment's locale, else C.UTF-8, else an explanation.
    private static func useUTF8Locale() -> (Bool, String?) {
        setlocale(LC_ALL, "")
        if codeset() == "UTF-8" { return (true, nil) }
        if setlocale(LC_ALL, "C.UTF-8") != nil && codeset() == "UTF-8" {
            return (true, "locale is not UTF-8; using C.UTF-8")
        }
        return (false, "locale is not UTF-8 (\(codeset())); Chinese text will not display. Set LANG=zh_CN.UTF-8 or C.UTF-8.")
    }

    /// The same terminal modes for the real tty and a captured one.
    private static func setModes(_ environment: [String: String]) -> (color: Bool, count: Int, defaultColors: Bool) {
        raw()          // Ctrl-C/Ctrl-S arrive as keys; signals are ours to handle
        noecho()
        nonl()         // Enter arrives as CR, not translated
        keypad(sa_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        let noColor = (environment["NO_COLOR"] ?? env("NO_COLOR")).map { !$0.isEmpty } ?? false
        guard has_colors() && !noColor else { return (false, 0, false) }
        start_color()
        let defaults = use_default_colors() == OK
        return (true, Int(sa_colors()), defaults)
    }

    deinit { stop() }

    /// Terminal size in columns × rows.
    public var size: Size { Size(width: Int(sa_cols()), height: Int(sa_lines())) }

    /// Copies `grid` to the terminal. Only cells that differ from the previous frame
    /// are touched; ncurses then sends the minimal update on `refresh()`.
    public func draw(_ grid: Grid, cursor: (x: Int, y: Int)? = nil) {
        guard !stopped else { return }
        let previous = (lastFrame?.width == grid.width && lastFrame?.height == grid.height) ? lastFrame : nil
        if previous == nil { erase() }
        for y in 0..<grid.height {
            for x in 0..<grid.width {
                let cell = grid[x, y]
                if let p = previous, p[x, y] == cell { continue }
                if cell.isContinuation {
                    // Drawn by its lead cell, unless the lead is unchanged and only this half moved.
                    if x > 0, previous?[x - 1, y] != grid[x - 1, y] { continue }
                }
                put(cell, x: x, y: y)
            }
        }
        if let c = cursor, c.x >= 0, c.y >= 0, c.x < grid.width, c.y < grid.height {
            curs_set(1)
            move(Int32(c.y), Int32(c.x))
        } else {
            curs_set(0)
        }
        refresh()
        lastFrame = grid
    }

    /// Forgets the last frame so the next `draw` repaints everything (Ctrl-L, after resize).
    public func forceRepaint() {
        lastFrame = nil
        clearok(sa_stdscr(), true)
    }

    /// Waits up to `timeoutMilliseconds` (-1: forever) for a key; nil on timeout.
    public func readKey(timeoutMilliseconds: Int) -> Key? {
        if !queued.isEmpty { return queued.removeFirst() }
        var keys = decoder.feed(readRaw(timeout: timeoutMilliseconds))
        // ESC sequences and pastes arrive in pieces; keep reading while one is open.
        while decoder.isPending {
            let next = readRaw(timeout: decoder.isInPaste ? 1000 : 30)
            keys += next == .idle ? decoder.flush() : decoder.feed(next)
        }
        if keys.contains(.resize) { forceRepaint() }
        queued += keys
        return queued.isEmpty ? nil : queued.removeFirst()
    }

    /// Restores the terminal. Safe to call more than once.
    public func stop() {
        guard !stopped else { return }
        stopped = true
        if let c = captured {
            _ = set_term(c.screen)
            curs_set(1)
            endwin()
            delscreen(c.screen)
            fclose(c.output)
            fclose(c.input)
            captured = nil
            return
        }
        Self.writeRaw("\u{1B}[?2004l")
        curs_set(1)
        endwin()
    }

    // MARK: - Internals

    private func readRaw(timeout ms: Int) -> RawInput {
        timeout(Int32(ms))
        var wc: wint_t = 0
        let r = get_wch(&wc)
        if r == KEY_CODE_YES { return .keyCode(Int32(bitPattern: UInt32(wc))) }
        if r == OK { return .char(UInt32(wc)) }
        if !hungUp { hungUp = Self.inputHungUp(captured.map { fileno($0.input) } ?? STDIN_FILENO) }
        return .idle
    }

    /// The terminal went away (SSH dropped, tmux killed) and no SIGHUP came: a process in a
    /// session of its own (`su -c`) has no controlling terminal to be hung up by. Reads then
    /// fail at once, and a loop waiting for keys would spin; the caller leaves instead.
    public private(set) var hungUp = false

    private static func inputHungUp(_ fd: Int32) -> Bool {
        var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        guard poll(&p, 1, 0) >= 0 else { return false }
        // A pty whose master closed polls as hung up (its reads fail with EIO).
        return p.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    private func put(_ cell: Cell, x: Int, y: Int) {
        var text = cell.text.isEmpty ? " " : cell.text
        var ours = Int(cell.width)
        var wchars = text.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) }
        // If the C library measures the glyph differently, never let it shift the row.
        let theirs = Int(sa_wcwidth(wchars[0]))
        if theirs != ours {
            if ours == 2 && theirs == 1 {
                putRaw(wchars, x: x, y: y, style: cell.style)
                putRaw([wchar_t(32)], x: x + 1, y: y, style: cell.style)
                return
            }
            text = ours == 2 ? "??" : "?"
            ours = text.count
            wchars = [wchar_t(63)]
            for i in 0..<ours { putRaw(wchars, x: x + i, y: y, style: cell.style) }
            return
        }
        putRaw(wchars, x: x, y: y, style: cell.style)
    }

    private func putRaw(_ wchars: [wchar_t], x: Int, y: Int, style: Style) {
        var buf = wchars
        buf.append(0)
        var flags = 0
        if style.attributes.contains(.bold) { flags |= 1 }
        if style.attributes.contains(.dim) { flags |= 2 }
        if style.attributes.contains(.reverse) { flags |= 4 }
        if style.attributes.contains(.underline) { flags |= 8 }
        let pair = hasColor ? pairNumber(style) : 0
        _ = buf.withUnsafeBufferPointer { sa_put_cell(Int32(y), Int32(x), $0.baseAddress, Int32(flags), pair) }
    }

    /// Colour pairs are allocated on first use and cached by (fg, bg).
    private func pairNumber(_ style: Style) -> Int32 {
        let fg = ColorMapper.number(for: style.foreground, colors: colorCount, defaultColor: defaultColors ? -1 : 7)
        let bg = ColorMapper.number(for: style.background, colors: colorCount, defaultColor: defaultColors ? -1 : 0)
        if fg == (defaultColors ? -1 : 7) && bg == (defaultColors ? -1 : 0) { return 0 }
        let key = PairKey(fg: fg, bg: bg)
        if let p = pairs[key] { return p }
        guard nextPair < sa_color_pairs() else { return 0 }   // out of pairs: default colours
        let p = nextPair
        nextPair += 1
        init_extended_pair(p, Int32(fg), Int32(bg))
        pairs[key] = p
        return p
    }

    private static func codeset() -> String {
        guard let c = sa_codeset() else { return "" }
        return String(cString: c)
    }

    private static func env(_ name: String) -> String? {
        guard let v = getenv(name) else { return nil }
        return String(cString: v)
    }

    static func writeRaw(_ s: String) {
        var bytes = Array(s.utf8)
        _ = write(STDOUT_FILENO, &bytes, bytes.count)
    }

    /// On a fatal signal: turn off paste mode, leave curses, and exit with the signal.
    private static func installSignalHandlers() {
        for sig in [SIGTERM, SIGHUP, SIGINT, SIGQUIT] {
            signal(sig) { s in
                let off: [UInt8] = Array("\u{1B}[?2004l".utf8)
                _ = off.withUnsafeBufferPointer { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
                if !isendwin() { endwin() }
                _exit(128 + s)
            }
        }
    }
}
