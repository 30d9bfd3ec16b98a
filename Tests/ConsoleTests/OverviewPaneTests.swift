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
        #expect(text.contains("层级:展示区"), "\(text)")
        // Back to the overview; the ladder's candidates → 国高新 without 专精特新.
        f.press(.char("1"))
        var guardCount = 0
        while !f.screen().contains("▶候选") && guardCount < 60 { f.press(.right); guardCount += 1 }
        f.press(.enter)
        text = f.screen()
        #expect(f.shell.activeSpec.id == .enterprises)
        #expect(text.contains("未获:专精特新") && text.contains("资质:国高新"), "\(text)")
        // The window's open tickets → the queue.
        f.press(.char("1"))
        guardCount = 0
        while !f.screen().contains("▶办理中") && guardCount < 60 { f.press(.right); guardCount += 1 }
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
