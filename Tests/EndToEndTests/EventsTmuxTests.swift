import Foundation
import Testing
import SiliconAlleyCore

/// The events pane as an operator meets it at 80×24: create an event through the form,
/// register an enterprise found by its pinyin initials, and see the event on the week grid.
@Suite(.enabled(if: TmuxSession.available, "tmux is not installed"), .timeLimit(.minutes(1)),
       .enabled(if: LaterToday.hours != nil, "no hour is left today on Beijing's clock for an event not yet over"))
struct EventsTmuxTests {
    @Test func createAnEventRegisterAnEnterpriseAndSeeItOnTheWeekGrid() async throws {
        let (start, end, twoHours) = try #require(LaterToday.hours)
        let dir = TempDir("tmux-events")
        let (journal, store) = try ConsoleTmuxTests.journal(in: dir, enterprise: "北京青龙智能科技有限公司")
        let uscc = try #require(store.state.enterprises.values.first?.uscc)
        let s = try TmuxSession(["--journal", journal], width: 80, height: 24, dir: dir)
        try await s.waitFor("[1总览]")
        try await s.sendKeys("5")
        try await s.waitFor("[l近期]")
        try await s.waitFor("没有近期活动")

        // The form: type by pinyin initials, a title, today's date as it comes, times, a
        // place of the plan picked from the list, the organiser from the unit list, a capacity.
        try await s.sendKeys("n")
        try await s.waitFor("新建活动")
        try await s.type("ly")
        try await s.sendKeys("Enter")
        try await s.type("人工智能项目路演")
        try await s.sendKeys("Tab", "Tab")
        try await s.type(start)
        try await s.sendKeys("Tab")
        try await s.type(end)
        try await s.sendKeys("Tab")
        try await s.type("元宇宙品牌")
        try await s.waitFor("元宇宙品牌宣传广场  目录地点")
        try await s.sendKeys("Enter", "Tab")
        try await s.type("专班办公室")
        try await s.sendKeys("Enter")
        try await s.type("50")
        try await s.waitFor(twoHours ? "时长 2 小时" : "时长")
        let before = TmuxSession.lineCount(journal)
        try await s.sendKeys("F10")
        try await s.waitFor("已新建：人工智能项目路演")
        #expect(TmuxSession.lineCount(journal) == before + 1)

        // Register the enterprise: its pinyin initials find it, with its USCC whole.
        try await s.sendKeys("r")
        try await s.waitFor("报名 · 人工智能项目路演")
        try await s.type("qlzn")
        try await s.waitFor(uscc)
        try await s.sendKeys("Enter", "F10")
        try await s.waitFor("已报名：北京青龙智能科技有限公司")
        #expect(TmuxSession.lineCount(journal) == before + 2)

        // The week grid: today marked, the event on its hour in today's column, its title
        // clipped to the cell, and the selected event's line with its times and places.
        try await s.sendKeys("w")
        // The whole grid, not just its tab: on a loaded machine the frame reaches tmux in parts.
        let screen = try await s.waitUntil("the week grid with the event described") {
            $0.contains("[w周]") && $0.contains("\(start)–\(end) · 路演")
        }
        #expect(screen.contains("今天"), "\(screen)")
        let row = try #require(s.lines().first { $0.hasPrefix(start.prefix(2) + " ") }, "no \(start) row:\n\(screen)")
        #expect(row.contains("人工智能…"), "\(row)")
        #expect(screen.contains("\(start)–\(end) · 路演 · 报名中 · 报名 1/50 · 人工智能项目路演"), "\(screen)")

        let after = try JournalStore(path: journal)
        let a = try #require(after.state.activities.values.first { $0.title == "人工智能项目路演" })
        #expect(a.venue == .place("metaverse-square", room: nil) && a.organiser == "task-force-office" && a.start.date == LocalDate.today())
        #expect(after.state.registrations(of: a.id).first?.enterprise == after.state.enterprise(uscc: uscc)?.id)
        try await s.sendKeys("q")
        #expect(try await s.waitForExit() == 0)
    }
}
