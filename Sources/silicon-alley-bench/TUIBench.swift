// silicon-alley-bench tui: frame time and terminal bytes per selection move in a
// 100,000-row enterprise table, at 80×24 and 100×30.
//
// ncurses runs through `NcursesScreen(terminal:outputFD:inputFD:size:)`: newterm on an
// unlinked temp file (output) and an idle pipe (input: never readable, so ncurses'
// typeahead check behaves as on a quiet tty). The bytes a frame costs are the file offset
// delta around `NcursesScreen.draw`, which ends in refresh() → doupdate() → flush.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Console
import Foundation
import SiliconAlleyCore
import TerminalUI

struct TUIOptions {
    var rows = 100_000
    var moves = 2_000
    var show = false
}

func tuiUsage() -> Never {
    printErr("""
    usage: silicon-alley-bench tui [--rows N] [--moves M] [--show]

      --rows N   rows in the table (default 100000)
      --moves M  selection moves per screen size (default 2000)
      --show     print the bytes of one in-page move and of one scroll move (ESC shown as ␛)
    """)
    exit(2)
}

func parseTUI(_ args: ArraySlice<String>) -> TUIOptions {
    var o = TUIOptions()
    var it = args.makeIterator()
    func int(_ name: String) -> Int {
        guard let v = it.next(), let n = Int(v.replacingOccurrences(of: "_", with: "")), n > 0 else {
            printErr("\(name) needs a positive number"); tuiUsage()
        }
        return n
    }
    while let a = it.next() {
        switch a {
        case "--rows": o.rows = int(a)
        case "--moves": o.moves = int(a)
        case "--show": o.show = true
        case "-h", "--help": tuiUsage()
        default: printErr("unknown option \(a)"); tuiUsage()
        }
    }
    return o
}

// MARK: - The screen under test

/// A journal holding `rows` synthetic enterprises (appended unchecked, in batches, by the
/// journal's admin), in a temp directory the caller removes.
func registryJournal(rows: Int) -> (store: JournalStore, dir: String) {
    var template = Array("/tmp/silicon-alley-bench-tui-journal-XXXXXX".utf8CString)
    let dir = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
    do {
        let store = try JournalStore(path: dir + "/journal.jsonl", actor: "bench")
        let enc = JSONValueEncoder()
        var drafts: [LineCodec.Draft] = []
        for var e in syntheticEnterprises(rows) {
            // As the commands write it: the record (its id from the seq of its line, replay
            // checks that) with no qualifications, then a line per qualification.
            e.id = "ent-\(store.head.seq + drafts.count + 1)"
            let quals = e.qualifications
            e.qualifications = []
            drafts.append(.init(kind: EventKind.enterpriseRegistered, entity: e.id, data: try enc.encode(e)))
            for q in quals { drafts.append(.init(kind: EventKind.qualificationGranted, entity: e.id, data: try enc.encode(q))) }
            if drafts.count >= 5_000 { try store.appendUnchecked(drafts); drafts.removeAll() }
        }
        if !drafts.isEmpty { try store.appendUnchecked(drafts) }
        return (try JournalStore(path: dir + "/journal.jsonl", actor: "bench"), dir)
    } catch {
        die("bench journal: \(error)")
    }
}

/// The row of the frame that carries the selection marker.
func selectionRow(_ grid: Grid, marker: String) -> Int? {
    (0..<grid.height).first { grid.row($0).hasPrefix(marker) }
}

// MARK: - Measuring

enum MoveKind: Int, CaseIterable {
    case inPage, scroll, page
    var label: String {
        switch self {
        case .inPage: return "in-page move (↑/↓, no scroll)"
        case .scroll: return "scroll by one row (↑/↓ at edge)"
        case .page: return "page-down"
        }
    }
}

/// What a terminal byte stream is made of.
struct ByteMix {
    var text = 0, escapes = 0, cup = 0, sgr = 0, other = 0

