import Testing
@testable import SiliconAlleyCore

@Suite struct WorkingDayCalendarTests {
    let cal = WorkingDayCalendar.china
    func d(_ s: String) -> LocalDate { LocalDate(s)! }

    @Test func springFestival2025() {
        // Accepted Fri 1/24. 1/25 Sat off; 1/26 Sun make-up (1); 1/27 Mon (2);
        // 1/28–2/4 春节; 2/5 Wed (3), 2/6 Thu (4), 2/7 Fri (5).
        #expect(cal.adding(workingDays: 5, to: d("2025-01-24")) == d("2025-02-07"))
        #expect(cal.workingDays(from: d("2025-01-24"), to: d("2025-02-07")) == 5)
        #expect(cal.adding(workingDays: 2, to: d("2025-01-24")) == d("2025-01-27"))
        #expect(cal.adding(workingDays: 3, to: d("2025-01-27")) == d("2025-02-07"))
        #expect(cal.holidayName(on: d("2025-01-28")) == "春节")
        #expect(cal.dayKind(of: d("2025-01-26")) == .makeUpWorkday("春节调休"))
        #expect(cal.dayKind(of: d("2025-02-08")) == .makeUpWorkday("春节调休"))
    }

    @Test func makeUpWeekendBeforeNationalDay2024() {
        #expect(cal.isWorkingDay(d("2024-09-29")))   // Sunday, 国庆节调休
        #expect(!cal.isWorkingDay(d("2024-09-28")))  // plain Saturday
        // Accepted Fri 9/27: 9/29 Sun (1), 9/30 Mon (2), 10/1–10/7 off, 10/8 Tue (3).
        #expect(cal.adding(workingDays: 3, to: d("2024-09-27")) == d("2024-10-08"))
        #expect(cal.adding(workingDays: 1, to: d("2024-09-27")) == d("2024-09-29"))
        #expect(cal.holidayName(on: d("2024-10-07")) == "国庆节")
        #expect(cal.isWorkingDay(d("2024-10-12")))  // Saturday, 国庆节调休
    }

    @Test func nationalDay2026() {
        #expect(cal.isWorkingDay(d("2026-09-20")))  // Sunday make-up
        for day in 1...7 {
            #expect(cal.holidayName(on: LocalDate(year: 2026, month: 10, day: day)!) == "国庆节")
        }
        #expect(cal.isWorkingDay(d("2026-10-08")))
        #expect(cal.isWorkingDay(d("2026-10-10")))  // Saturday make-up
        // Accepted Wed 9/30: 10/8 Thu (1), 10/9 Fri (2), 10/10 Sat make-up (3), 10/12 Mon (4).
        #expect(cal.adding(workingDays: 4, to: d("2026-09-30")) == d("2026-10-12"))
        #expect(cal.workingDays(from: d("2026-09-30"), to: d("2026-10-12")) == 4)
    }

    @Test func plainWeeks() {
        // Mon 2025-03-10 + 5 → Mon 3/17; + 4 → Fri 3/14; accepted Sat → + 1 is Mon.
        #expect(cal.adding(workingDays: 5, to: d("2025-03-10")) == d("2025-03-17"))
        #expect(cal.adding(workingDays: 4, to: d("2025-03-10")) == d("2025-03-14"))
        #expect(cal.adding(workingDays: 1, to: d("2025-03-15")) == d("2025-03-17"))
        #expect(cal.adding(workingDays: 0, to: d("2025-03-15")) == d("2025-03-15"))
        #expect(cal.adding(workingDays: -1, to: d("2025-03-17")) == d("2025-03-14"))
        #expect(cal.workingDays(from: d("2025-03-10"), to: d("2025-03-10")) == 0)
        #expect(cal.workingDays(from: d("2025-03-17"), to: d("2025-03-10")) == -5)
        #expect(cal.dayKind(of: d("2025-03-15")) == .weekend)
        #expect(cal.dayKind(of: d("2025-03-14")) == .workday)
        #expect(cal.holidayName(on: d("2025-03-14")) == nil)
    }

    @Test func outsideCoverageFallsBackToWeekdays() {
        #expect(cal.covers(d("2024-01-01")) && cal.covers(d("2026-12-31")))
        #expect(!cal.covers(d("2023-12-31")))
        #expect(!cal.covers(d("2027-01-01")))
        #expect(!cal.covers(from: d("2026-12-28"), through: d("2027-01-05")))
        #expect(cal.covers(from: d("2024-02-01"), through: d("2026-03-01")))
        // 2027-10-01 is a Friday: no announcement loaded, so it counts as a working day.
        #expect(cal.isWorkingDay(d("2027-10-01")))
        #expect(cal.holidayName(on: d("2027-10-01")) == nil)
        #expect(cal.adding(workingDays: 1, to: d("2026-12-31")) == d("2027-01-01"))
    }

    @Test func otherAnnouncedDays() {
        #expect(cal.isWorkingDay(d("2024-02-09")))  // 除夕 2024 was a working Friday
        #expect(cal.holidayName(on: d("2025-06-02")) == "端午节")
        #expect(cal.isWorkingDay(d("2025-04-27")))           // Sunday, 劳动节调休
        #expect(cal.holidayName(on: d("2026-02-23")) == "春节")
        #expect(cal.isWorkingDay(d("2026-02-14")) && cal.isWorkingDay(d("2026-02-28")))
        #expect(cal.isWorkingDay(d("2026-01-04")))           // Sunday, 元旦调休
        #expect(cal.holidayName(on: d("2026-09-25")) == "中秋节")
    }
}
