import Foundation
import Testing
@testable import SiliconAlleyCore

/// Next year's holidays without a new program: an admin adds the year from the State
/// Council's notice; it is journaled, so every console (and replay) counts with it.
@Suite struct CalendarYearTests {
    /// A test's 2027 file in the data/calendar format (the real notice comes out in late 2026;
    /// these lines only need to be well-formed: 元旦 on Friday 2027-01-01).
    static let file2027 = """
        # test data in the data/calendar format
        2027-01-01 off 元旦
        2027-02-06..2027-02-13 off 春节
        2027-02-20 work 春节调休

        """

    /// A year the program does not carry, in the past (replay refuses a ticket accepted after its line's
    /// day, so the test cannot take next December): 2023, with 元旦 observed on Monday 01-02.
    static let file2023 = """
        # test data in the data/calendar format
        2023-01-02 off 元旦
        2023-01-23..2023-01-27 off 春节
        2023-01-28 work 春节调休

        """

    /// Accepted Thursday 2022-12-29 with 5 working days: counted Monday–Friday the fifth is
    /// Thursday 2023-01-05 (12-30, 01-02, 01-03, 01-04, 01-05); with 2023's 元旦 off, 01-06.
    @Test func anAddedYearMovesADueDateOverItsNewYearsDay() throws {
        let f = try WindowFixture()
        let day = WindowFixture.day("2022-12-29")
        let before = try f.accept(on: day)
        #expect(try f.ticket(before).due == WindowFixture.day("2023-01-05"))
        #expect(!f.state.calendar.covers(WindowFixture.day("2023-01-05")), "the window warns: 2023 not loaded")
        // Another console open on the same journal sees the year on its next refresh.
        let other = try f.store(as: WindowFixture.clerk)
        try f.run(AddCalendarYear(file: "cn-2023.txt", text: Self.file2023), on: day)
        try other.refresh()
        #expect(other.state.calendar.covers(WindowFixture.day("2023-01-05")))
        #expect(other.state.calendar.holidayName(on: WindowFixture.day("2023-01-02")) == "元旦")
        let after = try f.run(AcceptTicket(enterprise: f.enterprise, service: "admin-general", description: "办事",
                                           documents: ["business-licence", "application-form", "identity"]), on: day, as: other)[0].entity
        #expect(try f.ticket(after).due == WindowFixture.day("2023-01-06"))
        // The earlier ticket keeps the date it was given.
        #expect(try f.ticket(before).due == WindowFixture.day("2023-01-05"))
        // A snapshot carries the added year, notices and hand-overs; snapshot + tail equals a full replay.
        // (On today's date: replay refuses a notice or hand-in dated after its line.)
        let today = LocalDate.today()
        let waiting = try f.accept(on: today, missing: ["identity"])
        try f.run(HandOverTicket(ticket: waiting, unit: "market-regulation", reason: "按职责"), on: today)
        let handedIn = try f.accept(on: today.adding(days: -1), missing: ["identity"])
        try f.run(ReceiveSupplement(ticket: handedIn), on: today)
        try f.store.writeSnapshot()
        _ = try f.accept(on: today)
        let viaSnapshot = try JournalStore(path: f.store.path, actor: TestData.admin)
        let replay = try JournalStore(path: f.store.path, actor: TestData.admin, useSnapshot: false)
        #expect(viaSnapshot.state == replay.state)
        #expect(viaSnapshot.state.calendar.holidayName(on: WindowFixture.day("2023-01-24")) == "春节")
        #expect(viaSnapshot.state.tickets[waiting]?.handovers.count == 1 && viaSnapshot.state.tickets[waiting]?.isWaiting == true)
        #expect(viaSnapshot.state.tickets[handedIn]?.supplements.first?.receivedOn == today)
        #expect(try JournalVerifier.verify(path: f.store.path).isClean)
    }

    @Test func onlyAnAdminAddsAWellFormedYearOnce() throws {
        let f = try WindowFixture()
        let day = WindowFixture.day("2026-12-01")
        let boss = try f.store(as: WindowFixture.supervisor)
        #expect(f.refused(AddCalendarYear(file: "cn-2027.txt", text: Self.file2027), on: day, as: boss)?.error(for: "role") != nil)
        let bad = f.refused(AddCalendarYear(file: "cn-2027.txt", text: "2027-01-01 off 元旦\n2027-01-04 work 元旦调休\n"), on: day)
        #expect(bad?.error(for: "file")?.en.contains("line 2") == true, "a Monday is no make-up day: \(String(describing: bad))")
        #expect(f.refused(AddCalendarYear(file: "cn-2027.txt", text: "2027-02-20 work 春节调休\n"), on: day)?.error(for: "file")?.zh.contains("没有任何放假日") == true)
        #expect(f.refused(AddCalendarYear(file: "holidays.txt", text: Self.file2027), on: day)?.error(for: "file") != nil)
        #expect(f.refused(AddCalendarYear(file: "cn-2026.txt", text: "2026-01-01 off 元旦\n"), on: day)?.error(for: "year")?.zh.contains("内置") == true)
        #expect(f.refused(AddCalendarYear(file: "cn-2027.txt", text: Self.file2027, replace: true), on: day)?.error(for: "year") != nil, "nothing to replace")
        try f.run(AddCalendarYear(file: "cn-2027.txt", text: Self.file2027), on: day)
        #expect(f.refused(AddCalendarYear(file: "cn-2027.txt", text: Self.file2027), on: day)?.error(for: "year") != nil, "already added")
        // A correction replaces the year: 2027-01-04 made a holiday (a test's correction).
        try f.run(AddCalendarYear(file: "cn-2027.txt", text: Self.file2027 + "2027-01-04 off 元旦\n", replace: true), on: day)
        #expect(f.state.calendar.holidayName(on: WindowFixture.day("2027-01-04")) == "元旦")
        #expect(f.state.calendarYears[2027]?.by == TestData.admin)
    }
}
