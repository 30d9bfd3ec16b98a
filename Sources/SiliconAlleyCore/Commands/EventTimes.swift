/// An event's start and end as a form gives them: a date, a start time "HH:MM", and an end
/// that is a time on the same day ("16:30") or a later day and time ("2025-07-02 12:00").
enum EventTimes {
    static func parse(date: String, start: String, end: String, checks: inout FieldChecks) -> (LocalDateTime, LocalDateTime)? {
        let day = checks.date(date, field: "date", required: true)
        let from = clock(start, field: "start", on: day, checks: &checks)
        var to: LocalDateTime?
        let e = TextNormalization.trimmedHalfWidth(end)
        if e.isEmpty {
            checks.fail("end", zh: "必填", en: "required")
        } else if e.count > 5 {
            if let at = LocalDateTime(e) { to = at } else {
                checks.fail("end", zh: "结束应为 HH:MM 或 YYYY-MM-DD HH:MM", en: "end must be HH:MM or YYYY-MM-DD HH:MM")
            }
        } else {
            to = clock(e, field: "end", on: day, checks: &checks)
        }
        guard let from, let to else { return nil }
        if let error = ActivityRules.times(from, to) {
            checks.add(rule: error)
            return nil
        }
        return (from, to)
    }

    private static func clock(_ text: String, field: String, on day: LocalDate?, checks: inout FieldChecks) -> LocalDateTime? {
        if text.trimmingCharacters(in: .whitespaces).isEmpty { checks.fail(field, zh: "必填", en: "required"); return nil }
        guard let (h, m) = LocalDateTime.clock(text) else {
            checks.fail(field, zh: "时间应为 HH:MM", en: "time must be HH:MM"); return nil
        }
        guard let day else { return nil }
        return LocalDateTime(date: day, hour: h, minute: m)
    }
}
