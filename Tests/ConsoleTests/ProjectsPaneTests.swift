import Foundation
import Testing
@testable import Console
@testable import SiliconAlleyCore
import TerminalUI

@Suite("Projects pane")
struct ProjectsPaneTests {
    // MARK: The list

    @Test func listShowsThePlansProjectsWithTheirColumns() throws {
        let f = try ConsoleFixture()
        f.press(.char("2"))
        let s = f.screen(120, 40)
        #expect(s.split(separator: "\n")[0].contains("[2项目]"))
        #expect(s.contains("项目 \(f.store.state.projects.count) · 推进中"), "\(s)")
        for word in ["专项行动", "产业5+N", "空间5+N", "专班办公室", "推进中", "未启动", "京投标杆孵化器", "国际数字健康应用创新中心 · 航星园"] {
            #expect(s.contains(word), "missing \(word):\n\(s)")
        }
        #expect(f.projectsPane.rows.count == f.store.state.projects.count)
    }

    @Test func aMilestoneDueYesterdayMarksTheRowAndTheHeadline() throws {
        let f = try ConsoleFixture()
        let id = f.projectId("jingtou-incubator")
        try f.write([AddMilestone(project: id, title: "入驻企业达标", due: f.day(-1))])
        f.press(.char("2"))
        let s = f.screen(120, 40)
        let row = try #require(s.split(separator: "\n").first { $0.contains("京投标杆孵化器") })
        #expect(row.contains("⚠1天") && row.contains("\(f.day(-1)) 入驻企业达标"), "\(row)")
        #expect(s.contains("有逾期 1 ⚠"), "\(s)")
        // The row stands out in the alert style (and by its mark in monochrome).
        let grid = f.shell.render(size: Size(width: 120, height: 40)).grid
        let y = try #require((0..<grid.height).first { grid.row($0).contains("京投标杆孵化器") })
        #expect(grid[10, y].style == f.shell.ctx.look.theme[.error])
    }

    @Test func theApprovalColumnShowsDaysUsedOverTheLimit() throws {
        let f = try ConsoleFixture()
        let id = try f.spaceProjectUnderWay()
        f.press(.char("2"))
        let clock = ApprovalClock(project: f.project(id), today: f.today)
        let step = try #require(clock.current)
        let wide = f.screen(120, 40)
        #expect(wide.contains("\(step.elapsed)/5 综合论证"), "\(wide)")
        let narrow = f.screen(80, 24)
        let row = try #require(narrow.split(separator: "\n").first { $0.contains("国际数字健康") })
        #expect(row.contains("\(step.elapsed)/5") && row.contains("⚠\(step.lateDays)天"), "\(row)")
    }

    // MARK: Filters and search

    @Test func theFilterFormNarrowsByCategoryAndStatus() throws {
        let f = try ConsoleFixture()
        f.press(.char("2"), .char("f"))
        f.type("空间")
        f.press(.enter)               // 空间5+N chosen → status
        f.type("推进")
        f.press(.enter)               // 推进中 chosen → lead unit
        f.press(.function(10))
        let rows = f.projectsPane.rows
        let expected = f.store.state.projects.values.filter { $0.category == .space5N && $0.status == .active }.count
        #expect(rows.count == expected && expected > 0)
        #expect(rows.allSatisfy { $0.category == .space5N && $0.status == .active })
        let s = f.screen()
        #expect(s.contains("显示 \(expected) / \(f.store.state.projects.count)") && s.contains("类别：空间5+N") && s.contains("状态：推进中"), "\(s)")
        // Esc drops the criteria as it drops a search, keeping the selected project.
        let chosen = f.projectsPane.selected?.id
        f.press(.escape)
        #expect(f.projectsPane.rows.count == f.store.state.projects.count, "\(f.screen())")
        #expect(f.projectsPane.selected?.id == chosen)
    }

    @Test func theLeadUnitIsPickedByPinyinAndLateAndDueFilter() throws {
        let f = try ConsoleFixture()
        let contest = f.projectId("innovation-contest")
        let fund = f.projectId("industry-fund")
        var input = ProjectInput(editing: f.project(contest))
        input.leadUnit = "science-tech-bureau"
        try f.write([EditProject(project: contest, input: input, basedOn: nil),
                     AddMilestone(project: contest, title: "决赛", due: f.day(-3)),
                     AddMilestone(project: fund, title: "首批投资", due: f.day(5))])
        f.press(.char("2"), .char("f"), .tab, .tab)
        f.type("kxj")                 // 区科学技术和信息化局（区科信局）
        f.press(.enter)
        f.press(.function(10))
        #expect(f.projectsPane.rows.map(\.id) == [contest])
        #expect(f.screen().contains("牵头：区科信局"))
        // Late only, over all units.
        f.press(.char("f"), .tab, .tab)
        f.type("全部")
        f.press(.enter)
        f.type("只看")
        f.press(.enter)
        f.press(.function(10))
        #expect(f.projectsPane.rows.map(\.id) == [contest])
        // Due within 7 days (and not late only).
        f.press(.char("f"), .tab, .tab, .tab)
        f.type("全部")
        f.press(.enter)
        f.type("7")
        f.press(.function(10))
        #expect(f.projectsPane.rows.map(\.id) == [fund], "\(f.screen())")
    }

