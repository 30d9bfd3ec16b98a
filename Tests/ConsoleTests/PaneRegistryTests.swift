import Foundation
import Testing
@testable import Console
@testable import SiliconAlleyCore
import TerminalUI

/// A pane made for this test only: it exists nowhere but in the registry the test builds.
final class ThrowawayPane: Pane {
    static let spec = PaneSpec(ThrowawayPane.self, id: PaneID("throwaway"), digit: 8,
                               title: Phrase("试验窗格", "Throwaway"), short: Phrase("试验", "Try"),
                               summary: Phrase("只为测试而建", "made for a test"), make: { _ in ThrowawayPane() })

    enum Action: PaneAction {
        case ping
        var binding: KeyBinding { KeyBinding([.char("z")], "z", legend: Phrase("试一下", "ping"), help: Phrase("试验按键", "the test's key")) }
    }

    enum Verb: PaletteVerb {
        case hello
        var info: PaletteInfo { PaletteInfo("hello", argument: Phrase("名字", "NAME"), help: Phrase("打招呼", "say hello")) }
    }

    var pings = 0
    var filter = ""
    func perform(_ action: Action, in area: Rect, _ ctx: ShellContext) -> PaneOutcome { pings += 1; return .say("pong \(pings)") }
    func run(_ verb: Verb, argument: String, _ ctx: ShellContext) -> PaneOutcome { .say("hello, \(argument)") }
    func render(in area: Rect, grid: inout Grid, _ ctx: ShellContext) { grid.put("试验窗格内容", x: area.x, y: area.y, style: ctx.look.theme[.row]) }
    func setFilter(_ text: String, in area: Rect, _ ctx: ShellContext) { filter = text }
    func journalChanged(_ ctx: ShellContext) {}
}

@Suite("Pane registry")
struct PaneRegistryTests {
    let registry = PaneRegistry.standard + [ThrowawayPane.spec]

    func fixture() throws -> (ConsoleFixture, Shell) {
        let f = try ConsoleFixture()
        let shell = Shell(store: f.store, language: .zh, look: Look(), mode: .console(start: .enterprises, panes: registry))
        return (f, shell)
    }

    @Test func aPaneAddedToTheRegistryAloneHasATabKeysHelpPaletteAndKeyTable() throws {
        let (f, shell) = try fixture()
        let size = Size(width: 100, height: 30)
        // The tab, on its digit.
        let tabs = shell.render(size: size).grid.row(0)
        #expect(tabs.contains(" 8试验窗格 ") || tabs.contains(" 8试验 "), "\(tabs)")
        _ = shell.handle(.char("8"), now: 1, size: size)
        #expect(shell.activeSpec.id == PaneID("throwaway"))
        #expect(shell.render(size: size).grid.text.contains("试验窗格内容"))
        // Its key acts, typed: no string dispatch on the way.
        _ = shell.handle(.char("z"), now: 2, size: size)
        #expect((shell.activePane as? ThrowawayPane)?.pings == 1)
        #expect(shell.render(size: size).grid.text.contains("pong 1"))
        // Help lists it; the bottom legend shows it.
        _ = shell.handle(.char("?"), now: 3, size: size)
        let help = shell.render(size: size).grid.text
        #expect(help.contains("试验按键"))
        _ = shell.handle(.escape, now: 4, size: size)
        // The palette completes and runs its command.
        _ = shell.handle(.char(":"), now: 5, size: size)
        for c in "hel" { _ = shell.handle(.char(c), now: 6, size: size) }
        _ = shell.handle(.tab, now: 7, size: size)
        for c in "世界" { _ = shell.handle(.char(c), now: 8, size: size) }
        _ = shell.handle(.enter, now: 9, size: size)
        #expect(shell.render(size: size).grid.text.contains("hello, 世界"))
        // `:goto` knows it by name.
        _ = shell.handle(.char("3"), now: 10, size: size)
        _ = shell.handle(.char(":"), now: 11, size: size)
        for c in "goto throwaway" { _ = shell.handle(.char(c), now: 12, size: size) }
        _ = shell.handle(.enter, now: 13, size: size)
        #expect(shell.activeSpec.id == PaneID("throwaway"))
        // The README's tables, from the same registry.
        #expect(KeyTable.markdown(panes: registry).contains("| **试验窗格 Throwaway (8)** | | |\n| `z` | 试验按键 | the test's key |"))
        #expect(KeyTable.markdown(panes: registry).contains("| `:hello NAME` | 打招呼 | say hello |"))
        #expect(KeyTable.panesMarkdown(panes: registry).contains("| `8` | 试验窗格 Throwaway | 只为测试而建 | made for a test |"))
        _ = f
    }

    @Test func legendShowsThePanesKeys() throws {
        let (_, shell) = try fixture()
        let size = Size(width: 100, height: 30)
        _ = shell.handle(.char("8"), now: 1, size: size)
        let last = shell.render(size: size).grid.row(size.height - 1)
        #expect(last.contains("z试一下"))
    }

    @Test func sevenTabsFitEightyColumnsInBothLanguages() throws {
        let f = try ConsoleFixture()
        // Seven panes' worth of tabs: the standard ones plus stand-ins up to seven.
        var specs = PaneRegistry.standard
        let names = [("项目", "Projects", "Proj", 2), ("人才公寓", "Talent housing", "Hous", 4), ("活动", "Events", "Evts", 5)]
        for (i, n) in names.enumerated() where !specs.contains(where: { $0.digit == n.3 }) {
            specs.append(PaneSpec(ThrowawayPane.self, id: PaneID("stand-in-\(i)"), digit: n.3, title: Phrase(n.0, n.1),
                                  short: Phrase(String(n.0.prefix(2)), n.2), summary: Phrase("", ""), make: { _ in ThrowawayPane() }))
        }
        specs.sort { $0.digit < $1.digit }
        for language in [Language.zh, .en] {
            let shell = Shell(store: f.store, language: language, look: Look(), mode: .console(start: .enterprises, panes: specs))
            let row = shell.render(size: Size(width: 80, height: 24)).grid.row(0)
            for spec in specs { #expect(row.contains(" \(spec.digit)") || row.contains("[\(spec.digit)"), "\(language): \(row)") }
            // The active pane keeps its whole name; the operator stays on the right.
            #expect(row.contains("[3" + (language == .zh ? "企业" : "Enterprises") + "]"), "\(row)")
            #expect(row.hasSuffix("wang.li · " + (language == .zh ? "管理员" : "admin") + " "), "\(row)")
        }
    }

    @Test func keysActWithoutDrawingFirst() throws {
        // Drawing changes nothing: the same keys give the same state whether or not a frame
        // was drawn between them.
        let a = try ConsoleFixture(enterprises: (1...40).map { Samples.enterprise("北京第\($0)科技有限公司", $0) })
        let b = try ConsoleFixture(enterprises: (1...40).map { Samples.enterprise("北京第\($0)科技有限公司", $0) })
        let keys: [Key] = [.down, .down, .pageDown, .down, .up]
        for k in keys { a.press(k) }
        for k in keys { _ = b.screen(); b.press(k); _ = b.screen(); _ = b.screen() }
        // Everything but the status line (it names each fixture's own temp journal).
        #expect(a.screen().split(separator: "\n").dropLast() == b.screen().split(separator: "\n").dropLast())
    }
}
