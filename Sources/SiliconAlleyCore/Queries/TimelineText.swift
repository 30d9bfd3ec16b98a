/// A timeline as plain text: one character per column, then the row's label (after the chart,
/// so no display-width arithmetic is needed here), today's column marked. Late cells have their
/// own glyphs, so the chart reads without colour: `█` bar, `▓` late bar, `◆` milestone, `◇`
/// done, `✖` late milestone, `│` today (ASCII: `=`, `#`, `*`, `o`, `X`, `|`), and a late row
/// ends with `!`. The console draws its own styled version from the same `Timeline`; this one
/// serves logs, exports and tests.
public enum TimelineText {
    public static func lines(_ t: Timeline, english: Bool = false, ascii: Bool = false) -> [String] {
        let today = t.todayColumn
        var header = ""
        for (i, c) in t.columns.enumerated() {
            header += i == today ? (ascii ? "|" : "│") : (isBoundary(c, t.scale) ? "+" : "-")
        }
        var out = [header + "  " + (english ? "today \(t.today)" : "今天 \(t.today)")]
        for row in t.rows {
            var line = ""
            for (i, cell) in row.cells.enumerated() {
                line += (cell == .empty && i == today) ? (ascii ? "|" : "│") : glyph(cell, ascii: ascii)
            }
            out.append(line + "  " + row.label(english: english) + (row.late ? " !" : ""))
        }
        return out
    }

    public static func glyph(_ c: Timeline.Cell, ascii: Bool) -> String {
        switch c {
        case .empty: return " "
        case .bar: return ascii ? "=" : "█"
        case .lateBar: return ascii ? "#" : "▓"
        case .milestone: return ascii ? "*" : "◆"
        case .doneMilestone: return ascii ? "o" : "◇"
        case .lateMilestone: return ascii ? "X" : "✖"
        }
    }

    /// Month starts are ticked on day and week scales, year starts on the month scale.
    private static func isBoundary(_ c: Timeline.Column, _ s: Timeline.Scale) -> Bool {
        switch s {
        case .day: return c.first.day == 1
        case .week: return c.first.day <= 7
        case .month: return c.first.month == 1
        }
    }
}
