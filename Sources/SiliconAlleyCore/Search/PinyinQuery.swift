/// A typed search string prepared once per keystroke, then tested against many keys.
///
/// The caller lowercases: the query is expected to be lowercase ASCII letters and digits
/// (spaces and apostrophes, as in "xi'an", are ignored). Any other character — uppercase,
/// Han, punctuation — makes it a non-pinyin query that matches nothing here; the Console
/// handles plain CJK and case-insensitive substring matching itself.
public struct PinyinQuery: Sendable, Hashable {
    /// The query bytes, separators removed.
    let bytes: [UInt8]
    /// Letters and digits in the query (see `PinyinKey.letterBit`): a name lacking any is out.
    let letters: UInt64
    /// False if the text had a character outside a–z, 0–9, space, apostrophe.
    public let isPinyin: Bool

    public init(_ text: String) {
        var bytes: [UInt8] = []
        var letters: UInt64 = 0
        var ok = true
        for b in text.utf8 {
            if b == UInt8(ascii: " ") || b == UInt8(ascii: "'") { continue }
            guard let bit = PinyinKey.letterBit(b) else { ok = false; break }
            bytes.append(b)
            letters |= bit
        }
        self.bytes = ok ? bytes : []
        self.letters = ok ? letters : 0
        self.isPinyin = ok
    }

    /// True for "" (or only separators): an empty query matches every name.
    public var isEmpty: Bool { isPinyin && bytes.isEmpty }
}
