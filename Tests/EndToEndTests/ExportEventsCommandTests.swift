import Foundation
import Testing
import SiliconAlleyCore

/// `silicon-alley export events`, through the real binary.
@Suite struct ExportEventsCommandTests {
    let dir = TempDir("export-events")
    var journal: String { dir.file("j.jsonl") }

    /// A journal made by the binary (so this login is its admin) with three events.
    private func seeded() throws {
        let store = try JournalStore(path: journal, actor: Identity.currentLogin())
        let today = LocalDate("2025-06-10")!
        let m = try store.perform(CreateActivity(ActivityInput(title: "硅巷建设专班例会", type: .meeting, date: "2025-07-01", start: "09:30",
                                                               end: "11:00", venue: "硅巷驿站", room: "专班会议室",
                                                               organiser: "硅巷建设专班办公室")), today: today)[0].entity
        try store.perform(SetMeetingAgenda(activity: m, items: [String(repeating: "研究硅巷展示区空间改造方案，协调各成员单位推进；", count: 4)]),
                          today: today)
        let show = try store.perform(CreateActivity(ActivityInput(title: "人工智能项目路演", type: .roadshow, date: "2025-07-18", start: "14:00",
                                                                  end: "16:30", venue: "元宇宙品牌宣传广场", organiser: "zgc-development",
                                                                  capacity: "80")), today: today)[0].entity
        try store.perform(RegisterForActivity(activity: show, person: "张伟", phone: "13812345678"), today: today)
        try store.perform(CreateActivity(ActivityInput(title: "八月发布会", type: .launch, date: "2025-08-08", start: "15:00", end: "17:00",
                                                       venue: "元宇宙品牌宣传广场", organiser: "task-force-office")), today: today)
    }

    @Test func icsToStdoutCoversTheRangeFoldedWithCRLF() throws {
        try seeded()
        let r = try SiliconAlleyBinary.run(["export", "events", "--journal", journal, "--from", "2025-07-01", "--to", "2025-07-31",
                                            "--format", "ics"], scratch: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let bytes = Array(r.stdout.utf8)
        #expect(!bytes.enumerated().contains { $0.element == 0x0A && ($0.offset == 0 || bytes[$0.offset - 1] != 0x0D) }, "CRLF only")
        let physical = r.stdout.components(separatedBy: "\r\n").dropLast()
        #expect(physical.allSatisfy { $0.utf8.count <= 75 })
        #expect(physical.contains { $0.hasPrefix(" ") }, "the long agenda is folded")
        #expect(physical.filter { $0 == "BEGIN:VEVENT" }.count == 2)
        #expect(physical.contains("DTSTART;TZID=Asia/Shanghai:20250701T093000"))
        #expect(physical.contains("SUMMARY:人工智能项目路演") && !r.stdout.contains("八月发布会"))

        let utc = try SiliconAlleyBinary.run(["export", "events", "--journal", journal, "--from", "2025-07-18", "--to", "2025-07-18",
                                              "--format", "ics", "--utc"], scratch: dir)
        #expect(utc.status == 0 && utc.stdout.contains("DTSTART:20250718T060000Z\r\n") && !utc.stdout.contains("VTIMEZONE"))
    }

    @Test func csvToAFile() throws {
        try seeded()
        let out = dir.file("events.csv")
        let r = try SiliconAlleyBinary.run(["export", "events", "--journal", journal, "--from", "2025-07-01", "--to", "2025-08-31",
                                            "--format", "csv", "--output", out], scratch: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("exported 3 events to \(out)"))
        let text = String(decoding: JournalFileCheck.bytes(out), as: UTF8.self)
        let rows = text.split(whereSeparator: \.isNewline)
        #expect(rows.count == 4 && rows[0].hasPrefix("编号,类型,名称"))
        #expect(rows[2].contains("人工智能项目路演") && rows[2].contains("中关村发展集团") && rows[2].contains(",80,1,0,0,"))
    }

    @Test func badRangesAndFormatsAreRefused() throws {
        try seeded()
        let backwards = try SiliconAlleyBinary.run(["export", "events", "--journal", journal, "--from", "2025-07-31", "--to", "2025-07-01"],
                                                   scratch: dir)
        #expect(backwards.status != 0 && backwards.stderr.contains("before --from"), "\(backwards.stderr)")
        let format = try SiliconAlleyBinary.run(["export", "events", "--journal", journal, "--from", "2025-07-01", "--to", "2025-07-31",
                                                 "--format", "pdf"], scratch: dir)
        #expect(format.status != 0 && format.stderr.contains("pdf"))
        let date = try SiliconAlleyBinary.run(["export", "events", "--journal", journal, "--from", "2025-7-1", "--to", "2025-07-31"],
                                              scratch: dir)
        #expect(date.status != 0 && date.stderr.contains("--from"))
    }
}
