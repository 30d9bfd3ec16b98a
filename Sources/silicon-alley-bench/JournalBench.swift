// silicon-alley-bench journal: load, verify, snapshot and append times of a large journal.
//
//   silicon-alley-bench journal --journal PATH [--events N] [--appends K] [--generate] [--keep-work]
//
// Every load runs in its own child process (this executable, spawned with the hidden
// `--child MODE`), so each figure has its own clean heap and its own peak RSS (ru_maxrss
// from wait4). Wall time is taken in this process from spawn to exit, for our loads and
// for the python3 baseline alike, so both pay process start-up the same way.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SiliconAlleyCore

/// The seq of the last complete line (the journal's event count when intact), read from
/// the file's last 64 KiB: cheap even for a large journal.
func lastSeq(of path: String) -> Int? {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    if fd < 0 { return nil }
    defer { close(fd) }
    var st = stat()
    guard fstat(fd, &st) == 0, st.st_size > 0 else { return nil }
    let size = Int(st.st_size)
    let want = min(size, 1 << 16)
    var buf = [UInt8](repeating: 0, count: want)
    let n = buf.withUnsafeMutableBytes { pread(fd, $0.baseAddress, want, off_t(size - want)) }
    guard n == want else { return nil }
    guard let end = buf.lastIndex(of: 0x0A) else { return nil }
    let start = buf[..<end].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
    guard start > 0 || want == size else { return nil }
    let line = Array(buf[start..<end])
    guard let v = try? JSONParser.parse(line), let seq = v["seq"]?.intValue else { return nil }
    return Int(seq)
}

func copyFile(_ from: String, _ to: String) {
    let src = open(from, O_RDONLY | O_CLOEXEC)
    if src < 0 { die("cannot open \(from): errno \(errno)") }
    defer { close(src) }
    let dst = open(to, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
    if dst < 0 { die("cannot create \(to): errno \(errno)") }
    defer { close(dst) }
    var buf = [UInt8](repeating: 0, count: 4 << 20)
    while true {
        let n = buf.withUnsafeMutableBytes { read(src, $0.baseAddress, $0.count) }
        if n < 0 { if errno == EINTR { continue }; die("read \(from): errno \(errno)") }
        if n == 0 { break }
        var done = 0
        while done < n {
            let w = buf.withUnsafeBytes { write(dst, $0.baseAddress! + done, n - done) }
            if w < 0 { if errno == EINTR { continue }; die("write \(to): errno \(errno)") }
            done += w
        }
    }
}

// MARK: - Child processes

struct ChildResult {
    var status: Int32
    var seconds: Double
    var maxRSSKiB: Int
    var output: [String: String]
    var stdout: String
}

/// Spawns argv[0] (looked up in PATH), captures stdout, waits, and reports wall time and
/// the child's peak RSS.
func run(_ argv: [String]) -> ChildResult {
    var fds: [Int32] = [0, 0]
    guard pipe(&fds) == 0 else { die("pipe: errno \(errno)") }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
    posix_spawn_file_actions_addclose(&actions, fds[0])
    posix_spawn_file_actions_addclose(&actions, fds[1])
    let cargs: [UnsafeMutablePointer<CChar>?] = argv.map { strdup($0) } + [nil]
    defer { for p in cargs { free(p) } }
    var pid: pid_t = 0
    let t0 = now()
    let rc = posix_spawnp(&pid, argv[0], &actions, nil, cargs, environ)
    close(fds[1])
    if rc != 0 { close(fds[0]); die("cannot run \(argv[0]): \(String(cString: strerror(rc)))") }
    var bytes: [UInt8] = []
    var buf = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let n = buf.withUnsafeMutableBytes { read(fds[0], $0.baseAddress, $0.count) }
        if n < 0 { if errno == EINTR { continue }; break }
        if n == 0 { break }
        bytes.append(contentsOf: buf[0..<n])
    }
    close(fds[0])
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    let t1 = now()
    let exited = (status & 0x7f) == 0
    let code: Int32 = exited ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    let text = String(decoding: bytes, as: UTF8.self)
    var kv: [String: String] = [:]
    for line in text.split(separator: "\n") {
        if let eq = line.firstIndex(of: "=") { kv[String(line[..<eq])] = String(line[line.index(after: eq)...]) }
    }
    let hwm = kv["vmhwm_kib"].flatMap { Int($0) } ?? Int(usage.ru_maxrss)
    return ChildResult(status: code, seconds: t1 - t0, maxRSSKiB: hwm, output: kv, stdout: text)
}