    init() {}
    init(_ b: [UInt8]) {
        var i = 0
        while i < b.count {
            if b[i] != 0x1B { text += 1; i += 1; continue }
            let start = i
            i += 1
            var final: UInt8 = 0
            if i < b.count, b[i] == UInt8(ascii: "[") {
                i += 1
                while i < b.count, !(0x40...0x7E).contains(b[i]) { i += 1 }
                if i < b.count { final = b[i]; i += 1 }
            } else if i < b.count, b[i] == UInt8(ascii: "("), i + 1 < b.count {
                i += 2
            } else if i < b.count {
                i += 1
            }
            escapes += i - start
            switch final {
            case UInt8(ascii: "H"): cup += 1
            case UInt8(ascii: "m"): sgr += 1
            default: other += 1
            }
        }
    }

    static func += (a: inout ByteMix, b: ByteMix) {
        a.text += b.text; a.escapes += b.escapes; a.cup += b.cup; a.sgr += b.sgr; a.other += b.other
    }
}

func visible(_ b: [UInt8]) -> String {
    var s = ""
    for c in String(decoding: b, as: UTF8.self).unicodeScalars {
        switch c.value {
        case 0x1B: s += "␛"
        case 0x0D: s += "␍"
        case 0x0A: s += "␊"
        case 0x08: s += "␈"
        case 0..<0x20: s += "^" + String(UnicodeScalar(UInt8(c.value) + 0x40))
        default: s.unicodeScalars.append(c)
        }
    }
    return s
}

struct ScreenResult {
    var size: Size
    var dataRows = 0
    var startupBytes = 0
    var build: [Double] = []
    var draw: [Double] = []
    var total: [Double] = []
    var cpu: [Double] = []        // the same span in this thread's CPU time (preemption excluded)
    var bytes: [MoveKind: [Double]] = [:]
    var ideal: [Double] = []      // in-page and scroll moves: UTF-8 bytes of the two changed rows
    var mix = ByteMix()           // summed over in-page moves
    var fullBytes: [Double] = []
    var fullDraw: [Double] = []
    var fullIdeal = 0             // UTF-8 bytes of the whole screen's characters
    var samples: [MoveKind: [UInt8]] = [:]
}

func runScreen(size: Size, store: JournalStore, moves: Int, look: Look) -> ScreenResult {
    var r = ScreenResult(size: size)
    var template = Array("/tmp/silicon-alley-bench-tui-XXXXXX".utf8CString)
    let out = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    if out < 0 { die("mkstemp: errno \(errno)") }
    template.withUnsafeBufferPointer { _ = unlink($0.baseAddress!) }
    var idle: [Int32] = [0, 0]
    guard pipe(&idle) == 0 else { die("pipe: errno \(errno)") }
    defer { close(out); close(idle[0]); close(idle[1]) }
    func position() -> Int { Int(lseek(out, 0, SEEK_CUR)) }
    func bytes(_ from: Int, _ to: Int) -> [UInt8] {
        var b = [UInt8](repeating: 0, count: to - from)
        let n = b.withUnsafeMutableBytes { pread(out, $0.baseAddress, to - from, off_t(from)) }
        return n == to - from ? b : []
    }

    let screen = NcursesScreen(terminal: "xterm-256color", outputFD: out, inputFD: idle[0], size: size)
    defer { screen.stop() }
    if screen.size != size { die("ncurses size is \(screen.size.width)×\(screen.size.height), wanted \(size.width)×\(size.height)") }
    if !screen.isUTF8 { die("no UTF-8 locale: \(screen.localeError ?? "")") }

    let shell = Shell(store: store, language: .zh, look: look, mode: .console(start: .enterprises), size: size)
    var clock = 1.0
    var grid = shell.render(size: size).grid
    screen.draw(grid)
    r.startupBytes = position()
    r.dataRows = size.height - 4 - 3   // title, rule · KPI, counts, header · rule, status
    r.fullIdeal = (0..<size.height).reduce(0) { $0 + grid.row($1).utf8.count }

    for i in 0..<moves {
        // Blocks of 60: 39 down, one page-down, 20 up — down-heavy, with in-page moves
        // (selection inside the window) and scrolls (selection at the edge) both well sampled.
        let phase = i % 60
        let before = grid
        let key: Key = phase < 39 ? .down : (phase == 39 ? .pageDown : .up)
        clock += 0.05
        let c0 = threadCPU()
        let t0 = now()
        _ = shell.handle(key, now: clock, size: size)
        let frame = shell.render(size: size)
        grid = frame.grid
        let t1 = now()
        let p0 = position()
        screen.draw(grid, cursor: frame.cursor)
        let t2 = now()
        let c2 = threadCPU()
        let p1 = position()
        let changed = (0..<size.height).filter { grid.row($0) != before.row($0) }
        let kind: MoveKind = phase == 39 ? .page : (changed.count <= 2 ? .inPage : .scroll)
        r.build.append(t1 - t0)
        r.draw.append(t2 - t1)
        r.total.append(t2 - t0)
        r.cpu.append(c2 - c0)
        r.bytes[kind, default: []].append(Double(p1 - p0))
        if kind != .page, let y = selectionRow(grid, marker: look.marker) {
            // The new selection row and the one the selection left (above after ↓, below after ↑).
            let other = key == .down ? y - 1 : y + 1
            r.ideal.append(Double([y, other].filter { (0..<size.height).contains($0) }.reduce(0) { $0 + grid.row($1).utf8.count }))
        }
        if kind == .inPage { r.mix += ByteMix(bytes(p0, p1)) }
        if r.samples[kind] == nil, i > 40 { r.samples[kind] = bytes(p0, p1) }

        // Every 100 moves, the same frame again as a full repaint (not counted as a move).
        if i % 100 == 50 {
            screen.forceRepaint()
            let f0 = position(), ft = now()
            screen.draw(grid, cursor: frame.cursor)
            r.fullDraw.append(now() - ft)
            r.fullBytes.append(Double(position() - f0))
        }
    }
    return r
}

