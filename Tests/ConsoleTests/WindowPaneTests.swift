import Foundation
import Testing
@testable import Console
@testable import SiliconAlleyCore
import TerminalUI

@Suite("Service window")
struct WindowPaneTests {
    func windowShell(_ f: ConsoleFixture) -> Shell {
        Shell(store: f.store, language: .zh, look: Look(), mode: .window)
    }

    func press(_ shell: Shell, _ keys: [Key]) {
        for k in keys {
            _ = shell.handle(k, now: 1, size: Size(width: 80, height: 24))
        }
    }

    @Test func policyTicketForAKnownEnterpriseInFifteenKeystrokesPlusText() throws {
        let f = try ConsoleFixture(enterprises: [Samples.enterprise("北京青龙智能科技有限公司", 1), Samples.enterprise("北京雍和数据有限公司", 2)])
        let shell = windowShell(f)
        let description = "申请人才公寓补贴"
        var keys: [Key] = "qlzn".map { Key.char($0) }   // applicant by pinyin initials
        keys.append(.enter)                              // pick it, move on
        keys += "zcsb".map { Key.char($0) }              // 政策申报
        keys.append(.enter)
        keys += "4-2".map { Key.char($0) }               // measure 4-2
        keys.append(.enter)
        let counted = keys.count + 1                     // + F10
        keys += description.map { Key.char($0) }
        keys.append(.function(10))
        #expect(counted <= 15)
        press(shell, keys)
        let t = try #require(f.store.state.tickets.values.first)
        #expect(t.service == "policy-application")
        #expect(t.measure == "4-2")
        #expect(f.store.state.enterprises[t.enterprise!]?.name == "北京青龙智能科技有限公司")
        #expect(t.description == description)
        // Due date on the PRC calendar, receipt shown and written.
        #expect(t.due == WorkingDayCalendar.china.adding(workingDays: 10, to: t.acceptedOn))
        let screen = shell.render(size: Size(width: 80, height: 24)).grid.text
        #expect(screen.contains("受理回执 \(t.receipt)"))
        let file = f.dir + "/receipts/\(t.receipt).txt"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        #expect(text.contains(t.receipt))
        #expect(text.contains("4-2"))
    }

    @Test func missingApplicantIsRefusedAtTheFieldAndNothingWritten() throws {
        let f = try ConsoleFixture()
        let shell = windowShell(f)
        let before = f.store.head.seq
        var keys: [Key] = [.tab, .tab, .tab]
        keys += "咨询".map { Key.char($0) }
        keys.append(.function(10))
        press(shell, keys)
        #expect(f.store.head.seq == before)
        let screen = shell.render(size: Size(width: 80, height: 24)).grid.text
        #expect(screen.contains("请选择企业或人才，或填写申请人姓名"))
    }

    @Test func policyWithoutMeasureIsRefused() throws {
        let f = try ConsoleFixture(enterprises: [Samples.enterprise("北京青龙智能科技有限公司", 1)])
        let shell = windowShell(f)
        let before = f.store.head.seq
        var keys: [Key] = "qlzn".map { Key.char($0) }
        keys.append(.enter)
        keys += "zcsb".map { Key.char($0) }
        keys += [.enter, .tab]
        keys += "补贴".map { Key.char($0) }
        keys.append(.function(10))
        press(shell, keys)
        #expect(f.store.head.seq == before)
        #expect(shell.render(size: Size(width: 80, height: 24)).grid.text.contains("政策申报须选择措施"))
    }

    @Test func queueSortsByDueAndMarksOverdue() throws {
        let f = try ConsoleFixture(enterprises: [Samples.enterprise("北京甲科技有限公司", 1)])
        let today = f.shell.ctx.today
        try f.store.perform(AcceptTicket(enterprise: Samples.uscc(1), type: .other, description: "晚到期", due: today.adding(days: 9)), today: today)
        // Accepted earlier with a due date already past.
        let past = today.adding(days: -20)
        try f.store.perform(AcceptTicket(enterprise: Samples.uscc(1), type: .other, description: "早到期", due: past.adding(days: 3)), today: past)
        f.sync()
        f.press(.char("6"))
        let lines = f.screen().split(separator: "\n").map(String.init)
        let early = try #require(lines.firstIndex { $0.contains("QL-\(past.year)-") && $0.contains("超期") })
        let late = try #require(lines.firstIndex { $0.contains("QL-\(today.year)-") && !$0.contains("超期") && $0.contains(today.adding(days: 9).description) })
        #expect(early < late)
        #expect(f.screen().contains("超期 1"))
    }

