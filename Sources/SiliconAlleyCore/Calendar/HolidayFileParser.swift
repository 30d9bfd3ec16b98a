import Foundation

/// Reads one year's file of announced days:
///
///     # comment
///     2025-01-28..2025-02-04 off 春节
///     2025-01-26 work 春节调休
///
/// The file is named `cn-YYYY.txt`; every date must lie in that year, a `work` day must be
/// a Saturday or Sunday (a weekday is a working day anyway, so it would be a typo), and no
/// date may be listed twice.
enum HolidayFileParser {
    static func parse(name: String, text: String) throws(CalendarDataError) -> (year: Int, days: [LocalDate: DayKind]) {
        guard name.hasPrefix("cn-"), name.hasSuffix(".txt"),
              let year = Int(name.dropFirst(3).dropLast(4)), (1900...2999).contains(year) else {
            throw CalendarDataError(file: name, line: 0, text: "", reason: "file name must be cn-YYYY.txt")
        }
        var days: [LocalDate: DayKind] = [:]
        for (offset, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            func fail(_ reason: String) -> CalendarDataError {
                CalendarDataError(file: name, line: offset + 1, text: String(raw), reason: reason)
            }
            let fields = line.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
            guard fields.count == 3 else { throw fail("expected DATE[..DATE] off|work NAME") }
            let span = fields[0].components(separatedBy: "..")
            guard span.count <= 2, let first = LocalDate(span[0]),
                  let last = span.count == 2 ? LocalDate(span[1]) : first else {
                throw fail("dates must be YYYY-MM-DD or YYYY-MM-DD..YYYY-MM-DD")
            }
            guard first <= last else { throw fail("range ends before it starts") }
            guard first.year == year, last.year == year else { throw fail("date outside \(year)") }
            let label = fields[2].trimmingCharacters(in: .whitespaces)
            let kind: DayKind
            switch fields[1] {
            case "off": kind = .holiday(label)
            case "work": kind = .makeUpWorkday(label)
            default: throw fail("kind must be off or work")
            }
            var date = first
            while date <= last {
                if case .makeUpWorkday = kind, date.weekday < 6 {
                    throw fail("\(date) is a weekday; only a Saturday or Sunday can be a make-up working day")
                }
                guard days[date] == nil else { throw fail("\(date) is already listed") }
                days[date] = kind
                date = date.adding(days: 1)
            }
        }
        return (year, days)
    }
}
