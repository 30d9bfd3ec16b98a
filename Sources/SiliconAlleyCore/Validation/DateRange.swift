/// A closed span of calendar days, e.g. a lease or a project phase; start ≤ end.
public struct DateRange: Sendable, Hashable, Codable {
    public let start: LocalDate
    public let end: LocalDate

    /// nil if `end` is before `start`.
    public init?(start: LocalDate, end: LocalDate) {
        guard start <= end else { return nil }
        self.start = start
        self.end = end
    }

    /// Number of days covered, counting both ends.
    public var dayCount: Int { start.days(until: end) + 1 }

    public func contains(_ date: LocalDate) -> Bool { start <= date && date <= end }

    /// Validates an already-parsed pair; the error names the end field, where the fix usually is.
    public static func validate(start: LocalDate, end: LocalDate,
                                startField: String = "start", endField: String = "end") throws(FieldError) -> DateRange {
        guard let range = DateRange(start: start, end: end) else {
            throw FieldError(field: endField,
                             zh: "结束日期 \(end) 不能早于开始日期 \(start)",
                             en: "end date \(end) must not be before start date \(start) (\(startField))")
        }
        return range
    }

    /// Parses both texts (errors name whichever field is wrong), then checks the order.
    public static func validate(startText: String, endText: String,
                                startField: String = "start", endField: String = "end") throws(FieldError) -> DateRange {
        let s = try LocalDate.validate(startText, field: startField)
        let e = try LocalDate.validate(endText, field: endField)
        return try validate(start: s, end: e, startField: startField, endField: endField)
    }

    // Decoding re-checks the order so a hand-edited file cannot smuggle in a reversed range.
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let s = try c.decode(LocalDate.self, forKey: .start)
        let e = try c.decode(LocalDate.self, forKey: .end)
        guard s <= e else {
            throw DecodingError.dataCorruptedError(forKey: .end, in: c,
                debugDescription: "end \(e) before start \(s)")
        }
        start = s
        end = e
    }
}