func runChild(_ mode: String, _ args: [String]) -> ChildResult {
    let r = run([selfExecutable(), "journal", "--child", mode] + args)
    if r.status != 0 { die("child '\(mode)' failed (status \(r.status))\n\(r.stdout)") }
    return r
}

// MARK: - Child side (runs in its own process)


func report(notices: [String]) {
    for n in notices { printErr("  notice: \(n)") }
}

/// Full replay: every line parsed, hashed, chained and folded into the state.
func childFull(path: String) throws {
    let t0 = now()
    let store = try JournalStore(path: path, useSnapshot: false, seed: false)
    let t1 = now()
    report(notices: store.takeNotices())
    if let d = store.damage { die("journal damaged at line \(d.line): \(d.reason)") }
    emit("seconds", t1 - t0)
    emit("lines", store.head.seq)
    emit("vmhwm_kib", peakRSSKiB())
}

func childVerify(path: String) throws {
    let t0 = now()
    let r = try JournalVerifier.verify(path: path)
    let t1 = now()
    if let d = r.damage { die("journal damaged at line \(d.line): \(d.reason)") }
    emit("seconds", t1 - t0)
    emit("lines", r.lines)
    emit("vmhwm_kib", peakRSSKiB())
}

/// Start-up from a snapshot plus its tail.
func childSnapshot(path: String) throws {
    let t0 = now()
    let store = try JournalStore(path: path)
    let t1 = now()
    let notices = store.takeNotices()
    report(notices: notices)
    if notices.contains(where: { $0.hasPrefix("snapshot ignored") }) { die("the snapshot was not used") }
    emit("seconds", t1 - t0)
    emit("lines", store.head.seq)
    emit("vmhwm_kib", peakRSSKiB())
}

/// The fast path against the slow one on the same file: the state from the snapshot and its
/// tail equals the state a full replay gives (the 1M journal's check in the bench).
func childCompare(path: String) throws {
    let t0 = now()
    let fast = try JournalStore(path: path, access: .readOnly)
    let t1 = now()
    let notices = fast.takeNotices()
    report(notices: notices)
    if fast.snapshotSeq == 0 { die("the snapshot was not used") }
    let full = try JournalStore(path: path, useSnapshot: false, access: .readOnly)
    let t2 = now()
    emit("equal", fast.state == full.state ? 1 : 0)
    emit("snapshot_seq", fast.snapshotSeq)
    emit("fast_seconds", t1 - t0)
    emit("full_seconds", t2 - t1)
}

struct AppendSample {
    var store: [Double] = []
    var bare: [Double] = []
    var bytes: [Int] = []
}

/// `count` single-command appends through `store.perform`, each followed by a bare
/// O_APPEND write + fsync of a line of the same size in a file in the same directory
/// (interleaved, so both see the same disk and the same neighbours).
func measureAppends(_ store: JournalStore, count: Int, tag: String) throws -> AppendSample {
    guard store.role >= .operator else {
        die("\(store.actor) is \(store.role.en) in \(store.path); appends need an operator (run as the user who generated it)")
    }
    guard let project = store.state.projects.keys.sorted().first else { die("no project to note progress on") }
    let barePath = directory(of: store.path) + "/.bench-bare-\(getpid()).jsonl"
    let bare = open(barePath, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0o644)
    if bare < 0 { die("cannot create \(barePath): errno \(errno)") }
    defer { close(bare); unlink(barePath) }
    var s = AppendSample()
    var size = fileSize(store.path) ?? 0
    let warmup = 5
    for i in 0..<(count + warmup) {
        let cmd = AddProgressNote(project: project, text: "基准测试 \(tag) #\(i) — append latency sample")
        let t0 = now()
        try store.perform(cmd)
        let t1 = now()
        let newSize = fileSize(store.path) ?? size
        let n = max(1, newSize - size)
        size = newSize
        var line = [UInt8](repeating: UInt8(ascii: "x"), count: n)
        line[n - 1] = 0x0A
        let t2 = now()
        let w = line.withUnsafeBytes { write(bare, $0.baseAddress, n) }
        if w != n { die("bare write: errno \(errno)") }
        if fsync(bare) != 0 { die("bare fsync: errno \(errno)") }
        let t3 = now()
        if i >= warmup {
            s.store.append(t1 - t0)
            s.bare.append(t3 - t2)
            s.bytes.append(n)
        }
    }
    return s
}

