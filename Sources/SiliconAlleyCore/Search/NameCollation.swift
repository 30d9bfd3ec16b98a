/// Names in the order a Chinese reader looks for them: by pinyin (each character's customary
/// reading, from the Unihan table), Latin letters and digits by themselves among them, then
/// by character as a tie-break (同音字). ICU's `zh` collation agrees on the common cases
/// but costs a microsecond per comparison; a key made once per name is what 100,000 names
/// can afford.
public enum NameCollation {
    /// Bytes that compare (lexicographically) in name order.
    public static func key(_ name: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(name.utf8.count * 2)
        for c in name {
            switch PinyinUnit(c) {
            case .readings(let ids):
                if let first = ids.first { out.append(contentsOf: PinyinTable.shared.syllables[Int(first)]) }
                out.append(0x01)   // a syllable ends before any letter: 安 (an) before 安徽's next
            case .literal(let byte):
                out.append(byte)
                out.append(0x01)
            case .skip:
                continue
            case .barrier:
                out.append(0x7F)   // no reading: after every letter
                out.append(0x01)
            }
        }
        return out
    }

    /// Whether `a` comes before `b`: pinyin first, code points to break ties.
    public static func less(_ a: String, _ b: String) -> Bool {
        let ka = key(a), kb = key(b)
        if ka != kb { return ka.lexicographicallyPrecedes(kb) }
        return a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
    }
}
