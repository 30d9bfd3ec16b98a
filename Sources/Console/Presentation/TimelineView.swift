import SiliconAlleyCore
import TerminalUI

/// A `Timeline` drawn as a text Gantt: a label column, one cell per week/month/day, and a
/// text column after the chart (dates, days used, the late mark). Every cell kind has its
/// own glyph — the same ones `TimelineText` uses, ASCII under `--ascii` — so late items read
/// without colour; colour (the alert style) is added on top. Today's column is a `│` through
/// the empty cells and in the header.
struct TimelineView {
    var timeline: Timeline
    /// Per row: its name, a short mark before it (e.g. the fast-track sign), the text after the chart.
    var labels: [String]
    var marks: [String]
    var infos: [String]
    /// The highlighted row (the category timeline selects a project), if any.
    var selected: Int?
    /// The first row shown.
    var offset: Int
    var labelTitle: String
    var infoTitle: String
    var labelWidth: Int
    var infoWidth: Int
    /// What the marks mean, added to the legend ("绿 绿色通道").
    var markLegend: String?

    /// Columns left for the chart once the label and info columns are placed (marker, gaps).
    static func chartWidth(total: Int, labelWidth: Int, infoWidth: Int) -> Int {
        max(4, total - 1 - labelWidth - 1 - 1 - infoWidth)
    }

    /// Rows of the timeline that fit (the header and the legend take one each).
    static func page(height: Int) -> Int { max(1, height - 2) }

    /// Columns of the screen per timeline column: the chart is stretched to fill its room
    /// (up to 4 per week or month), so a short span is not drawn in a corner.
    static func cellWidth(chartWidth: Int, columns: Int) -> Int { max(1, min(4, chartWidth / max(1, columns))) }

    /// Where today falls inside its column (for a column several cells wide).
    static func todayX(_ tl: Timeline, cell: Int) -> Int? {
        guard let i = tl.todayColumn else { return nil }
        let c = tl.columns[i]
        let span = max(1, c.first.days(until: c.last) + 1)
        return i * cell + min(cell - 1, c.first.days(until: tl.today) * cell / span)
    }

    func render(in area: Rect, grid: inout Grid, look: Look, language l: Language) {
        guard area.height >= 3 else { return }
        let t = look.theme
        let chartX = area.x + 1 + labelWidth + 1
        let chartWidth = Self.chartWidth(total: area.width, labelWidth: labelWidth, infoWidth: infoWidth)
        let cell = Self.cellWidth(chartWidth: chartWidth, columns: timeline.columns.count)
        let infoX = chartX + chartWidth + 1
        let today = Self.todayX(timeline, cell: cell).flatMap { $0 < chartWidth ? $0 : nil }
        let ascii = look.ascii
        let todayGlyph = ascii ? "|" : "│"

        // Header: the column titles, the ticks (none over today's mark), today.
        grid.fill(area.row(0), style: t[.header])
        grid.put(Text.pad(labelTitle, to: labelWidth), x: area.x + 1, y: area.y, maxWidth: labelWidth, style: t[.header])
        var free = 0
        for (col, text) in Self.ticks(timeline, l) {
            let x = col * cell, w = DisplayWidth.of(text)
            guard x >= free, x + w <= chartWidth else { continue }
            if let today, x <= today && today < x + w { continue }
            grid.put(text, x: chartX + x, y: area.y, style: t[.header])
            free = x + w + 1
        }
        if let today { grid.put(todayGlyph, x: chartX + today, y: area.y, style: t[.header].adding(.bold)) }
        grid.put(infoTitle, x: infoX, y: area.y, maxWidth: max(0, area.maxX - infoX), style: t[.header])

        // Names line up whether or not their row has a mark.
        let markWidth = marks.map { $0.isEmpty ? 0 : DisplayWidth.of($0) + 1 }.max() ?? 0
        let rowsArea = Rect(x: area.x, y: area.y + 1, width: area.width, height: area.height - 2)
        for i in 0..<rowsArea.height {
            let index = offset + i
            let y = rowsArea.y + i
            guard index < timeline.rows.count else { break }
            let row = timeline.rows[index]
            let isSelected = index == selected
            let base = isSelected ? t[.selection] : t[.row]
            let labelStyle = isSelected ? base : (row.late ? t[.error] : base)
            grid.fill(Rect(x: area.x, y: y, width: area.width, height: 1), style: t[.row])
            grid.fill(Rect(x: area.x, y: y, width: 1 + labelWidth, height: 1), style: base)
            if isSelected { grid.put(look.marker, x: area.x, y: y, maxWidth: 1, style: base) }
            let mark = index < marks.count ? marks[index] : ""
            let name = (row.late ? "⚠" : "") + Sanitizer.clean(labels[index])
            if !mark.isEmpty { grid.put(mark, x: area.x + 1, y: y, maxWidth: labelWidth, style: labelStyle.adding(.bold)) }
            let nameWidth = max(0, labelWidth - markWidth)
            grid.put(Text.ellipsize(name, to: nameWidth, ellipsis: look.ellipsis), x: area.x + 1 + markWidth, y: y,
                     maxWidth: nameWidth, style: labelStyle)
            if let today { grid.put(todayGlyph, x: chartX + today, y: y, style: t[.dim]) }
            for (c, kind) in row.cells.enumerated() where kind != .empty && (c + 1) * cell <= chartWidth {
                let glyph = TimelineText.glyph(kind, ascii: ascii)
                switch kind {
                case .bar, .lateBar:
                    grid.put(String(repeating: glyph, count: cell), x: chartX + c * cell, y: y, style: Self.style(kind, t))
                default:
                    // A mark sits in the middle of its column.
                    grid.put(glyph, x: chartX + c * cell + (cell - 1) / 2, y: y, style: Self.style(kind, t))
                }
            }
            let info = index < infos.count ? Sanitizer.clean(infos[index]) : ""
            grid.put(info, x: infoX, y: y, maxWidth: max(0, area.maxX - infoX), style: row.late ? t[.error] : (isSelected ? base : t[.row]))
        }
        drawLegend(at: Rect(x: area.x, y: area.maxY - 1, width: area.width, height: 1), grid: &grid, look: look, l)
    }

