/// Makes untrusted data safe to draw: nothing in a data string may reach the terminal
/// as a control. Every replacement is a visible, one-column placeholder, so widths
/// stay honest and an operator can see that something odd was in the data.
///
/// - C0 controls (U+0000–U+001F, including ESC, TAB, CR, LF) → the matching U+2400
///   "control picture" (ESC → `␛`, BEL → `␇`, LF → `␊`).
/// - DEL (U+007F) → `␡`.
/// - C1 controls (U+0080–U+009F; U+009B is an 8-bit CSI) → `�`.
/// - Bidi controls that can reorder what follows (U+202A–U+202E, U+2066–U+2069,
///   U+200E, U+200F, U+061C) and line/paragraph separators (U+2028, U+2029) → `�`.
public enum Sanitizer {
    public static let replacement: Character = "\u{FFFD}"

    public static func clean(_ s: String) -> String {
        // Fast path: most data is clean and is returned without copying.
        if !s.unicodeScalars.contains(where: needsReplacement) { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            out.append(needsReplacement(u) ? placeholder(for: u) : u)
        }
        return String(out)
    }

    public static func needsReplacement(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x00...0x1F, 0x7F...0x9F: return true
        case 0x061C, 0x200E, 0x200F, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: return true
        default: return false
        }
    }

    static func placeholder(for u: Unicode.Scalar) -> Unicode.Scalar {
        switch u.value {
        case 0x00...0x1F: return Unicode.Scalar(0x2400 + u.value)!
        case 0x7F: return "\u{2421}"
        default: return "\u{FFFD}"
        }
    }
}
