import Foundation
import Testing
@testable import Console
@testable import SiliconAlleyCore
import TerminalUI

/// 一次性告知 at the window: a walk-in missing a document gets one notice listing it, the
/// clock waits, the hand-in restarts it, and the ticket closes; a clerk is told a second
/// notice is a supervisor's; a hand-over offers the other handling units.
@Suite("Service window: notices and hand-overs")
struct WindowSupplementTests {
    static let name = "北京青龙智能科技有限公司"

    @Test func aWalkInMissingADocumentIsNotifiedHandedInAndClosed() throws {
        let f = try ConsoleFixture(enterprises: [Samples.enterprise(Self.name, 1)])
        let w = WindowDesk(f)
        let before = w.store.head.seq
        w.type("qlzn"); w.press(.enter)
        w.type("rzba"); w.press(.enter, .enter)            // 入驻备案; no measure
        w.type("新公司入驻"); w.press(.enter)                 // → the checklist, all ticked
        #expect(w.screen().contains("[x] 营业执照  [x] 房屋租赁合同  [x] 申请表"))
        w.press(.right, .char(" "))                          // untick 房屋租赁合同
        #expect(w.screen().contains("缺 1 项：房屋租赁合同"), "\(w.screen())")
        w.press(.function(10))
        let t = try #require(w.store.state.tickets.values.first)
        #expect(w.store.head.seq == before + 2, "the ticket and its notice, one batch")
        #expect(t.pendingSupplement?.documents == ["lease-contract"])
        var screen = w.screen()
        #expect(screen.contains("受理回执 · 材料补正一次性告知书 \(t.receipt) "), "\(screen)")
        #expect(!screen.contains("notice1"), "the title names the document, not its file:\n\(screen)")
        #expect(FileManager.default.fileExists(atPath: f.dir + "/receipts/\(t.receipt)-notice1.txt"))
        let notice = try String(contentsOfFile: f.dir + "/receipts/\(t.receipt)-notice1.txt", encoding: .utf8)
        #expect(notice.contains("1. 房屋租赁合同") && notice.contains("剩余 5 个工作日"))
        // F9 later: both printed again as marked copies; the applicant's originals stay as they were.
        w.press(.escape, .function(9))
        let stamp = f.today.description.filter(\.isNumber)
        let copy = try String(contentsOfFile: f.dir + "/receipts/\(t.receipt)-notice1-copy-\(stamp).txt", encoding: .utf8)
        #expect(copy.contains("材料补正一次性告知书（补打）") && copy.contains("1. 房屋租赁合同"))
        #expect(try String(contentsOfFile: f.dir + "/receipts/\(t.receipt)-notice1.txt", encoding: .utf8) == notice)
        #expect(FileManager.default.fileExists(atPath: f.dir + "/receipts/\(t.receipt)-copy-\(stamp).txt"))
        w.press(.escape)
        screen = w.screen()
        #expect(screen.contains("待补正 1") && screen.contains("暂停") && screen.contains("待补正 停0天"), "\(screen)")
        #expect(w.legend().contains("F4收材料"), "\(w.legend())")
        #expect(!w.legend().contains("F6") && !w.legend().contains("F7"), "no start or close while the documents are awaited: \(w.legend())")
        let waiting = w.store.head.seq
        w.press(.function(6))
        #expect(w.store.head.seq == waiting && w.screen().contains("待补正：F4 收材料后再办理"), "\(w.screen())")
        w.press(.function(4))                                // the hand-in
        #expect(w.screen().contains("收到补正材料 · \(t.receipt)") && w.screen().contains("[x] 房屋租赁合同"))
        w.press(.function(10))
        let back = try #require(w.store.state.tickets[t.id])
        #expect(!back.isWaiting && back.due == w.store.state.calendar.adding(workingDays: 5, to: f.today))
        #expect(w.screen().contains("材料已补齐，时限恢复 → \(back.due!)"))
        w.press(.function(7))                                // 办结
        w.type("已办理入驻备案")
        w.press(.function(10))
        let done = try #require(w.store.state.tickets[t.id])
        #expect(done.status == .closed && done.visits == 2 && !done.doneInOneVisit)
        #expect(try JournalVerifier.verify(path: w.store.path).isClean)
    }

