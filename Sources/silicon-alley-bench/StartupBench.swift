// silicon-alley-bench startup: how long the real console takes to its first frame and its
// first usable frame, and its peak RSS, at several journal sizes — beside `verify` and
// Python's json.loads on the same file.
//
//   silicon-alley-bench startup [--sizes 10000,100000,1000000] [--runs N] [--dir DIR] [--size COLSxROWS]
//
// The console (`silicon-alley --journal … --lang en --pane enterprises`, the release build
// beside this one) runs on a pseudo-terminal. Times are from spawn to the first byte of the
// frame on the terminal: the first frame is the one with the title ("Silicon Alley"); the
// usable one lists the registry (its counts line, "in district", is drawn only then). Then
// `j` and `q` are sent: the console must act on them (the time to exit is printed). Peak RSS
// is the console's VmHWM, read once it has gone idle (background work done: the registry's
// search, the snapshot, the journal index).

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SiliconAlleyCore

struct StartupOptions {
    var sizes = [10_000, 100_000, 1_000_000]
    var runs = 3
    var dir = "/tmp/silicon-alley-bench"
    var cols = 100
    var rows = 30
}

func startupUsage() -> Never {
    printErr("""
    usage: silicon-alley-bench startup [--sizes 10000,100000,1000000] [--runs N] [--dir DIR] [--size COLSxROWS]

      --sizes    journal sizes in lines (each generated once and cached as DIR/journal-N.jsonl)
      --runs     runs of each measurement (median and range are printed; default 3)
      --dir      where the journals are cached (default /tmp/silicon-alley-bench)
      --size     the pseudo-terminal's size (default 100x30)
    """)
    exit(2)
}

func parseStartup(_ args: ArraySlice<String>) -> StartupOptions {
    var o = StartupOptions()
    var it = args.makeIterator()
    func value(_ name: String) -> String {
        guard let v = it.next() else { printErr("\(name) needs a value"); startupUsage() }
        return v
    }
    while let a = it.next() {
        switch a {
        case "--sizes":
            let v = value(a).split(separator: ",").compactMap { Int($0.replacingOccurrences(of: "_", with: "")) }
            guard !v.isEmpty, v.allSatisfy({ $0 > 0 }) else { printErr("--sizes: positive numbers, comma-separated"); startupUsage() }
            o.sizes = v
        case "--runs":
            guard let n = Int(value(a)), n > 0 else { printErr("--runs: a positive number"); startupUsage() }
            o.runs = n
        case "--dir": o.dir = value(a)
        case "--size":
            let parts = value(a).split(separator: "x").compactMap { Int($0) }
            guard parts.count == 2, parts[0] >= 80, parts[1] >= 24 else { printErr("--size: COLSxROWS, at least 80x24"); startupUsage() }
            (o.cols, o.rows) = (parts[0], parts[1])
        case "-h", "--help": startupUsage()
        default: printErr("unknown option \(a)"); startupUsage()
        }
    }
    return o
}

/// One console start, as the operator sees it.
struct ConsoleStart {
    var firstFrame: Double
    var usable: Double
    var peakMB: Double
    var exitAfterQ: Double
    var snapshotWritten: Bool
}

/// CPU time (user + system, in clock ticks) of a process so far.
func cpuTicks(_ pid: pid_t) -> Int? {
    guard let bytes = readAll("/proc/\(pid)/stat") else { return nil }
    let text = String(decoding: bytes, as: UTF8.self)
    guard let close = text.lastIndex(of: ")") else { return nil }
    let fields = text[text.index(after: close)...].split(separator: " ")
    // After the command name: state is field 3, utime 14, stime 15 (1-based in proc(5)).
    guard fields.count > 13, let u = Int(fields[11]), let s = Int(fields[12]) else { return nil }
    return u + s
}

