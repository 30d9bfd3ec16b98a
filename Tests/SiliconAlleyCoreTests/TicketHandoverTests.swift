import Foundation
import Testing
@testable import SiliconAlleyCore

/// 移交 between handling units: the unit changes, the receipt, history and clock stay.
@Suite struct TicketHandoverTests {
    static let d = WindowFixture.day

    @Test func aHandOverKeepsTheDueDateAndTheHistory() throws {
        let f = try WindowFixture()
        let t = try f.accept("ip-complaint", on: Self.d("2026-11-02"))
        let before = try f.ticket(t)
        #expect(before.unit == "market-regulation", "the service's own unit")
        try f.run(ProgressTicket(ticket: t, step: .start), on: Self.d("2026-11-03"))
        try f.run(HandOverTicket(ticket: t, unit: "区科信局", reason: "涉及专利，转科信局办理"), on: Self.d("2026-11-04"))
        let after = try f.ticket(t)
        #expect(after.unit == "science-tech-bureau")
        #expect(after.due == before.due && after.receipt == before.receipt && after.status == .inProgress)
        #expect(after.handovers == [TicketHandover(date: Self.d("2026-11-04"), from: "market-regulation", unit: "science-tech-bureau",
                                                   reason: "涉及专利，转科信局办理")])
        var index = JournalIndex(path: f.store.path)
        index.update()
        #expect(index.entries.filter { $0.entity == t }.map(\.kind) == [EventKind.ticketAccepted, EventKind.ticketUpdated, EventKind.ticketHandedOver])
    }

    @Test func aHandOverWhileWaitingKeepsThePause() throws {
        let f = try WindowFixture()
        let t = try f.accept(on: Self.d("2026-11-02"), missing: ["identity"])
        try f.run(HandOverTicket(ticket: t, unit: "market-regulation", reason: "按职责"), on: Self.d("2026-11-03"))
        let x = try f.ticket(t)
        #expect(x.isWaiting && x.pendingSupplement?.remaining == 5)
    }

    @Test func refusedAtTheUnitOrReasonWithNothingWritten() throws {
        let f = try WindowFixture()
        let t = try f.accept(on: Self.d("2026-11-02"))
        let day = Self.d("2026-11-03")
        #expect(f.refused(HandOverTicket(ticket: t, unit: "service-platform", reason: "x"), on: day)?.error(for: "unit")?.zh.contains("已由该单位承办") == true)
        #expect(f.refused(HandOverTicket(ticket: t, unit: "青龙硅巷公共服务平台", reason: "x"), on: day)?.error(for: "unit") != nil, "the same unit by name")
        #expect(f.refused(HandOverTicket(ticket: t, unit: "zgc-development", reason: "x"), on: day)?.error(for: "unit")?.en.contains("does not handle window requests") == true)
        #expect(f.refused(HandOverTicket(ticket: t, unit: "区教委", reason: "x"), on: day)?.error(for: "unit")?.en.contains("unknown unit") == true)
        #expect(f.refused(HandOverTicket(ticket: t, unit: "finance-bureau", reason: " "), on: day)?.error(for: "reason") != nil)
        try f.run(ProgressTicket(ticket: t, step: .close(approved: nil), text: "已办结"), on: day)
        #expect(f.refused(HandOverTicket(ticket: t, unit: "finance-bureau", reason: "x"), on: day)?.error(for: "ticket") != nil)
    }
}
