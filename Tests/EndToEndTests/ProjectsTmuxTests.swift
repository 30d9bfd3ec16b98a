import Foundation
import Testing
import SiliconAlleyCore

/// The projects pane as an operator meets it: the real binary in tmux on a private socket.
@Suite(.enabled(if: TmuxSession.available, "tmux is not installed"), .timeLimit(.minutes(1)))
struct ProjectsTmuxTests {
    /// Open a catalogue project, add a milestone due yesterday, and see it marked late in the
    /// list and in the project's timeline.
    @Test func aMilestoneDueYesterdayIsLateInTheListAndTheTimeline() async throws {
        let dir = TempDir("tmux")
        let journal = dir.file("journal.jsonl")
        _ = try JournalStore(path: journal)       // a new journal holds the plan's projects
        let s = try TmuxSession(["--journal", journal], dir: dir)
        try await s.waitFor("[1总览]")
        try await s.sendKeys("2")
        var screen = try await s.waitFor("京投标杆孵化器")
        #expect(s.lines()[0].contains("[2项目]"))
        #expect(screen.contains("有逾期 0"))
        try await s.sendKeys("/")
        try await s.type("jingtou")            // pinyin finds 京投标杆孵化器
        try await s.waitFor("筛选 /jingtou")
        try await s.sendKeys("Enter")
        #expect(s.lines().contains { $0.hasPrefix("▶") && $0.contains("京投标杆孵化器") }, "\(s.capture())")

        let yesterday = LocalDate.today().adding(days: -1)
        try await s.sendKeys("m")
        try await s.waitFor("添加里程碑 · 京投标杆孵化器")
        try await s.type("入驻企业达标")
        try await s.sendKeys("Tab")
        try await s.type(yesterday.description)
        let before = TmuxSession.lineCount(journal)
        try await s.sendKeys("F10")
        screen = try await s.waitFor("已添加里程碑")
        #expect(TmuxSession.lineCount(journal) == before + 1)
        screen = try await s.waitFor("有逾期 1 ⚠")
        let row = s.lines().first { $0.contains("京投标杆孵化器") } ?? ""
        #expect(row.contains("⚠1天") && row.contains(yesterday.description), "the list row: \(row)\n\(screen)")

        try await s.sendKeys("t")
        screen = try await s.waitFor("时间线 · 京投标杆孵化器")
        // The whole timeline, not a frame caught mid-draw.
        screen = try await s.waitFor("✖ 逾期未完成")
        let line = s.lines().first { $0.contains("⚠入驻企业达标") } ?? ""
        #expect(line.contains("✖") && line.contains("\(yesterday) ⚠1天"), "the timeline row: \(line)\n\(screen)")
        #expect(screen.contains("✖ 逾期未完成") && screen.contains("今天 \(LocalDate.today())"), "the legend:\n\(screen)")
        try await s.sendKeys("Escape")
        try await s.waitForGone("时间线 · 京投标杆孵化器")
        try await s.sendKeys("q")
        #expect(try await s.waitForExit() == 0)
    }
}
