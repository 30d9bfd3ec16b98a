#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// UTC time for journal lines, `2026-11-29T08:41:00.123Z`.
public enum Timestamp {
    public static func now() -> String {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        var t = ts.tv_sec
        var tm = tm()
        gmtime_r(&t, &tm)
        func pad(_ v: Int32, _ n: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, n - s.count)) + s
        }
        return "\(pad(tm.tm_year + 1900, 4))-\(pad(tm.tm_mon + 1, 2))-\(pad(tm.tm_mday, 2))T"
            + "\(pad(tm.tm_hour, 2)):\(pad(tm.tm_min, 2)):\(pad(tm.tm_sec, 2)).\(pad(Int32(ts.tv_nsec / 1_000_000), 3))Z"
    }
}

extension Timestamp {
    /// Milliseconds since 1970 for a time in exactly the form `now()` writes, else nil.
    /// Replay reads one per line, so it works on the bytes with no formatter. For any text
    /// it accepts, `format(milliseconds:)` gives the same text back.
    public static func milliseconds(_ text: String) -> Int64? {
        var text = text
        return text.withUTF8 { milliseconds(utf8: $0) }
    }

    /// The same from the text's bytes.
    static func milliseconds(utf8 b: UnsafeBufferPointer<UInt8>) -> Int64? {
        guard b.count == 24, b[4] == 0x2D, b[7] == 0x2D, b[10] == 0x54, b[13] == 0x3A, b[16] == 0x3A,
              b[19] == 0x2E, b[23] == 0x5A else { return nil }
        func n(_ from: Int, _ count: Int) -> Int? {
            var v = 0
            for i in from..<(from + count) {
                let c = b[i]
                guard c >= 0x30, c <= 0x39 else { return nil }
                v = v * 10 + Int(c - 0x30)
            }
            return v
        }
        guard let y = n(0, 4), let mo = n(5, 2), let d = n(8, 2), let h = n(11, 2), let mi = n(14, 2),
              let s = n(17, 2), let ms = n(20, 3), h < 24, mi < 60, s < 60,
              let date = LocalDate(year: y, month: mo, day: d) else { return nil }
        return (Int64(date.daysSinceEpoch) * 86_400 + Int64(h * 3600 + mi * 60 + s)) * 1000 + Int64(ms)
    }

    /// The time `now()` would write for a moment given in milliseconds since 1970.
    public static func format(milliseconds t: Int64) -> String {
        let days = Int(t / 86_400_000 - (t % 86_400_000 < 0 ? 1 : 0))
        let rest = Int(t - Int64(days) * 86_400_000)
        let date = LocalDate(daysSinceEpoch: days)
        func pad(_ v: Int, _ n: Int) -> String {
            let s = String(v)
            return String(repeating: "0", count: max(0, n - s.count)) + s
        }
        return "\(date)T\(pad(rest / 3_600_000, 2)):\(pad(rest / 60_000 % 60, 2)):\(pad(rest / 1000 % 60, 2)).\(pad(rest % 1000, 3))Z"
    }

    /// The date in Beijing (UTC+8) of a journal time: the "today" its command saw.
    public static func beijingDate(milliseconds t: Int64) -> LocalDate {
        let shifted = t + 8 * 3_600_000
        return LocalDate(daysSinceEpoch: Int(shifted / 86_400_000 - (shifted % 86_400_000 < 0 ? 1 : 0)))
    }

    /// The Beijing calendar date of a line's UTC time (UTC+8, no daylight saving); nil if
    /// the text is not this program's timestamp (planning lines carry none yet).
    public static func beijingDate(_ time: String) -> LocalDate? {
        let c = Array(time.utf8)
        guard c.count >= 13, c[10] == UInt8(ascii: "T"), let date = LocalDate(String(decoding: c[0..<10], as: UTF8.self)),
              let h1 = c[11].digit, let h2 = c[12].digit else { return nil }
        return h1 * 10 + h2 >= 16 ? date.adding(days: 1) : date
    }
}

private extension UInt8 {
    var digit: Int? { self >= 0x30 && self <= 0x39 ? Int(self - 0x30) : nil }
}
