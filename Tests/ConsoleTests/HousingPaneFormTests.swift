import Foundation
import Testing
@testable import Console
@testable import SiliconAlleyCore
import TerminalUI

/// Every housing form, accepted and refused: a refusal goes beside its field (or, for the
/// selected unit or the waiting list, to the status line) and writes nothing.
@Suite("Talent housing pane: forms")
struct HousingPaneFormTests {
    func setUp() throws -> (ConsoleFixture, HousingScenario) {
        let f = try ConsoleFixture()
        f.size = Size(width: 80, height: 24)
        return (f, try HousingScenario(f))
    }

    /// Saves a form expected to be refused: nothing written, the form still open, the text shown.
    func refused(_ f: ConsoleFixture, _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let before = f.store.head.seq
        f.press(.function(10))
        #expect(f.store.head.seq == before, "nothing written", sourceLocation: sourceLocation)
        let screen = f.screen()
        #expect(screen.contains(expected), "\(screen)", sourceLocation: sourceLocation)
        #expect(f.shell.overlay != nil, "the form stays open", sourceLocation: sourceLocation)
    }

    /// Replaces the focused text field's contents.
    func retype(_ f: ConsoleFixture, _ text: String) {
        f.press(.end, .ctrl("u"))
        f.type(text)
    }

    func select(_ f: ConsoleFixture, _ s: HousingScenario, _ unit: String) {
        f.showHousing(PaneTarget(select: s.units[unit]!))
    }

    @Test func addAUnit() throws {
        let (f, s) = try setUp()
        select(f, s, "803")
        f.press(.char("n"))
        #expect(f.screen().contains("新增公寓") && f.screen().contains(s.buildingA), "the building is filled in")
        f.press(.tab)
        f.type("801")
        f.press(.tab)
        f.type("8")
        f.press(.tab, .tab)
        f.type("开间")
        f.press(.tab)
        f.type("30")
        f.press(.tab)
        f.type("2000")
        refused(f, "该楼已有房号 801")
        retype(f, "804")   // the refusal moved the cursor to the unit number
        #expect(f.screen().contains("8F 已有 3 套，位置留空即第 4 位"), "\(f.screen())")
        f.press(.function(10))
        let a = try #require(f.store.state.apartments.values.first { $0.unit == "804" })
        #expect(a.building == s.buildingA && a.floor == 8 && a.position == 4 && a.rent == Money(yuan: 2000))
        #expect(f.screen().contains("▶804  空置"), "the new unit is selected:\n\(f.screen())")
    }

    @Test func putUnderMaintenanceAndBack() throws {
        let (f, s) = try setUp()
        select(f, s, "803")
        f.press(.char("s"))
        refused(f, "请写明维修内容")
        f.type("墙面翻新")
        f.press(.function(10))
        #expect(f.store.state.apartments[s.units["803"]!]?.hold?.kind == .maintenance)
        #expect(f.screen().contains("▶803  维修") && f.screen().contains("墙面翻新"))
        // Back to vacant: the form offers it for a unit on hold.
        f.press(.char("s"), .function(10))
        #expect(f.store.state.apartments[s.units["803"]!]?.hold == nil)
    }

    @Test func retireAUnitAfterAskingFirst() throws {
        let (f, s) = try setUp()
        select(f, s, "803")
        f.press(.char("x"))
        refused(f, "必填")
        f.type("改作活动室")
        f.press(.function(10))
        #expect(f.screen().contains("确认停用"))
        f.press(.char("y"))
        #expect(f.store.state.apartments[s.units["803"]!]?.retired == true)
        let eighth = try #require(f.lines.first { $0.contains("8F") })
        #expect(!eighth.contains("803"), "a retired unit leaves the grid: \(eighth)")
    }

