import Foundation
import Testing

/// The real console in a real terminal: a detached tmux session on a private socket
/// (`tmux -L sa-e2e-<uuid>`), so tests run in parallel and never touch the user's tmux.
/// The server is killed when the session object goes away (or on `kill()`).
///
/// The console runs from a small script that records its exit status in `<dir>/exit`.
final class TmuxSession {
    let socket = "sa-e2e-" + UUID().uuidString
    let dir: TempDir
    let exitFile: String
    private let target = "sa"

    /// True when tmux is installed (tests skip otherwise).
    static let available: Bool = FileManager.default.isExecutableFile(atPath: tmuxPath)
    static let tmuxPath: String = ["/usr/bin/tmux", "/usr/local/bin/tmux", "/opt/homebrew/bin/tmux"]
        .first { FileManager.default.isExecutableFile(atPath: $0) } ?? "/usr/bin/tmux"

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Starts `silicon-alley <arguments>` in a `width`×`height` pane with a clean, explicit
    /// environment: `LANG=C.UTF-8`, `TERM=<term>`, no NO_COLOR/LC_ALL/SILICON_ALLEY_JOURNAL
    /// unless `environment` sets them.
    ///
    /// `binary` runs another copy (an installed one); `runAs` runs it as that OS login
    /// (`su -s /bin/sh LOGIN -c …`, the test being root). Witnesses go to `<dir>/state`
    /// unless `environment` names an XDG_STATE_HOME.
    init(_ arguments: [String], environment: [String: String] = [:], term: String = "xterm-256color",
         width: Int = 100, height: Int = 30, binary: String? = nil, runAs: String? = nil, dir: TempDir) throws {
        self.dir = dir
        exitFile = dir.file("exit")
        let binary = try binary ?? SiliconAlleyBinary.require()
        var env = ["LANG": "C.UTF-8", "TERM": term, "XDG_STATE_HOME": dir.file("state")]
        env.merge(environment) { _, new in new }
        let assignments = env.sorted { $0.key < $1.key }.map { Self.quote("\($0.key)=\($0.value)") }
        var command = "env -u NO_COLOR -u LC_ALL -u LC_CTYPE -u SILICON_ALLEY_JOURNAL -u COLUMNS -u LINES "
            + "\(assignments.joined(separator: " ")) \(Self.quote(binary)) \(arguments.map(Self.quote).joined(separator: " "))"
        if let runAs { command = "su -s /bin/sh \(Self.quote(runAs)) -c \(Self.quote(command))" }
        let script = """
            #!/bin/sh
            /bin/sh \(Self.quote(dir.file("watchdog.sh"))) </dev/null >/dev/null 2>&1 &
            \(command)
            echo "$?" > \(Self.quote(exitFile)).tmp && mv \(Self.quote(exitFile)).tmp \(Self.quote(exitFile))
            """
        // If the test process dies (a crash), the server goes with it instead of lingering.
        let watchdog = """
            #!/bin/sh
            while kill -0 \(getpid()) 2>/dev/null; do sleep 1; done
            \(Self.quote(Self.tmuxPath)) -L \(Self.quote(socket)) kill-server 2>/dev/null
            rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/"\(Self.quote(socket))

            """
        let scriptPath = dir.file("run-console.sh")
        try watchdog.write(toFile: dir.file("watchdog.sh"), atomically: true, encoding: .utf8)
        try (script + "\n").write(toFile: scriptPath, atomically: true, encoding: .utf8)
        let r = tmux(["-f", "/dev/null", "new-session", "-d", "-s", target, "-x", "\(width)", "-y", "\(height)",
                      "/bin/sh " + Self.quote(scriptPath)])
        guard r.status == 0 else { throw Failure(description: "tmux new-session failed (\(r.status)): \(r.err)") }
        // A detached session follows no client's size: keep it at what we ask for.
        _ = tmux(["set-option", "-g", "window-size", "manual"])
    }

    deinit { kill() }

