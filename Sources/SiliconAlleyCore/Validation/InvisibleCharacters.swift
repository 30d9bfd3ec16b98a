/// Characters that change how text reads without showing themselves: bidi controls
/// (U+202A–U+202E, U+2066–U+2069, and the marks U+200E, U+200F, U+061C) reorder a name
/// on screen or in a spreadsheet ("Trojan Source"), and zero-width characters make two
/// different codes look alike. Names and codes refuse them at validation.
public enum InvisibleCharacters {
    public static func isInvisible(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: return true   // bidi
        case 0x200B...0x200D, 0x2060...0x2064, 0xFEFF, 0x180E: return true           // zero-width
        default: return false
        }
    }

    /// The first such character, if any.
    public static func first(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first(where: isInvisible)
    }

    /// Throws a field error naming the character, in both languages.
    public static func refuse(in text: String, field: String) throws(FieldError) {
        guard let s = first(in: text) else { return }
        let code = "U+" + String(s.value, radix: 16, uppercase: true)
        let isBidi = (0x202A...0x202E).contains(s.value) || (0x2066...0x2069).contains(s.value) || [0x200E, 0x200F, 0x061C].contains(s.value)
        throw FieldError(field: field,
                         zh: isBidi ? "不能包含改变文字方向的控制字符（\(code)）" : "不能包含零宽字符（\(code)）",
                         en: isBidi ? "must not contain a bidirectional control character (\(code))"
                                    : "must not contain a zero-width character (\(code))")
    }
}
