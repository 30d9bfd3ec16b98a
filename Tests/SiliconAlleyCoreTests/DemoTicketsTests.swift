import Foundation
import Testing
@testable import SiliconAlleyCore

/// `demo` exercises the window's second pass: notices at intake and later, hand-ins, a
/// supervisor's second notice, hand-overs, the three channels and talents applying; the
/// monitoring report's window section carries 一次办成 and the visits.
@Suite struct DemoTicketsTests {
    let dir = TempDir("demo-window")

    @Test func theDemoUsesNoticesHandOversChannelsAndTalents() throws {
        let store = try JournalStore.fresh(in: dir)
        var l = DemoLoader()
        l.enterprises = 40; l.apartments = 12; l.activities = 0; l.tickets = 120; l.seed = 15
        _ = try l.run(on: store)
        let s = store.state
        let tickets = Array(s.tickets.values)
        #expect(tickets.count == 120)
        #expect(tickets.contains { $0.isWaiting }, "some still waiting for documents")
        #expect(tickets.contains { $0.supplements.contains { $0.receivedOn != nil } }, "documents handed in")
        #expect(tickets.contains { $0.supplements.count > 1 && $0.supplements[1].override != nil }, "a supervisor's second notice")
        #expect(tickets.contains { !$0.handovers.isEmpty }, "hand-overs")
        #expect(Set(tickets.compactMap(\.channel)) == Set(TicketChannel.allCases))
        #expect(tickets.contains { $0.talent != nil }, "registered talents applying")
        #expect(Set(tickets.compactMap { $0.serviceEntry()?.group }).count >= 8, "services across the list")
        #expect(tickets.contains { $0.status == .closed } && tickets.contains { $0.status == .returned })
        for t in tickets { #expect(t.acceptedOn <= LocalDate.today() && s.calendar.isWorkingDay(t.acceptedOn), "\(t.receipt) accepted \(t.acceptedOn)") }
        #expect(try JournalVerifier.verify(path: store.path).isClean)

        let report = PlanReport(state: s, asOf: LocalDate.today(), head: store.head, language: .zh)
        let window = try #require(report.sections.first { $0.id == "window" })
        #expect(window.columns.map(\.zh).suffix(2) == ["一次办成率", "平均跑动次数"])
        let year = tickets.filter { $0.acceptedOn.year == LocalDate.today().year }
        let figures = WindowFigures(year, today: LocalDate.today())
        let total = try #require(window.rows.last)
        #expect(total.first == "合计")
        #expect(total.suffix(2) == [WindowFigures.percent(figures.oneVisitShare), WindowFigures.average(figures.averageVisits)])
        #expect(figures.oneVisitShare.map { $0 > 0 && $0 < 1 } == true)
        #expect(window.notes.contains { $0.contains("一次办成率 = ") })
    }
}
