import Foundation
import Testing
@testable import Console
@testable import SiliconAlleyCore
import TerminalUI

@Suite("Overview")
struct OverviewPaneTests {
    func fixture(_ language: Language = .zh) throws -> ConsoleFixture {
        let f = try ConsoleFixture(language: language, start: .dashboard)
        var loader = DemoLoader()
        loader.enterprises = 60; loader.apartments = 12; loader.activities = 6; loader.tickets = 20; loader.seed = 7
        _ = try loader.run(on: f.store)
        f.sync()
        return f
    }

    @Test func theFirstScreenShowsEveryPanesFigures() throws {
        let f = try fixture()
        for size in [(80, 24), (120, 40)] {
            let text = f.screen(size.0, size.1)
            for word in ["[1总览]", "发展目标", "行业", "梯级", "项目", "公寓", "活动", "窗口", "按企业计"] {
                #expect(text.contains(word), "\(size): \(word)\n\(text)")
            }
        }
        let en = try fixture(.en).screen(80, 24)
        #expect(en.contains("Target") && en.contains("Ladder") && en.contains("Window"))
    }

    /// Each figure opens the pane behind it, filtered to what it counts.
    @Test func enterOnAFigureOpensThePaneBehindItFiltered() throws {
        let f = try fixture()
        // The first figure: the showcase share → the registry, showcase tier only.
        f.press(.enter)
        #expect(f.shell.activeSpec.id == .enterprises)
        var text = f.screen()
        #expect(text.contains("层级：展示区"), "\(text)")
        // Back to the overview; the ladder's candidates → 国高新 without 专精特新.
        f.press(.char("1"))
        var guardCount = 0
        while !f.screen().contains("▶候选") && guardCount < 60 { f.press(.right); guardCount += 1 }
        f.press(.enter)
        text = f.screen()
        #expect(f.shell.activeSpec.id == .enterprises)
        #expect(text.contains("未获：专精特新") && text.contains("资质：国高新"), "\(text)")
        // The window's open tickets → the queue.
        f.press(.char("1"))
        guardCount = 0
        while !f.screen().contains("▶未办结") && guardCount < 60 { f.press(.right); guardCount += 1 }
        f.press(.enter)
        #expect(f.shell.activeSpec.id == .window)
    }

    @Test func theMeasuresFigureListsAllFifteenIncludingUnused() throws {
        let f = try fixture()
        var n = 0
        while !f.screen().contains("▶15 项措施") && n < 60 { f.press(.right); n += 1 }
        f.press(.enter)
        let text = f.screen(120, 40)
        for m in Catalog.plan.measures { #expect(text.contains(m.code + " "), "\(m.code)") }
    }

    @Test func slashSaysWhereFiltersAre() throws {
        let f = try fixture()
        f.press(.char("/"))
        #expect(f.screen().contains("总览没有列表可筛选"))
    }
}

@Suite("Report and evaluations on screen")
struct ReportOnScreenTests {
    @Test func reportAnywhereAndWrittenToAFile() throws {
        let f = try ConsoleFixture(enterprises: [Samples.enterprise("北京甲科技有限公司", 1)])
        f.press(.char("7"))                     // from any pane
        f.press(.char(":")); f.type("report"); f.press(.enter)
        var text = f.screen(120, 40)
        #expect(text.contains("定期监测评估 · 截至 \(f.shell.ctx.today)"), "\(text)")
        f.press(.end)                           // the anchor closes the report
        text = f.screen(120, 40)
        #expect(text.contains("日志锚点") && text.contains("#\(f.store.head.seq)"), "\(text)")
        f.press(.escape)
        f.press(.char(":")); f.type("report \(f.shell.ctx.today) md"); f.press(.enter)
        let path = (f.store.path as NSString).deletingLastPathComponent + "/exports/report-\(f.shell.ctx.today).md"
        let md = try String(contentsOfFile: path, encoding: .utf8)
        #expect(md.contains("## 发展目标"))
        f.press(.char(":")); f.type("report yesterday"); f.press(.enter)
        text = f.screen()
        #expect(text.contains("用法：:report"), "\(text)")
        f.press(.char(":")); f.type("report 2026-13-01"); f.press(.enter)
        #expect(f.screen().contains("2026-13-01"), "the bad date is named: \(f.screen())")
        f.press(.char(":")); f.type("report"); f.press(.enter)
        f.press(.escape)
        #expect(!f.screen().contains("用法"), "the earlier usage line is gone: \(f.screen())")
    }

    @Test func anEvaluationFromTheOverviewWithItsAdjustment() throws {
        let f = try ConsoleFixture(enterprises: [Samples.enterprise("北京甲科技有限公司", 1)], start: .dashboard)
        f.press(.char("a"))
        #expect(f.screen().contains("还没有评估"))
        f.press(.char("v"))
        #expect(f.screen().contains("将记入"))
        f.press(.function(10))
        let e = try #require(f.store.state.evaluations.values.first)
        #expect(e.headSeq == f.store.head.seq - 1)
        f.press(.char("a"))
        f.press(.tab)
        f.type("加大吸引力度")
        f.press(.tab)
        f.type("专班办公室")
        f.press(.enter)
        f.press(.function(10))
        #expect(f.store.state.adjustments.values.first?.text == "加大吸引力度")
        #expect(f.screen().contains("未落实调整 1"))
    }
}

@Suite("Going back")
struct GoingBackTests {
    @Test func escWithNothingToClearKeepsTheSelection() throws {
        let f = try ConsoleFixture(enterprises: (1...12).map { Samples.enterprise("北京第\($0)科技有限公司", $0) })
        f.press(.down, .down, .down)
        let before = f.screen().split(separator: "\n").first { $0.hasPrefix("▶") }
        f.press(.escape)
        let after = f.screen().split(separator: "\n").first { $0.hasPrefix("▶") }
        #expect(before != nil && before == after)
    }

    @Test func qAfterOpeningAFigureGoesBackToTheOverview() throws {
        let f = try ConsoleFixture(enterprises: [Samples.enterprise("北京甲科技有限公司", 1)], start: .dashboard)
        f.press(.enter)
        #expect(f.shell.activeSpec.id == .enterprises)
        #expect(f.press(.char("q")))                 // still running
        #expect(f.shell.activeSpec.id == .dashboard)
        #expect(f.press(.char("q")) == false)        // at the top: quits
    }

    @Test func aDistrictStatisticBelowTheRegistrysHoldersIsRefusedAtItsField() throws {
        let f = try ConsoleFixture(enterprises: [Samples.enterprise("北京甲科技有限公司", 1), Samples.enterprise("北京乙科技有限公司", 2)])
        try f.store.perform([GrantQualification(enterprise: Samples.uscc(1), qualification: "srdi", granted: "2024-01-01", expires: "2027-01-01"),
                             GrantQualification(enterprise: Samples.uscc(2), qualification: "srdi", granted: "2024-01-01", expires: "2027-01-01")])
        f.sync()
        let before = f.store.head.seq
        f.press(.char("K"), .tab)
        f.type("1")
        f.press(.tab)
        f.type("20")
        f.press(.function(10))
        #expect(f.store.head.seq == before)
        #expect(f.screen().contains("少于登记簿中"), "\(f.screen())")
    }
}
