import Foundation
import Testing
@testable import Console
@testable import SiliconAlleyCore
import TerminalUI

/// The queue, its figures and a ticket's detail at 80×24 and 120×40 in both languages:
/// receipt numbers whole, waiting tickets with their paused days, 一次办成 in the header, no
/// Chinese interface word in English, and the warning for a due date in a year without holidays.
@Suite("Service window: screens")
struct WindowScreenTests {
    /// One ticket of each kind: closed in one visit, waiting for a document, handed over,
    /// overdue, returned.
    static func desk(_ language: Language) throws -> (ConsoleFixture, WindowDesk, waiting: Ticket) {
        let f = try ConsoleFixture(enterprises: [Samples.enterprise("北京青龙智能科技有限公司", 1), Samples.enterprise("北京雍和数据有限公司", 2)])
        let s = f.store
        let all = ["business-licence", "application-form", "identity"]
        func accept(_ n: Int, on day: LocalDate, missing: [String]? = nil) throws -> String {
            try s.perform(AcceptTicket(enterprise: Samples.uscc(n), service: "admin-general", description: "营业执照地址变更",
                                       documents: all.filter { !(missing ?? []).contains($0) }, notice: missing), today: day)[0].entity
        }
        let earlier = f.today.adding(days: -20)
        let closed = try accept(1, on: earlier)
        try s.perform(ProgressTicket(ticket: closed, step: .close(approved: nil), text: "已办结"), today: earlier)
        let waiting = try accept(2, on: f.today.adding(days: -6), missing: ["identity"])
        let moved = try accept(1, on: f.today)
        try s.perform(HandOverTicket(ticket: moved, unit: "market-regulation", reason: "按职责"), today: f.today)
        _ = try accept(2, on: earlier)
        let returned = try accept(1, on: earlier)
        try s.perform(ProgressTicket(ticket: returned, step: .giveBack, text: "不属受理范围"), today: earlier)
        let w = WindowDesk(f, language: language)
        w.press(.escape)
        return (f, w, try #require(s.state.tickets[waiting]))
    }

    /// At 80 columns the legend keeps F2 and the selected ticket's next key: F6 for one just
    /// accepted, F7 for one in progress, F4 (the hand-in) for one waiting for documents.
    @Test(arguments: [Language.zh, .en])
    func theLegendKeepsTheTicketsNextKeyAt80(language: Language) throws {
        let (f, w, waiting) = try Self.desk(language)
        let started = try f.store.perform(AcceptTicket(enterprise: Samples.uscc(1), service: "admin-general", description: "变更登记",
                                                       documents: ["business-licence", "application-form", "identity"]), today: f.today)[0].entity
        let fresh = try f.store.perform(AcceptTicket(enterprise: Samples.uscc(2), service: "admin-general", description: "备案",
                                                     documents: ["business-licence", "application-form", "identity"]), today: f.today)[0].entity
        try f.store.perform(ProgressTicket(ticket: started, step: .start), today: f.today)
        w.sync()
        for (id, key) in [(started, "F7"), (fresh, "F6"), (waiting.id, "F4")] {
            let receipt = try #require(f.store.state.tickets[id]).receipt
            w.select(String(receipt.suffix(6)))
            let legend = w.legend()
            #expect(legend.contains(key) && legend.contains("F2"), "\(receipt): \(key) cut from the legend: \(legend)")
            #expect(DisplayWidth.of(legend) <= 80)
        }
    }

    @Test(arguments: [Language.zh, .en])
    func theQueueAtBothSizes(language: Language) throws {
        let (f, w, waiting) = try Self.desk(language)
        let paused = waiting.pausedWorkingDays(calendar: f.store.state.calendar, today: f.today)
        #expect(paused > 0)
        for (width, height) in [(80, 24), (120, 40)] {
            let screen = w.screen(width, height)
            for t in f.store.state.tickets.values where t.isOpen { #expect(screen.contains(t.receipt), "\(width)×\(height): \(t.receipt) cut\n\(screen)") }
            if language == .zh {
                #expect(screen.contains("待补正 停\(paused)天") && screen.contains("暂停"), "\(screen)")
                #expect(screen.contains("一次办成 50.0%（办结、退回共 2 件）· 平均跑动 1.0 次"), "\(screen)")
                #expect(screen.contains("超期 1 · 待补正 1"), "\(screen)")
            } else {
                #expect(screen.contains("awaiting docs \(paused)d") && screen.contains("paused"), "\(screen)")
                #expect(screen.contains("done in one visit 50.0% (of 2 closed or returned)"), "\(screen)")
                for word in ["待补正", "暂停", "受理", "超期", "一次办成", "窗口", "行政服务", "回执号"] {
                    #expect(!screen.contains(word), "“\(word)” in English mode:\n\(screen)")
                }
            }
            #expect(screen.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= width })
        }
        if language == .en {
            #expect(w.screen(120, 40).contains("Market reg."), "the unit column at 120, by its short English name")
        }
    }

    @Test func workingDaysReadInEachLanguage() {
        #expect(WindowWords.workingDays(1, .en) == "1 working day" && WindowWords.workingDays(2, .en) == "2 working days")
        #expect(WindowWords.workingDays(1, .zh) == "1 个工作日")
    }

    @Test(arguments: [Language.zh, .en])
    func theDetailOfAWaitingTicket(language: Language) throws {
        let (f, w, waiting) = try Self.desk(language)
        w.select(waiting.receipt)
        w.press(.enter)
        let paused = waiting.pausedWorkingDays(calendar: f.store.state.calendar, today: f.today)
        for (width, height) in [(80, 24), (120, 40)] {
            let screen = w.screen(width, height)
            if language == .zh {
                #expect(screen.contains("已停 \(paused) 个工作日，剩余 \(waiting.pendingSupplement!.remaining) 个工作日"), "\(screen)")
                #expect(screen.contains("告知：身份证明"), "\(screen)")
            } else {
                #expect(screen.contains(width > 80 ? "stopped \(WindowWords.workingDays(paused, .en)), \(WindowWords.workingDays(waiting.pendingSupplement!.remaining, .en)) left" : "awaiting docs \(paused)d"), "\(screen)")
                #expect(screen.contains("asked for: proof of identity"), "\(screen)")
            }
        }
    }

    /// A ticket falling due in a year whose holidays are not loaded: the header says so until
    /// an admin adds the year, and the console picks the year up on its next tick.
    @Test func aDueDateInAnUnknownYearWarnsUntilTheYearIsAdded() throws {
        let f = try ConsoleFixture(enterprises: [Samples.enterprise("北京青龙智能科技有限公司", 1)])
        let next = f.today.year + 1
        let later = try #require(LocalDate(year: next, month: 1, day: 20))
        try f.store.perform(AcceptTicket(enterprise: Samples.uscc(1), service: "general-enquiry", description: "咨询",
                                         documents: ["application-form"], due: later), today: f.today)
        let w = WindowDesk(f)
        w.press(.escape)
        #expect(w.screen().contains("⚠ \(next) 年节假日尚未载入"), "\(w.screen())")
        let file = "\(next)-01-01 off 元旦\n"
        if !WorkingDayCalendar.china.years.contains(next) {
            try f.store.perform(AddCalendarYear(file: "cn-\(next).txt", text: file), today: f.today)
            w.sync()
            #expect(!w.screen().contains("尚未载入"), "\(w.screen())")
        }
    }
}
