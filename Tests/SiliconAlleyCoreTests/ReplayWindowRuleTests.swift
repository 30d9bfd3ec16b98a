import Foundation
import Testing
@testable import SiliconAlleyCore

/// Every new window and calendar kind refused on replay where its command refuses, each by a
/// forged line with a correct hash and chain.
@Suite struct ReplayWindowRuleTests {
    static let day = WindowFixture.day("2025-06-10")

    /// A journal with a clerk and an accepted ticket (accepted 2025-06-10, 行政服务, due 06-17).
    private func ticket(_ f: Forgery, missing: [String]? = nil) throws -> String {
        try f.store.perform(AssignRole(login: "li.jing", role: .clerk))
        let e = try f.store.register(1)
        let docs = ["business-licence", "application-form", "identity"].filter { !(missing ?? []).contains($0) }
        return try f.store.perform(AcceptTicket(enterprise: e.id, service: "admin-general", description: "办事", documents: docs, notice: missing),
                                   today: Self.day)[0].entity
    }

    private func notice(_ docs: [String] = ["identity"], date: String = "2025-06-11", remaining: Int = 4, override: String? = nil) -> JSONValue {
        var d: [String: JSONValue] = ["date": .string(date), "documents": .array(docs.map(JSONValue.string)), "remaining": .int(Int64(remaining))]
        if let override { d["override"] = .string(override) }
        return .object(JSONObject(d))
    }

    @Test func theCommandsLinesReplay() throws {
        let f = try Forgery()
        let t = try ticket(f, missing: ["identity"])
        try f.store.perform(ReceiveSupplement(ticket: t), today: Self.day.adding(days: 2))
        try f.store.perform(HandOverTicket(ticket: t, unit: "market-regulation", reason: "按职责"), today: Self.day.adding(days: 3))
        try f.store.perform(RequestSupplement(ticket: t, documents: ["identity"], override: "证件过期"), today: Self.day.adding(days: 3))
        try f.expectClean()
    }

    @Test func aSecondNoticeNeedsAnOperatorsReason() throws {
        let f = try Forgery()
        let t = try ticket(f, missing: ["identity"])
        try f.store.perform(ReceiveSupplement(ticket: t), today: Self.day.adding(days: 1))
        var n = try f.append(EventKind.ticketSupplementRequested, t, notice())
        try f.expectBroken(at: n, "without a supervisor's reason")
        let g = try Forgery()
        let u = try ticket(g, missing: ["identity"])
        try g.store.perform(ReceiveSupplement(ticket: u), today: Self.day.adding(days: 1))
        n = try g.append(EventKind.ticketSupplementRequested, u, notice(override: "再次"), actor: "li.jing")
        try g.expectBroken(at: n, "a second notice is an operator's; li.jing is clerk here")
    }

    @Test func aNoticeWhereNoneCanBe() throws {
        let f = try Forgery()
        let t = try ticket(f, missing: ["identity"])
        var n = try f.append(EventKind.ticketSupplementRequested, t, notice())
        try f.expectBroken(at: n, "already waiting")
        let g = try Forgery()
        let u = try ticket(g)
        n = try g.append(EventKind.ticketSupplementRequested, u, notice(["营业执照"]))
        try g.expectBroken(at: n, "unknown document “营业执照”")
        let h = try Forgery()
        let v = try ticket(h)
        n = try h.append(EventKind.ticketSupplementRequested, v, notice(remaining: -2))
        try h.expectBroken(at: n, "-2 working days left on 2025-06-11")
        let i = try Forgery()
        let w = try ticket(i)
        try i.store.perform(ProgressTicket(ticket: w, step: .close(approved: nil), text: "已办结"), today: Self.day)
        n = try i.append(EventKind.ticketSupplementRequested, w, notice())
        try i.expectBroken(at: n, "is already closed")
    }