    static func style(_ cell: Timeline.Cell, _ t: Theme) -> Style {
        switch cell {
        case .empty: return t[.row]
        case .bar: return t[.accent]
        case .lateBar: return t[.error]
        case .milestone: return t[.accent].adding(.bold)
        case .doneMilestone: return t[.ok]
        case .lateMilestone: return t[.error].adding(.bold)
        }
    }

    /// What each glyph means, drawn with the glyph in its own style.
    private func drawLegend(at row: Rect, grid: inout Grid, look: Look, _ l: Language) {
        let t = look.theme
        grid.fill(row, style: t[.row])
        let items: [(Timeline.Cell?, String)] = [
            (.bar, l.t("按期", "on time")), (.lateBar, l.t("逾期", "late")), (.milestone, l.t("里程碑", "milestone")),
            (.doneMilestone, l.t("已完成", "done")), (.lateMilestone, l.t("逾期未完成", "missed")),
            (nil, l.t("今天 ", "today ") + timeline.today.description),
        ]
        var x = row.x + 1
        for (cell, word) in items {
            let glyph = cell.map { TimelineText.glyph($0, ascii: look.ascii) } ?? (look.ascii ? "|" : "│")
            let w = 1 + 1 + DisplayWidth.of(word)
            guard x + w <= row.maxX else { break }
            x += grid.put(glyph, x: x, y: row.y, style: cell.map { Self.style($0, t) } ?? t[.dim])
            x += grid.put(" " + word, x: x, y: row.y, style: t[.dim]) + 2
        }
        if let markLegend, x + DisplayWidth.of(markLegend) <= row.maxX {
            grid.put(markLegend, x: x, y: row.y, style: t[.dim])
        }
    }

    /// Candidate labels along the chart's top: years and quarter months (a month scale), months
    /// (weeks), days (days), each at the column that starts it; drawing keeps those that fit.
    static func ticks(_ tl: Timeline, _ l: Language) -> [(Int, String)] {
        func month(_ d: LocalDate) -> String {
            l.t("\(d.month)月", ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.month - 1])
        }
        var out: [(Int, String)] = []
        for (i, c) in tl.columns.enumerated() {
            let d = c.first
            let label: String?
            switch tl.scale {
            case .month:
                label = i == 0 ? String(d.description.prefix(7)) : (d.month == 1 ? String(d.year) : ([4, 7, 10].contains(d.month) ? month(d) : nil))
            case .week:
                // The week in which a month begins carries that month's name (a year's, in January).
                let begins = c.first.day == 1 || c.last.day < c.first.day
                let m = c.first.day == 1 ? c.first : c.last
                label = i == 0 ? String(d.description.prefix(7)) : (begins ? (m.month == 1 ? String(m.year) : month(m)) : nil)
            case .day:
                label = i == 0 || d.day == 1 ? "\(d.month)/\(d.day)" : (d.weekday == 1 ? "\(d.day)" : nil)
            }
            if let label { out.append((i, label)) }
        }
        return out
    }
}
