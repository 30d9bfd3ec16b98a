/// Pinyin readings of single characters, from the embedded Unihan-derived table.
public enum Pinyin {
    /// Every reading of `character`, plain ASCII without tones (ü as v), customary first:
    /// 行 → ["xing", "hang", "heng"]. An ASCII letter or digit (half- or full-width) reads as
    /// itself, lowercased; anything else (punctuation, rare ideographs) has no reading.
    public static func readings(of character: Character) -> [String] {
        switch PinyinUnit(character) {
        case .readings(let ids):
            let table = PinyinTable.shared
            return ids.map { String(decoding: table.syllables[Int($0)], as: UTF8.self) }
        case .literal(let byte):
            return [String(UnicodeScalar(byte))]
        case .skip, .barrier:
            return []
        }
    }
}

/// How one character of a name takes part in pinyin matching.
enum PinyinUnit {
    /// An ideograph with these syllable ids.
    case readings(ArraySlice<UInt16>)
    /// A letter or digit that matches itself (lowercase ASCII byte).
    case literal(UInt8)
    /// Spaces and punctuation: ignored, so 北京（青龙） still answers "bjql".
    case skip
    /// A character with no reading (e.g. a rare ideograph): no match can run across it.
    case barrier

    init(_ character: Character) {
        let scalars = character.unicodeScalars
        guard let scalar = scalars.first, scalars.count == 1 else {
            self = character.isLetter ? .barrier : .skip
            return
        }
        let v = scalar.value
        switch v {
        case 0x30...0x39, 0x61...0x7A: self = .literal(UInt8(v))
        case 0x41...0x5A: self = .literal(UInt8(v + 0x20))
        // Full-width forms, common in names typed with a Chinese IME: ０-９ Ａ-Ｚ ａ-ｚ.
        case 0xFF10...0xFF19: self = .literal(UInt8(v - 0xFF10 + 0x30))
        case 0xFF21...0xFF3A: self = .literal(UInt8(v - 0xFF21 + 0x61))
        case 0xFF41...0xFF5A: self = .literal(UInt8(v - 0xFF41 + 0x61))
        default:
            let ids = PinyinTable.shared.readingIDs(of: scalar)
            if !ids.isEmpty {
                self = .readings(ids)
            } else {
                self = scalar.properties.isAlphabetic || scalar.properties.numericType != nil
                    ? .barrier : .skip
            }
        }
    }
}
