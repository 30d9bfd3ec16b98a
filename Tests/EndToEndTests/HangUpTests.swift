import Foundation
import Testing

/// A console whose terminal goes away without a SIGHUP (it runs in a session of its own,
/// as `su -c` makes one) must leave, not spin on a dead terminal for ever.
@Suite struct HangUpTests {
    @Test func aConsoleInItsOwnSessionLeavesWhenItsTerminalCloses() async throws {
        guard TmuxSession.available, FileManager.default.isExecutableFile(atPath: "/usr/bin/setsid") else { return }
        let dir = TempDir("hangup")
        let journal = dir.file("hangup-\(UUID().uuidString).jsonl")
        // setsid without a fork: the console is not a process group leader under the pane's shell.
        let wrapper = try dir.executable("own-session.sh",
            "#!/bin/sh\nexec /usr/bin/setsid \(TmuxSession.quote(try SiliconAlleyBinary.require())) \"$@\"\n")
        let tmux = try TmuxSession(["--journal", journal, "--pane", "enterprises"], binary: wrapper, dir: dir)
        _ = try await tmux.waitFor("企业")
        #expect(Self.running(journal), "the console runs")
        tmux.kill()
        var gone = false
        for _ in 0..<50 where !gone {
            try await Task.sleep(nanoseconds: 100_000_000)
            gone = !Self.running(journal)
        }
        #expect(gone, "the console left within five seconds of its terminal closing")
        if !gone { _ = Self.pgrep(["-f", "--", journal]).map { kill($0, SIGKILL) } }
    }

    private static func running(_ journal: String) -> Bool { !pgrep(["-f", "--", journal]).isEmpty }

    private static func pgrep(_ args: [String]) -> [pid_t] {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/pgrep")
        p.arguments = args
        let out = Pipe()
        p.standardOutput = out
        guard (try? p.run()) != nil else { return [] }
        p.waitUntilExit()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        // The wrapper shell's own line names the journal too; only the console counts.
        return text.split(separator: "\n").compactMap { pid_t($0) }.filter { $0 != getpid() }
    }
}
