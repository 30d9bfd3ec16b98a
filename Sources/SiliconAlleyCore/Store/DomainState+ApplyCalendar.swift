/// Years of holidays added to the journal (`calendar.yearAdded`), checked with `CalendarRules`
/// as `AddCalendarYear` does. Whether the program has the year built in is not replay's to
/// ask (a later program may carry it): the journal's copy wins, so the due dates every
/// console computed with it stay as they were. Returns false for another kind.
extension DomainState {
    mutating func applyCalendar(_ line: JournalLine) throws -> Bool {
        guard line.kind == EventKind.calendarYearAdded else { return false }
        let d = line.data
        let file = try field(d, "file", line)
        let text = try field(d, "text", line)
        guard let year = d["year"]?.intValue.map(Int.init) else { throw broken(line, "names no year") }
        let parsed: (year: Int, days: [LocalDate: DayKind])
        switch CalendarRules.read(file: file, text: text) {
        case .failure(let e): throw broken(line, e.en)
        case .success(let p): parsed = p
        }
        if parsed.year != year { throw broken(line, "the file is \(parsed.year)'s, the line says \(year)") }
        if line.entity != "calendar-\(year)" { throw broken(line, "the entity must be calendar-\(year)") }
        if let e = CalendarRules.add(year: year, replaces: d["replaces"] == .bool(true), added: calendarYears) { throw broken(line, e.en) }
        calendarYears[year] = CalendarYear(year: year, file: file, text: text, by: line.actor, seq: line.seq)
        calendar = calendar.replacing(year: year, with: parsed.days)
        return true
    }

    /// The calendar of a state read from a snapshot: the built-in years and the added ones.
    mutating func rebuildCalendar() {
        var c = WorkingDayCalendar.china
        for y in calendarYears.values.sorted(by: { $0.year < $1.year }) {
            if case .success(let p) = CalendarRules.read(file: y.file, text: y.text) { c = c.replacing(year: y.year, with: p.days) }
        }
        calendar = c
    }
}
