import Foundation
import Testing
@testable import SiliconAlleyCore

/// 一次性告知: a notice lists every missing document at once, the clock stands still while
/// the applicant fetches them, and starts again with the days it had left; one notice per
/// ticket unless a supervisor overrides it with a reason.
@Suite struct TicketSupplementTests {
    static let d = WindowFixture.day

    /// 2026's National Day break (10-01…10-07 off, Saturday 10-10 worked): accepted Monday
    /// 09-28 with 5 working days (09-29, 09-30, 10-08, 10-09, 10-10) it is due 10-10. A notice
    /// on 09-29 leaves 4 (09-30, 10-08, 10-09, 10-10); handed in on Friday 10-09 after 3
    /// working days paused (09-30, 10-08, 10-09), the 4 count from 10-10: 10-10, 10-12, 10-13,
    /// 10-14.
    @Test func pauseAndRestartOverTheNationalDayHoliday() throws {
        let f = try WindowFixture()
        let t = try f.accept(on: Self.d("2026-09-28"))
        #expect(try f.ticket(t).due == Self.d("2026-10-10"))
        try f.run(RequestSupplement(ticket: t, documents: ["identity"], note: "身份证复印件不清晰"), on: Self.d("2026-09-29"))
        var x = try f.ticket(t)
        #expect(x.isWaiting && x.supplements.first?.remaining == 4)
        // Waiting is not overdue, even past the old due date; the pause is counted in working days.
        #expect(!x.isOverdue(on: Self.d("2026-10-12")))
        #expect(x.pausedWorkingDays(calendar: f.state.calendar, today: Self.d("2026-10-08")) == 2)
        try f.run(ReceiveSupplement(ticket: t), on: Self.d("2026-10-09"))
        x = try f.ticket(t)
        #expect(!x.isWaiting)
        #expect(x.due == Self.d("2026-10-14"))
        #expect(x.pausedWorkingDays(calendar: f.state.calendar, today: Self.d("2026-12-01")) == 3)
        #expect(x.visits == 2)
        #expect(x.isOverdue(on: Self.d("2026-10-15")) && !x.isOverdue(on: Self.d("2026-10-14")))
    }

    @Test func aNoticeAtIntakeStopsTheClockFromTheStart() throws {
        let f = try WindowFixture()
        let lines = try f.run(AcceptTicket(enterprise: f.enterprise, service: "admin-settle", description: "入驻备案",
                                           documents: ["business-licence", "application-form"], notice: ["lease-contract"], noticeNote: "带原件"),
                              on: Self.d("2026-11-02"))
        #expect(lines.map(\.kind) == [EventKind.ticketAccepted, EventKind.ticketSupplementRequested])
        let t = try f.ticket(lines[0].entity)
        #expect(t.pendingSupplement?.documents == ["lease-contract"] && t.pendingSupplement?.remaining == 5)
        #expect(t.pendingSupplement?.note == "带原件")
        // Handed in ten days later: five working days from then (11-13 is a Friday).
        try f.run(ReceiveSupplement(ticket: t.id, documents: ["房屋租赁合同"]), on: Self.d("2026-11-12"))
        #expect(try f.ticket(t.id).due == Self.d("2026-11-19"))
        #expect(try f.ticket(t.id).documents.contains("lease-contract"))
    }

