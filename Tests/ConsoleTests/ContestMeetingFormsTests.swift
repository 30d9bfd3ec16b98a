import Foundation
import Testing
@testable import Console
@testable import SiliconAlleyCore
import TerminalUI

/// Contest and meeting forms through keys: each accepted, and refused at its field with
/// nothing written.
@Suite("Events pane: contest and meeting forms")
struct ContestMeetingFormsTests {
    func contest(_ f: ConsoleFixture) throws -> Activity {
        try f.event("硅巷创新创业大赛总决赛", type: .contest, on: f.today.adding(days: -10), "09:00", "17:30", venue: "硅巷孵化器", room: "路演厅")
    }

    @Test func entriesFromTheFormAndADuplicateRefusedAtTheTitle() throws {
        let f = try ConsoleFixture()
        let c = try contest(f)
        f.events()
        f.press(.char("p"))
        f.press(.char("E"))
        f.type("清华大学医疗影像团队"); f.press(.tab)
        f.type("低空物流调度系统")
        f.press(.function(10))
        #expect(f.store.state.contestEntries(of: c.id).count == 1, "\(f.screen())")
        f.press(.char("E"))
        f.type("清华大学医疗影像团队"); f.press(.tab)
        f.type("低空物流调度系统")
        let before = f.store.head.seq
        f.press(.function(10))
        #expect(f.unchanged(since: before))
        #expect(f.screen().contains("✗ 该团队已以此项目参赛"), "\(f.screen())")
    }

    @Test func scoreAwardLinkAndIncubateAnEntry() throws {
        let f = try ConsoleFixture(enterprises: [Samples.enterprise("北京青龙智能科技有限公司", 1)])
        let c = try contest(f)
        try f.perform(EnterContest(activity: c.id, team: "北航智能感知团队", title: "科技成果转化撮合平台"))
        let entry = try #require(f.store.state.contestEntries(of: c.id).first)
        f.events()
        f.press(.char("c"))
        #expect(f.screen().contains("参赛 1 → 已评分 0"))
        // A score above 100: refused beside the score.
        f.press(.char("S"))
        f.press(.tab); f.type("张评委"); f.press(.tab); f.type("101")
        let before = f.store.head.seq
        f.press(.function(10))
        #expect(f.unchanged(since: before))
        #expect(f.screen().contains("✗ 分数应在 0 到 100 之间"), "\(f.screen())")
        f.press(.ctrl("u")); f.type("88.5")
        f.press(.function(10))
        #expect(f.screen().contains("已评分；均分 88.5"), "\(f.screen())")
        // The same judge twice: refused beside the judge.
        f.press(.char("S")); f.press(.tab); f.type("张评委"); f.press(.tab); f.type("90")
        f.press(.function(10))
        #expect(f.screen().contains("✗ 张评委已为该项目评分"), "\(f.screen())")
        f.press(.escape); f.press(.char("y"))
        // Linking before an award: the key says why.
        f.press(.char("L"))
        #expect(f.screen().contains("先按 A 评定奖项"))
        // An award needs its name.
        f.press(.char("A"))
        var seq = f.store.head.seq
        f.press(.function(10))
        #expect(f.unchanged(since: seq) && f.screen().contains("✗ 必填"), "\(f.screen())")
        f.type("一等奖"); f.press(.function(10))
        // A link needs the enterprise picked.
        f.press(.char("L"))
        seq = f.store.head.seq
        f.press(.function(10))
        #expect(f.unchanged(since: seq) && f.screen().contains("✗ 必填"), "\(f.screen())")
        f.type("qlzn"); f.press(.enter)
        f.press(.function(10))
        // Incubated before the contest: refused beside the date.
        f.press(.char("I")); f.press(.tab); f.press(.tab)
        f.press(.ctrl("u")); f.type(c.start.date.adding(days: -1).description)
        seq = f.store.head.seq
        f.press(.function(10))
        #expect(f.unchanged(since: seq) && f.screen().contains("✗ 孵化日期不能早于大赛（\(c.start.date)）"), "\(f.screen())")
        f.press(.ctrl("u")); f.type(f.today.description)
        f.press(.function(10))
        let e = try #require(f.store.state.contestEntries[entry.id])
        #expect(e.award == "一等奖" && e.enterprise != nil && e.incubatedAt == "incubator" && e.incubatedOn == f.today, "\(f.screen())")
        #expect(f.screen().contains("参赛 1 → 已评分 1 → 获奖 1 → 就地孵化 1 → 落地企业 1"), "\(f.screen())")
    }