    /// F3 with the number off the slip finds that ticket first (not one whose number merely
    /// contains the digits); a second F3 starts a new search; an empty result says why.
    @Test func findByReceiptNumberStatusAndUSCC() throws {
        let f = try ConsoleFixture(enterprises: [Samples.enterprise("北京甲科技有限公司", 1)])
        let today = f.shell.ctx.today
        for n in 1...33 {
            // Later numbers fall due sooner, so number 3 would sort below 32 and 33 by due date alone.
            try f.store.perform(AcceptTicket(enterprise: Samples.uscc(1), type: .other, description: "事项\(n)",
                                             due: today.adding(days: 60 - n)), today: today)
        }
        let w = WindowDesk(f)
        w.press(.escape)
        w.press(.function(3)); w.type("3"); w.press(.enter)
        var rows = w.screen().split(separator: "\n").filter { $0.contains("QL-") }
        #expect(rows.first?.contains("QL-\(today.year)-000003") == true, "\(w.screen())")
        w.press(.function(3)); w.type("32"); w.press(.enter)      // replaces "3", not "332"
        rows = w.screen().split(separator: "\n").filter { $0.contains("QL-") }
        #expect(rows.first?.contains("QL-\(today.year)-000032") == true && w.screen().contains("/32 "), "\(w.screen())")
        w.press(.function(3)); w.type(String(Samples.uscc(1).suffix(6))); w.press(.enter)
        #expect(w.screen().contains("QL-\(today.year)-000033") && !w.screen().contains("没有符合"), "a USCC fragment finds the enterprise's tickets")
        w.press(.function(3)); w.type("超期"); w.press(.enter)
        #expect(w.screen().contains("没有符合“超期”的工单（共 33 件；Esc 清除查找）"), "\(w.screen())")
        #expect(!w.screen().contains("队列为空"))
        let legend = w.legend()
        #expect(!legend.contains("F9") && !legend.contains("F7") && !legend.contains("F4") && legend.contains("F2"),
                "no ticket selected: only what acts is offered: \(legend)")
    }

    /// With a list open the legend says ↑↓ choose and Enter picks (they do not move between fields then).
    @Test func theLegendFollowsAnOpenList() throws {
        let f = try ConsoleFixture(enterprises: [Samples.enterprise("北京甲科技有限公司", 1)])
        let w = WindowDesk(f)
        #expect(w.legend().contains("Tab/↓下一项"), "\(w.legend())")
        w.type("北京")
        #expect(w.legend().contains("↑↓选择") && w.legend().contains("Enter选定"), "\(w.legend())")
    }

    /// F5 from the intake form goes back to the queue as it was; in the queue F5 shows finished tickets.
    @Test func f5FromTheFormIsBackToTheQueue() throws {
        let f = try ConsoleFixture(enterprises: [Samples.enterprise("北京甲科技有限公司", 1)])
        let w = WindowDesk(f)                       // opens on the intake form
        w.press(.function(5))
        #expect(!w.screen().contains("含已办结") && w.screen().contains("回执号"), "\(w.screen())")
        w.press(.function(5))
        #expect(w.screen().contains("含已办结"), "\(w.screen())")
    }

    @Test func returningNeedsAReasonAndClosingAPolicyRecordsSupport() throws {
        let f = try ConsoleFixture(enterprises: [Samples.enterprise("北京甲科技有限公司", 1)])
        try f.store.perform(AcceptTicket(enterprise: Samples.uscc(1), type: .policy, measure: "2-1", description: "融资"), today: f.shell.ctx.today)
        f.sync()
        f.press(.char("6"))
        f.press(.function(8))          // 退回
        let before = f.store.head.seq
        f.press(.function(10))         // no reason
        #expect(f.store.head.seq == before)
        #expect(f.screen().contains("必填"))
        f.press(.escape)
        f.press(.function(7))          // 办结
        f.type("已批准")
        f.press(.tab)
        f.type("批准")
        f.press(.enter)
        f.type("500000")
        f.press(.function(10))
        let e = try #require(f.store.state.enterprises.values.first)
        #expect(e.support.count == 1)
        #expect(e.support.first?.measure == "2-1")
        #expect(e.support.first?.amount == Money(yuan: 500_000))
        #expect(f.store.state.tickets.values.first?.status == .closed)
    }

    @Test func viewersCannotOpenWindowMode() throws {
        let f = try ConsoleFixture()
        let viewer = try JournalStore(path: f.store.path, actor: "guest")
        let code = ConsoleApp.run(store: viewer, options: ConsoleOptions(window: true, theme: "default", english: false, ascii: false, environment: [:]))
        #expect(code == 2)
    }
}

@Suite("Enterprise detail")
struct EnterpriseDetailTests {
    @Test func listsTheEnterprisesTickets() throws {
        let f = try ConsoleFixture(enterprises: [Samples.enterprise("北京甲科技有限公司", 1)])
        let lines = try f.store.perform(AcceptTicket(enterprise: Samples.uscc(1), type: .ipProtection, description: "商标侵权投诉"), today: f.shell.ctx.today)
        let receipt = try #require(f.store.state.tickets[lines[0].entity]?.receipt)
        f.press(.enter)
        let text = f.screen()
        #expect(text.contains("服务工单"))
        #expect(text.contains(receipt))
        #expect(text.contains("商标侵权投诉"))
    }
}
