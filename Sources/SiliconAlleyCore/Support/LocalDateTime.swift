import Foundation

/// A wall-clock date and time to the minute, in Beijing (the district's only time zone):
/// when an event starts and ends. Like `LocalDate`, no `Date` and no time zone inside, so
/// nothing can shift it; `minutesSinceEpoch` orders and subtracts.
public struct LocalDateTime: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let date: LocalDate
    /// Minutes after midnight, 0…1439.
    public let minuteOfDay: Int

    public init?(date: LocalDate, hour: Int, minute: Int) {
        guard (0..<24).contains(hour), (0..<60).contains(minute) else { return nil }
        self.date = date
        minuteOfDay = hour * 60 + minute
    }

    /// Midnight at the start of `date`.
    public init(startOf date: LocalDate) {
        self.date = date
        minuteOfDay = 0
    }

    public init(minutesSinceEpoch m: Int) {
        let days = m >= 0 ? m / 1440 : -((-m + 1439) / 1440)
        date = LocalDate(daysSinceEpoch: days)
        minuteOfDay = m - days * 1440
    }

    /// "YYYY-MM-DDTHH:MM" (the journal's form) or "YYYY-MM-DD HH:MM".
    public init?(_ text: String) {
        let c = Array(text.utf8)
        guard c.count == 16, c[10] == UInt8(ascii: "T") || c[10] == UInt8(ascii: " "),
              let d = LocalDate(String(decoding: c[0..<10], as: UTF8.self)),
              let (h, m) = Self.clock(String(decoding: c[11...], as: UTF8.self)) else { return nil }
        self.init(date: d, hour: h, minute: m)
    }

    public var hour: Int { minuteOfDay / 60 }
    public var minute: Int { minuteOfDay % 60 }

    public var minutesSinceEpoch: Int { date.daysSinceEpoch * 1440 + minuteOfDay }

    public func adding(minutes: Int) -> LocalDateTime {
        LocalDateTime(minutesSinceEpoch: minutesSinceEpoch + minutes)
    }

    /// Minutes from self to `other`; negative if `other` is earlier.
    public func minutes(until other: LocalDateTime) -> Int {
        other.minutesSinceEpoch - minutesSinceEpoch
    }

    /// "HH:MM".
    public var clockText: String {
        (hour < 10 ? "0" : "") + String(hour) + ":" + (minute < 10 ? "0" : "") + String(minute)
    }

    /// "YYYY-MM-DD HH:MM", for people.
    public var description: String { "\(date) \(clockText)" }

    /// "YYYY-MM-DDTHH:MM", for the journal.
    public var isoText: String { "\(date)T\(clockText)" }

    public static func < (a: LocalDateTime, b: LocalDateTime) -> Bool {
        (a.date, a.minuteOfDay) < (b.date, b.minuteOfDay)
    }

    /// Beijing's offset from UTC in minutes. China has kept +08:00 all year since 1991,
    /// which is all an event time needs (the iCalendar export's VTIMEZONE says the same).
    public static let beijingOffsetMinutes = 8 * 60

    /// Now on the Beijing wall clock.
    public static func now(_ instant: Date = Date()) -> LocalDateTime {
        let local = instant.timeIntervalSince1970 + Double(beijingOffsetMinutes * 60)
        return LocalDateTime(minutesSinceEpoch: Int((local / 60).rounded(.down)))
    }

    /// The same instant as a UTC wall-clock time (for `…Z` times in exports).
    public var utc: LocalDateTime { adding(minutes: -Self.beijingOffsetMinutes) }

    /// "H:MM" or "HH:MM" (full-width digits and a full-width colon accepted) → (hour, minute).
    public static func clock(_ text: String) -> (Int, Int)? {
        let s = TextNormalization.trimmedHalfWidth(text).replacingOccurrences(of: "：", with: ":")
        let parts = s.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let h = Int(parts[0]), let m = Int(parts[1]), (0..<24).contains(h), (0..<60).contains(m) else { return nil }
        return (h, m)
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let v = LocalDateTime(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected YYYY-MM-DDTHH:MM, got \(text)")
        }
        self = v
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(isoText)
    }
}
