import Foundation
import Testing
@testable import Console
@testable import SiliconAlleyCore
import TerminalUI

/// The event and registration forms through keys: each accepted once, and each refusal at
/// its field with nothing written.
@Suite("Events pane: event and registration forms")
struct EventFormsTests {
    /// n, then the fields in tab order: type, title, date, start, end, venue, room, organiser, capacity.
    func fillNewEvent(_ f: ConsoleFixture, type: String = "ly", title: String, on day: LocalDate, _ start: String, _ end: String,
                      venue: String, organiser: String = "科信", capacity: String = "") {
        f.press(.char("n"))
        f.type(type); f.press(.enter)                 // picking moves on to the title
        f.type(title); f.press(.tab)
        f.press(.ctrl("u")); f.type(day.description); f.press(.tab)
        f.type(start); f.press(.tab)
        f.type(end); f.press(.tab)
        f.type(venue); f.press(.enter)                // the first candidate; on to the room
        f.press(.tab)
        f.type(organiser); f.press(.enter)
        f.type(capacity)
    }

    /// The lines of the form from a field's label to the next field's.
    func field(_ f: ConsoleFixture, _ label: String, before next: String) -> String {
        let lines = f.lines()
        guard let i = lines.firstIndex(where: { $0.contains(label) }), let j = lines.firstIndex(where: { $0.contains(next) }), i < j else { return "" }
        return lines[i..<j].joined(separator: "\n")
    }

    @Test func createAnEventThroughTheForm() throws {
        let f = try ConsoleFixture()
        f.events()
        let day = f.today.adding(days: 3)
        fillNewEvent(f, title: "人工智能项目路演", on: day, "14:00", "16:30", venue: "元宇宙品牌", capacity: "50")
        #expect(f.screen().contains("时长 2 小时 30 分"), "the footer reads the times:\n\(f.screen())")
        f.press(.function(10))
        let a = try #require(f.store.state.activities.values.first { $0.title == "人工智能项目路演" }, "\(f.screen())")
        #expect(a.type == .roadshow && a.venue == .place("metaverse-square", room: nil) && a.organiser == "science-tech-bureau" && a.capacity == 50)
        #expect(a.whenText == "\(day) 14:00–16:30")
        #expect(f.screen().contains("已新建：人工智能项目路演"))
        #expect(f.lines().contains { $0.hasPrefix("▶") && $0.contains("人工智能项目路演") }, "the new event is selected")
    }

    @Test func anOutsideVenueIsTypedByName() throws {
        let f = try ConsoleFixture()
        f.events()
        fillNewEvent(f, type: "xc", title: "东城硅巷政策宣传推介会", on: f.today.adding(days: 5), "10:00", "12:00", venue: "国家会议中心")
        f.press(.function(10))
        let a = try #require(f.store.state.activities.values.first { $0.title == "东城硅巷政策宣传推介会" }, "\(f.screen())")
        #expect(a.venue == .outside("国家会议中心") && a.type == .promotion)
    }

    /// As the hint says: an outside venue's name typed, then Tab (not Enter on the list) — it is kept.
    @Test func anOutsideVenueTypedThenTabIsKept() throws {
        let f = try ConsoleFixture()
        f.events()
        f.press(.char("n"))
        f.type("xc"); f.press(.enter)
        f.type("场外推介会"); f.press(.tab)
        f.press(.ctrl("u")); f.type(f.today.adding(days: 6).description); f.press(.tab)
        f.type("10:00"); f.press(.tab)
        f.type("12:00"); f.press(.tab)
        f.type("首都体育馆"); f.press(.tab)            // no place of the plan's: the name as typed
        #expect(f.screen().contains("首都体育馆"), "\(f.screen())")
        f.press(.tab)
        f.type("科信"); f.press(.enter)
        f.press(.function(10))
        let a = try #require(f.store.state.activities.values.first { $0.title == "场外推介会" }, "\(f.screen())")
        #expect(a.venue == .outside("首都体育馆"))
    }