    @Test func searchAsYouTypeFindsByNameAndPinyin() throws {
        let f = try ConsoleFixture()
        f.press(.char("2"), .char("/"))
        f.type("gxkcy")               // 硅巷科创园
        let rows = f.projectsPane.rows
        #expect(!rows.isEmpty && rows.allSatisfy { $0.nameAndPlaceZh.contains("硅巷科创园") }, "\(rows.map(\.nameAndPlaceZh))")
        #expect(f.screen().contains("筛选 /gxkcy"))
        f.press(.escape)              // the filter line closes and clears
        #expect(f.projectsPane.rows.count == f.store.state.projects.count)
    }

    @Test func theOverviewOpensItFilteredAndUnreadableCriteriaAreNamed() throws {
        let f = try ConsoleFixture()
        let space = try f.spaceProjectUnderWay()
        let other = f.projectId("jingtou-incubator")
        var input = ProjectInput(editing: f.project(space))
        input.leadUnit = "science-tech-bureau"
        try f.write([EditProject(project: space, input: input, basedOn: nil), AddMilestone(project: other, title: "入驻", due: f.day(-2))])
        let area = Shell.layout(f.size).content
        f.shell.apply(.goto(.projects, PaneTarget(criteria: ["late": "yes", "status": "active", "category": "space5N", "unit": "science-tech-bureau"])), area: area)
        #expect(f.shell.activeSpec.id == .projects)
        #expect(f.projectsPane.rows.map(\.id) == [space])
        f.shell.apply(.goto(.projects, PaneTarget(criteria: ["late": "yes", "unit": "某某局", "colour": "red"])), area: area)
        #expect(Set(f.projectsPane.rows.map(\.id)) == [space, other])
        let s = f.screen(120, 40)
        #expect(s.contains("未采用：colour=red；unit=某某局"), "\(s)")
    }

    // MARK: Detail

    @Test func detailShowsTheApprovalClockBlockersNotesAndHistory() throws {
        let f = try ConsoleFixture()
        let id = try f.spaceProjectUnderWay()
        try f.write([RaiseBlocker(project: id, step: .review, text: "消防意见待出具", owningUnit: "规自东城分局", date: f.day(-10)),
                     AddProgressNote(project: id, text: "现场协调会已开"),
                     AddMilestone(project: id, title: "方案确定", due: f.day(-4))])
        f.select(id)
        f.press(.enter)
        let s = f.screen(120, 40)
        let clock = ApprovalClock(project: f.project(id), today: f.today)
        let review = try #require(clock.current)
        for text in ["时限按工作日计", "立项→开工按自然日计", "综合论证  \(f.day(-40)) → 进行中  用时 \(review.elapsed) / 时限 5 个工作日",
                     "⚠ 超时 \(review.lateDays) 天", "● \(f.day(-10)) 综合论证：消防意见待出具 — 规自东城分局", "wang.li：现场协调会已开",
                     "✖ \(f.day(-4)) 方案确定  ⚠ 逾期 4 天", "历史", "审批环节开始 综合论证"] {
            #expect(s.contains(text), "missing “\(text)”:\n\(s)")
        }
        #expect(!s.contains(id) && !s.contains("prj-"), "no record ids on screen:\n\(s)")
        #expect(s.contains("来源"), "\(s)")
    }

    // MARK: Timelines

