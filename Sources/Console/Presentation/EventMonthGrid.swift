import SiliconAlleyCore
import TerminalUI

/// The month overview: weeks down, Monday to Sunday across. Each day shows its number (today
/// in reverse video and named; holidays and make-up workdays marked), as many event titles as
/// its rows hold, and how many more there are. Days of the neighbouring months are dim.
struct EventMonthGrid {
    let month: EventMonth
    let shown: Set<String>?
    let selected: String?
    let language: Language
    let look: Look

    static func cellWidth(_ width: Int) -> Int { max(4, (width - 1) / 7 - 1) }

    private func isShown(_ id: String) -> Bool { shown?.contains(id) ?? true }

    /// Rows per week: the day's number row plus event rows, at least one.
    func rowsPerWeek(in area: Rect) -> Int {
        max(2, min(6, (area.height - 1) / max(1, month.weeks.count)))
    }

    func render(in area: Rect, grid: inout Grid) {
        let t = look.theme
        let l = language
        let cell = Self.cellWidth(area.width)
        let wide = cell >= 14
        func x(_ d: Int) -> Int { area.x + 1 + d * (cell + 1) }
        for d in 0..<7 {
            grid.put(Text.pad(EventWords.weekdays[d].text(l), to: cell), x: x(d), y: area.y, maxWidth: cell, style: d >= 5 ? t[.dim] : t[.header])
        }
        let per = rowsPerWeek(in: area)
        for (w, week) in month.weeks.enumerated() {
            let y0 = area.y + 1 + w * per
            guard y0 < area.maxY else { break }
            for (d, day) in week.enumerated() {
                let events = day.events.filter { isShown($0.id) }
                let room = per - 1
                // The selected event shows even where the day has more than its rows hold.
                var listed = Array(events.prefix(room))
                if let s = events.first(where: { $0.id == selected }), !listed.contains(where: { $0.id == s.id }), !listed.isEmpty {
                    listed[listed.count - 1] = s
                }
                let more = events.count - listed.count
                var head = String(day.date.day)
                if let mark = EventWords.dayMark(day.kind, isToday: day.isToday, l) {
                    head += " " + (l == .zh || day.isToday ? mark : (day.kind.isWorkingDay ? "work" : "hol"))
                }
                let count = more > 0 ? "+\(more)" : ""
                let headStyle: Style = day.isToday ? t[.tabActive] : (!day.inMonth ? t[.dim] : (day.kind.isWorkingDay ? t[.row].adding(.bold) : t[.warning]))
                let headText = Text.ellipsize(Sanitizer.clean(head), to: cell - DisplayWidth.of(count) - 1, ellipsis: look.ellipsis)
                grid.put(headText, x: x(d), y: y0, maxWidth: cell, style: headStyle)
                if !count.isEmpty { grid.put(count, x: x(d) + cell - DisplayWidth.of(count), y: y0, style: t[.warning]) }
                for (k, e) in listed.enumerated() where y0 + 1 + k < area.maxY {
                    let a = e.activity
                    let text = (wide && !a.allDay && a.start.date == day.date ? a.start.clockText + " " : "") + Sanitizer.clean(e.title)
                    let sel = e.id == selected
                    grid.put(Text.pad(Text.ellipsize(text, to: cell, ellipsis: look.ellipsis), to: cell), x: x(d), y: y0 + 1 + k, maxWidth: cell,
                             style: sel ? t[.selection] : (day.inMonth ? t[.accent] : t[.dim]))
                    if sel { grid.put(look.marker, x: x(d) - 1, y: y0 + 1 + k, maxWidth: 1, style: t[.accent]) }
                }
            }
        }
    }
}
