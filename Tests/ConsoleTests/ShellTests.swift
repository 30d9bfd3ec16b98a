import Foundation
import Testing
@testable import Console
@testable import SiliconAlleyCore
import TerminalUI

@Suite("Shell")
struct ShellTests {
    @Test func titleTabsAndOperator() throws {
        let f = try ConsoleFixture()
        let text = f.screen()
        let first = text.split(separator: "\n")[0]
        #expect(first.contains("硅巷运营控制台"))
        #expect(first.contains("[3企业]"))
        #expect(first.contains("7日志"))
        #expect(first.contains("wang.li · 管理员"))
        // The overview has its tab on 1.
        #expect(first.contains("1总览"))
    }

    @Test func englishScreenHasNoChineseChrome() throws {
        let f = try ConsoleFixture(language: .en)
        let text = f.screen()
        #expect(text.contains("[3Enterprises]"))
        #expect(!text.contains("企业"))
        #expect(!text.contains("日志"))
    }

    @Test func digitsSwitchPanesAndStatusShowsHead() throws {
        let f = try ConsoleFixture()
        f.press(.char("7"))
        let text = f.screen()
        #expect(text.contains("审计日志"))
        #expect(text.contains("[7日志]"))
        let last = text.split(separator: "\n").last!
        #expect(last.contains("#\(f.store.head.seq)"))
        #expect(last.contains("journal.jsonl"))
    }

    @Test func helpListsThePanesKeysFromTheBindings() throws {
        let f = try ConsoleFixture()
        f.press(.char("?"))
        let text = f.screen()
        #expect(text.contains("帮助"))
        for b in f.shell.activeSpec.bindings {
            #expect(text.contains(b.help.zh), "help misses \(b.label)")
        }
        f.press(.escape)
        #expect(!f.screen().contains("帮助 · "))
    }

    @Test func tooSmallScreenIgnoresKeysButQuits() throws {
        let f = try ConsoleFixture()
        let text = f.shell.render(size: Size(width: 40, height: 12)).grid.text
        #expect(text.contains("终端窗口太小"))
        #expect(text.contains("40×12"))
        // "n" would open a form on a hidden pane: ignored.
        let small = Size(width: 40, height: 12)
        #expect(f.shell.handle(.char("n"), now: 1, size: small))
        #expect(f.shell.overlay == nil)
        #expect(f.shell.handle(.char("q"), now: 2, size: small) == false)
    }

    @Test func paletteGotoAndLanguage() throws {
        let f = try ConsoleFixture()
        f.press(.char(":"))
        f.type("goto journal")
        f.press(.enter)
        #expect(f.shell.activeSpec.id == .journal)
        f.press(.char(":"))
        f.type("lang en")
        f.press(.enter)
        #expect(f.screen().contains("Journal ·"))
        f.press(.char(":"))
        f.type("goto nowhere")
        f.press(.enter)
        #expect(f.shell.activeSpec.id == .journal)
        #expect(f.screen().contains("no pane “nowhere”"))
        f.press(.char(":"))
        f.type("goto overview")
        f.press(.enter)
        #expect(f.shell.activeSpec.id == .dashboard)
    }

    @Test func quitFromTheTop() throws {
        let f = try ConsoleFixture()
        #expect(f.press(.char("q")) == false)
    }

    @Test func othersLinesArriveOnTickAndMarkLive() throws {
        let f = try ConsoleFixture()
        let other = try JournalStore(path: f.store.path, actor: "wang.li")
        try other.perform(RegisterEnterprise(Samples.enterprise("北京雍和数据有限公司", 7)))
        #expect(f.shell.tick(now: f.now + 1))
        let text = f.screen()
        #expect(text.contains("北京雍和数据有限公司"))
        #expect(text.contains("● 更新"))
    }
}