func threadCPU() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

// MARK: - Report

func tuiBench(_ o: TUIOptions) {
    printErr("· a journal of \(grouped(o.rows)) synthetic enterprises …")
    let t0 = now()
    let (store, dir) = registryJournal(rows: o.rows)
    defer { try? FileManager.default.removeItem(atPath: dir) }
    printErr("  \(fmt(now() - t0, 2)) s")
    let look = Look(theme: .default)

    print("TUI  the real console (Shell + EnterprisesPane) over \(grouped(o.rows)) enterprises (zh, default theme, 256 colours)")
    print("     newterm(\"xterm-256color\") on a temp file; bytes = file growth per NcursesScreen.draw")
    print("     moves: blocks of 39 ↓, 1 PgDn, 20 ↑ (so in-page moves and one-row scrolls are both sampled)")
    var results: [ScreenResult] = []
    for size in [Size(width: 80, height: 24), Size(width: 100, height: 30)] {
        printErr("· \(size.width)×\(size.height): \(o.moves) moves …")
        let r = runScreen(size: size, store: store, moves: o.moves, look: look)
        results.append(r)
        report(r, moves: o.moves, show: o.show)
    }

    let r = results[0]
    let p99 = percentile(r.total.sorted(), 99) * 1000
    let cpu99 = percentile(r.cpu.sorted(), 99) * 1000
    let inPage = r.bytes[.inPage] ?? []
    let meanIn = inPage.reduce(0, +) / Double(max(1, inPage.count))
    let idealIn = r.ideal.reduce(0, +) / Double(max(1, r.ideal.count))
    let scroll = r.bytes[.scroll] ?? []
    let meanScroll = scroll.reduce(0, +) / Double(max(1, scroll.count))
    func verdict(_ ok: Bool) -> String { ok ? "ok  " : "MISS" }
    print("TARGETS (80×24)")
    print("  \(verdict(p99 <= 2)) frame p99 ≤ 2 ms (build + draw, wall)      \(fmt(p99, 3)) ms  (thread CPU p99 \(fmt(cpu99, 3)) ms)")
    print("  \(verdict(meanIn <= idealIn * 1.2)) in-page move ≤ 1.2 × ideal bytes          \(fmt(meanIn, 0)) B vs \(fmt(idealIn * 1.2, 0)) B (ideal \(fmt(idealIn, 0)))")
    print("  \(verdict(meanScroll <= idealIn * 1.2)) one-row scroll ≤ 1.2 × ideal bytes        \(fmt(meanScroll, 0)) B")
}