    @Test func aClerkIsToldASecondNoticeIsASupervisors() throws {
        let f = try ConsoleFixture(enterprises: [Samples.enterprise(Self.name, 1)])
        try f.store.perform(AssignRole(login: "li.jing", role: .clerk))
        let t = try f.store.perform(AcceptTicket(enterprise: Samples.uscc(1), service: "admin-general", description: "办事",
                                                 documents: ["business-licence", "application-form"], notice: ["identity"]), today: f.today)[0].entity
        try f.store.perform(ReceiveSupplement(ticket: t), today: f.today)
        let clerk = try JournalStore(path: f.store.path, actor: "li.jing")
        let w = WindowDesk(f, store: clerk)
        w.press(.escape)
        let before = clerk.head.seq
        w.press(.function(4))
        #expect(w.screen().contains("已一次性告知过；再次告知须由主管（操作员）办理"), "\(w.screen())")
        #expect(clerk.head.seq == before)
        // The supervisor (here the admin) gets the form with the reason field.
        let boss = WindowDesk(f)
        boss.press(.escape, .function(4))
        #expect(boss.screen().contains("主管意见 *") && boss.screen().contains("再次告知须由主管（操作员）写明原因"), "\(boss.screen())")
    }

    @Test func aHandOverOffersTheOtherHandlingUnitsAndKeepsTheDueDate() throws {
        let f = try ConsoleFixture(enterprises: [Samples.enterprise(Self.name, 1)])
        let t = try f.store.perform(AcceptTicket(enterprise: Samples.uscc(1), service: "ip-complaint", description: "商标侵权",
                                                 documents: ["business-licence", "ip-ownership", "infringement-evidence"]), today: f.today)[0].entity
        let w = WindowDesk(f)
        w.press(.escape, .function(12), .char(" "))
        let list = w.screen()
        #expect(list.contains("区科学技术和信息化局") && !list.contains("区市场监督管理局"), "not the unit that has it:\n\(list)")
        #expect(!list.contains("中关村发展集团"), "no partners")
        w.press(.escape)
        w.type("rsj")                                        // the short name's pinyin: 区人社局
        #expect(w.screen().contains("区人力资源和社会保障局（区人社局）"), "\(w.screen())")
        w.press(.ctrl("u"))
        w.type("kxj"); w.press(.enter)
        w.type("涉及专利")
        let due = w.store.state.tickets[t]?.due
        w.press(.function(10))
        let x = try #require(w.store.state.tickets[t])
        #expect(x.unit == "science-tech-bureau" && x.due == due && x.handovers.count == 1)
        #expect(w.screen().contains("已移交 区科信局"), "\(w.screen())")
        w.press(.enter)
        #expect(w.screen().contains("区市场监管局 → 区科信局：涉及专利"), "\(w.screen())")
    }

    @Test func aRegisteredTalentAtTheWindowShowsMaskedOnly() throws {
        let f = try ConsoleFixture(enterprises: [Samples.enterprise(Self.name, 1)])
        let id = try #require(ResidentID.make(first17: "11010519900307123"))
        let mobile = "13912345678"
        try f.store.perform(RegisterTalent(name: "李明", idNumber: id, phone: mobile, employer: Samples.uscc(1), category: "领军人才"))
        let w = WindowDesk(f)
        w.press(.tab)                                          // no enterprise
        w.type("rcgy"); w.press(.enter, .enter)                // 人才公寓申请; no measure
        w.type("人才公寓申请")
        w.press(.tab, .tab, .tab, .tab)                        // → 或人才
        w.type("李明")
        #expect(w.screen().contains("139****5678"), "\(w.screen())")
        w.press(.enter, .function(10))
        let t = try #require(w.store.state.tickets.values.first)
        #expect(t.talent != nil && t.service == "talent-housing" && t.applicantPhone == nil)
        w.press(.escape, .enter)
        let detail = w.screen()
        #expect(detail.contains("李明（139****5678）（登记人才）"), "\(detail)")
        for text in [detail, w.screen(120, 40)] {
            #expect(!text.contains(mobile) && !text.contains(id))
        }
    }
}