func vmHWM(_ pid: pid_t) -> Int {
    guard let bytes = readAll("/proc/\(pid)/status") else { return 0 }
    for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n") where line.hasPrefix("VmHWM:") {
        return Int(line.split(separator: " ").dropFirst().first { !$0.isEmpty }.map(String.init) ?? "") ?? 0
    }
    return 0
}

/// Runs the console on a new pseudo-terminal and measures one start.
/// `stateDir`: the console's witnesses (a fresh one for each fresh copy of the journal: the
/// copy replaces a journal a witness saw grow, which would read as changed history).
func measureConsole(binary: String, journal: String, stateDir: String, cols: Int, rows: Int, waitForSnapshot: Bool) -> ConsoleStart {
    // posix_openpt and friends are not in Swift's Glibc module: the same through /dev/ptmx,
    // with Linux's ioctl numbers (TIOCSPTLCK to unlock, TIOCGPTN for the slave's number).
    let master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
    var unlock: Int32 = 0
    var number: UInt32 = 0
    guard master >= 0, ioctl(master, 0x4004_5431, &unlock) == 0, ioctl(master, 0x8004_5430, &number) == 0 else {
        die("no pseudo-terminal: errno \(errno)")
    }
    let slave = "/dev/pts/\(number)"
    var ws = winsize(ws_row: UInt16(rows), ws_col: UInt16(cols), ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(master, UInt(TIOCSWINSZ), &ws)
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addclose(&actions, master)
    posix_spawn_file_actions_addopen(&actions, 0, slave, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&actions, 0, 1)
    posix_spawn_file_actions_adddup2(&actions, 0, 2)
    var attr = posix_spawnattr_t()
    posix_spawnattr_init(&attr)
    defer { posix_spawnattr_destroy(&attr) }
    // POSIX_SPAWN_SETSID (glibc's 0x80): the console's own session, the terminal its controlling one.
    posix_spawnattr_setflags(&attr, 0x80)
    var env: [String] = []
    var i = 0
    while let e = environ[i] {
        let s = String(cString: e)
        if !["TERM=", "LANG=", "LC_ALL=", "NO_COLOR=", "XDG_STATE_HOME="].contains(where: { s.hasPrefix($0) }) { env.append(s) }
        i += 1
    }
    env += ["TERM=xterm-256color", "LANG=C.UTF-8", "XDG_STATE_HOME=" + stateDir]
    let argv = [binary, "--journal", journal, "--lang", "en", "--pane", "enterprises"]
    let cargs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
    let cenv: [UnsafeMutablePointer<CChar>?] = env.map { strdup($0) } + [nil]
    defer { for p in cargs { free(p) }; for p in cenv { free(p) } }
    var pid: pid_t = 0
    let t0 = now()
    let rc = posix_spawn(&pid, binary, &actions, &attr, cargs, cenv)
    if rc != 0 { die("cannot run \(binary): \(String(cString: strerror(rc)))") }
    _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)

    var seen: [UInt8] = []
    var firstFrame: Double?
    var usable: Double?
    let title = Array("Silicon Alley".utf8), listed = Array("in district".utf8)
    func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
        guard hay.count >= needle.count else { return false }
        var i = 0
        while i + needle.count <= hay.count {
            if hay[i] == needle[0] && hay[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
    /// Reads what the console drew (the terminal must be drained or the console blocks).
    func pump(_ timeoutMs: Int32) {
        var p = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&p, 1, timeoutMs) > 0 else { return }
        var buf = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = buf.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if n <= 0 { break }
            let t = now() - t0
            seen.append(contentsOf: buf[0..<n])
            if firstFrame == nil && contains(seen, title) { firstFrame = t }
            if usable == nil && contains(seen, listed) { usable = t }
            // Keep the tail only: a marker may straddle two reads.
            if seen.count > 1 << 20 { seen.removeFirst(seen.count - 64) }
        }
    }
    var deadline = t0 + 600
    while usable == nil && now() < deadline {
        pump(20)
        var status: Int32 = 0
        if waitpid(pid, &status, WNOHANG) == pid { die("the console ended before its first usable frame (status \(status))") }
    }
    guard let usableAt = usable else { die("no usable frame within 600 s") }
    // A snapshot not there three minutes on will not come (say so in the table: "no").
    deadline = now() + 180
    // Idle: no CPU used for 0.6 s (the background work done), and the snapshot in place if one is due.
    var last = cpuTicks(pid) ?? 0
    var quiet = 0
    let snapshot = journal + ".snapshot"
    while now() < deadline {
        pump(200)
        let c = cpuTicks(pid) ?? last
        quiet = c == last ? quiet + 1 : 0
        last = c
        let snapshotThere = !waitForSnapshot || fileSize(snapshot) != nil
        if quiet >= 3 && snapshotThere { break }
    }
    let peak = vmHWM(pid)
    // Keys act: a move, then quit.
    _ = write(master, "j", 1)
    pump(50)
    let tq = now()
    _ = write(master, "q", 1)
    var status: Int32 = 0
    while waitpid(pid, &status, WNOHANG) == 0 {
        pump(10)
        if now() - tq > 30 { kill(pid, SIGKILL) }
    }
    let exitAfterQ = now() - tq
    close(master)
    return ConsoleStart(firstFrame: firstFrame ?? usableAt, usable: usableAt, peakMB: Double(peak) / 1024,
                        exitAfterQ: exitAfterQ, snapshotWritten: fileSize(snapshot) != nil)
}

