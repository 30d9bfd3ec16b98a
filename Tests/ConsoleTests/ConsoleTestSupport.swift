import Foundation
import Testing
@testable import Console
@testable import SiliconAlleyCore
import TerminalUI

/// A fresh journal in a temp directory and a shell over it, drawn into a Grid.
final class ConsoleFixture {
    let dir: String
    let store: JournalStore
    let shell: Shell
    var now = 1000.0

    /// `start`: the pane the console opens on (the overview in real use; most tests are about
    /// the registry).
    init(language: Language = .zh, actor: String = "wang.li", enterprises: [EnterpriseInput] = [], start: PaneID = .enterprises) throws {
        var template = Array("/tmp/sa-console-XXXXXX".utf8CString)
        dir = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
        store = try JournalStore(path: dir + "/journal.jsonl", actor: actor)
        if !enterprises.isEmpty { try store.perform(enterprises.map { RegisterEnterprise($0) }) }
        shell = Shell(store: store, language: language, look: Look(theme: .default, ascii: false), mode: .console(start: start))
    }

    deinit { try? FileManager.default.removeItem(atPath: dir) }

    /// The terminal the keys arrive from; `screen()` draws at this size unless told otherwise.
    var size = Size(width: 100, height: 30)

    func screen(_ width: Int? = nil, _ height: Int? = nil) -> String {
        shell.render(size: Size(width: width ?? size.width, height: height ?? size.height)).grid.text
    }

    /// Keys go to the shell with the screen size and nothing drawn in between: drawing
    /// changes nothing, so the result must not depend on it.
    @discardableResult
    func press(_ keys: Key...) -> Bool {
        var running = true
        for k in keys {
            now += 0.05
            running = shell.handle(k, now: now, size: size)
        }
        return running
    }

    /// The shell's today (dates in tests are relative to it, so they mean the same any day).
    var today: LocalDate { shell.ctx.today }

    /// Lines written behind the shell's back (straight to the store) reach the panes on the
    /// next tick, as another operator's would.
    func sync() {
        now += 0.3
        _ = shell.tick(now: now)
    }

    func type(_ text: String) {
        for c in text { press(.char(c)) }
    }
}

/// Valid inputs for tests (check characters computed, not hard-coded).
enum Samples {
    static func uscc(_ n: Int) -> String { USCC.make(first17: "91110101MA01" + String(format: "%05d", n))! }

    static func enterprise(_ name: String, _ n: Int, industry: String = "ai", place: String = "gehua") -> EnterpriseInput {
        EnterpriseInput(name: name, uscc: uscc(n), industry: industry, place: place, headcount: "10")
    }
}
