#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One progress line for a long operation — a bar, the count, the rate and the time left —
/// drawn the same way on the console's screen and on a CLI's stderr.
public struct ProgressMeter: Sendable {
    /// What is counted ("lines", "rows"…), in both languages.
    public var unit: Phrase
    private let started: Double

    public init(unit: Phrase, started: Double = ProgressMeter.clock()) {
        self.unit = unit
        self.started = started
    }

    /// Seconds on a monotonic clock.
    public static func clock() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    public func elapsed(now: Double = ProgressMeter.clock()) -> Double { max(0, now - started) }

    /// `[█████░░░░░] 45%  123,456 lines · 210,000 lines/s · 3 s left`. The rate and the time
    /// left appear once there is something to go on (a quarter of a second of work).
    public func line(fraction: Double, count: Int, barWidth: Int = 20, ascii: Bool = false,
                     language: Language = .en, now: Double = ProgressMeter.clock()) -> String {
        let f = min(1, max(0, fraction.isFinite ? fraction : 0))
        let filled = Int((f * Double(barWidth)).rounded(.down))
        let (full, empty) = ascii ? ("#", "-") : ("█", "░")
        var s = "[" + String(repeating: full, count: filled) + String(repeating: empty, count: barWidth - filled) + "] "
        s += "\(Int((f * 100).rounded(.down)))%  " + Self.grouped(count) + (language == .zh ? " " : " ") + unit.text(language)
        let t = elapsed(now: now)
        if t >= 0.25 && count > 0 {
            let rate = Double(count) / t
            s += " · " + Self.grouped(Int(rate)) + " " + unit.text(language) + language.t("/秒", "/s")
            if f > 0.01 && f < 1 {
                let left = t * (1 - f) / f
                s += " · " + language.t("约剩 ", "") + Self.duration(left) + language.t("", " left")
            }
        }
        return s
    }

    /// 3 s, 1 min 05 s.
    public static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded(.up))
        if s < 60 { return "\(s) s" }
        let m = s / 60, r = s % 60
        return "\(m) min " + (r < 10 ? "0" : "") + "\(r) s"
    }

    public static func grouped(_ n: Int) -> String {
        let s = String(n)
        var out = ""
        for (i, c) in s.enumerated() {
            if i > 0 && (s.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }
}

/// Progress to stderr for the CLI, only when stderr is a terminal, rewritten in place at
/// most ten times a second, and erased when done so the command's own output stays clean.
public final class TerminalProgress: @unchecked Sendable {
    private var meter: ProgressMeter
    private let enabled: Bool
    private var lastDrawn = 0.0
    private var drawn = false
    private let label: String

    public init(_ label: String, unit: Phrase, fd: Int32 = 2) {
        self.label = label
        meter = ProgressMeter(unit: unit)
        enabled = isatty(fd) == 1
    }

    public func update(fraction: Double, count: Int) {
        guard enabled else { return }
        let now = ProgressMeter.clock()
        guard now - lastDrawn >= 0.1 else { return }
        lastDrawn = now
        // Not in the first half second: a quick command shows nothing.
        guard meter.elapsed(now: now) >= 0.5 else { return }
        Self.write("\r\u{1B}[K" + label + " " + meter.line(fraction: fraction, count: count, now: now))
        drawn = true
    }

    public func finish() {
        guard enabled, drawn else { return }
        Self.write("\r\u{1B}[K")
        drawn = false
    }

    private static func write(_ s: String) {
        var s = s
        s.withUTF8 { _ = Glibc.write(2, $0.baseAddress, $0.count) }
    }
}