func median(_ v: [Double]) -> Double {
    let s = v.sorted()
    return s.isEmpty ? .nan : (s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2)
}

/// "0.41 (0.38–0.47)": the median and the range of the runs.
func spread(_ v: [Double], _ decimals: Int = 2) -> String {
    guard let lo = v.min(), let hi = v.max() else { return "-" }
    if v.count == 1 { return fmt(v[0], decimals) }
    return fmt(median(v), decimals) + " (" + fmt(lo, decimals) + "–" + fmt(hi, decimals) + ")"
}

func startupBench(_ o: StartupOptions) {
    let console = directory(of: selfExecutable()) + "/silicon-alley"
    guard access(console, X_OK) == 0 else { die("\(console) is missing: swift build -c release --product silicon-alley") }
    mkdir(o.dir, 0o755)
    struct Row {
        var lines = 0, mb = 0.0
        var cold: [ConsoleStart] = [], warm: [ConsoleStart] = []
        var verify: [Double] = [], python: [Double] = []
        /// The state from the snapshot the console wrote equals a full replay's.
        var sameState: Bool?
    }
    var table: [Row] = []
    for n in o.sizes {
        let path = o.dir + "/journal-\(n).jsonl"
        var jo = JournalOptions()
        jo.journal = path
        jo.events = n
        jo.generate = true
        ensureJournal(jo, path: path)
        var row = Row()
        row.lines = lastSeq(of: path) ?? 0
        row.mb = Double(fileSize(path) ?? 0) / 1e6
        let work = o.dir + "/startup-\(n).jsonl"
        for r in 0..<o.runs {
            printErr("· \(grouped(n)): run \(r + 1)/\(o.runs): console without a snapshot …")
            copyFile(path, work)
            unlink(work + ".snapshot")
            let state = o.dir + "/state-\(getpid())-\(n)-\(r)"
            mkdir(state, 0o700)
            let due = row.lines >= 20_000
            row.cold.append(measureConsole(binary: console, journal: work, stateDir: state, cols: o.cols, rows: o.rows, waitForSnapshot: due))
            if due && !row.cold.last!.snapshotWritten { printErr("  (no snapshot was written: the next start replays too)") }
            printErr("  … with the snapshot it wrote …")
            row.warm.append(measureConsole(binary: console, journal: work, stateDir: state, cols: o.cols, rows: o.rows, waitForSnapshot: false))
            if r == 0 && due {
                printErr("  … the snapshot's state against a full replay …")
                let c = run([selfExecutable(), "journal", "--child", "compare", "--journal", work])
                row.sameState = c.status == 0 && c.output["equal"] == "1"
            }
            printErr("  … verify, python3 json.loads …")
            let v = run([console, "verify", "--journal", path])
            if v.status != 0 { die("verify failed (status \(v.status))\n\(v.stdout)") }
            row.verify.append(v.seconds)
            let py = run(["python3", "-c", pythonLoads, path])
            if py.status != 0 { die("python3 failed (status \(py.status))") }
            row.python.append(py.seconds)
            _ = run(["rm", "-rf", state])
        }
        unlink(work); unlink(work + ".snapshot")
        table.append(row)
    }

    print("START-UP of the console (release build, \(o.cols)×\(o.rows) pseudo-terminal, --pane enterprises; \(o.runs) run(s) each: median (min–max))")
    print("  first frame = the title on the terminal; usable = the registry listed; times from spawn; peak RSS = VmHWM once idle")
    let cols = [11, 6, 24, 22, 22, 20, 13, 13]
    func line(_ c: [String]) {
        var s = ""
        for (i, v) in c.enumerated() { s += (i > 0 ? " " : "") + pad(v, cols[i], right: i > 0) }
        print(s)
    }
    line(["lines", "MB", "first frame s", "usable, no snap s", "usable, snapshot s", "exit after q s", "RSS cold MB", "RSS snap MB"])
    for r in table {
        line([grouped(r.lines), fmt(r.mb, 0),
              spread((r.cold + r.warm).map(\.firstFrame), 3),
              spread(r.cold.map(\.usable)), spread(r.warm.map(\.usable)),
              spread((r.cold + r.warm).map(\.exitAfterQ)),
              fmt(r.cold.map(\.peakMB).max() ?? 0, 0), fmt(r.warm.map(\.peakMB).max() ?? 0, 0)])
    }
    for r in table {
        if let same = r.sameState {
            print("  \(grouped(r.lines)): the state from the snapshot the console wrote \(same ? "equals" : "DIFFERS FROM") a full replay's")
        }
    }
    print("")
    print("VERIFY beside python3 json.loads per line (the same file, wall time spawn → exit)")
    let vcols = [11, 22, 22, 14]
    func vline(_ c: [String]) {
        var s = ""
        for (i, v) in c.enumerated() { s += (i > 0 ? " " : "") + pad(v, vcols[i], right: i > 0) }
        print(s)
    }
    vline(["lines", "verify s", "json.loads s", "verify speed"])
    for r in table {
        vline([grouped(r.lines), spread(r.verify), spread(r.python), fmt(median(r.python) / median(r.verify), 2) + "×"])
    }
    print("")
    print("TARGETS")
    for r in table {
        let ff = (r.cold + r.warm).map(\.firstFrame).max() ?? .nan
        let usableGoal = r.lines >= 500_000 ? 0.5 : 0.2
        let rssGoal = r.lines >= 500_000 ? 400.0 : 150.0
        let warmUsable = median(r.warm.map(\.usable))
        let rss = max(r.cold.map(\.peakMB).max() ?? 0, r.warm.map(\.peakMB).max() ?? 0)
        let ratio = median(r.python) / median(r.verify)
        func v(_ ok: Bool) -> String { ok ? "ok  " : "MISS" }
        print("  \(pad(grouped(r.lines), 9)) \(v(ff <= 0.1)) first frame ≤ 0.1 s (worst \(fmt(ff, 3)))"
              + (r.lines >= 100_000 ? "  \(v(warmUsable <= usableGoal)) usable ≤ \(usableGoal) s with snapshot (\(fmt(warmUsable, 2)))"
                                      + "  \(v(rss <= rssGoal)) RSS ≤ \(Int(rssGoal)) MB (\(fmt(rss, 0)))" : "")
              + "  \(v(ratio >= 2)) verify ≥ 2× json.loads (\(fmt(ratio, 2))×)")
    }
}