    @Test func registerATalentThenApply() throws {
        let (f, s) = try setUp()
        f.press(.char("4"), .char("t"))
        f.type("孙丽")
        f.press(.tab)
        let good = HousingScenario.idNumber(6)
        let bad = String(good.dropLast()) + (good.last == "0" ? "1" : "0")
        f.type(bad)
        #expect(f.screen().contains("校验"), "checked as typed:\n\(f.screen())")
        f.press(.tab)
        f.type(HousingScenario.mobile(6))
        f.press(.tab)
        f.type("qlzn")
        f.press(.enter)   // the employer, by pinyin initials
        f.type("青年人才")
        refused(f, "校验")
        retype(f, good)
        f.press(.function(10))
        let t = try #require(f.store.state.talents.values.first { $0.name == "孙丽" })
        #expect(t.employer == s.employer && t.idNumber == good)
        // The application form follows, for that talent.
        let screen = f.screen()
        #expect(screen.contains("申请轮候") && screen.contains("孙丽"), "\(screen)")
        #expect(screen.contains("将排在第 3 位"), "\(screen)")
        f.press(.function(10))
        let app = try #require(f.store.state.applications.values.first { $0.talent == t.id })
        #expect(app.status == .waiting && app.priority == 3)
        #expect(f.screen().contains("孙丽 已加入轮候，第 3 位"))
    }

    @Test func applyingTwiceIsRefusedAtTheTalent() throws {
        let (f, _) = try setUp()
        f.press(.char("4"), .char("p"))
        f.type("wf")
        f.press(.enter)
        refused(f, "已在轮候名单中")
    }

    @Test func withdrawAnApplication() throws {
        let (f, s) = try setUp()
        f.showHousing(PaneTarget(criteria: ["view": "waiting"], select: s.talents[3]!))
        f.press(.char("w"))
        #expect(f.screen().contains("撤回轮候申请 · 张伟"))
        refused(f, "必填")
        f.type("已自行租房")
        f.press(.function(10))
        #expect(f.store.state.applications[s.applications[3]!]?.status == .withdrawn)
        #expect(f.housing.waitingRows.map(\.talent.name) == ["王芳"])
    }

    @Test func allocateShowsWhoAndAsksFirst() throws {
        let (f, s) = try setUp()
        select(f, s, "803")
        f.press(.char("a"))
        var screen = f.screen()
        #expect(screen.contains("分配给：轮候第 1 位 王芳"), "\(screen)")
        #expect(screen.contains(PersonalData.mask(HousingScenario.idNumber(2), as: .residentID)))
        // End before start: at the end field.
        f.press(.tab)
        retype(f, s.today.adding(days: -1).description)
        #expect(!f.screen().contains("没有可分配的人"), "the footer names the dates, not the waiting list")
        #expect(f.screen().contains("结束日须晚于开始日"), "\(f.screen())")
        refused(f, "结束日须晚于开始日")
        retype(f, s.today.adding(days: 365).description)
        let before = f.store.head.seq
        f.press(.function(10))
        screen = f.screen()
        #expect(screen.contains("确认分配") && screen.contains("王芳"), "\(screen)")
        #expect(f.store.head.seq == before, "nothing written before the answer")
        f.press(.char("y"))
        let lease = try #require(f.store.state.leases.values.first { $0.apartment == s.units["803"]! })
        #expect(lease.talent == s.talents[2]! && lease.status == .signed)
        #expect(f.store.state.applications[s.applications[2]!]?.status == .allocated)
        #expect(f.screen().contains("▶803  预留") && f.screen().contains("待入住 王芳"))
    }

    @Test func allocationWithNobodyEligibleIsRefused() throws {
        let (f, s) = try setUp()
        for n in [2, 3] { try f.store.perform(WithdrawApplication(application: s.applications[n]!, reason: "不需要了")) }
        // Talent 5 lived in 702 until 35 days ago: a term from 100 days ago clashes with that lease.
        try f.store.perform(ApplyForHousing(talent: s.talents[5]!, priority: "1"))
        f.sync()
        select(f, s, "803")
        f.press(.char("a"))
        retype(f, s.today.adding(days: -100).description)
        #expect(f.screen().contains("轮候名单中没有可分配的人"), "\(f.screen())")
        refused(f, "没有符合条件的申请人")
    }

