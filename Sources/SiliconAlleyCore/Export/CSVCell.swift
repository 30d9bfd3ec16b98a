/// One cell of an exported CSV file, made safe for the spreadsheet that opens it.
public enum CSVCell {
    /// A cell a spreadsheet would run as a formula (OWASP "CSV injection": `=`, `+`, `-`,
    /// `@`, or a TAB or CR that some programs skip before one) gets a leading `'`, which
    /// spreadsheets show as text and do not display. `raw` leaves the first character alone.
    /// Control characters are never written raw (a one-line field never holds one, so any
    /// found came from elsewhere): each becomes its visible placeholder, as on screen; so do
    /// bidi controls and zero-width characters.
    public static func safe(_ text: String, raw: Bool = false) -> String {
        var out = String.UnicodeScalarView()
        if !raw, let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
            out.append("'")
        }
        for s in text.unicodeScalars {
            switch s.value {
            case 0x00...0x1F: out.append(Unicode.Scalar(0x2400 + s.value)!)   // ␀…␟ (␉ for TAB, ␍ for CR)
            case 0x7F: out.append("\u{2421}")                                  // ␡
            case 0x80...0x9F: out.append("\u{FFFD}")
            default: out.append(InvisibleCharacters.isInvisible(s) ? "\u{FFFD}" : s)
            }
        }
        return String(out)
    }
}
