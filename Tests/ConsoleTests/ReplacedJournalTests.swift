import Foundation
import Testing
@testable import Console
@testable import SiliconAlleyCore
import TerminalUI

/// What a running console does when the file under it changes in ways appends never make:
/// cut shorter (a torn tail moved aside, `verify --repair`), or replaced by another file.
@Suite("Journal file changes under a running console")
struct ReplacedJournalTests {
    @Test func aShorterJournalDoesNotCrashTheJournalPane() throws {
        let f = try ConsoleFixture(enterprises: [Samples.enterprise("北京甲科技有限公司", 1), Samples.enterprise("北京乙科技有限公司", 2)])
        f.shell.ctx.journal.update()
        f.press(.char("7"))
        _ = f.screen()
        // Cut the last line off, as a repair would.
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: f.store.path)))
        bytes.removeLast()
        let cut = bytes.lastIndex(of: 0x0A)! + 1
        try Data(bytes[..<cut]).write(to: URL(fileURLWithPath: f.store.path))
        _ = f.shell.tick(now: f.now + 1)
        let text = f.screen()
        #expect(text.contains("审计日志"))
        f.press(.enter)      // details of whatever is selected now: must not crash
        f.press(.escape)
    }

    @Test func aReplacedJournalReplacesTheRegistryView() throws {
        let f = try ConsoleFixture(enterprises: [Samples.enterprise("北京旧文件科技有限公司", 1)])
        #expect(f.screen().contains("北京旧文件科技有限公司"))
        // Another journal, with another enterprise, put in its place.
        let other = f.dir + "/other.jsonl"
        let o = try JournalStore(path: other, actor: "wang.li")
        try o.perform(RegisterEnterprise(Samples.enterprise("北京新文件科技有限公司", 2)))
        #expect(rename(other, f.store.path) == 0)
        _ = f.shell.tick(now: f.now + 1)
        let text = f.screen()
        #expect(text.contains("北京新文件科技有限公司"))
        #expect(!text.contains("北京旧文件科技有限公司"))
    }

    @Test func aDeletedJournalIsNotRecreatedEmpty() throws {
        let f = try ConsoleFixture(enterprises: [Samples.enterprise("北京甲科技有限公司", 1)])
        try FileManager.default.removeItem(atPath: f.store.path)
        _ = f.shell.tick(now: f.now + 1)
        #expect(!FileManager.default.fileExists(atPath: f.store.path))
        #expect(f.screen().contains("北京甲科技有限公司"), "the console keeps what it had")
        #expect(throws: (any Error).self) { try f.store.perform(RegisterEnterprise(Samples.enterprise("北京乙科技有限公司", 2))) }
    }
}
