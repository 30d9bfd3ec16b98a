import Foundation
import Testing
import SiliconAlleyCore

/// `services` and `calendar` through the real binary.
@Suite struct WindowCommandLineTests {
    let dir = TempDir("window-cli")
    var journal: String { dir.file("j.jsonl") }

    @Test func theServiceListAsMarkdownAndCSV() throws {
        let md = try SiliconAlleyBinary.run(["services"], scratch: dir)
        #expect(md.status == 0, "\(md.stderr)")
        #expect(md.stdout.hasPrefix("# 青龙硅巷公共服务平台 · 一站式服务事项清单"))
        #expect(md.stdout.contains("| policy-application | 政策申报 | 10 |") && md.stdout.contains("## 餐饮休闲"))
        let out = dir.file("services.csv")
        let csv = try SiliconAlleyBinary.run(["services", "--format", "csv", "--english", "--bom", "--output", out], scratch: dir)
        #expect(csv.status == 0, "\(csv.stderr)")
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: out)))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.split(separator: "\r\n").count == Catalog.plan.services.filter(\.isOffered).count + 1)
        var st = stat()
        #expect(stat(out, &st) == 0 && st.st_mode & 0o777 == 0o600)
        let bad = try SiliconAlleyBinary.run(["services", "--format", "pdf"], scratch: dir)
        #expect(bad.status != 0 && bad.stderr.contains("--format: pdf is not md or csv"))
    }

    @Test func anAdminAddsNextYearsHolidaysAndEveryoneCountsWithThem() throws {
        let store = try JournalStore(path: journal)
        try store.perform(AssignRole(login: "li.jing", role: .operator))
        let year = LocalDate.today().year + 1
        let file = dir.file("cn-\(year).txt")
        try "# 国务院办公厅通知（测试）\n\(year)-01-01 off 元旦\n".write(toFile: file, atomically: true, encoding: .utf8)
        let listed = try SiliconAlleyBinary.run(["calendar", "--journal", journal], scratch: dir)
        #expect(listed.status == 0 && listed.stdout.contains("2026  ") && listed.stdout.contains("built in"), "\(listed.stdout)\(listed.stderr)")
        if WorkingDayCalendar.china.years.contains(year) { return }
        #expect(listed.stdout.contains("\(year) is not known yet"))
        let before = JournalFileCheck.rawLines(journal).count
        let badFile = dir.file("cn-\(year)-bad.txt")
        try "\(year)-13-01 off 元旦\n".write(toFile: badFile, atomically: true, encoding: .utf8)
        let bad = try SiliconAlleyBinary.run(["calendar", "add", badFile, "--journal", journal], scratch: dir)
        #expect(bad.status == 1 && bad.stderr.contains("file: "), "\(bad.stderr)")
        #expect(JournalFileCheck.rawLines(journal).count == before, "nothing written")
        let added = try SiliconAlleyBinary.run(["calendar", "add", file, "--journal", journal], scratch: dir)
        #expect(added.status == 0, "\(added.stderr)")
        #expect(added.stdout.contains("added \(year)"))
        #expect(JournalFileCheck.rawLines(journal).count == before + 1)
        try store.refresh()
        #expect(store.state.calendar.holidayName(on: LocalDate(year: year, month: 1, day: 1)!) == "元旦")
        let again = try SiliconAlleyBinary.run(["calendar", "list", "--journal", journal], scratch: dir)
        #expect(again.stdout.contains("\(year)  1 holiday days") && again.stdout.contains("journal line \(before + 1)"), "\(again.stdout)")
        let twice = try SiliconAlleyBinary.run(["calendar", "add", file, "--journal", journal], scratch: dir)
        #expect(twice.status == 1 && twice.stderr.contains("year: \(year) is already added"), "\(twice.stderr)")
    }
}