    /// Working days left are at most the calendar days to the due date: a huge count would push
    /// the restarted due date years away (and stall the hand-in's count of working days).
    @Test func aNoticesDaysLeftAreBounded() throws {
        let f = try Forgery()
        let t = try ticket(f)
        let n = try f.append(EventKind.ticketSupplementRequested, t, notice(remaining: 100_000))
        try f.expectBroken(at: n, "100000 working days left on 2025-06-11: beyond the 6 calendar days")
        let g = try Forgery()
        let u = try ticket(g)
        let m = try g.append(EventKind.ticketSupplementRequested, u, .object(["date": .string("2025-06-11"), "documents": .array([.string("identity")]),
                                                                            "remaining": .int(Int64.max)]))
        try g.expectBroken(at: m, "9223372036854775807 working days left on 2025-06-11")
        let h = try Forgery()
        let v = try ticket(h)
        _ = try h.append(EventKind.ticketSupplementRequested, v, notice(remaining: 4))
        try h.expectClean()
    }

    @Test func aHandInMatchesItsNoticeAndTheClock() throws {
        let f = try Forgery()
        let t = try ticket(f)
        var n = try f.append(EventKind.ticketSupplementReceived, t, .object(["date": .string("2025-06-12"), "documents": .array([]), "due": .string("2025-06-20")]))
        try f.expectBroken(at: n, "is waiting")
        let g = try Forgery()
        let u = try ticket(g, missing: ["identity"])
        n = try g.append(EventKind.ticketSupplementReceived, u, .object(["date": .string("2025-06-12"), "documents": .array([.string("business-licence")]),
                                                                          "due": .string("2025-06-20")]))
        try g.expectBroken(at: n, "not the notice's")
        let h = try Forgery()
        let v = try ticket(h, missing: ["identity"])
        n = try h.append(EventKind.ticketSupplementReceived, v, .object(["date": .string("2025-06-12"), "documents": .array([.string("identity")]),
                                                                          "due": .string("2025-06-12")]))
        try h.expectBroken(at: n, "does not leave 5 working days")
        let i = try Forgery()
        let w = try ticket(i, missing: ["identity"])
        n = try i.append(EventKind.ticketSupplementReceived, w, .object(["date": .string("2025-06-09"), "documents": .array([.string("identity")]),
                                                                          "due": .string("2025-06-16")]))
        try i.expectBroken(at: n, "before the notice")
    }

    @Test func aCloseWhileWaitingIsDamage() throws {
        let f = try Forgery()
        let t = try ticket(f, missing: ["identity"])
        let n = try f.append(EventKind.ticketUpdated, t, Forgery.changes(["status": .string("closed"), "result": .string("已办"),
                                                                          "closedOn": .string("2025-06-11")]))
        try f.expectBroken(at: n, "closed while waiting for documents")
    }

    /// A hand-in's new due date lies within reach of the days left (working days never span more
    /// than twice as many calendar days plus the longest holidays): a due date of 9999 is damage.
    @Test func aHandInsDueDateIsWithinReach() throws {
        let f = try Forgery()
        let t = try ticket(f, missing: ["identity"])
        let n = try f.append(EventKind.ticketSupplementReceived, t, .object(["date": .string("2025-06-12"), "documents": .array([.string("identity")]),
                                                                             "due": .string("9999-12-31")]))
        try f.expectBroken(at: n, "does not leave 5 working days")
    }

