/// An amount in yuan, held as whole fen (1/100 yuan) so sums are exact.
public struct Money: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let fen: Int64

    public init(fen: Int64) { self.fen = fen }
    public init(yuan: Int64) { self.fen = yuan * 100 }

    public static let zero = Money(fen: 0)

    /// Parses "500000", "500,000.00", "¥1,240.5", "￥300 元", and amounts in 万 or 亿
    /// ("5万" = 50,000; "1.25亿"). Nothing is guessed: "1e5" or "五万" are errors that say
    /// which forms are accepted. Negative amounts and fractions of a fen are rejected.
    public static func parse(_ text: String, field: String = "amount") throws(FieldError) -> Money {
        var s = TextNormalization.trimmedHalfWidth(text)
        for prefix in ["¥", "￥", "RMB", "CNY"] where s.hasPrefix(prefix) {
            s.removeFirst(prefix.count)
        }
        if s.hasSuffix("元") { s.removeLast() }
        s = s.trimmingSpaces()
        if s.hasPrefix("-¥") || s.hasPrefix("-￥") {
            throw FieldError(field: field, zh: "金额不能为负数", en: "amount must not be negative")
        }
        var scale = 0
        if s.hasSuffix("万") { scale = 4 } else if s.hasSuffix("亿") { scale = 8 }
        if scale > 0 { s.removeLast(); s = s.trimmingSpaces() }
        do {
            if scale == 0 { return Money(fen: try DecimalText.hundredths(s, field: field, zhName: "金额", enName: "amount")) }
            return Money(fen: try DecimalText.scaled(s, by: scale, field: field, zhName: "金额", enName: "amount"))
        } catch let e where e.zh.hasPrefix("含有非法字符") || e.zh.contains("不是有效数字") {
            throw FieldError(field: field, zh: e.zh + "；可写 50000、50,000.00 或 5万",
                             en: e.en + "; write 50000, 50,000.00 or 5万 (5 × 10,000)")
        }
    }

    /// "¥500,000.00".
    public var formatted: String {
        fen < 0 ? "-¥" + DecimalText.format(-fen, trimZeroFraction: false)
                : "¥" + DecimalText.format(fen, trimZeroFraction: false)
    }

    public var description: String { formatted }

    public static func < (a: Money, b: Money) -> Bool { a.fen < b.fen }
    public static func + (a: Money, b: Money) -> Money { Money(fen: a.fen + b.fen) }
    public static func - (a: Money, b: Money) -> Money { Money(fen: a.fen - b.fen) }

    // Codable as the bare fen integer: exact and compact in journals.
    public init(from decoder: Decoder) throws {
        fen = try decoder.singleValueContainer().decode(Int64.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(fen)
    }
}

extension String {
    /// Trims plain spaces only (after half-width conversion that is all that's left).
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while s.first == " " { s.removeFirst() }
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
