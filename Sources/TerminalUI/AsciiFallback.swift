/// `--ascii`: the glyphs of the interface that some terminals draw two columns wide
/// (ambiguous East Asian width) and their one-column ASCII stand-ins. Applied to a whole
/// frame, so no widget can forget; data text (CJK names) is left alone. Ellipses are
/// made as "..." where text is cut (`Look.ellipsis`); a stray "…" here becomes ".".
public enum AsciiFallback {
    public static let map: [String: String] = [
        "…": ".", "·": "-", "●": "*", "○": "o", "×": "x", "²": "2", "▶": ">", "▸": ">", "◀": "<",
        "▲": "^", "▼": "v", "▾": "v", "↑": "^", "↓": "v", "←": "<", "→": "-", "✗": "x", "✓": "+",
        "⚠": "!", "◆": "*", "◇": "o", "✖": "X", "█": "#", "▉": "#", "▊": "#", "▋": "#", "▌": "#", "▍": "#", "▎": "#",
        "▏": "|", "░": ".", "▒": ":", "▓": "%", "▣": "R", "│": "|", "─": "-", "┌": "+", "┐": "+",
        "└": "+", "┘": "+", "├": "+", "┤": "+", "┬": "+", "┴": "+", "┼": "+", "—": "-", "–": "-",
        "“": "\"", "”": "\"", "‘": "'", "’": "'", "▁": "_", "▂": "_", "▃": "-", "▄": "-",
        "▅": "=", "▆": "=", "▇": "#", "≤": "<", "≥": ">",
    ]
}

extension Grid {
    /// Replaces every interface glyph that has an ASCII stand-in (one column for one).
    public mutating func useASCIIGlyphs() {
        for y in 0..<height {
            for x in 0..<width {
                let c = self[x, y]
                if c.width == 1, let r = AsciiFallback.map[c.text] { set(Cell(r, width: 1, style: c.style), x: x, y: y) }
            }
        }
    }
}

extension Look {
    /// What marks cut text: "…", or "..." under `--ascii`.
    public var ellipsis: String { ascii ? "..." : "…" }
}