func report(_ r: ScreenResult, moves: Int, show: Bool) {
    func ms(_ v: Double) -> String { pad(fmt(v * 1000, 3), 9, right: true) }
    func stats(_ name: String, _ v: [Double]) {
        let s = v.sorted()
        print(pad("  " + name, 52) + ms(percentile(s, 50)) + ms(percentile(s, 99)) + ms(s.last ?? .nan))
    }
    let counts = MoveKind.allCases.map { "\(($0 == .inPage ? "in-page" : $0 == .scroll ? "scroll" : "page-down")) \(r.bytes[$0]?.count ?? 0)" }
    print("")
    print("\(r.size.width)×\(r.size.height)  (\(r.dataRows) data rows; \(moves) moves: \(counts.joined(separator: ", ")))")
    print(pad("frame time, ms", 52) + pad("p50", 9, right: true) + pad("p99", 9, right: true) + pad("max", 9, right: true))
    stats("build: Shell.handle(key) + Shell.render (whole frame)", r.build)
    stats("draw: NcursesScreen.draw (diff, mvadd_wch, refresh)", r.draw)
    stats("total per move (wall)", r.total)
    stats("total per move (thread CPU time: no preemption)", r.cpu)
    stats("full repaint draw (forceRepaint + draw, \(r.fullDraw.count)×)", r.fullDraw)
    print(pad("bytes to the terminal per frame", 52) + pad("mean", 9, right: true) + pad("p50", 9, right: true) + pad("max", 9, right: true))
    func bstats(_ name: String, _ v: [Double]) {
        let s = v.sorted()
        let mean = s.reduce(0, +) / Double(max(1, s.count))
        print(pad("  " + name, 52) + pad(fmt(mean, 0), 9, right: true) + pad(fmt(percentile(s, 50), 0), 9, right: true) + pad(fmt(s.last ?? .nan, 0), 9, right: true))
    }
    for k in MoveKind.allCases { bstats(k.label, r.bytes[k] ?? []) }
    bstats("full repaint of the same screen", r.fullBytes)
    bstats("ideal: UTF-8 of the two changed rows", r.ideal)
    let inPage = r.bytes[.inPage] ?? []
    let meanIn = inPage.reduce(0, +) / Double(max(1, inPage.count))
    let scroll = r.bytes[.scroll] ?? []
    let meanScroll = scroll.reduce(0, +) / Double(max(1, scroll.count))
    let idealM = r.ideal.reduce(0, +) / Double(max(1, r.ideal.count))
    let fullM = r.fullBytes.reduce(0, +) / Double(max(1, r.fullBytes.count))
    print("  ratio to ideal: in-page \(fmt(meanIn / idealM, 2))×, scroll \(fmt(meanScroll / idealM, 2))×;"
          + " full repaint \(fmt(fullM / idealM, 1))× (screen's own characters: \(r.fullIdeal) B)")
    let n = Double(max(1, inPage.count))
    let m = r.mix
    print("  in-page move, per move: text \(fmt(Double(m.text) / n, 0)) B, escapes \(fmt(Double(m.escapes) / n, 0)) B"
          + " (\(fmt(Double(m.cup) / n, 1)) cursor moves, \(fmt(Double(m.sgr) / n, 1)) SGR, \(fmt(Double(m.other) / n, 1)) other)")
    print("  first frame incl. curses start-up: \(r.startupBytes) B")
    if r.size.width == 80 {
        print("  reference, NOT measured here (quoted from the issue, 80 columns): htop ~630 B/move, dialog menu ~750 B/move")
    }
    if show {
        for k in [MoveKind.inPage, .scroll] {
            if let b = r.samples[k] { print("  sample \(k.label), \(b.count) B:\n    \(visible(b))") }
        }
    }
}
