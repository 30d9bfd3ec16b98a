import Foundation

/// A calendar date with no time and no time zone — deadlines, lease ends, birth dates.
///
/// Arithmetic is done on a day count since 1970-01-01 (proleptic Gregorian),
/// never through `Date`, so no DST or time-zone shift can move a date by one.
public struct LocalDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    // Stored in four bytes: a registry holds several dates per record, hundreds of
    // thousands of records, and three Ints each made the records a third bigger.
    private let y: Int16
    private let m: UInt8
    private let d: UInt8

    public var year: Int { Int(y) }
    public var month: Int { Int(m) }
    public var day: Int { Int(d) }

    /// nil unless year is 1…9999 and month/day form a real date.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= LocalDate.daysInMonth(year: year, month: month) else { return nil }
        self.y = Int16(year)
        self.m = UInt8(month)
        self.d = UInt8(day)
    }

    /// Strict "YYYY-MM-DD": exactly ten ASCII characters, a real date.
    public init?(_ text: String) {
        let c = Array(text.utf8)
        guard c.count == 10, c[4] == UInt8(ascii: "-"), c[7] == UInt8(ascii: "-"),
              let y = LocalDate.number(c[0..<4]), let m = LocalDate.number(c[5..<7]),
              let d = LocalDate.number(c[8..<10]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// "YYYYMMDD", as inside a resident ID.
    public init?(compact text: String) {
        let c = Array(text.utf8)
        guard c.count == 8, let y = LocalDate.number(c[0..<4]), let m = LocalDate.number(c[4..<6]),
              let d = LocalDate.number(c[6..<8]) else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// The date `days` after 1970-01-01 (negative for earlier).
    public init(daysSinceEpoch days: Int) {
        // Civil-from-days over 400-year eras (146097 days), with years starting in March
        // so the leap day falls at the end of the year.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.y = Int16(clamping: yoe + era * 400 + (m <= 2 ? 1 : 0))
        self.m = UInt8(m)
        self.d = UInt8(d)
    }

    /// Days since 1970-01-01.
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    public func adding(days: Int) -> LocalDate {
        LocalDate(daysSinceEpoch: daysSinceEpoch + days)
    }

    /// Days from self to `other`; negative if `other` is earlier.
    public func days(until other: LocalDate) -> Int {
        other.daysSinceEpoch - daysSinceEpoch
    }

    /// ISO weekday: 1 = Monday … 7 = Sunday. 1970-01-01 was a Thursday.
    public var weekday: Int {
        let r = (daysSinceEpoch + 3) % 7
        return (r < 0 ? r + 7 : r) + 1
    }

    /// "YYYY-MM-DD".
    public var description: String {
        func pad(_ n: Int, _ width: Int) -> String {
            let s = String(n)
            return String(repeating: "0", count: max(0, width - s.count)) + s
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    public static func < (a: LocalDate, b: LocalDate) -> Bool {
        (a.y, a.m, a.d) < (b.y, b.m, b.d)
    }

    public static func isLeapYear(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The Beijing time zone, in which the district works.
    public static let shanghai = TimeZone(identifier: "Asia/Shanghai")!

    /// Today's date on the wall clock of `timeZone` (Beijing by default).
    public static func today(in timeZone: TimeZone = shanghai, now: Date = Date()) -> LocalDate {
        // Days since the epoch on that wall clock: no Calendar, which costs tens of
        // microseconds to build and is asked for on every append.
        let local = now.timeIntervalSince1970 + Double(timeZone.secondsFromGMT(for: now))
        return LocalDate(daysSinceEpoch: Int((local / 86_400).rounded(.down)))
    }

    /// Validates a typed date (trimmed, full-width digits accepted) for a form field.
    public static func validate(_ text: String, field: String) throws(FieldError) -> LocalDate {
        let s = TextNormalization.trimmedHalfWidth(text)
        guard !s.isEmpty else {
            throw FieldError(field: field, zh: "不能为空", en: "must not be empty")
        }
        guard let date = LocalDate(s) else {
            // The right shape with no such day (2026-02-30) is told apart from a wrong shape.
            let shaped = s.utf8.count == 10 && s.enumerated().allSatisfy { i, c in (i == 4 || i == 7) ? c == "-" : c.isASCII && c.isNumber }
            if shaped {
                throw FieldError(field: field, zh: "没有“\(s)”这一天", en: "“\(s)” is not a real date")
            }
            throw FieldError(field: field, zh: "日期“\(s)”格式不对：应为 YYYY-MM-DD（如 2026-03-01）",
                             en: "“\(s)” is not a date: use YYYY-MM-DD (e.g. 2026-03-01)")
        }
        return date
    }

    // Codable as the "YYYY-MM-DD" string, so journals and JSON stay readable.
    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = LocalDate(text) else {
            throw DecodingError.dataCorruptedError(in: container,
                debugDescription: "expected YYYY-MM-DD, got \(text)")
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        var n = 0
        for b in bytes {
            guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") else { return nil }
            n = n * 10 + Int(b - UInt8(ascii: "0"))
        }
        return n
    }
}
