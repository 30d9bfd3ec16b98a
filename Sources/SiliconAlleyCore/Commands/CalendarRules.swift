/// The rules for a year of holidays an admin adds from the State Council's notice, shared by
/// `AddCalendarYear` and replay (`DomainState+ApplyCalendar`).
public enum CalendarRules {
    /// The file read as one year's calendar (data/calendar format, named `cn-YYYY.txt`), or why
    /// not, naming the line. A year with no holiday at all is a wrong file, not a calendar.
    public static func read(file: String, text: String) -> Result<(year: Int, days: [LocalDate: DayKind]), FieldError> {
        let parsed: (year: Int, days: [LocalDate: DayKind])
        do {
            parsed = try WorkingDayCalendar.parseYear(name: file, text: text)
        } catch {
            let at = error.line > 0 ? "第 \(error.line) 行：" : ""
            let atEn = error.line > 0 ? "line \(error.line): " : ""
            return .failure(FieldError(field: "file", zh: "\(file) \(at)\(error.reason)", en: "\(file) \(atEn)\(error.reason)"))
        }
        if !parsed.days.values.contains(where: { !$0.isWorkingDay }) {
            return .failure(FieldError(field: "file", zh: "\(file) 中没有任何放假日", en: "\(file) lists no public holiday"))
        }
        return .success(parsed)
    }

    /// Adding `year` to a journal that has `added` (years added before): a second copy of a
    /// year only as a stated correction (`replaces`), and a correction only of a year added.
    public static func add(year: Int, replaces: Bool, added: [Int: CalendarYear]) -> FieldError? {
        if added[year] != nil && !replaces {
            return FieldError(field: "year", zh: "\(year) 年的节假日已载入；如需更正请注明替换", en: "\(year) is already added; say it replaces it to correct it")
        }
        if added[year] == nil && replaces {
            return FieldError(field: "year", zh: "\(year) 年尚未载入，无可替换", en: "\(year) was never added: nothing to replace")
        }
        return nil
    }
}

/// A year of holidays added to the journal (`calendar.yearAdded`): the notice as typed, in
/// the data/calendar format, and who added it where.
public struct CalendarYear: Codable, Sendable, Hashable {
    public var year: Int
    public var file: String
    public var text: String
    public var by: String
    public var seq: Int
}