    @Test func aWinnerRegisteredAsANewEnterpriseInOneBatchOrNotAtAll() throws {
        let f = try ConsoleFixture()
        let c = try contest(f)
        try f.perform(EnterContest(activity: c.id, team: "人大文创团队", title: "胡同文化元宇宙导览"))
        let entry = try #require(f.store.state.contestEntries(of: c.id).first)
        try f.perform(AwardContestEntry(entry: entry.id, award: "优秀奖"))
        f.events()
        f.press(.char("c"))
        let good = Samples.uscc(77)
        let bad = String(good.dropLast()) + (good.last == "0" ? "1" : "0")
        f.press(.char("N"))
        f.press(.tab); f.type("北京胡同文化科技有限公司"); f.press(.tab); f.type(bad); f.press(.tab); f.type("rg"); f.press(.enter)
        let before = f.store.head.seq
        f.press(.function(10))
        #expect(f.unchanged(since: before), "a refused batch writes nothing")
        #expect(f.screen().contains("✗ 校验位应为"), "\(f.screen())")
        f.press(.ctrl("u")); f.type(good)            // the cursor is on the first field refused
        f.press(.function(10))
        #expect(f.store.head.seq == before + 2, "\(f.screen())")
        let e = try #require(f.store.state.contestEntries[entry.id])
        #expect(e.enterpriseRegistered && f.store.state.enterprises[e.enterprise!]?.uscc == good)
    }

    /// The lines of the form from a field's label to the next field's.
    func field(_ f: ConsoleFixture, _ label: String, before next: String) -> String {
        let lines = f.lines()
        guard let i = lines.firstIndex(where: { $0.contains(label) }), let j = lines.firstIndex(where: { $0.contains(next) }), i < j else { return "" }
        return lines[i..<j].joined(separator: "\n")
    }

    func meeting(_ f: ConsoleFixture, daysFromToday: Int) throws -> Activity {
        try f.event("硅巷建设专班例会", type: .meeting, on: f.today.adding(days: daysFromToday), "09:30", "11:00", venue: "硅巷驿站", room: "专班会议室")
    }

    @Test func agendaDecisionActionItemAndDone() throws {
        let f = try ConsoleFixture()
        let m = try meeting(f, daysFromToday: -2)
        f.events()
        f.press(.char("p"))
        f.press(.char("P"))
        // An agenda item over 200 characters: refused beside that item.
        f.press(.tab); f.type(String(repeating: "议", count: 201))
        var seq = f.store.head.seq
        f.press(.function(10))
        #expect(f.unchanged(since: seq), "\(f.screen())")
        #expect(field(f, "第 2 项", before: "第 3 项").contains("✗"), "\(f.screen())")
        f.press(.ctrl("u")); f.type("协调产业基金首批项目")
        f.press(.up); f.type("研究城市更新审批绿色通道")
        f.press(.function(10))
        #expect(f.store.state.activities[m.id]?.agenda == ["研究城市更新审批绿色通道", "协调产业基金首批项目"])
        f.press(.char("D")); f.type("大赛获奖项目优先入驻硅巷孵化器"); f.press(.function(10))
        #expect(f.store.state.activities[m.id]?.decisions == ["大赛获奖项目优先入驻硅巷孵化器"])
        // An action item needs its unit and due date: both marked, nothing written.
        f.press(.char("T"))
        f.type("报送空间改造审批进度")
        var before = f.store.head.seq
        seq = before
        f.press(.function(10))
        #expect(f.unchanged(since: seq))
        let text = f.screen()
        #expect(text.contains("2 处有误，未保存"), "\(text)")
        #expect(f.lines().filter { $0.contains("✗ 必填") }.count == 2, "\(text)")
        // A due date before the meeting: refused beside it.
        f.type("科信"); f.press(.enter)              // the cursor went to the first field refused
        f.type(m.start.date.adding(days: -1).description)
        f.press(.function(10))
        #expect(f.unchanged(since: before))
        #expect(f.screen().contains("✗ 期限不能早于会议日期（\(m.start.date)）"), "\(f.screen())")
        f.press(.ctrl("u")); f.type(f.today.adding(days: -1).description)
        f.press(.function(10))
        let item = try #require(f.store.state.actionItems(of: m.id).first, "\(f.screen())")
        #expect(item.unit == "science-tech-bureau")
        // Late now: listed and marked in the action-item view; done from there.
        f.press(.char("a"))
        #expect(f.lines().contains { $0.contains("报送空间改造审批进度") && $0.contains("⚠逾期 1 天") }, "\(f.screen())")
        f.press(.char("C"))
        // Done before its meeting: refused beside the date.
        f.press(.tab); f.press(.ctrl("u")); f.type(m.start.date.adding(days: -1).description)
        before = f.store.head.seq
        f.press(.function(10))
        #expect(f.unchanged(since: before) && f.screen().contains("✗ 办结日期不能早于会议日期（\(m.start.date)）"), "\(f.screen())")
        f.press(.ctrl("u")); f.type(f.today.description)
        f.press(.function(10))
        #expect(f.store.head.seq == before + 1)
        #expect(f.store.state.actionItems[item.id]?.done == f.today)
        #expect(f.screen().contains("没有未办结的督办事项"))
    }

    @Test func decisionsWaitForTheMeeting() throws {
        let f = try ConsoleFixture()
        _ = try meeting(f, daysFromToday: 3)
        f.events()
        f.press(.char("D"))
        #expect(f.screen().contains("会议尚未召开"))
        f.press(.char("E"))
        #expect(f.screen().contains("不是大赛"))
    }
}