func emitAppends(_ s: AppendSample, prefix: String) {
    let a = s.store.sorted(), b = s.bare.sorted()
    emit("\(prefix)_n", a.count)
    emit("\(prefix)_p50", percentile(a, 50))
    emit("\(prefix)_p99", percentile(a, 99))
    emit("\(prefix)_bare_p50", percentile(b, 50))
    emit("\(prefix)_bare_p99", percentile(b, 99))
    emit("\(prefix)_bytes", s.bytes.isEmpty ? 0 : s.bytes.reduce(0, +) / s.bytes.count)
}

/// On the work copy: load, write a snapshot, then append (this is the snapshot's tail).
/// Also appends to a fresh, nearly empty journal, to show what the state size costs.
func childPrepare(path: String, appends: Int) throws {
    let store = try JournalStore(path: path, useSnapshot: false, seed: false)
    report(notices: store.takeNotices())
    if let d = store.damage { die("journal damaged at line \(d.line): \(d.reason)") }
    let t0 = now()
    try store.writeSnapshot()
    emit("snapshot_write_seconds", now() - t0)
    emit("snapshot_bytes", fileSize(store.snapshotPath) ?? 0)
    emit("vmhwm_kib", peakRSSKiB())
    emitAppends(try measureAppends(store, count: appends, tag: "big"), prefix: "big")

    let freshPath = directory(of: path) + "/.bench-fresh-\(getpid()).jsonl"
    unlink(freshPath)
    defer { unlink(freshPath); unlink(freshPath + ".snapshot") }
    let fresh = try JournalStore(path: freshPath)
    emitAppends(try measureAppends(fresh, count: appends, tag: "fresh"), prefix: "fresh")
}

// MARK: - Parent side

let pythonLoads = """
import json, sys
n = 0
with open(sys.argv[1], 'rb') as f:
    for line in f:
        json.loads(line)
        n += 1
print("lines=%d" % n)
for l in open("/proc/self/status"):
    if l.startswith("VmHWM:"):
        print("vmhwm_kib=%s" % l.split()[1])
"""

let pythonLoadsSha = """
import json, sys, hashlib
n = 0
with open(sys.argv[1], 'rb') as f:
    for line in f:
        json.loads(line)
        hashlib.sha256(line).hexdigest()
        n += 1
print("lines=%d" % n)
for l in open("/proc/self/status"):
    if l.startswith("VmHWM:"):
        print("vmhwm_kib=%s" % l.split()[1])
"""

struct JournalOptions {
    var journal: String?
    var events = 1_000_000
    var appends = 300
    var generate = false
    var keepWork = false
    var child: String?
}

func journalUsage() -> Never {
    printErr("""
    usage: silicon-alley-bench journal --journal PATH [--events N] [--appends K] [--generate] [--keep-work]

      --journal PATH  the journal to measure (never written to: appends go to a copy)
      --events N      events the journal should hold (default 1000000)
      --appends K     single-command appends to time (default 300)
      --generate      if PATH is missing or too small, create it (demo enterprise phase, in-process)
      --keep-work     keep the work copy (PATH.bench-work.jsonl) and its snapshot
    """)
    exit(2)
}

func parseJournal(_ args: ArraySlice<String>) -> JournalOptions {
    var o = JournalOptions()
    var it = args.makeIterator()
    func value(_ name: String) -> String {
        guard let v = it.next() else { printErr("\(name) needs a value"); journalUsage() }
        return v
    }
    func int(_ name: String) -> Int {
        let v = value(name)
        guard let n = Int(v.replacingOccurrences(of: "_", with: "")), n > 0 else { printErr("\(name): not a positive number: \(v)"); journalUsage() }
        return n
    }
    while let a = it.next() {
        switch a {
        case "--journal": o.journal = value(a)
        case "--events": o.events = int(a)
        case "--appends": o.appends = int(a)
        case "--generate": o.generate = true
        case "--keep-work": o.keepWork = true
        case "--child": o.child = value(a)
        case "-h", "--help": journalUsage()
        default: printErr("unknown option \(a)"); journalUsage()
        }
    }
    return o
}