    @Test func theNoticeListsEveryMissingDocumentAtOnce() throws {
        let f = try WindowFixture()
        let t = try f.run(AcceptTicket(enterprise: f.enterprise, service: "admin-general", description: "办事",
                                       documents: ["application-form"]), on: Self.d("2026-11-02"))[0].entity
        let r = f.refused(RequestSupplement(ticket: t, documents: ["identity"]), on: Self.d("2026-11-03"))
        #expect(r?.error(for: "documents")?.zh.contains("营业执照") == true, "\(String(describing: r))")
        #expect(f.refused(RequestSupplement(ticket: t, documents: []), on: Self.d("2026-11-03"))?.error(for: "documents") != nil)
        #expect(f.refused(RequestSupplement(ticket: t, documents: ["business-licence", "identity", "event-plan"]), on: Self.d("2026-11-03"))?
            .error(for: "documents")?.en.contains("not a document of") == true)
        try f.run(RequestSupplement(ticket: t, documents: ["business-licence", "identity"]), on: Self.d("2026-11-03"))
        // At intake the same rule: the notice must name what was not ticked.
        let intake = f.refused(AcceptTicket(enterprise: f.enterprise, service: "admin-general", description: "办事",
                                            documents: ["application-form"], notice: ["identity"]), on: Self.d("2026-11-03"))
        #expect(intake?.error(for: "notice") != nil)
    }

    @Test func oneNoticePerTicketUnlessASupervisorOverridesWithAReason() throws {
        let f = try WindowFixture()
        let clerk = try f.store(as: WindowFixture.clerk)
        let boss = try f.store(as: WindowFixture.supervisor)
        let t = try f.accept(on: Self.d("2026-11-02"))
        try f.run(RequestSupplement(ticket: t, documents: ["identity"]), on: Self.d("2026-11-03"), as: clerk)
        try f.run(ReceiveSupplement(ticket: t), on: Self.d("2026-11-04"), as: clerk)
        try clerk.refresh(); try boss.refresh()
        // The clerk may not give a second, with or without a reason; the supervisor needs one.
        #expect(f.refused(RequestSupplement(ticket: t, documents: ["identity"]), on: Self.d("2026-11-05"), as: clerk)?.error(for: "override") != nil)
        #expect(f.refused(RequestSupplement(ticket: t, documents: ["identity"], override: "复印件模糊"), on: Self.d("2026-11-05"), as: clerk)?
            .error(for: "override")?.zh.contains("主管") == true)
        #expect(f.refused(RequestSupplement(ticket: t, documents: ["identity"]), on: Self.d("2026-11-05"), as: boss)?.error(for: "override") != nil)
        try f.run(RequestSupplement(ticket: t, documents: ["identity"], override: "补交的身份证明已过期"), on: Self.d("2026-11-05"), as: boss)
        let x = try f.ticket(t)
        #expect(x.supplements.count == 2 && x.supplements[1].override == "补交的身份证明已过期")
        // A first notice needs no override: one given is refused rather than recorded.
        let u = try f.accept(on: Self.d("2026-11-05"))
        #expect(f.refused(RequestSupplement(ticket: u, documents: ["identity"], override: "无"), on: Self.d("2026-11-05"))?.error(for: "override") != nil)
    }

    @Test func noticesAndHandInsOnlyWhereTheyApply() throws {
        let f = try WindowFixture()
        let t = try f.accept(on: Self.d("2026-11-02"))
        #expect(f.refused(ReceiveSupplement(ticket: t), on: Self.d("2026-11-03"))?.error(for: "ticket") != nil, "nothing awaited")
        try f.run(RequestSupplement(ticket: t, documents: ["identity", "application-form"]), on: Self.d("2026-11-03"))
        #expect(f.refused(RequestSupplement(ticket: t, documents: ["identity"]), on: Self.d("2026-11-03"))?.error(for: "ticket") != nil, "already waiting")
        let partial = f.refused(ReceiveSupplement(ticket: t, documents: ["identity"]), on: Self.d("2026-11-04"))
        #expect(partial?.error(for: "documents")?.zh == "还缺：申请表")
        #expect(f.refused(ProgressTicket(ticket: t, step: .close(approved: nil), text: "办结"), on: Self.d("2026-11-04"))?.error(for: "ticket") != nil,
                "no close while waiting")
        #expect(f.refused(ProgressTicket(ticket: t, step: .start), on: Self.d("2026-11-04"))?.error(for: "ticket")?.zh
                == "正在等待补正材料：先登记收到材料，再开始办理", "no start while waiting: the clock is paused")
        // A return while waiting is allowed (the applicant never came back); then no notice.
        try f.run(ProgressTicket(ticket: t, step: .giveBack, text: "逾期未补正"), on: Self.d("2026-11-20"))
        let closed = f.refused(RequestSupplement(ticket: t, documents: ["identity"]), on: Self.d("2026-11-20"))
        #expect(closed?.error(for: "ticket")?.zh.contains("已办结或退回") == true)
    }

    /// 一次办成: closed with nothing brought back, over everything finished; visits: one to
    /// apply and one per hand-in.
    @Test func oneVisitShareAndAverageVisits() throws {
        let f = try WindowFixture()
        let day = Self.d("2026-11-02")
        var ids: [String] = []
        for _ in 0..<3 { ids.append(try f.accept(on: day)) }
        let twice = try f.accept(on: day, missing: ["identity"])
        let returned = try f.accept(on: day)
        let open = try f.accept(on: day)
        try f.run(ReceiveSupplement(ticket: twice), on: Self.d("2026-11-04"))
        for id in ids + [twice] { try f.run(ProgressTicket(ticket: id, step: .close(approved: nil), text: "已办结"), on: Self.d("2026-11-05")) }
        try f.run(ProgressTicket(ticket: returned, step: .giveBack, text: "不属受理范围"), on: Self.d("2026-11-05"))
        let figures = WindowFigures(f.state.tickets.values, today: Self.d("2026-11-06"))
        #expect(figures.finished == 5 && figures.oneVisit == 3 && figures.open == 1)
        #expect(figures.oneVisitShare == 0.6)
        #expect(figures.averageVisits == 6.0 / 5.0)
        #expect(WindowFigures.percent(figures.oneVisitShare) == "60.0%")
        #expect(try f.ticket(open).visits == 1)
    }
}
