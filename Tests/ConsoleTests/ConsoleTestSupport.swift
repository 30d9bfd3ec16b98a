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

    init(language: Language = .zh, actor: String = "wang.li", enterprises: [EnterpriseInput] = []) throws {
        var template = Array("/tmp/sa-console-XXXXXX".utf8CString)
        dir = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
        store = try JournalStore(path: dir + "/journal.jsonl", actor: actor)
        if !enterprises.isEmpty { try store.perform(enterprises.map { RegisterEnterprise($0) }) }
        shell = Shell(store: store, language: language, look: Look(theme: .default, ascii: false))
    }

    deinit { try? FileManager.default.removeItem(atPath: dir) }

    func screen(_ width: Int = 100, _ height: Int = 30) -> String {
        shell.render(size: Size(width: width, height: height)).grid.text
    }

    @discardableResult
    func press(_ keys: Key...) -> Bool {
        var running = true
        for k in keys {
            now += 0.05
            _ = shell.render(size: Size(width: 100, height: 30))
            running = shell.handle(k, now: now)
        }
        return running
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
