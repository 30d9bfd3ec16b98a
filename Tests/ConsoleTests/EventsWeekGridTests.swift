import Foundation
import Testing
@testable import Console
@testable import SiliconAlleyCore
import TerminalUI

/// The week grid at the minimum size and at 120×40, in both languages: days across, hours
/// down, titles clipped to the cell by display width, today marked, nothing wider than the
/// screen, no Chinese interface word on an English screen.
@Suite("Events pane: week grid")
struct EventsWeekGridTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]
    let zhTitle = "硅巷人工智能创新应用成果路演发布会"
    let enTitle = "Artificial Intelligence Applications Roadshow"

    /// The display column where `needle` starts in `line`.
    func column(_ line: String, _ needle: String) -> Int? {
        line.range(of: needle).map { DisplayWidth.of(String(line[..<$0.lowerBound])) }
    }

    func weekGrid(_ f: ConsoleFixture, _ size: Size, title: String) throws -> (lines: [String], label: Int, cell: Int) {
        f.events(size.width, size.height)
        f.press(.char("w"))
        let text = f.screen()
        #expect(Screen.widest(text) <= size.width, "wider than the screen:\n\(text)")
        let (label, cell) = EventWeekGrid.columns(width: size.width)
        return (f.lines(), label, cell)
    }

    @Test(arguments: sizes) func chineseWeekGrid(size: Size) throws {
        let f = try ConsoleFixture()
        try f.event(zhTitle, on: f.today, "14:00", "16:30")
        let (lines, label, cell) = try weekGrid(f, size, title: zhTitle)
        let text = lines.joined(separator: "\n")
        let week = EventWeek(f.store.state, containing: f.today, today: f.today)
        #expect(text.contains("\(week.monday) → \(EventWords.monthDay(week.sunday)) · 第\(EventWords.isoWeek(f.today))周 · 1 场"), "\(text)")
        // Days across: every day's header, Monday first, each in its column.
        let headers = try #require(lines.firstIndex { $0.contains("周一 \(EventWords.monthDay(week.monday))") }, "\(text)")
        for i in 0..<7 {
            let d = week.monday.adding(days: i)
            let x = try #require(column(lines[headers], EventWords.weekday(d).zh + " " + EventWords.monthDay(d)))
            #expect(x == label + 1 + i * (cell + 1), "day \(i) at \(x):\n\(text)")
        }
        // Today marked under its own header.
        let todayX = label + 1 + (f.today.weekday - 1) * (cell + 1)
        #expect(column(lines[headers + 1], "今天") == todayX, "\(lines[headers + 1])")
        // Hours down; the event on its start hour's row, in today's column, clipped to the cell.
        let hour = size.width >= 100 ? "14:00" : "14"
        let row = try #require(lines.first { $0.hasPrefix(hour + " ") }, "\(text)")
        let clipped = Text.ellipsize(zhTitle, to: cell, ellipsis: "…")
        #expect(clipped.hasSuffix("…") && DisplayWidth.of(clipped) <= cell)
        #expect(column(row, clipped) == todayX, "\(row)")
        #expect(!row.contains(zhTitle), "the whole title does not fit a cell")
        // The venue on the next row: 15 at one row an hour, 14:30 at two.
        #expect(lines.contains { $0.hasPrefix(size.height >= 40 ? "14:30" : "15") && $0.contains("▏元宇宙") }, "the venue under the title:\n\(text)")
        // The times are never cut: whole in the cell where they fit, and on the line under the grid.
        #expect(text.contains("▶ \(EventWords.monthDay(f.today)) \(EventWords.weekday(f.today).zh) 14:00–16:30"), "\(text)")
        if size.width >= 120 { #expect(text.contains("▏14:00–16:30"), "\(text)") } else { #expect(text.contains("▏14:00 "), "\(text)") }
        // At 120×40 the hours have half-hour rows.
        if size.height >= 40 { #expect(text.contains("14:30 ")) }
    }

    @Test(arguments: sizes) func englishWeekGridHasNoChineseWords(size: Size) throws {
        let f = try ConsoleFixture(language: .en)
        try f.event(enTitle, on: f.today, "14:00", "16:30", venue: "Metaverse Brand Promotion Square", organiser: "science-tech-bureau")
        let (lines, label, cell) = try weekGrid(f, size, title: enTitle)
        let text = lines.joined(separator: "\n")
        #expect(!Screen.hasCJK(text), "Chinese on an English screen:\n\(text)")
        let headers = try #require(lines.firstIndex { $0.contains("Mon ") }, "\(text)")
        let todayX = label + 1 + (f.today.weekday - 1) * (cell + 1)
        #expect(column(lines[headers + 1], "today") == todayX, "\(lines[headers + 1])")
        #expect(text.contains(" · week \(EventWords.isoWeek(f.today)) · 1 event"), "\(text)")
        let row = try #require(lines.first { $0.hasPrefix(size.width >= 100 ? "14:00" : "14") })
        #expect(column(row, Text.ellipsize(enTitle, to: cell, ellipsis: "…")) == todayX, "\(row)")
        #expect(text.contains("14:00–16:30"))
        // The other views in English too.
        for key in ["l", "m", "p", "a", "c"] {
            f.press(.char(Character(key)))
            let other = f.screen()
            #expect(!Screen.hasCJK(other), "view \(key):\n\(other)")
            #expect(Screen.widest(other) <= size.width)
        }
    }

    @Test func pageDownAndUpMoveByWeekAndTComesBack() throws {
        let f = try ConsoleFixture()
        let next = f.today.adding(days: 7)
        try f.event("下周的路演", on: next)
        f.events(80, 24)
        f.press(.char("w"))
        // The week view opens on the selected event's week: next week's here.
        let week = EventWeek(f.store.state, containing: f.today, today: f.today)
        #expect(f.screen().contains("\(week.nextWeek) →"))
        f.press(.char("t"))
        #expect(f.screen().contains("\(week.monday) →") && f.screen().contains("今天"))
        f.press(.pageDown)
        var text = f.screen()
        #expect(text.contains("\(week.nextWeek) →") && !text.contains("今天"), "\(text)")
        #expect(text.contains("▶ \(EventWords.monthDay(next))"), "the next week's event is selected:\n\(text)")
        f.press(.pageUp)
        f.press(.pageUp)
        text = f.screen()
        #expect(text.contains("\(week.previousWeek) →") && text.contains("这一周没有活动"), "\(text)")
        f.press(.char("t"))
        text = f.screen()
        #expect(text.contains("\(week.monday) →") && text.contains("今天"), "\(text)")
    }

    @Test func hoursThatDoNotFitScrollToTheSelectedEventAndSaySo() throws {
        let f = try ConsoleFixture()
        try f.event("清晨的发布会", type: .launch, on: f.today, "06:00", "07:00")
        try f.event("深夜的路演", on: f.today, "21:00", "23:30", venue: "歌华大厦")
        f.events(80, 24)
        f.press(.char("w"))
        f.press(.char("g"))
        var lines = f.lines()
        #expect(lines.contains { $0.hasPrefix("06") && $0.contains("清晨的发…") }, "\(f.screen())")
        #expect(lines.contains { $0.hasPrefix("20▼") }, "later hours are hidden and marked:\n\(f.screen())")
        #expect(!lines.contains { $0.hasPrefix("21") })
        f.press(.char("G"))
        lines = f.lines()
        #expect(lines.contains { $0.hasPrefix("21") && $0.contains("深夜的路演") }, "\(f.screen())")
        #expect(lines.contains { $0.hasPrefix("08▲") }, "earlier hours are hidden and marked:\n\(f.screen())")
        #expect(Screen.widest(f.screen()) <= 80)
    }

    @Test func overlappingEventsShareTheDaySideBySide() throws {
        let f = try ConsoleFixture()
        try f.event("甲路演", on: f.today, "10:00", "12:00")
        try f.event("乙研讨", type: .seminar, on: f.today, "10:00", "11:00", venue: "歌华大厦", industry: "ai")
        f.events(120, 40)
        f.press(.char("w"))
        let row = try #require(f.lines().first { $0.hasPrefix("10:00") })
        #expect(row.contains("甲路演") && row.contains("乙研讨"), "\(row)")
    }

    @Test func arrowsMoveThroughTheWeeksEventsAndEnterOpensOne() throws {
        let f = try ConsoleFixture()
        let monday = f.today.adding(days: 1 - f.today.weekday)
        try f.event("周一的例会", type: .meeting, on: monday, "09:30", "11:00", venue: "硅巷驿站")
        try f.event("周三的路演", on: monday.adding(days: 2))
        try f.event("周五的发布会", type: .launch, on: monday.adding(days: 4), "15:00", "17:00")
        f.events(80, 24)
        f.press(.char("w"))
        f.press(.char("g"))
        #expect(f.screen().contains("▶ \(EventWords.monthDay(monday))"))
        f.press(.right)
        #expect(f.screen().contains("周三的路演"))
        #expect(f.lines().contains { $0.hasPrefix("▶") && $0.contains("周三的路演") })
        f.press(.down)
        #expect(f.lines().contains { $0.hasPrefix("▶") && $0.contains("周五的发布会") })
        f.press(.right)
        #expect(f.screen().contains("此后没有活动"), "a key that cannot act says why")
        f.press(.enter)
        #expect(f.screen().contains("周五的发布会 · 发布会"), "the detail of the selected event")
    }
}
