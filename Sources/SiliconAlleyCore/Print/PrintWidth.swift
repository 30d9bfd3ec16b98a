/// Columns a character takes on a printer's fixed-pitch font: two for CJK ideographs,
/// kana, hangul and full-width forms, one for everything else. The printout needs no more
/// than this (the terminal's own, exact table lives with the terminal code).
enum PrintWidth {
    static func of(_ c: Character) -> Int {
        guard let v = c.unicodeScalars.first?.value else { return 0 }
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
             0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return 2
        default:
            return 1
        }
    }

    static func of(_ s: String) -> Int { s.reduce(0) { $0 + of($1) } }

    /// `s` cut into lines of at most `width` columns, at spaces where the line has one
    /// (English), anywhere between Chinese characters.
    static func wrap(_ s: String, width: Int) -> [String] {
        guard width > 0 else { return [s] }
        var lines: [String] = []
        var line = ""
        var used = 0
        for c in s {
            let w = of(c)
            if used + w > width {
                if let space = line.lastIndex(of: " "), line[line.index(after: space)...].allSatisfy({ of($0) == 1 }), space != line.startIndex {
                    // Move the unfinished word to the next line.
                    let rest = String(line[line.index(after: space)...])
                    lines.append(String(line[..<space]))
                    line = rest
                    used = of(rest)
                } else {
                    lines.append(line)
                    line = ""
                    used = 0
                }
                if c == " " && line.isEmpty { continue }
            }
            line.append(c)
            used += w
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
