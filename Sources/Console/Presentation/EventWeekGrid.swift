import SiliconAlleyCore
import TerminalUI

/// The week grid: days across, hours down, each event in the rows its time covers — the
/// title on its first row, then `▏`venue, `▏`times, `▏` to its end. Events that overlap (in
/// different rooms) share the day's column side by side. Titles are clipped to the cell by
/// display width; today's header is marked in words and reverse video, so the grid reads in
/// monochrome. At 80 columns a day is ten cells wide and an hour one row; with room to spare
/// (120×40) a day takes fifteen cells and an hour two rows (half hours).
struct EventWeekGrid {
    let week: EventWeek
    /// Events the filter keeps; nil: all.
    let shown: Set<String>?
    let selected: String?
    let language: Language
    let look: Look

    /// Label column width and a day's width for a width of screen.
    static func columns(width: Int) -> (label: Int, cell: Int) {
        let label = width >= 100 ? 5 : 2
        return (label, max(4, (width - label - 1) / 7 - 1))
    }

    struct Layout {
        var label: Int
        var cell: Int
        /// 1, or 2 when every hour fits twice.
        var rowsPerHour: Int
        var firstHour: Int
        var hourCount: Int
        var hasAllDay: Bool
        /// First row of the hours.
        var top: Int

        var visibleRows: Int { hourCount * rowsPerHour }
        func x(_ day: Int, in area: Rect) -> Int { area.x + label + 1 + day * (cell + 1) }
    }

    private func isShown(_ id: String) -> Bool { shown?.contains(id) ?? true }

    func layout(in area: Rect) -> Layout {
        let (label, cell) = Self.columns(width: area.width)
        let hasAllDay = week.days.contains { $0.allDay.contains { isShown($0.id) } }
        let top = area.y + 2 + (hasAllDay ? 1 : 0)
        let available = max(1, area.maxY - top)
        let hours = week.hours
        let rph = available >= hours.count * 2 ? 2 : 1
        let count = min(hours.count, available / rph)
        // When the hours do not all fit, show the window that holds the selected event.
        var first = max(hours.lowerBound, min(8, hours.upperBound - count))
        if let sel = selectedSlot() {
            if sel.firstHour < first { first = max(hours.lowerBound, sel.firstHour) }
            if sel.firstHour >= first + count { first = min(hours.upperBound - count, sel.firstHour) }
        }
        return Layout(label: label, cell: cell, rowsPerHour: rph, firstHour: first, hourCount: count, hasAllDay: hasAllDay, top: top)
    }

    private func selectedSlot() -> EventWeek.Slot? {
        guard let selected else { return nil }
        return week.days.lazy.flatMap(\.slots).first { $0.event.id == selected }
    }