@Suite("Messages and files")
struct MessagesAndFilesTests {
    @Test func aLongMessageIsCutWithAnEllipsisAndKeptWholeInTheLog() throws {
        let f = try ConsoleFixture()
        f.size = Size(width: 80, height: 24)
        let long = "这是一条很长的提示，" + String(repeating: "说明文字", count: 20) + "最后一句。"
        f.shell.say(long)
        let last = f.screen().split(separator: "\n").last.map(String.init) ?? ""
        #expect(last.contains("…") && last.contains(":messages"), "\(last)")
        f.press(.char(":"))
        f.type("messages")
        f.press(.enter)
        let text = f.screen(120, 40)
        #expect(text.contains("最后一句"), "\(text)")
    }

    @Test func exportWithoutANameGoesBesideTheJournalAndSaysWhere() throws {
        let f = try ConsoleFixture(enterprises: [Samples.enterprise("北京甲科技有限公司", 1)])
        f.press(.char(":"))
        f.type("export")
        f.press(.enter)
        let dir = (f.store.path as NSString).deletingLastPathComponent + "/exports"
        let files = try FileManager.default.contentsOfDirectory(atPath: dir)
        #expect(files.count == 1 && files[0].hasPrefix("enterprises-"))
        f.press(.char(":"))
        f.type("messages")
        f.press(.enter)
        #expect(f.screen(140, 40).contains(dir + "/" + files[0]))
    }

    @Test func theWindowSpeaksEnglishInEnglish() throws {
        let f = try ConsoleFixture(language: .en, enterprises: [Samples.enterprise("北京甲科技有限公司", 1)])
        let shell = Shell(store: f.store, language: .en, look: Look(), mode: .window)
        let text = shell.render(size: Size(width: 100, height: 30)).grid.text
        #expect(text.contains("business licence"))
        #expect(!text.contains("营业执照"))
        #expect(!text.contains("申请表"))
    }
}

@Suite("Read-only and notices on screen")
struct ReadOnlyOnScreenTests {
    @Test func aViewerSeesWhyAndCannotWrite() throws {
        let f = try ConsoleFixture()
        let viewer = try JournalStore(path: f.store.path, actor: "guest")
        let shell = Shell(store: viewer, language: .zh, look: Look(), mode: .console(start: .enterprises))
        let size = Size(width: 100, height: 30)
        let last = shell.render(size: size).grid.text.split(separator: "\n").last.map(String.init) ?? ""
        #expect(last.contains("只读：查看者"), "\(last)")
        #expect(!last.contains("只读：只读"), "the reason says 只读 once: \(last)")
        let before = viewer.head.seq
        _ = shell.handle(.char("n"), now: 1, size: size)
        for c in "北京甲科技有限公司" { _ = shell.handle(.char(c), now: 1, size: size) }
        _ = shell.handle(.function(10), now: 1, size: size)
        #expect(viewer.head.seq == before)
        #expect(shell.render(size: size).grid.text.contains("只读") )
    }

    @Test func aTornTailStaysOnScreenWithItsSideFileUntilRead() throws {
        let f = try ConsoleFixture()
        // A writer killed mid-line: half a line at the end of the journal.
        let h = try #require(FileHandle(forWritingAtPath: f.store.path))
        h.seekToEndOfFile()
        h.write(Data(#"{"v":1,"seq":999,"time":"2026"#.utf8))
        try h.close()
        let store = try JournalStore(path: f.store.path, actor: "wang.li")
        let shell = Shell(store: store, language: .zh, look: Look(), mode: .console(start: .enterprises))
        shell.takeNotices()
        let size = Size(width: 120, height: 30)
        var last = shell.render(size: size).grid.text.split(separator: "\n").last.map(String.init) ?? ""
        #expect(last.contains("已移至") && last.contains(".torn"), "\(last)")
        // A tick later it is still there (not a 10-second message)...
        _ = shell.tick(now: 100)
        last = shell.render(size: size).grid.text.split(separator: "\n").last.map(String.init) ?? ""
        #expect(last.contains(".torn"))
        // ...until Esc.
        _ = shell.handle(.escape, now: 101, size: size)
        last = shell.render(size: size).grid.text.split(separator: "\n").last.map(String.init) ?? ""
        #expect(!last.contains(".torn"))
    }
}
