/// A floor area in square metres, held as hundredths of m² (two decimals, exact).
public struct Area: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let hundredths: Int64

    public init(hundredths: Int64) { self.hundredths = hundredths }
    public init(squareMetres: Int64) { self.hundredths = squareMetres * 100 }

    public static let zero = Area(hundredths: 0)

    /// Parses "1240", "1,240.5", "1240 m²", "1240㎡", "1240平方米".
    public static func parse(_ text: String, field: String = "area") throws(FieldError) -> Area {
        var s = TextNormalization.trimmedHalfWidth(text)
        for suffix in ["平方米", "平米", "m²", "m2", "㎡"] where s.hasSuffix(suffix) {
            s.removeLast(suffix.count)
            break
        }
        s = s.trimmingSpaces()
        return Area(hundredths: try DecimalText.hundredths(s, field: field, zhName: "面积", enName: "area"))
    }

    /// "1,240 m²", or "1,240.50 m²" when there is a fractional part.
    public var formatted: String {
        DecimalText.format(hundredths, trimZeroFraction: true) + " m²"
    }

    public var description: String { formatted }

    public static func < (a: Area, b: Area) -> Bool { a.hundredths < b.hundredths }
    public static func + (a: Area, b: Area) -> Area { Area(hundredths: a.hundredths + b.hundredths) }
    public static func - (a: Area, b: Area) -> Area { Area(hundredths: a.hundredths - b.hundredths) }

    // Codable as the bare hundredths integer, like Money.
    public init(from decoder: Decoder) throws {
        hundredths = try decoder.singleValueContainer().decode(Int64.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(hundredths)
    }
}
