import Foundation
import Testing
@testable import SiliconAlleyCore

/// data/calendar/ parses cleanly, is embedded verbatim, and bad lines are named.
@Suite struct WorkingDayCalendarDataTests {
    static var calendarDirectory: URL {
        // Tests/SiliconAlleyCoreTests/<this file> → repo root.
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("data/calendar")
    }

    @Test func embeddedTextEqualsFiles() throws {
        let dir = Self.calendarDirectory
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }
        #expect(Set(names) == Set(EmbeddedCalendar.files.keys), "run scripts/embed-calendar.sh")
        for name in names {
            let onDisk = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            #expect(EmbeddedCalendar.files[name] == onDisk, "\(name) differs: run scripts/embed-calendar.sh")
        }
    }

    /// Entries (lines) per year: off spans and make-up days, as announced.
    @Test(arguments: [("cn-2024.txt", 7, 8, 28), ("cn-2025.txt", 6, 5, 28), ("cn-2026.txt", 7, 6, 33)])
    func fileHasTheAnnouncedEntries(name: String, offSpans: Int, makeUpDays: Int, offDays: Int) throws {
        let text = try #require(EmbeddedCalendar.files[name])
        let entries = text.split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(entries.filter { $0.contains(" off ") }.count == offSpans)
        #expect(entries.filter { $0.contains(" work ") }.count == makeUpDays)
        let (_, days) = try HolidayFileParser.parse(name: name, text: text)
        #expect(days.values.filter { !$0.isWorkingDay }.count == offDays)
        #expect(days.values.filter(\.isWorkingDay).count == makeUpDays)
    }

    @Test func holidayDayCountsPerYear() {
        let cal = WorkingDayCalendar.china
        #expect(cal.years == [2024, 2025, 2026])
        func holidays(_ year: Int) -> Int {
            let first = LocalDate(year: year, month: 1, day: 1)!
            return (0..<365).filter { cal.holidayName(on: first.adding(days: $0)) != nil }.count
        }
        #expect(holidays(2024) == 1 + 8 + 3 + 5 + 1 + 3 + 7)
        #expect(holidays(2025) == 1 + 8 + 3 + 5 + 3 + 8)
        #expect(holidays(2026) == 3 + 9 + 3 + 5 + 3 + 3 + 7)
    }

    @Test func badLinesAreNamed() {
        func error(_ text: String, name: String = "cn-2025.txt") -> CalendarDataError? {
            do {
                _ = try WorkingDayCalendar(files: [name: text])
                return nil
            } catch {
                return error
            }
        }
        let e = error("# ok\n2025-01-01 off 元旦\n2025-13-01 off 坏日期\n")
        #expect(e?.line == 3)
        #expect(e?.text == "2025-13-01 off 坏日期")
        #expect(e?.description.hasPrefix("cn-2025.txt:3: ") == true)
        #expect(error("2025-01-01 holiday 元旦")?.reason == "kind must be off or work")
        #expect(error("2025-01-01 off")?.line == 1)
        #expect(error("2025-02-04..2025-01-28 off 春节")?.reason == "range ends before it starts")
        #expect(error("2024-12-31 off 元旦")?.reason == "date outside 2025")
        #expect(error("2025-01-27 work 春节调休")?.line == 1)  // a Monday
        #expect(error("2025-01-28..2025-02-04 off 春节\n2025-02-01 work 春节调休")?.line == 2)
        #expect(error("2025-01-01 off 元旦", name: "holidays.txt")?.line == 0)
        #expect(error("# only comments\n\n") == nil)
    }
}
