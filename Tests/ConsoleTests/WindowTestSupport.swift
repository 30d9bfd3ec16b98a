import Foundation
import Testing
@testable import Console
@testable import SiliconAlleyCore
import TerminalUI

/// The clerk's window (`--window`) over a fixture's journal, keys sent at a screen size, and
/// a fake `lp` (no CUPS) that records what it is asked to print.
final class WindowDesk {
    let f: ConsoleFixture
    let shell: Shell
    var size = Size(width: 80, height: 24)
    var now = 1.0

    init(_ f: ConsoleFixture, store: JournalStore? = nil, language: Language = .zh, printer: PrinterSetup? = nil, lp: FakeLP? = nil) {
        self.f = f
        shell = Shell(store: store ?? f.store, language: language, look: Look(), mode: .window, printer: printer)
        if let lp { shell.environment = ["PATH": lp.dir + ":/usr/bin:/bin"] }
    }

    var store: JournalStore { shell.ctx.store }

    func press(_ keys: Key...) { for k in keys { now += 0.05; _ = shell.handle(k, now: now, size: size) } }
    func type(_ text: String) { for c in text { press(.char(c)) } }
    func screen(_ width: Int? = nil, _ height: Int? = nil) -> String {
        shell.render(size: Size(width: width ?? size.width, height: height ?? size.height)).grid.text
    }
    /// The bottom line (the F-key legend), once any message on it has timed out.
    func legend() -> String {
        now += 10
        _ = shell.tick(now: now)
        return screen().split(separator: "\n").last.map(String.init) ?? ""
    }
    func sync() { now += 0.3; _ = shell.tick(now: now) }
    /// Moves the queue's selection to a ticket (the queue is sorted by due date).
    func select(_ receipt: String) {
        press(.function(3)); type(receipt); press(.enter)
    }
}

/// A stand-in for CUPS's `lp`: appends its arguments and its standard input to files and
/// answers like `lp` does — or fails, as a printer that does not exist makes it.
final class FakeLP {
    let dir: String
    var args: String { (try? String(contentsOfFile: dir + "/args", encoding: .utf8)) ?? "" }
    var input: String { (try? String(contentsOfFile: dir + "/input", encoding: .utf8)) ?? "" }
    var jobs: Int { args.components(separatedBy: "--job--").count - 1 }

    init(failing: Bool = false) throws {
        var template = Array("/tmp/sa-lp-XXXXXX".utf8CString)
        dir = template.withUnsafeMutableBufferPointer { String(cString: mkdtemp($0.baseAddress!)) }
        let script = failing ? """
            #!/bin/sh
            cat > /dev/null
            echo "lp: The printer or class does not exist." >&2
            exit 1

            """ : """
            #!/bin/sh
            printf '%s\\n' "$@" '--job--' >> '\(dir)/args'
            cat >> '\(dir)/input'
            echo "request id is $2-42 (0 file(s))"

            """
        // Written by a child `install`, not here: a process forked meanwhile on another test
        // thread would inherit our write descriptor and make the exec fail with ETXTBSY.
        try script.write(toFile: dir + "/lp.src", atomically: false, encoding: .utf8)
        let install = Process()
        install.executableURL = URL(fileURLWithPath: "/usr/bin/install")
        install.arguments = ["-m", "755", dir + "/lp.src", dir + "/lp"]
        try install.run()
        install.waitUntilExit()
    }

    deinit { try? FileManager.default.removeItem(atPath: dir) }
}
