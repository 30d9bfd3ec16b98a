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
