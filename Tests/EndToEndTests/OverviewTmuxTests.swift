import Foundation
import Testing
import SiliconAlleyCore

/// The overview as an operator meets it after `demo`: the first screen, and a figure that
/// opens the pane behind it, filtered.
@Suite(.enabled(if: TmuxSession.available, "tmux is not installed"), .timeLimit(.minutes(1)))
struct OverviewTmuxTests {
    @Test func afterDemoEnterOnAFigureOpensThePaneBehindItFiltered() async throws {
        let dir = TempDir("tmux-overview")
        let journal = dir.file("journal.jsonl")
        let demo = try SiliconAlleyBinary.run(["demo", "--journal", journal, "--enterprises", "60", "--apartments", "12",
                                               "--events", "6", "--tickets", "20"], scratch: dir)
        #expect(demo.status == 0, "\(demo.stderr)")
        let s = try TmuxSession(["--journal", journal], width: 100, height: 30, dir: dir)
        var screen = try await s.waitFor("发展目标")
        #expect(s.lines()[0].contains("[1总览]"))
        for word in ["行业", "梯级", "窗口", "按企业计"] { #expect(screen.contains(word), "\(word):\n\(screen)") }
        // Move to the ladder's candidates and open them.
        for _ in 0..<40 {
            if s.capture().contains("▶候选") { break }
            try await s.sendKeys("Right")
            try await Task.sleep(nanoseconds: 120_000_000)
        }
        screen = try await s.waitFor("▶候选")
        try await s.sendKeys("Enter")
        screen = try await s.waitFor("[3企业]")
        #expect(screen.contains("未获：专精特新") && screen.contains("资质：国高新"), "filters not shown:\n\(screen)")
        // Back to the overview: the selection is where it was.
        try await s.sendKeys("1")
        try await s.waitFor("▶候选")
        try await s.sendKeys("q")
        #expect(try await s.waitForExit() == 0)
    }
}