/// `silicon-alley demo --enterprises E` writes about 1.85·E lines (measured: E=10,000 gives 18,459; an enterprise, its
/// qualifications, sometimes a grant) plus a few hundred for flats, events and tickets.
func demoEnterprises(forEvents n: Int) -> Int { max(1, Int((Double(n) / 1.85).rounded())) }

func ensureJournal(_ o: JournalOptions, path: String) {
    let have = lastSeq(of: path) ?? 0
    // A demo gives about N, not exactly N: within 2% counts.
    if Double(have) >= Double(o.events) * 0.98 { return }
    let demo = directory(of: selfExecutable()) + "/silicon-alley"
    let e = demoEnterprises(forEvents: o.events)
    let cmd = "\(demo) demo --journal \(path) --enterprises \(e) --batch 1000"
    guard o.generate else {
        die("""
        \(path) holds \(have) events; \(o.events) asked for. Generate it:
          rm -f \(path) \(path).snapshot && \(cmd)
        (about 1.85 lines per enterprise, not 2.1; but `demo` is quadratic in the state size, see
        the bench report: 10,000 enterprises take ~24 s, so 1M events are out of reach), or
        rerun with --generate: the same commands and checks as `demo`'s enterprise phase,
        planned and encoded by the core in this process without the per-command state copy.
        """, code: 2)
    }
    let tmp = path + ".generating"
    unlink(tmp); unlink(tmp + ".snapshot")
    printErr("generating \(o.events) events into \(tmp) …")
    let t0 = now()
    do { try generate(path: tmp, events: o.events) } catch { die("generate: \(error)") }
    printErr("  \(grouped(lastSeq(of: tmp) ?? 0)) lines in \(fmt(now() - t0)) s")
    unlink(path + ".snapshot")
    if rename(tmp, path) != 0 { die("rename \(tmp) → \(path): errno \(errno)") }
    unlink(tmp + ".snapshot")
}

/// What `DemoLoader` does for its enterprise phase (it is >99.9% of a large demo): the
/// same synthetic enterprises, the same commands, each planned and validated by the core's
/// `Planner` against the state as it is, encoded by `LineCodec` in batches of ~1000
/// commands (txn-marked, hash-chained), one fsync at the end. Unlike
/// `JournalStore.perform`, the planner is gone before the state is changed, so the state
/// is never copied (that copy makes `demo` quadratic).
func generate(path: String, events: Int) throws {
    var state: DomainState
    let actor: String
    do {
        let store = try JournalStore(path: path)   // genesis through the normal path
        state = store.state
        actor = store.actor
    }
    let fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
    if fd < 0 { die("open \(path): errno \(errno)") }
    defer { close(fd) }
    let catalog = Catalog.plan
    let today = LocalDate.today()
    var gen = SyntheticGenerator(seed: 1, catalog: catalog, referenceDate: today)

    func plan(_ c: any Command) -> [LineCodec.Draft]? {
        var p = Planner(state: state, actor: actor, today: today, catalog: catalog)
        do { try c.plan(&p) } catch { return nil }
        return p.drafts
    }
    func flush(_ commands: [any Command]) throws {
        let firstSeq = state.lastSeq + 1
        let prev0 = state.lastHash
        var drafts: [LineCodec.Draft] = []
        for c in commands {
            guard let d = plan(c) else { continue }   // e.g. a USCC clash: left out
            for draft in d {
                try state.apply(JournalLine(seq: state.lastSeq + 1, time: "", actor: actor, kind: draft.kind,
                                            entity: draft.entity, data: draft.data, prev: state.lastHash, hash: state.lastHash), planned: true)
            }
            drafts += d
        }
        if drafts.isEmpty { return }
        let time = Timestamp.now()
        var bytes: [UInt8] = []
        var prev = prev0
        for (i, d) in drafts.enumerated() {
            let (b, line) = LineCodec.encode(d, seq: firstSeq + i, time: time, actor: actor, prev: prev,
                                             txnIndex: i + 1, txnCount: drafts.count)
            bytes += b
            prev = line.hash
        }
        state.lastHash = prev
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + done, bytes.count - done) }
            if n < 0 { if errno == EINTR { continue }; die("write: errno \(errno)") }
            done += n
        }
    }

    try flush([
        RecordDistrictStatistic(date: "2023-12-31", srdiCount: "412", highTechCount: "1268", note: "2023年底基线（演示数据）"),
        RecordDistrictStatistic(date: today.description, srdiCount: "468", highTechCount: "1342", note: "演示数据"),
    ])
    var batch: [any Command] = []
    var lastReport = now()
    while state.lastSeq + batch.count < events {
        let e = gen.enterprise()
        batch.append(RegisterEnterprise(EnterpriseInput(
            name: e.name, uscc: e.uscc, industry: e.industryID, place: e.address.placeID,
            address: "\(e.address.floor)层 \(e.address.room)室", area: e.leasedArea.description,
            headcount: String(e.headcount), settled: e.settledOn.description,
            contact: e.contact.name, phone: e.contact.mobile)))
        for q in e.qualifications {
            let granted = LocalDate(year: q.year, month: gen.int(in: 1...12), day: gen.int(in: 1...28))!
            let start = min(granted, today)
            let expiry = LocalDate(year: start.year + 3, month: start.month, day: start.day) ?? start.adding(days: 1095)
            batch.append(GrantQualification(enterprise: e.uscc, qualification: q.qualificationID,
                                            granted: start.description, expires: expiry.description))
        }
        if gen.chance(0.15) {
            let m = gen.pick(catalog.measures)
            batch.append(RecordSupport(enterprise: e.uscc, measure: m.code, amount: String(gen.int(in: 5...200) * 10_000),
                                       date: gen.date(in: LocalDate(year: 2024, month: 1, day: 1)!...today).description))
        }
        if batch.count >= 1000 {
            try flush(batch)
            batch.removeAll(keepingCapacity: true)
            if now() - lastReport > 10 {
                lastReport = now()
                printErr("  … \(grouped(state.lastSeq)) lines")
            }
        }
    }
    try flush(batch)
    if fsync(fd) != 0 { die("fsync: errno \(errno)") }
}