    @Test func aVenueClashIsRefusedAtTheVenueNamingTheOtherEventAndItsTime() throws {
        let f = try ConsoleFixture()
        let day = f.today.adding(days: 4)
        try f.event("数字文娱成果发布会", type: .launch, on: day, "14:00", "16:00")
        f.events()
        let before = f.store.head.seq
        fillNewEvent(f, title: "元宇宙项目路演", on: day, "15:00", "17:00", venue: "元宇宙品牌")
        #expect(f.screen().contains("⚠ 场地冲突"), "the footer warns before saving")
        f.press(.function(10))
        #expect(f.unchanged(since: before))
        let venue = field(f, "地点 *", before: "房间")
        #expect(venue.contains("✗ 场地冲突") && venue.contains("“数字文娱成果发布会”") && venue.contains(day.description) && venue.contains("14:00–16:00"),
                "\(f.screen())")
        // One ending as the other starts is no clash.
        f.press(.up); f.press(.up); f.press(.ctrl("u")); f.type("16:00")
        f.press(.function(10))
        #expect(f.store.head.seq == before + 1, "\(f.screen())")
    }

    @Test func endBeforeStartAndAMissingOrganiserAreRefusedAtTheirFields() throws {
        let f = try ConsoleFixture()
        f.events()
        let before = f.store.head.seq
        f.press(.char("n"))
        f.type("ly"); f.press(.enter)
        f.type("路演"); f.press(.tab); f.press(.tab)
        f.type("16:00"); f.press(.tab)
        f.type("15:00")
        f.press(.function(10))
        #expect(f.unchanged(since: before))
        #expect(field(f, "结束 *", before: "地点 *").contains("✗ 结束时间应晚于开始时间"), "\(f.screen())")
        #expect(field(f, "主办单位 *", before: "名额").contains("✗ 必填"), "\(f.screen())")
        #expect(f.screen().contains("处有误，未保存"))
    }

    @Test func editRefusesACapacityBelowTheRegistrations() throws {
        let f = try ConsoleFixture()
        let a = try f.event("企业服务路演", on: f.today.adding(days: 2), capacity: "10")
        try f.register(a, person: "张伟", phone: "13900000001")
        try f.register(a, person: "李娜", phone: "13900000002")
        f.events()
        f.press(.char("e"))
        #expect(f.screen().contains("编辑活动 · 企业服务路演"))
        for _ in 0..<7 { f.press(.tab) }
        f.press(.ctrl("u")); f.type("1")
        let before = f.store.head.seq
        f.press(.function(10))
        #expect(f.unchanged(since: before))
        #expect(f.screen().contains("✗ 名额不能少于已报名的 2 人"), "\(f.screen())")
        f.press(.ctrl("u")); f.type("30")
        f.press(.function(10))
        #expect(f.store.state.activities[a.id]?.capacity == 30)
    }

    @Test func registerAnEnterpriseByPinyinThenWaitingListAndDuplicates() throws {
        let f = try ConsoleFixture(enterprises: [Samples.enterprise("北京青龙智能科技有限公司", 1), Samples.enterprise("北京雍和数据有限公司", 2)])
        let a = try f.event("专精特新企业恳谈会", type: .symposium, on: f.today.adding(days: 6), venue: "歌华大厦", room: "多功能厅", capacity: "1")
        f.events()
        f.press(.char("r"))
        f.type("qlzn")
        #expect(f.screen().contains(Samples.uscc(1)), "the USCC beside the name, whole")
        f.press(.enter)
        f.press(.function(10))
        #expect(f.screen().contains("已报名：北京青龙智能科技有限公司"), "\(f.screen())")
        #expect(f.store.state.registrations(of: a.id).count == 1)
        // The same enterprise again: refused beside it.
        f.press(.char("r")); f.type("qlzn"); f.press(.enter)
        let before = f.store.head.seq
        f.press(.function(10))
        #expect(f.unchanged(since: before))
        #expect(field(f, "企业", before: "或个人姓名").contains("✗ 该企业已报名"), "\(f.screen())")
        f.press(.escape); f.press(.char("y"))
        // Every place taken: the next one waits, and is told so.
        f.press(.char("r")); f.press(.tab); f.type("王芳"); f.press(.tab); f.type("13900000003")
        #expect(f.screen().contains("已满，新报名进入候补第 1 位"))
        f.press(.function(10))
        #expect(f.screen().contains("候补第 1 位"), "\(f.screen())")
        #expect(f.store.state.waitingList(of: a.id).count == 1)
        #expect(!f.screen().contains("13900000003"))
    }

    @Test func checkInOnTheDayAndCancellingMovesTheWaitingListUp() throws {
        let f = try ConsoleFixture()
        let a = try f.event("人工智能项目路演", on: f.today, "09:00", "10:00", capacity: "1")
        try f.register(a, person: "张伟", phone: "13900000001")
        let waiting = try f.register(a, person: "李娜", phone: "13900000002")
        try f.register(a, person: "王芳", phone: "13900000003")
        f.events()
        f.press(.char("w"))
        // Cancel 张伟: asked first, then 李娜 moves up.
        f.press(.char("u"))
        f.type("张伟"); f.press(.enter)
        f.press(.function(10))
        guard case .confirmSave(_, let dialog, _)? = f.shell.overlay else { Issue.record("not asked first:\n\(f.screen())"); return }
        #expect(dialog.message.contains("取消“张伟  139****0001”的报名？候补第 1 位（李娜  139****0002）将递补。"), "\(dialog.message)")
        // "No" goes back to the form and writes nothing; "yes" saves.
        let seq = f.store.head.seq
        f.press(.char("n"))
        #expect(f.unchanged(since: seq) && f.screen().contains("取消报名 · 人工智能项目路演"))
        f.press(.function(10))
        f.press(.char("y"))
        #expect(f.screen().contains("由候补递补"), "\(f.screen())")
        #expect(f.store.state.registrations[waiting.id]?.isConfirmed == true)
        // Check in the one now holding the place.
        f.press(.char("i"))
        f.press(.enter)
        f.press(.function(10))
        #expect(f.store.state.registrations[waiting.id]?.attended == true, "\(f.screen())")
        #expect(f.screen().contains("已签到：李娜"), "\(f.screen())")
        f.press(.char("i"))
        #expect(f.screen().contains("报名者都已签到"))
    }

    @Test func cancelNeedsAReasonAndRegistrationOpensAndCloses() throws {
        let f = try ConsoleFixture()
        let a = try f.event("元宇宙项目路演", on: f.today.adding(days: 9))
        f.events()
        f.press(.char("o"))
        #expect(f.store.state.activities[a.id]?.registrationOpen == false)
        #expect(f.screen().contains("报名已截止：元宇宙项目路演"))
        f.press(.char("r"))
        #expect(f.screen().contains("按 o 重新开放"))
        f.press(.char("o"))
        #expect(f.store.state.activities[a.id]?.registrationOpen == true)
        f.press(.char("X"))
        let before = f.store.head.seq
        f.press(.function(10))
        #expect(f.unchanged(since: before))
        #expect(f.screen().contains("✗ 必填"))
        f.type("场地改期")
        f.press(.function(10))
        #expect(f.store.state.activities[a.id]?.status == .cancelled)
        #expect(f.store.state.activities[a.id]?.outcome == "场地改期")
        f.press(.char("e"))
        #expect(f.screen().contains("已取消，不能再改"))
    }

    @Test func markHeldWithItsOutcome() throws {
        let f = try ConsoleFixture()
        let a = try f.event("人工智能项目路演", on: f.today.adding(days: -1))
        f.events()
        f.press(.char("p"))
        #expect(f.lines().contains { $0.contains("人工智能项目路演") && $0.contains("未标记举办") })
        f.press(.char("h"))
        f.type("签约意向 3 项")
        f.press(.function(10))
        #expect(f.store.state.activities[a.id]?.status == .held)
        #expect(f.lines().contains { $0.contains("人工智能项目路演") && $0.contains("已举办") })
    }

    @Test func englishFormsSpeakEnglish() throws {
        let f = try ConsoleFixture(language: .en)
        try f.event("AI Roadshow", on: f.today.adding(days: 4), "14:00", "16:00", venue: "Metaverse Brand Promotion Square")
        f.events()
        let before = f.store.head.seq
        f.press(.char("n"))
        f.type("road"); f.press(.enter)
        f.type("AI Launch"); f.press(.tab)
        f.press(.ctrl("u")); f.type(f.today.adding(days: 4).description); f.press(.tab)
        f.type("15:00"); f.press(.tab); f.type("17:00"); f.press(.tab)
        f.type("Metaverse Brand"); f.press(.enter)
        f.press(.tab); f.type("task"); f.press(.enter)
        f.press(.function(10))
        #expect(f.unchanged(since: before))
        let text = f.screen()
        #expect(text.contains("✗ venue clash") && text.contains("“AI Roadshow”"), "\(text)")
        #expect(!Screen.hasCJK(text), "\(text)")
    }
}
