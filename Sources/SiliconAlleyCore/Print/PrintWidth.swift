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

    /// Punctuation that may not begin a line (it stays with what it follows) and that may not
    /// end one (it goes with what follows it) — the usual Chinese line-breaking rules.
    static let noLineStart: Set<Character> = ["，", "。", "、", "；", "：", "！", "？", "）", "」", "』", "》", "”", "’", "…", ")", ",", ".", ";", ":"]
    static let noLineEnd: Set<Character> = ["（", "「", "『", "《", "“", "‘", "("]

    /// `s` cut into lines of at most `width` columns: between Chinese characters, at spaces,
    /// never inside a run of Latin letters and digits (a USCC, a receipt number, a date) unless
    /// the run alone is wider than a line, and never before closing or after opening punctuation.
    static func wrap(_ s: String, width: Int) -> [String] {
        guard width > 0 else { return [s] }
        // Tokens: a run of ASCII non-spaces, a space, or one other character; punctuation
        // joined to its neighbour.
        var tokens: [String] = []
        var glueNext = false
        for c in s {
            let ascii = c.isASCII && c != " " && !noLineStart.contains(c) && !noLineEnd.contains(c)
            if glueNext, !tokens.isEmpty {
                tokens[tokens.count - 1].append(c)
                glueNext = noLineEnd.contains(c)
                continue
            }
            if noLineStart.contains(c), !tokens.isEmpty, tokens[tokens.count - 1] != " " {
                tokens[tokens.count - 1].append(c)
            } else if ascii, let last = tokens.last?.last, last.isASCII, last != " ", !noLineStart.contains(last) {
                tokens[tokens.count - 1].append(c)
            } else {
                tokens.append(String(c))
            }
            glueNext = noLineEnd.contains(c)
        }
        var lines: [String] = []
        var line = ""
        var used = 0
        for token in tokens {
            let w = of(token)
            if used + w > width && used > 0 {
                lines.append(line)
                line = ""
                used = 0
                if token == " " { continue }
            }
            if w > width {
                // Wider than a line on its own: cut it where it must be cut.
                for c in token {
                    if used + of(c) > width { lines.append(line); line = ""; used = 0 }
                    line.append(c)
                    used += of(c)
                }
                continue
            }
            line += token
            used += w
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }
}