extension String {
    func trimmingCharacters(in set: Character) -> String {
        var s = Substring(self)
        while s.last == set { s.removeLast() }
        while s.first == set { s.removeFirst() }
        return String(s)
    }
}

func journalBench(_ o: JournalOptions) throws {
    guard let path = o.journal else { printErr("--journal is required"); journalUsage() }
    if let mode = o.child {
        switch mode {
        case "full": try childFull(path: path)
        case "verify": try childVerify(path: path)
        case "snapshot": try childSnapshot(path: path)
        case "compare": try childCompare(path: path)
        case "prepare": try childPrepare(path: path, appends: o.appends)
        default: die("unknown child mode \(mode)")
        }
        // Like the CLI: leave without freeing the state record by record (the OS does it).
        exit(0)
    }

    ensureJournal(o, path: path)
    let events = lastSeq(of: path) ?? 0
    let bytes = fileSize(path) ?? 0
    let mb = Double(bytes) / 1e6
    print("journal  \(path)")
    print("         \(grouped(events)) events, \(fmt(mb)) MB (\(bytes / max(events, 1)) B/line)")
    print("")

    // Loads of the untouched journal.
    printErr("· python3 json.loads …")
    let py = run(["python3", "-c", pythonLoads, path])
    if py.status != 0 { die("python3 failed (status \(py.status))") }
    printErr("· python3 json.loads + sha256 …")
    let pySha = run(["python3", "-c", pythonLoadsSha, path])
    if pySha.status != 0 { die("python3 failed (status \(pySha.status))") }
    printErr("· JournalStore(useSnapshot: false) …")
    let full = runChild("full", ["--journal", path])
    printErr("· JournalVerifier.verify …")
    let verify = runChild("verify", ["--journal", path])

    // A work copy takes the snapshot and the appends, so the measured journal stays as it is.
    let work = path + ".bench-work.jsonl"
    printErr("· copying to \(work) …")
    copyFile(path, work)
    unlink(work + ".snapshot")
    defer { if !o.keepWork { unlink(work); unlink(work + ".snapshot") } }
    printErr("· snapshot + \(o.appends) appends (and \(o.appends) on a fresh journal) …")
    let prep = runChild("prepare", ["--journal", work, "--appends", String(o.appends)])
    printErr("· JournalStore(path:) from snapshot + tail …")
    let snap = runChild("snapshot", ["--journal", work])

    func d(_ r: ChildResult, _ k: String) -> Double { Double(r.output[k] ?? "") ?? .nan }
    let pyRate = mb / py.seconds

    print("LOAD (wall time, spawn → exit; peak RSS = the child's VmHWM)")
    let cols = [34, 9, 9, 11, 15]
    func row(_ c: [String]) {
        var s = ""
        for (i, v) in c.enumerated() { s += pad(v, cols[i], right: i > 0) }
        print(s)
    }
    row(["", "time s", "MB/s", "peak RSS", "vs json.loads"])
    func loadRow(_ name: String, _ r: ChildResult) {
        let rate = mb / r.seconds
        row([name, fmt(r.seconds, 2), fmt(rate), "\(r.maxRSSKiB / 1024) MB", fmt(rate / pyRate, 2) + "×"])
    }
    loadRow("python3 json.loads/line", py)
    loadRow("python3 json.loads+sha256", pySha)
    loadRow("JournalStore full replay", full)
    loadRow("JournalVerifier.verify", verify)
    loadRow("JournalStore snapshot+\(o.appends) tail", snap)
    print("  (snapshot: \(fmt(d(prep, "snapshot_bytes") / 1e6)) MB, written in \(fmt(d(prep, "snapshot_write_seconds"), 2)) s;"
          + " in-process times: replay \(fmt(d(full, "seconds"), 2)) s, verify \(fmt(d(verify, "seconds"), 2)) s, snapshot \(fmt(d(snap, "seconds"), 2)) s)")
    for (name, r) in [("python", py), ("replay", full), ("verify", verify)] {
        if let l = r.output["lines"], Int(l) != events { print("  warning: \(name) saw \(l) lines, expected \(events)") }
    }
    print("")

    print("APPEND one command (AddProgressNote) = lock + catch-up + write + fsync; baseline = O_APPEND write + fsync, same size, same dir")
    let acols = [34, 9, 9, 11, 11]
    func arow(_ c: [String]) {
        var s = ""
        for (i, v) in c.enumerated() { s += pad(v, acols[i], right: i > 0) }
        print(s)
    }
    arow(["", "p50 ms", "p99 ms", "bare p50", "bare p99"])
    func ms(_ v: Double) -> String { fmt(v * 1000, 3) }
    for (name, p) in [("store, \(grouped(events))-event state", "big"), ("store, fresh journal (info)", "fresh")] {
        arow([name, ms(d(prep, "\(p)_p50")), ms(d(prep, "\(p)_p99")), ms(d(prep, "\(p)_bare_p50")), ms(d(prep, "\(p)_bare_p99"))])
    }
    let ratio50 = d(prep, "big_p50") / d(prep, "big_bare_p50")
    let ratio99 = d(prep, "big_p99") / d(prep, "big_bare_p99")
    print("  ratio store/bare (big state): p50 \(fmt(ratio50, 2))×, p99 \(fmt(ratio99, 2))×;"
          + " fresh: p50 \(fmt(d(prep, "fresh_p50") / d(prep, "fresh_bare_p50"), 2))×"
          + "  (\(prep.output["big_n"] ?? "?") samples, \(prep.output["big_bytes"] ?? "?") B/line)")
    print("")

    let fullRatio = (mb / full.seconds) / pyRate
    let snapRatio = (mb / snap.seconds) / pyRate
    let peak = max(full.maxRSSKiB, verify.maxRSSKiB, snap.maxRSSKiB) / 1024
    func verdict(_ ok: Bool) -> String { ok ? "ok  " : "MISS" }
    print("TARGETS")
    print("  \(verdict(fullRatio >= 1)) full load+verify ≥ 1× json.loads      \(fmt(fullRatio, 2))×")
    print("  \(verdict(snapRatio >= 2)) snapshot load ≥ 2× json.loads        \(fmt(snapRatio, 2))×")
    print("  \(verdict(ratio50 <= 1.5)) append p50 ≤ 1.5× bare fsync          \(fmt(ratio50, 2))×")
    print("  \(verdict(peak <= 400)) peak RSS of a load ≤ 400 MB          \(peak) MB (replay \(full.maxRSSKiB / 1024), verify \(verify.maxRSSKiB / 1024), snapshot \(snap.maxRSSKiB / 1024))")
}
