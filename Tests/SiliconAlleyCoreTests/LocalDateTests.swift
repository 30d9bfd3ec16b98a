import Foundation
import Testing
@testable import SiliconAlleyCore

@Suite struct LocalDateTests {
    @Test func strictParse() {
        #expect(LocalDate("2024-02-29") == LocalDate(year: 2024, month: 2, day: 29))
        #expect(LocalDate("2000-02-29") != nil)
        for bad in ["2023-02-29", "1900-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "2024-4-1",
                    "2024/04/01", " 2024-04-01", "20240401", "2024-04-01T00:00", "0000-01-01", "abcd-ef-gh", ""] {
            #expect(LocalDate(bad) == nil, "\(bad)")
        }
    }

    @Test func descriptionPads() {
        #expect(LocalDate(year: 987, month: 3, day: 4)!.description == "0987-03-04")
        #expect(LocalDate(year: 2026, month: 12, day: 31)!.description == "2026-12-31")
    }

    @Test func epochAndArithmetic() {
        let epoch = LocalDate(year: 1970, month: 1, day: 1)!
        #expect(epoch.daysSinceEpoch == 0)
        #expect(LocalDate(daysSinceEpoch: 0) == epoch)
        #expect(LocalDate(daysSinceEpoch: -1) == LocalDate(year: 1969, month: 12, day: 31))
        let d = LocalDate("2023-12-31")!
        #expect(d.adding(days: 1) == LocalDate("2024-01-01"))
        #expect(LocalDate("2024-02-28")!.adding(days: 1) == LocalDate("2024-02-29"))
        #expect(LocalDate("2024-03-01")!.adding(days: -1) == LocalDate("2024-02-29"))
        #expect(LocalDate("2024-01-01")!.days(until: LocalDate("2025-01-01")!) == 366)
        #expect(LocalDate("2026-12-31")!.days(until: LocalDate("2024-01-01")!) == -1095)
    }

    @Test func roundTripsEveryDayOverCenturies() {
        // Walk day by day and compare with a naive successor; catches any off-by-one in the era math.
        var date = LocalDate(year: 1899, month: 12, day: 1)!
        for n in date.daysSinceEpoch..<(date.daysSinceEpoch + 200 * 366) {
            #expect(date.daysSinceEpoch == n)
            #expect(LocalDate(daysSinceEpoch: n) == date)
            date = Self.naiveNext(date)
            if date.year > 2101 { break }
        }
    }

    static func naiveNext(_ d: LocalDate) -> LocalDate {
        if let n = LocalDate(year: d.year, month: d.month, day: d.day + 1) { return n }
        if let n = LocalDate(year: d.year, month: d.month + 1, day: 1) { return n }
        return LocalDate(year: d.year + 1, month: 1, day: 1)!
    }

    @Test func weekday() {
        #expect(LocalDate("1970-01-01")!.weekday == 4)
        #expect(LocalDate("2024-01-01")!.weekday == 1)  // Monday
        #expect(LocalDate("2026-03-01")!.weekday == 7)  // Sunday
        #expect(LocalDate("1900-01-01")!.weekday == 1)
    }

    @Test func comparable() {
        #expect(LocalDate("2024-01-31")! < LocalDate("2024-02-01")!)
        #expect(LocalDate("2023-12-31")! < LocalDate("2024-01-01")!)
    }

    @Test func codableAsString() throws {
        let d = LocalDate("2024-05-06")!
        let data = try JSONEncoder().encode([d])
        #expect(String(decoding: data, as: UTF8.self) == "[\"2024-05-06\"]")
        #expect(try JSONDecoder().decode([LocalDate].self, from: data) == [d])
        #expect(throws: DecodingError.self) {
            try JSONDecoder().decode([LocalDate].self, from: Data("[\"2024-02-30\"]".utf8))
        }
    }

    @Test func todayUsesBeijingWallClock() {
        // 2024-03-31T16:30Z is already 2024-04-01 00:30 in Beijing.
        let instant = Date(timeIntervalSince1970: 1_711_902_600)
        #expect(LocalDate.today(in: LocalDate.shanghai, now: instant) == LocalDate("2024-04-01"))
        #expect(LocalDate.today(in: TimeZone(identifier: "UTC")!, now: instant) == LocalDate("2024-03-31"))
    }

    @Test func validateForForms() throws {
        #expect(try LocalDate.validate(" ２０２４-０１-０２ ", field: "due") == LocalDate("2024-01-02"))
        let e = #expect(throws: FieldError.self) { try LocalDate.validate("2024-02-30", field: "due") }
        #expect(e?.field == "due")
        let empty = #expect(throws: FieldError.self) { try LocalDate.validate("", field: "due") }
        #expect(empty?.zh == "不能为空")
        // No such day, and a wrong shape, are told apart.
        #expect(e?.zh == "没有“2024-02-30”这一天" && e?.en == "“2024-02-30” is not a real date")
        let shape = #expect(throws: FieldError.self) { try LocalDate.validate("20240102", field: "due") }
        #expect(shape?.zh.contains("应为 YYYY-MM-DD") == true)
    }
}
