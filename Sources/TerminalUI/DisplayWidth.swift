/// Terminal columns taken by text: the one place widths are measured.
/// Widths come from the generated `WidthTable` (Unicode 15), not the C library, so
/// layout is identical on every host and in tests.
public enum DisplayWidth {
    /// Columns for one scalar: 0 (combining, format, control), 1 or 2 (wide/fullwidth/emoji).
    public static func of(scalar u: Unicode.Scalar) -> Int {
        let v = u.value
        if v < 0x7F { return v >= 0x20 ? 1 : 0 }   // ASCII fast path; C0 controls draw nothing
        if v < 0xA0 { return 0 }                    // DEL and C1 controls
        if v < 0x300 { return 1 }   // Latin-1 and Latin Extended: all narrow (soft hyphen too)
        if contains(WidthTable.zero, v) { return 0 }
        return contains(WidthTable.wide, v) ? 2 : 1
    }

    /// Columns for one grapheme cluster: the widest of its scalars, and an emoji
    /// variation selector (U+FE0F) asks for the two-column emoji form.
    public static func of(_ c: Character) -> Int {
        let scalars = c.unicodeScalars
        if scalars.count == 1, let only = scalars.first { return of(scalar: only) }
        var w = 0
        for u in scalars {
            if u.value == 0xFE0F, w > 0 { return 2 }
            w = max(w, of(scalar: u))
        }
        return w
    }

    public static func of(_ s: String) -> Int {
        var total = 0
        for c in s { total += of(c) }
        return total
    }

    public static func of(_ s: Substring) -> Int {
        var total = 0
        for c in s { total += of(c) }
        return total
    }

    /// Binary search over flattened [lo, hi, lo, hi, ...] inclusive ranges.
    static func contains(_ table: [UInt32], _ v: UInt32) -> Bool {
        var lo = 0, hi = table.count / 2 - 1
        while lo <= hi {
            let mid = (lo + hi) / 2
            if v < table[2 * mid] { hi = mid - 1 }
            else if v > table[2 * mid + 1] { lo = mid + 1 }
            else { return true }
        }
        return false
    }
}