    func render(in area: Rect, grid: inout Grid) {
        guard area.height >= 4 else { return }
        let t = look.theme
        let l = language
        let lay = layout(in: area)
        let cell = lay.cell
        // Day headers: weekday and date; under it today, a holiday or a make-up workday.
        for (i, day) in week.days.enumerated() {
            let x = lay.x(i, in: area)
            let style: Style
            if day.isToday { style = t[.tabActive] } else {
                switch day.kind {
                case .holiday: style = t[.warning]
                case .weekend: style = t[.dim]
                default: style = t[.header]
                }
            }
            let head = EventWords.weekday(day.date).text(l) + " " + EventWords.monthDay(day.date)
            grid.put(Text.pad(head, to: cell), x: x, y: area.y, maxWidth: cell, style: style)
            if let mark = EventWords.dayMark(day.kind, isToday: day.isToday, l) {
                let text = Text.ellipsize(Sanitizer.clean(mark), to: cell, ellipsis: look.ellipsis)
                grid.put(Text.pad(text, to: cell), x: x, y: area.y + 1, maxWidth: cell, style: day.isToday ? t[.tabActive] : style)
            }
        }
        if lay.hasAllDay {
            grid.put(l == .zh ? "全天" : (lay.label >= 5 ? "all d" : "ad"), x: area.x, y: area.y + 2, maxWidth: lay.label, style: t[.dim])
            for (i, day) in week.days.enumerated() {
                let events = day.allDay.filter { isShown($0.id) }
                guard let first = events.first else { continue }
                let more = events.count > 1 ? "+\(events.count - 1)" : ""
                let sel = events.contains { $0.id == selected }
                let title = Text.ellipsize(Sanitizer.clean(first.title), to: cell - DisplayWidth.of(more), ellipsis: look.ellipsis)
                grid.put(Text.pad(title, to: cell - DisplayWidth.of(more)) + more, x: lay.x(i, in: area), y: area.y + 2, maxWidth: cell,
                         style: sel ? t[.selection] : t[.accent])
                if sel { grid.put(look.marker, x: lay.x(i, in: area) - 1, y: area.y + 2, maxWidth: 1, style: t[.accent]) }
            }
        }
        // Hour labels and the empty lattice.
        for r in 0..<lay.visibleRows where lay.top + r < area.maxY {
            let minute = (lay.firstHour * 60) + r * (60 / lay.rowsPerHour)
            let hh = (minute / 60 < 10 ? "0" : "") + String(minute / 60)
            let mm = minute % 60 == 0 ? "00" : "30"
            let label = lay.label >= 5 ? hh + ":" + mm : (minute % 60 == 0 ? hh : "")
            grid.put(label, x: area.x, y: lay.top + r, maxWidth: lay.label, style: t[.dim])
            // A faint dot per empty hour keeps the columns readable ("." under --ascii: a row of
            // "-" would read as rules).
            for i in 0..<7 { grid.put(look.ascii ? "." : "·", x: lay.x(i, in: area), y: lay.top + r, maxWidth: 1, style: t[.dim]) }
        }
        // Hours above or below the window hold events: marked beside the first and last hour
        // (in the gap before Monday, so the hours stay readable).
        if lay.firstHour > week.hours.lowerBound {
            grid.put(look.ascii ? "^" : "▲", x: area.x + lay.label, y: lay.top, maxWidth: 1, style: t[.warning])
        }
        if lay.firstHour + lay.hourCount < week.hours.upperBound {
            grid.put(look.ascii ? "v" : "▼", x: area.x + lay.label, y: lay.top + lay.visibleRows - 1, maxWidth: 1, style: t[.warning])
        }
        // The events.
        for (i, day) in week.days.enumerated() {
            for slot in day.slots where isShown(slot.event.id) {
                draw(slot, day: i, lay, area, &grid)
            }
        }
    }

    /// Screen rows (relative to the hours' top) an event's part covers, by its minutes.
    func rows(of slot: EventWeek.Slot, _ lay: Layout) -> ClosedRange<Int> {
        let unit = 60 / lay.rowsPerHour
        let from = slot.from.minuteOfDay
        let to = LocalDateTime(startOf: slot.from.date).minutes(until: slot.to)
        let last = max(from, to - 1)
        return (from / unit - lay.firstHour * lay.rowsPerHour)...(last / unit - lay.firstHour * lay.rowsPerHour)
    }

    private func draw(_ slot: EventWeek.Slot, day: Int, _ lay: Layout, _ area: Rect, _ grid: inout Grid) {
        let t = look.theme
        let span = rows(of: slot, lay)
        let first = max(0, span.lowerBound), last = min(lay.visibleRows - 1, span.upperBound)
        guard first <= last else { return }
        let lanes = max(1, slot.lanes)
        let width = max(1, (lay.cell - (lanes - 1)) / lanes)
        let x = lay.x(day, in: area) + slot.lane * (width + 1)
        let a = slot.event.activity
        let isSelected = slot.event.id == selected
        let bar = look.ascii ? "|" : "▏"
        var lines = [Sanitizer.clean(a.title), bar + Sanitizer.clean(slot.event.venue.text(language))]
        // Times are never cut: where "14:00–16:30" does not fit, the start and the end take a
        // row each (the end only if the event has a row for it; the line below the grid has both).
        let times = EventWords.times(a)
        if DisplayWidth.of(bar + times) <= width || a.allDay || a.end <= a.start {
            lines.append(bar + times)
        } else {
            lines += [bar + a.start.clockText, bar + "→" + a.end.clockText]
        }
        for r in first...last {
            let y = lay.top + r
            guard y < area.maxY else { break }
            let k = r - first
            let text = k < lines.count ? lines[k] : bar
            let fitted = Text.pad(Text.ellipsize(text, to: width, ellipsis: look.ellipsis), to: width)
            grid.put(fitted, x: x, y: y, maxWidth: width, style: isSelected ? t[.selection] : (k == 0 ? t[.accent] : t[.row]))
        }
        if isSelected { grid.put(look.marker, x: x - 1, y: lay.top + first, maxWidth: 1, style: t[.accent]) }
    }
}
