import Foundation
import Testing
import SiliconAlleyCore

@Suite struct ConsoleCommandTests {
    let dir = TempDir("console")

    @Test func refusesANonTerminalWithOneLine() throws {
        let r = try SiliconAlleyBinary.run(["--journal", dir.file("j.jsonl")], stdin: "/dev/null", scratch: dir)
        #expect(r.reason == .exit && r.status == 2)
        let message = r.stderr.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(!message.isEmpty && !message.contains("\n"), "stderr: \(r.stderr.debugDescription)")
        #expect(message.contains("terminal"))
        #expect(r.stdout.isEmpty, "nothing drawn to a pipe")
    }
}