    /// Dates the commands take from "today" — finished, handed over — are never after the line's own
    /// day (a day's tolerance): a forged close dated 2099 would hide nothing, but a forged later one would.
    @Test func aTicketsDatesAreNotAfterItsLines() throws {
        let f = try Forgery()
        let t = try ticket(f)
        var n = try f.append(EventKind.ticketUpdated, t, Forgery.changes(["status": .string("returned"), "returnReason": .string("r"),
                                                                          "closedOn": .string("2099-01-01")]))
        try f.expectBroken(at: n, "finished 2099-01-01, after the line's date")
        let g = try Forgery()
        let u = try ticket(g)
        n = try g.append(EventKind.ticketHandedOver, u, .object(["from": .string("service-platform"), "unit": .string("finance-bureau"),
                                                                 "reason": .string("按职责"), "date": .string("2099-01-01")]))
        try g.expectBroken(at: n, "handed over 2099-01-01, after the line's date")
        // Accepted a month ahead of the clock: replay would refuse the line, so the store refuses the command.
        let h = try Forgery()
        let e = try h.store.register(1)
        let ahead = #expect(throws: CommandRejected.self) {
            try h.store.perform(AcceptTicket(enterprise: e.id, service: "admin-general", description: "办事",
                                             documents: ["business-licence", "application-form", "identity"]), today: LocalDate.today().adding(days: 30))
        }
        #expect(ahead?.error(for: "today")?.en.contains("accepted") == true, "\(String(describing: ahead))")
    }

    @Test func aHandOverGoesFromItsUnitToAnother() throws {
        let f = try Forgery()
        let t = try ticket(f)
        func handOver(_ d: [String: JSONValue]) -> JSONValue {
            var base: [String: JSONValue] = ["from": .string("service-platform"), "unit": .string("finance-bureau"), "reason": .string("按职责"),
                                             "date": .string("2025-06-11")]
            for (k, v) in d { base[k] = v }
            return .object(JSONObject(base.filter { $0.value != .null }))
        }
        var n = try f.append(EventKind.ticketHandedOver, t, handOver(["unit": .string("service-platform")]))
        try f.expectBroken(at: n, "to the unit that has it")
        for (edit, rule) in [(["unit": JSONValue.string("区财政局")], "is not a unit id"), (["from": .string("finance-bureau")], "but QL-2025-000001 is with"),
                             (["reason": .string(" ")], "no reason"), (["date": .string("2025-06-01")], "before it was accepted")] {
            let g = try Forgery()
            let u = try ticket(g)
            n = try g.append(EventKind.ticketHandedOver, u, handOver(edit))
            try g.expectBroken(at: n, rule)
        }
    }

    @Test func aNewTicketNamesAServiceCodeAndUnitIds() throws {
        for (edit, rule) in [("service", "an older journal's type"), ("unknown", "is not on the service list"), ("unit", "is not a unit id")] {
            let f = try Forgery()
            let n = try f.nextSeq()
            var t: [String: JSONValue] = [
                "id": .string("tkt-\(n)"), "receipt": .string("QL-2025-000001"), "applicantName": .string("张三"),
                "applicantPhone": .string("13800138000"), "service": .string("general-enquiry"), "description": .string("咨询"),
                "documents": .array([]), "status": .string("accepted"), "acceptedOn": .string("2025-06-10"), "unit": .string("service-platform"),
            ]
            switch edit {
            case "service": t["service"] = .string("other")
            case "unknown": t["service"] = .string("lottery")
            default: t["unit"] = .string("青龙硅巷公共服务平台")
            }
            try f.append(EventKind.ticketAccepted, "tkt-\(n)", .object(JSONObject(t)))
            try f.expectBroken(at: n, rule)
        }
    }

    @Test func aCalendarYearIsAnAdminsWellFormedYear() throws {
        let year = CalendarYearTests.file2027
        func line(_ text: String = year, file: String = "cn-2027.txt", year: Int64 = 2027, replaces: Bool = false) -> JSONValue {
            var d: [String: JSONValue] = ["year": .int(year), "file": .string(file), "text": .string(text)]
            if replaces { d["replaces"] = .bool(true) }
            return .object(JSONObject(d))
        }
        var f = try Forgery()
        try f.store.perform(AssignRole(login: "zhao.min", role: .operator))
        var n = try f.append(EventKind.calendarYearAdded, "calendar-2027", line(), actor: "zhao.min")
        try f.expectBroken(at: n, "calendar.yearAdded needs admin")
        for (data, rule) in [(line("2027-01-04 work 调休\n2027-01-01 off 元旦\n"), "2027-01-04 is a weekday"), (line(year: 2028), "the line says 2028"),
                             (line(replaces: true), "nothing to replace")] {
            f = try Forgery()
            n = try f.append(EventKind.calendarYearAdded, "calendar-2027", data)
            try f.expectBroken(at: n, rule)
        }
        f = try Forgery()
        try f.append(EventKind.calendarYearAdded, "calendar-2027", line())
        try f.expectClean()
        n = try f.append(EventKind.calendarYearAdded, "calendar-2027", line())
        try f.expectBroken(at: n, "already added")
    }

    @Test func everyNewKindHasARoleAndIsNoWholeRecord() {
        for kind in [EventKind.ticketSupplementRequested, EventKind.ticketSupplementReceived, EventKind.ticketHandedOver] {
            #expect(EventKind.requiredRole[kind] == .clerk)
            #expect(!EventKind.wholeRecordKinds.contains(kind))
        }
        #expect(EventKind.requiredRole[EventKind.calendarYearAdded] == .admin)
    }
}
