import Foundation
import Testing
@testable import Console
@testable import SiliconAlleyCore
import TerminalUI

@Suite("Events pane: views")
struct EventsPaneTests {
    func registry() -> [EnterpriseInput] {
        [Samples.enterprise("北京青龙智能科技有限公司", 1), Samples.enterprise("北京雍和数据有限公司", 2), Samples.enterprise("北京胡同文化科技有限公司", 3)]
    }

    @Test func upcomingListShowsTypeTitleWhenVenueOrganiserPlacesAndStatus() throws {
        let f = try ConsoleFixture(enterprises: registry())
        let day = f.today.adding(days: 2)
        let a = try f.event("人工智能项目路演", on: day, capacity: "1")
        try f.register(a, enterprise: Samples.uscc(1))
        try f.register(a, enterprise: Samples.uscc(2))     // every place taken: waits
        try f.event("元宇宙应用场景发布会", type: .launch, on: day.adding(days: 1), "10:00", "12:00", organiser: "science-tech-bureau")
        f.events(100, 30)
        let text = f.screen()
        #expect(text.contains("[l近期]"))
        #expect(text.contains("近期活动 2 场 · 报名中 2"), "\(text)")
        let row = try #require(f.lines().first { $0.contains("人工智能项目路演") }, "\(text)")
        for part in ["\(day) 14:00", "路演", "元宇宙品牌", "专班办公室", "1/1 +1", "报名中"] { #expect(row.contains(part), "\(part): \(row)") }
        // Sooner first.
        let rows = f.lines()
        #expect(rows.firstIndex { $0.contains("人工智能项目路演") }! < rows.firstIndex { $0.contains("元宇宙应用场景发布会") }!)
        // At 80 columns the date, time and places are still whole.
        let narrow = try #require(f.lines(80, 24).first { $0.contains("人工智能") })
        #expect(narrow.contains("\(day) 14:00") && narrow.contains("1/1 +1"), "\(narrow)")
        #expect(Screen.widest(f.screen(80, 24)) <= 80)
    }

    @Test func aCancelledEventStaysListedAndMarked() throws {
        let f = try ConsoleFixture()
        let a = try f.event("硅巷政策宣传推介会", type: .promotion, on: f.today.adding(days: 3), venue: "北京展览馆")
        try f.perform(SetActivityStatus(activity: a.id, status: .cancelled, note: "场地改期"))
        f.events()
        let row = try #require(f.lines().first { $0.contains("硅巷政策宣传推介会") })
        #expect(row.contains("✗已取消"), "\(row)")
        f.press(.char("r"))
        #expect(f.screen().contains("已取消，不接受报名"), "a key that cannot act says why")
    }

    @Test func monthOverviewShowsTheMonthTodayAndItsEvents() throws {
        let f = try ConsoleFixture()
        try f.event("硅巷建设专班例会", type: .meeting, on: f.today, "09:30", "11:00", venue: "硅巷驿站", room: "专班会议室")
        f.events(80, 24)
        f.press(.char("m"))
        let text = f.screen()
        #expect(text.contains("[m月]"))
        #expect(text.contains("\(f.today.year)年\(f.today.month)月 · 1 场"), "\(text)")
        #expect(text.contains("\(f.today.day) 今天"), "today is marked:\n\(text)")
        #expect(text.contains("硅巷建设…") || text.contains("硅巷建设专"), "\(text)")
        // The selected event's line under the grid, with its times whole.
        #expect(text.contains("▶ \(EventWords.monthDay(f.today))"), "\(text)")
        #expect(text.contains("09:30–11:00"))
        f.press(.pageDown)
        let next = f.screen()
        let nm = f.today.month == 12 ? 1 : f.today.month + 1
        #expect(next.contains("\(nm)月 · 0 场"), "\(next)")
        #expect(next.contains("这个月没有活动"))
        f.press(.char("t"))
        #expect(f.screen().contains("\(f.today.year)年\(f.today.month)月"))
    }

    @Test func pastEventsShowAttendanceRates() throws {
        let f = try ConsoleFixture()
        let day = f.today.adding(days: -10)
        let a = try f.event("专精特新企业恳谈会", type: .symposium, on: day, venue: "歌华大厦", room: "多功能厅", capacity: "20")
        var regs: [Registration] = []
        for i in 1...4 { regs.append(try f.register(a, person: "参会人\(i)", phone: "1390000000\(i)", on: day.adding(days: -3))) }
        for r in regs.prefix(3) { try f.perform(UpdateRegistration(registration: r.id, change: .attended), on: day) }
        try f.perform(SetActivityStatus(activity: a.id, status: .held, note: "收集诉求 12 条"))
        f.events()
        f.press(.char("p"))
        let text = f.screen()
        #expect(text.contains("往期 1 场 · 报名 4 · 签到 3 · 出席率 75%"), "\(text)")
        let row = try #require(f.lines().first { $0.contains("专精特新企业恳谈会") })
        #expect(row.contains(day.description) && row.contains("75%") && row.contains("已举办"), "\(row)")
        #expect(!text.contains("13900000001"), "a full mobile on screen")
    }

    func meetings(_ f: ConsoleFixture) throws -> (first: Activity, second: Activity) {
        let first = try f.event("硅巷建设专班例会（第一次）", type: .meeting, on: f.today.adding(days: -20), "09:30", "11:00", venue: "硅巷驿站", room: "专班会议室")
        let second = try f.event("硅巷建设专班例会（第二次）", type: .meeting, on: f.today.adding(days: -5), "09:30", "11:00", venue: "硅巷驿站", room: "专班会议室")
        try f.perform(AddActionItem(activity: first.id, text: "报送空间改造审批进度", unit: "science-tech-bureau", due: f.today.adding(days: -10).description),
                      AddActionItem(activity: first.id, text: "梳理专精特新企业名单", unit: "development-reform", due: f.today.adding(days: 10).description),
                      AddActionItem(activity: second.id, text: "落实恳谈会企业诉求答复", unit: "development-reform", due: f.today.adding(days: 3).description))
        return (first, second)
    }

    @Test func actionItemsByUnitWithLateOnesMarked() throws {
        let f = try ConsoleFixture()
        _ = try meetings(f)
        f.events()
        f.press(.char("a"))
        let text = f.screen()
        #expect(text.contains("未办结督办事项 3 · 逾期 1"), "\(text)")
        let late = try #require(f.lines().first { $0.contains("报送空间改造审批进度") })
        #expect(late.contains("区科信局") && late.contains("⚠逾期 10 天"), "\(late)")
        // Units with late items first; a unit's items together.
        let rows = f.lines()
        let i = rows.firstIndex { $0.contains("报送空间改造审批进度") }!
        let j = rows.firstIndex { $0.contains("梳理专精特新企业名单") }!, k = rows.firstIndex { $0.contains("落实恳谈会企业诉求答复") }!
        #expect(i < j && i < k && abs(j - k) == 1)
        // The overview's figure: late items only.
        f.shell.apply(.goto(.events, PaneTarget(criteria: ["late": "yes"])), area: Shell.layout(f.size).content)
        let lateOnly = f.screen()
        #expect(lateOnly.contains("仅逾期") && lateOnly.contains("报送空间改造审批进度") && !lateOnly.contains("梳理专精特新企业名单"), "\(lateOnly)")
        #expect(f.eventsPane.filter == "late=yes")
        f.press(.escape)
        #expect(f.screen().contains("梳理专精特新企业名单"), "Esc clears the criteria")
    }

    @Test func contestPipelineCountsEachStage() throws {
        let f = try ConsoleFixture(enterprises: registry())
        let contest = try f.event("硅巷创新创业大赛总决赛", type: .contest, on: f.today.adding(days: -10), "09:00", "17:30", venue: "硅巷孵化器", room: "路演厅")
        let lines = try f.store.perform([EnterContest(activity: contest.id, team: "清华大学医疗影像团队", title: "低空物流调度系统"),
                                         EnterContest(activity: contest.id, team: "北航智能感知团队", title: "科技成果转化撮合平台"),
                                         EnterContest(activity: contest.id, team: "人大文创团队", title: "胡同文化元宇宙导览")])
        let (e1, e2) = (lines[0].entity, lines[1].entity)
        try f.perform(ScoreContestEntry(entry: e1, judge: "张评委", score: "90"), ScoreContestEntry(entry: e1, judge: "李评委", score: "85"),
                      ScoreContestEntry(entry: e2, judge: "张评委", score: "70"), AwardContestEntry(entry: e1, award: "一等奖"),
                      LinkContestEntry(entry: e1, enterprise: Samples.uscc(1)))
        f.events()
        f.press(.char("c"))
        let text = f.screen()
        #expect(text.contains("参赛 3 → 已评分 2 → 获奖 1 → 就地孵化 0 → 落地企业 1"), "\(text)")
        let first = try #require(f.lines().first { $0.contains("低空物流调度系统") })
        #expect(first.contains("#1") && first.contains("87.5") && first.contains("一等奖") && first.contains("落地企业"), "\(first)")
        #expect(first.contains("北京青龙智能"), "the enterprise it became:\n\(first)")
    }

    @Test func showOpensTheViewTheOverviewAsksFor() throws {
        let f = try ConsoleFixture()
        let soon = try f.event("三天后的路演", on: f.today.adding(days: 3))
        try f.event("二十天后的发布会", type: .launch, on: f.today.adding(days: 20))
        _ = try meetings(f)
        let area = Shell.layout(f.size).content
        f.shell.apply(.goto(.events, PaneTarget(criteria: ["view": "week", "date": soon.start.date.description])), area: area)
        #expect(f.eventsPane.view == .week)
        #expect(f.screen().contains("三天后"), "the week of the date asked for")
        f.shell.apply(.goto(.events, PaneTarget(criteria: ["within": "7"])), area: area)
        var text = f.screen()
        #expect(f.eventsPane.view == .upcoming)
        #expect(text.contains("三天后的路演") && !text.contains("二十天后的发布会") && text.contains("近期活动 1 场"), "\(text)")
        f.shell.apply(.goto(.events, PaneTarget(criteria: ["view": "actions", "unit": "区发改委"])), area: area)
        text = f.screen()
        #expect(text.contains("梳理专精特新企业名单") && !text.contains("报送空间改造审批进度") && text.contains("单位 区发改委"), "\(text)")
        f.shell.apply(.goto(.events, PaneTarget(criteria: ["view": "upcoming", "type": "launch"])), area: area)
        text = f.screen()
        #expect(text.contains("二十天后的发布会") && !text.contains("三天后的路演"), "\(text)")
        // Selecting a record: the event's line is the selected row.
        f.shell.apply(.goto(.events, PaneTarget(criteria: ["view": "upcoming"], select: soon.id)), area: area)
        #expect(f.lines().contains { $0.hasPrefix("▶") && $0.contains("三天后的路演") })
    }

    @Test func detailShowsRegistrationsCheckInMinutesAndHistory() throws {
        let f = try ConsoleFixture(enterprises: registry())
        let (_, second) = try meetings(f)
        try f.perform(SetMeetingAgenda(activity: second.id, items: ["研究城市更新审批绿色通道", "协调产业基金首批项目"]),
                      RecordMeetingDecision(activity: second.id, text: "大赛获奖项目优先入驻硅巷孵化器"))
        let a = try f.event("企业服务路演", on: f.today, "09:00", "10:00", venue: "硅巷孵化器", room: "路演厅", capacity: "2")
        let held = try f.register(a, enterprise: Samples.uscc(1), person: "张伟", phone: "13900000001")
        try f.register(a, person: "李娜", phone: "13900000002")
        try f.register(a, person: "王芳", phone: "13900000003")      // waits
        try f.register(a, person: "赵磊", phone: "13900000004")      // waits, then gives up
        let gaveUp = try #require(f.store.state.registrations.values.first { $0.person == "赵磊" })
        try f.perform(UpdateRegistration(registration: gaveUp.id, change: .cancelled), UpdateRegistration(registration: held.id, change: .attended))
        f.events(100, 40)
        f.press(.char("w"))
        f.press(.enter)
        var text = f.screen(100, 40)
        for part in ["企业服务路演", "硅巷孵化器 路演厅", "硅巷建设专班办公室", "已报名 2/2 · 候补 1 · 已取消 1", "已签到 1 / 2", "北京青龙智能科技有限公司 · 张伟",
                     "139****0001", "已签到", "第 1 位", "王芳", "赵磊", "新建活动"] {
            #expect(text.contains(part), "\(part):\n\(text)")
        }
        #expect(!text.contains("13900000001") && !text.contains("13900000003"), "a full mobile on screen:\n\(text)")
        f.press(.escape)
        // A meeting: agenda, decisions, its own items, and the earlier meeting's open ones.
        f.shell.apply(.goto(.events, PaneTarget(criteria: ["view": "past"], select: second.id)), area: Shell.layout(f.size).content)
        f.press(.enter)
        text = f.screen(100, 40)
        for part in ["1. 研究城市更新审批绿色通道", "大赛获奖项目优先入驻硅巷孵化器", "落实恳谈会企业诉求答复", "前次未办结", "报送空间改造审批进度", "⚠逾期 10 天",
                     "例会（第一次）", "会议议程", "会议决定"] {
            #expect(text.contains(part), "\(part):\n\(text)")
        }
    }

    @Test(.enabled(if: LaterToday.hours != nil, "no hour is left today on Beijing's clock for an event not yet over"))
    func exportWritesTheViewsRangeBesideTheJournalAndSaysWhere() throws {
        let f = try ConsoleFixture()
        let (start, end) = try #require(LaterToday.hours)
        let a = try f.event("人工智能项目路演", on: f.today, start, end)
        try f.event("下月的发布会", type: .launch, on: f.today.adding(days: 40))
        f.events()
        f.press(.char("w"))
        f.press(.char(":"))
        f.type("export")
        f.press(.enter)
        let week = EventWeek(f.store.state, containing: f.today, today: f.today)
        let path = f.dir + "/exports/events-\(week.monday)-\(week.sunday).ics"
        let ics = try String(contentsOfFile: path, encoding: .utf8)
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\n"))
        #expect(ics.contains("SUMMARY:人工智能项目路演") && ics.contains("UID:\(a.id)@"))
        #expect(!ics.contains("下月的发布会"))
        // The whole path on screen, even at 80 columns.
        let shown = f.screen(80, 24)
        #expect(shown.contains("已导出活动") && shown.replacingOccurrences(of: "\n", with: "").contains("events-\(week.monday)-\(week.sunday).ics"), "\(shown)")
        f.press(.escape)
        // CSV of a range typed, into a named file in the same folder.
        f.press(.char(":"))
        f.type("export csv \(f.today) \(f.today.adding(days: 60)) all.csv")
        f.press(.enter)
        let csv = try String(contentsOfFile: f.dir + "/exports/all.csv", encoding: .utf8)
        #expect(csv.contains("人工智能项目路演") && csv.contains("下月的发布会"))
        f.press(.escape)
        // A range the wrong way round writes nothing and says why.
        f.press(.char(":"))
        f.type("export \(f.today) \(f.today.adding(days: -1))")
        f.press(.enter)
        #expect(f.screen().contains("晚于结束日期"))
    }

    @Test func keysThatCannotActSayWhy() throws {
        let f = try ConsoleFixture()
        try f.event("人工智能项目路演", on: f.today.adding(days: 5))
        f.events()
        f.press(.char("S"))
        #expect(f.screen().contains("不是大赛"))
        f.press(.char("T"))
        #expect(f.screen().contains("不是会议"))
        f.press(.char("i"))
        #expect(f.screen().contains("签到从活动当天"))
        f.press(.char("h"))
        #expect(f.screen().contains("尚未开始"))
        f.press(.left)
        #expect(f.screen().contains("周视图"))
        f.press(.char("t"))
        #expect(f.screen().contains("周视图（w）或月视图（m）"))
        f.press(.char("p"))
        f.press(.enter)
        #expect(f.screen().contains("还没有往期活动"))
    }
}