    @Test func signALeaseDirectly() throws {
        let (f, s) = try setUp()
        select(f, s, "702")
        f.press(.char("l"))
        f.type("lm")     // 李明 lives in 801
        #expect(f.screen().contains("李明") && f.screen().contains("在住 801"), "the picker says where they are:\n\(f.screen())")
        f.press(.enter)
        refused(f, "该人才已有租约")
        f.type("zw")
        f.press(.enter)
        f.press(.function(10))
        let lease = try #require(f.store.state.leases.values.first { $0.apartment == s.units["702"]! && $0.isActive })
        #expect(lease.talent == s.talents[3]!)
        #expect(f.store.state.applications[s.applications[3]!]?.status == .allocated, "the waiting application closes")
    }

    @Test func checkInOnADayOfTheTerm() throws {
        let (f, s) = try setUp()
        select(f, s, "A-1203")
        f.press(.char("i"))
        retype(f, s.today.description)   // before the term starts (in 3 days)
        f.press(.tab)
        f.type("房屋完好")
        refused(f, "入住日早于租期开始")
        retype(f, s.today.adding(days: 3).description)
        f.press(.function(10))
        #expect(f.store.state.leases[s.leases["A-1203"]!]?.status == .occupied)
        #expect(f.screen().contains("▶A-1203  已入住"))
    }

    @Test func checkOutNotesTheConditionAndFreesTheUnit() throws {
        let (f, s) = try setUp()
        select(f, s, "801")
        f.press(.char("o"))
        refused(f, "必填")
        f.type("墙面轻微污损")
        f.press(.function(10))
        let lease = try #require(f.store.state.leases[s.leases["801"]!])
        #expect(lease.status == .ended && lease.checkOutNote == "墙面轻微污损")
        #expect(f.screen().contains("▶801  空置") && f.screen().contains("上一租户 李明"))
    }

    @Test func renewALease() throws {
        let (f, s) = try setUp()
        select(f, s, "801")
        f.press(.char("e"))
        retype(f, s.today.adding(days: 10).description)
        refused(f, "新的结束日须晚于")
        retype(f, s.today.adding(days: 395).description)
        f.press(.tab)
        f.type("2600")
        f.press(.function(10))
        let lease = try #require(f.store.state.leases[s.leases["801"]!])
        #expect(lease.end == s.today.adding(days: 395) && lease.rent == Money(yuan: 2600))
        #expect(!f.screen().contains("剩 30 天"))
    }

    @Test func endALeaseEarlyAfterAskingFirst() throws {
        let (f, s) = try setUp()
        select(f, s, "801")
        f.press(.char("E"))
        refused(f, "必填")
        f.type("工作调动")
        f.press(.tab)
        f.type("房屋完好")
        f.press(.function(10))
        #expect(f.screen().contains("确认提前结束"))
        f.press(.char("y"))
        let lease = try #require(f.store.state.leases[s.leases["801"]!])
        #expect(lease.status == .ended && lease.endedEarly?.reason == "工作调动")
    }

    @Test func anAdminRevealsOneNumberOnThatScreenOnly() throws {
        let (f, s) = try setUp()
        select(f, s, "801")
        f.press(.char("#"))
        refused(f, "必填")
        f.type("核对租赁合同")
        f.press(.function(10))
        let full = HousingScenario.idNumber(1)
        #expect(f.screen().contains(full), "\(f.screen())")
        let line = try #require(PersonalDataJournal.lines(f.store.path).last)
        #expect(line.kind == EventKind.personalRevealed && line.entity == s.talents[1]! && line.actor == f.store.actor)
        #expect(line.data["reason"]?.stringValue == "核对租赁合同" && line.data["number"]?.stringValue == "residentID")
        #expect(!JSONWriter.string(line.data).contains(full), "the reveal line does not carry the number")
        f.press(.escape)
        #expect(!f.screen().contains(full), "closed: gone")
        // The mobile, likewise.
        f.press(.char("#"))
        f.type("手机")
        f.press(.enter)
        f.type("联系租户")
        f.press(.function(10))
        #expect(f.screen().contains(HousingScenario.mobile(1)))
        f.press(.escape)
        #expect(!f.screen().contains(HousingScenario.mobile(1)))
    }
}

/// The journal's lines, read back from the file.
enum PersonalDataJournal {
    static func lines(_ path: String) -> [JournalLine] {
        var index = JournalIndex(path: path)
        index.update()
        return index.entries.compactMap { index.line($0) }
    }
}