    func kill() {
        _ = tmux(["kill-server"])
        // tmux leaves the socket file behind when its last session ends.
        let base = ProcessInfo.processInfo.environment["TMUX_TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        try? FileManager.default.removeItem(atPath: "\(base)/tmux-\(getuid())/\(socket)")
    }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: #"'\''"#) + "'" }

    // MARK: tmux

    @discardableResult
    func tmux(_ args: [String]) -> (status: Int32, out: String, err: String) {
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        env.removeValue(forKey: "TMUX")
        env.removeValue(forKey: "LC_ALL")
        // Files, not pipes: the server that `new-session` forks would hold a pipe open forever.
        let outPath = dir.file("tmux-stdout"), errPath = dir.file("tmux-stderr")
        let status = Self.spawnAndWait([Self.tmuxPath, "-u", "-L", socket] + args, environment: env, stdout: outPath, stderr: errPath)
        let o = FileManager.default.contents(atPath: outPath) ?? Data()
        let e = FileManager.default.contents(atPath: errPath) ?? Data()
        return (status, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    /// posix_spawn + waitpid, with an empty signal mask and default handlers. Not Foundation's
    /// Process: spawned from a test's worker thread it passes on that thread's blocked
    /// signals, and a tmux server started that way never dies of SIGHUP/SIGTERM (nor do its panes).
    static func spawnAndWait(_ argv: [String], environment: [String: String], stdout: String, stderr: String) -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attr, &empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for sig in [SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGCHLD, SIGPIPE, SIGWINCH, SIGUSR1, SIGUSR2] { sigaddset(&defaults, sig) }
        posix_spawnattr_setsigdefault(&attr, &defaults)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let cArgs = argv.map { strdup($0) } + [nil]
        let cEnv = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { cArgs.forEach { free($0) }; cEnv.forEach { free($0) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, argv[0], &actions, &attr, cArgs, cEnv)
        guard rc == 0 else { return -1 }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS by hand (macros are not imported).
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : -1
    }

    // MARK: Keys

    /// tmux key names: `Enter`, `Escape`, `F10`, `C-s`, `BTab`, `PageDown`, or single characters.
    /// After an Escape it pauses briefly, so curses does not read Escape + next key as Alt+key.
    func sendKeys(_ keys: String...) async throws {
        for key in keys {
            let r = tmux(["send-keys", "-t", target, key])
            if r.status != 0 { throw Failure(description: "send-keys \(key) failed: \(r.err)") }
            if key == "Escape" { try await Task.sleep(for: .milliseconds(150)) }
        }
    }

    /// Literal text (any script, e.g. Chinese), sent as it is.
    func type(_ text: String) async throws {
        let r = tmux(["send-keys", "-t", target, "-l", "--", text])
        if r.status != 0 { throw Failure(description: "send-keys -l failed: \(r.err)") }
    }

    func resize(width: Int, height: Int) {
        tmux(["resize-window", "-t", target, "-x", "\(width)", "-y", "\(height)"])
    }

    // MARK: The screen

    /// What the pane shows now, one line per row (trailing blanks trimmed by tmux).
    func capture() -> String {
        tmux(["capture-pane", "-p", "-t", target]).out
    }

    func lines() -> [String] { capture().components(separatedBy: "\n") }

    func paneTitle() -> String {
        tmux(["display-message", "-p", "-t", target, "#{pane_title}"]).out.trimmingCharacters(in: .newlines)
    }

    /// Polls the screen every 50 ms until `predicate` holds; fails with the last screen.
    @discardableResult
    func waitUntil(_ what: String, timeout: Double = 5, _ predicate: (String) -> Bool) async throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var screen = capture()
        while !predicate(screen) {
            if Date() > deadline {
                throw Failure(description: "timed out after \(timeout)s waiting for \(what); the screen:\n\(screen)")
            }
            try await Task.sleep(for: .milliseconds(50))
            screen = capture()
        }
        return screen
    }

    @discardableResult
    func waitFor(_ text: String, timeout: Double = 5) async throws -> String {
        try await waitUntil("“\(text)”", timeout: timeout) { $0.contains(text) }
    }

    @discardableResult
    func waitForGone(_ text: String, timeout: Double = 5) async throws -> String {
        try await waitUntil("“\(text)” to go", timeout: timeout) { !$0.contains(text) }
    }

    /// The console's exit status once it has ended, waiting up to `timeout`.
    func waitForExit(timeout: Double = 5) async throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let s = try? String(contentsOfFile: exitFile, encoding: .utf8),
               let status = Int32(s.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return status
            }
            if Date() > deadline {
                throw Failure(description: "the console did not exit within \(timeout)s; the screen:\n\(capture())")
            }
            try await Task.sleep(for: .milliseconds(50))
        }
    }

    /// The journal's line count, read from the file.
    static func lineCount(_ path: String) -> Int { JournalFileCheck.rawLines(path).count }
}
