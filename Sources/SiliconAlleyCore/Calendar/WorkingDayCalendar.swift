import Foundation

/// Which days government offices work, per the State Council's yearly holiday notices
/// (国务院办公厅关于…部分节假日安排的通知); used for the service window's time limits.
///
/// Within the covered years a date is a working day if it is Monday–Friday and not a
/// holiday, or a weekend day announced as a make-up working day. Outside them the calendar
/// falls back to plain Monday–Friday; `covers(_:)` tells the caller a result is an estimate.
public struct WorkingDayCalendar: Sendable, Equatable {
    /// Years with an announcement loaded.
    public let years: Set<Int>
    private let announced: [LocalDate: DayKind]

    /// The PRC calendar for 2024–2026, from the embedded copy of data/calendar/; parsed once.
    public static let china: WorkingDayCalendar = {
        do {
            return try WorkingDayCalendar(files: EmbeddedCalendar.files)
        } catch {
            // The embedded files are checked by WorkingDayCalendarDataTests.
            fatalError("embedded holiday data: \(error)")
        }
    }()

    /// Files keyed by name (`cn-YYYY.txt`), as in data/calendar/.
    public init(files: [String: String]) throws(CalendarDataError) {
        var years = Set<Int>()
        var announced: [LocalDate: DayKind] = [:]
        for name in files.keys.sorted() {
            let (year, days) = try HolidayFileParser.parse(name: name, text: files[name]!)
            guard years.insert(year).inserted else {
                throw CalendarDataError(file: name, line: 0, text: "", reason: "year \(year) given twice")
            }
            announced.merge(days) { a, _ in a }
        }
        self.years = years
        self.announced = announced
    }

    private init(years: Set<Int>, announced: [LocalDate: DayKind]) {
        self.years = years
        self.announced = announced
    }

    /// This calendar with `year`'s announced days replaced by `days` (a year an admin added
    /// from the State Council's notice, `calendar.yearAdded`; it wins over a built-in copy).
    public func replacing(year: Int, with days: [LocalDate: DayKind]) -> WorkingDayCalendar {
        var announced = self.announced.filter { $0.key.year != year }
        announced.merge(days) { a, _ in a }
        return WorkingDayCalendar(years: years.union([year]), announced: announced)
    }

    /// Reads one year's file in the data/calendar format (`cn-YYYY.txt`), checked line by line.
    public static func parseYear(name: String, text: String) throws(CalendarDataError) -> (year: Int, days: [LocalDate: DayKind]) {
        try HolidayFileParser.parse(name: name, text: text)
    }

    /// True if `date`'s year has announced holidays loaded; false means the answers for it
    /// assume plain Monday–Friday and may be wrong around holidays.
    public func covers(_ date: LocalDate) -> Bool {
        years.contains(date.year)
    }

    /// True if every date from `start` through `end` is covered.
    public func covers(from start: LocalDate, through end: LocalDate) -> Bool {
        (min(start, end).year...max(start, end).year).allSatisfy(years.contains)
    }

    public func dayKind(of date: LocalDate) -> DayKind {
        if let kind = announced[date] { return kind }
        return date.weekday >= 6 ? .weekend : .workday
    }

    public func isWorkingDay(_ date: LocalDate) -> Bool {
        dayKind(of: date).isWorkingDay
    }

    /// "春节" on a holiday; nil on any other day (make-up days: see `dayKind(of:)`).
    public func holidayName(on date: LocalDate) -> String? {
        if case .holiday(let name) = dayKind(of: date) { return name }
        return nil
    }

    /// The due date `n` working days after `date`: the day a request accepted on `date`
    /// with a limit of `n` working days must be closed by.
    ///
    /// The acceptance day itself never counts, working day or not — counting starts the
    /// next day — so `n = 1` is the next working day. `n = 0` returns `date`; a negative
    /// `n` gives the |n|-th working day before `date`.
    public func adding(workingDays n: Int, to date: LocalDate) -> LocalDate {
        let step = n < 0 ? -1 : 1
        var remaining = abs(n)
        var day = date
        while remaining > 0 {
            day = day.adding(days: step)
            if isWorkingDay(day) { remaining -= 1 }
        }
        return day
    }

    /// Working days after `start` up to and including `end` — the same counting as
    /// `adding(workingDays:to:)`, so `workingDays(from: d, to: adding(workingDays: n, to: d)) == n`
    /// for n ≥ 0. Negative when `end` is before `start`.
    public func workingDays(from start: LocalDate, to end: LocalDate) -> Int {
        let (low, high, sign) = start <= end ? (start, end, 1) : (end, start, -1)
        var count = 0
        var day = low.adding(days: 1)
        while day <= high {
            if isWorkingDay(day) { count += 1 }
            day = day.adding(days: 1)
        }
        return sign * count
    }
}
