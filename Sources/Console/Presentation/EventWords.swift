import SiliconAlleyCore

/// The events pane's words for narrow columns and grid cells: short type names, one status
/// word per event, weekdays, ISO week numbers, action-item and attendance figures.
enum EventWords {
    /// The type in a column of six (zh) or nine (en) cells: 大赛, 例会, symposium.
    static func shortType(_ t: ActivityType) -> Phrase {
        switch t {
        case .contest: return Phrase("大赛", "contest")
        case .roadshow: return Phrase("路演", "roadshow")
        case .launch: return Phrase("发布会", "launch")
        case .symposium: return Phrase("恳谈会", "symposium")
        case .meeting: return Phrase("例会", "meeting")
        case .seminar: return Phrase("研讨", "seminar")
        case .promotion: return Phrase("推介", "promotion")
        }
    }

    /// One word saying where an event stands: cancelled or held, else whether it takes
    /// registrations; an event over but never marked held says so.
    static func state(_ s: EventSummary, today: LocalDate) -> Phrase {
        switch s.activity.status {
        case .cancelled: return Phrase("✗已取消", "✗cancelled")
        case .held: return s.activity.status.label
        case .scheduled:
            if s.activity.isPast(today: today) { return Phrase("未标记举办", "not marked held") }
            return s.registration == .open ? Phrase("报名中", "reg. open") : Phrase("报名截止", "reg. closed")
        }
    }

    static let weekdays: [Phrase] = [Phrase("周一", "Mon"), Phrase("周二", "Tue"), Phrase("周三", "Wed"), Phrase("周四", "Thu"),
                                     Phrase("周五", "Fri"), Phrase("周六", "Sat"), Phrase("周日", "Sun")]

    static func weekday(_ d: LocalDate) -> Phrase { weekdays[d.weekday - 1] }

    /// "MM-DD".
    static func monthDay(_ d: LocalDate) -> String { String(d.description.dropFirst(5)) }

    /// ISO 8601 week number: the week that holds the year's first Thursday is week 1.
    static func isoWeek(_ d: LocalDate) -> Int {
        let thursday = d.adding(days: 4 - d.weekday)
        let jan1 = LocalDate(year: thursday.year, month: 1, day: 1)!
        return jan1.days(until: thursday) / 7 + 1
    }

    /// What a day is beside its date in the grids: today, a holiday, a make-up workday.
    static func dayMark(_ kind: DayKind, isToday: Bool, _ l: Language) -> String? {
        if isToday { return l.t("今天", "today") }
        switch kind {
        case .holiday(let name): return l == .zh ? name : "holiday"
        case .makeUpWorkday: return l.t("调休上班", "workday")
        case .workday, .weekend: return nil
        }
    }

    /// "14:00–16:30" on the event's first day, or the day and time it ends when later.
    static func times(_ a: Activity) -> String {
        if a.allDay { return "" }
        if a.end <= a.start { return a.start.clockText }
        return a.start.clockText + "–" + (a.end.date == a.start.date ? a.end.clockText : monthDay(a.end.date) + " " + a.end.clockText)
    }

    /// "2026-12-01 09:30", or the date alone for an older whole-day event.
    static func when(_ a: Activity) -> String { a.allDay ? a.start.date.description : a.start.description }

    /// "3 场" / "3 events", "1 event".
    static func count(_ n: Int, _ l: Language) -> String { l.t("\(n) 场", n == 1 ? "1 event" : "\(n) events") }

    static func percent(_ rate: Double?) -> String { rate.map { String(Int(($0 * 100).rounded())) + "%" } ?? "—" }

    /// An action item's state as a list shows it: late with the days, due today, open, done.
    static func itemState(_ r: ActionItemBoard.Row, today: LocalDate, _ l: Language) -> String {
        switch r.state {
        case .late: return l.t("⚠逾期 \(r.daysLate) 天", "⚠late \(r.daysLate)d")
        case .done: return l.t("已办结 ", "done ") + (r.item.done.map(monthDay) ?? "")
        case .open: return r.item.due == today ? l.t("今日到期", "due today") : r.state.label.text(l)
        }
    }

    /// A contest entry's stage as a list shows it (the enterprise or the place when it got there).
    static func stage(_ r: ContestPipeline.Row, _ l: Language) -> String {
        r.stage.label.text(l)
    }

    /// One line about an event for the bottom of the week and month views.
    static func line(_ s: EventSummary, today: LocalDate, _ l: Language) -> String {
        let a = s.activity
        // Names last: they are what gives way when the line is cut.
        return [monthDay(a.start.date) + " " + weekday(a.start.date).text(l) + " " + (a.allDay ? l.t("全天", "all day") : times(a)),
                shortType(a.type).text(l), state(s, today: today).text(l), l.t("报名 ", "places ") + s.placesText,
                a.title, s.venue.text(l), s.organiser.text(l)].joined(separator: " · ")
    }
}