    @Test func theProjectTimelineMarksLateItemsWithTheirOwnGlyphs() throws {
        let f = try ConsoleFixture()
        let id = try f.spaceProjectUnderWay()
        try f.write([AddMilestone(project: id, title: "方案确定", due: f.day(-1)), AddMilestone(project: id, title: "开工准备", due: f.day(30))])
        f.select(id)
        f.press(.char("t"))
        for (w, h) in [(80, 24), (120, 40)] {
            let s = f.screen(w, h)
            let lines = s.split(separator: "\n").map(String.init)
            let late = try #require(lines.first { $0.contains("⚠方案确定") }, "\(s)")
            #expect(late.contains("✖") && late.contains("\(f.day(-1)) ⚠1天"), "\(late)")
            let review = try #require(lines.first { $0.contains("⚠综合论证") })
            #expect(review.contains("▓"), "an open step over its limit: \(review)")
            let initiation = try #require(lines.first { $0.dropFirst().hasPrefix("立项 ") })
            #expect(initiation.contains("█") && !initiation.contains("▓"), "finished within its limit: \(initiation)")
            #expect(lines.first { $0.contains("开工准备") }?.contains("◆") == true)
            #expect(s.contains("今天 \(f.today)") && s.contains("Esc 返回列表"))
        }
        f.press(.escape)
        #expect(f.projectsPane.view == .list)
        #expect(f.projectsPane.selected?.id == id)
    }

    @Test func timelinesReadInMonochromeAndUnderASCII() throws {
        let f = try ConsoleFixture()
        let id = try f.spaceProjectUnderWay()
        try f.write([AddMilestone(project: id, title: "方案确定", due: f.day(-1))])
        f.shell.ctx.look = Look(theme: .monochrome(from: .default))
        f.select(id)
        f.press(.char("t"))
        let size = Size(width: 80, height: 24)
        let grid = f.shell.render(size: size).grid
        let y = try #require((0..<grid.height).first { grid.row($0).contains("⚠方案确定") })
        let x = try #require((0..<grid.width).first { grid[$0, y].text == "✖" })
        // No colour anywhere; the late mark is bold, the glyph says what it is.
        #expect(grid[x, y].style.foreground == .default && grid[x, y].style.attributes.contains(.bold))
        #expect((0..<grid.height).allSatisfy { yy in (0..<grid.width).allSatisfy { grid[$0, yy].style.foreground == .default } })
        f.shell.ctx.look = Look(theme: .default, ascii: true)
        let ascii = f.screen(80, 24)
        let late = try #require(ascii.split(separator: "\n").first { $0.contains("!方案确定") }, "\(ascii)")
        #expect(late.contains("X"))
        #expect(ascii.split(separator: "\n").first { $0.contains("!综合论证") }?.contains("#") == true)
        #expect(!ascii.contains("✖") && !ascii.contains("▓") && !ascii.contains("│") && !ascii.contains("◆"))
    }

    @Test func theCategoryTimelineHasARowPerProjectAndTodayMarked() throws {
        let f = try ConsoleFixture()
        let late = try f.spaceProjectUnderWay()
        let other = f.projectId("jingtou-incubator")
        var input = ProjectInput(editing: f.project(other))
        input.start = f.day(-100)
        input.target = f.day(200)
        try f.write([EditProject(project: other, input: input, basedOn: nil)])
        f.select(late)
        f.press(.char("T"))
        #expect(f.projectsPane.view == .category(.space5N))
        let s = f.screen(120, 40)
        let lines = s.split(separator: "\n").map(String.init)
        #expect(s.contains("时间线 · 空间改造赋能“5+N” · 2 个项目"), "\(s)")
        let lateRow = try #require(lines.first { $0.contains("国际数字健康应用创新中心") })
        #expect(lateRow.contains("⚠") && lateRow.contains("▓") && lateRow.hasPrefix("▶"), "\(lateRow)")
        let otherRow = try #require(lines.first { $0.contains("京投标杆孵化器") })
        #expect(!otherRow.contains("⚠") && otherRow.contains("█") && !otherRow.contains("▓"), "\(otherRow)")
        #expect(lines.first { $0.hasPrefix(" 项目") }?.contains("│") == true, "today marked in the header")
        #expect(s.contains("立项→开工平均"))
        // T again: the next category; ←: back.
        f.press(.char("T"))
        #expect(f.projectsPane.view == .category(.other))
        f.press(.left)
        #expect(f.projectsPane.view == .category(.space5N))
        // Enter opens the selected project's detail from here.
        f.press(.enter)
        #expect(f.screen(120, 40).contains("审批"))
    }

    // MARK: Blockers and export

    @Test func openBlockersAreOneKeyAway() throws {
        let f = try ConsoleFixture()
        let id = try f.spaceProjectUnderWay()
        try f.write([RaiseBlocker(project: id, step: .review, text: "产权证明缺失", owningUnit: "区住建委", date: f.day(-6))])
        f.press(.char("2"), .char("o"))
        let s = f.screen(80, 24)
        #expect(s.contains("未解决堵点 1"), "\(s)")
        let row = try #require(s.split(separator: "\n").first { $0.contains("产权证明缺失") })
        #expect(row.contains(f.day(-6)) && row.contains("区住建委") && row.contains("   6 "), "\(row)")
        f.press(.char("B"))           // resolve the selected one
        #expect(f.screen().contains("堵点解决 · 国际数字健康应用创新中心"))
        f.press(.function(10))
        #expect(f.project(id).blockers.first?.resolved == f.today)
        #expect(f.screen().contains("未解决堵点 0"))
    }

    @Test func exportWritesTheTaskBreakdownBesideTheJournal() throws {
        let f = try ConsoleFixture()
        let id = f.projectId("innovation-contest")
        try f.write([AddMilestone(project: id, title: "决赛", due: f.day(-2))])
        f.press(.char("2"), .char(":"))
        f.type("export tasks \(f.today.year)")
        f.press(.enter)
        let path = f.dir + "/exports/tasks-\(f.today.year).md"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains("# \(f.today.year) 年度任务分工") && text.contains("| 硅巷创新创业大赛 |") && text.contains("逾期 2 天"))
        let shown = f.screen(120, 40)
        #expect(shown.contains("已写入") && shown.contains(path) && shown.split(separator: "\n").contains { $0.contains("逾期未完成") && $0.contains(" 1 ") }, "the full path, and what it holds:\n\(shown)")
        f.press(.escape, .char(":"))
        f.type("export tasks unit=专班办公室 tasks.csv")
        f.press(.enter)
        let csv = try #require(FileManager.default.contents(atPath: f.dir + "/exports/tasks.csv"))
        #expect(Array(csv.prefix(3)) == [0xEF, 0xBB, 0xBF])
        f.press(.escape, .char(":"))
        f.type("export tasks 1999x")
        f.press(.enter)
        #expect(f.screen(120, 40).contains("看不懂“1999x”。用法 :export [年份]"))
        #expect(FileManager.default.subpaths(atPath: f.dir + "/exports")?.sorted() == ["tasks-\(f.today.year).md", "tasks.csv"])
    }

    // MARK: Both languages, both sizes

    @Test func everyViewFitsBothSizesAndSpeaksEnglishInEnglish() throws {
        let f = try ConsoleFixture(language: .en)
        var loader = DemoLoader()
        loader.enterprises = 20; loader.apartments = 6; loader.activities = 4; loader.tickets = 5
        _ = try loader.run(on: f.store)
        f.sync()
        let data = ScreenText.data(f.store.state)
        let late = try #require(f.store.state.projects.values.first { p in p.milestones.contains { $0.state(today: f.today).isLate } })
        for language in [Language.en, .zh] {
            f.shell.ctx.language = language
            for (w, h) in [(80, 24), (120, 40)] {
                f.size = Size(width: w, height: h)
                f.press(.char("2"))
                f.select(late.id)
                var screens: [(String, String)] = [("list", f.screen())]
                // Dates are identifiers: every next-due date on the page is whole.
                let pane = f.projectsPane
                let page = pane.listPage(Shell.layout(f.size).content)
                for r in pane.rows.dropFirst(pane.table.visibleOffset(page: page, rowCount: pane.rows.count)).prefix(page) {
                    if let due = r.nextMilestone?.due { #expect(screens[0].1.contains(due.description), "\(language) \(w): \(r.project.name)") }
                }
                f.press(.enter); screens.append(("detail", f.screen())); f.press(.escape)
                f.press(.char("t")); screens.append(("timeline", f.screen()))
                for m in late.milestones where m.state(today: f.today).isLate {
                    #expect(screens.last!.1.contains(m.due.description), "\(language) \(w): the late milestone's date in the timeline")
                }
                f.press(.char("T")); screens.append(("category", f.screen())); f.press(.escape)
                f.press(.char("o")); screens.append(("blockers", f.screen())); f.press(.escape)
                f.press(.char("e")); screens.append(("edit form", f.screen())); f.press(.escape)
                f.press(.char("f")); screens.append(("filters", f.screen())); f.press(.escape)
                f.press(.char("?")); screens.append(("help", f.screen())); f.press(.escape)
                for (name, s) in screens {
                    if language == .en {
                        let stray = ScreenText.interfaceChinese(s, data: data)
                        #expect(stray.isEmpty, "\(name) at \(w)×\(h): Chinese interface words \(stray):\n\(s)")
                    }
                    #expect(!s.contains("leadUnit") && !s.contains("limitDays") && !s.contains("space5N"), "\(name): a raw key on screen:\n\(s)")
                }
            }
        }
    }
}
