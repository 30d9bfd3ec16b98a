import Foundation
import Testing
import SiliconAlleyCore

/// `export tasks` and `units` through the real binary.
@Suite struct ProjectsCommandLineTests {
    let dir = TempDir("projects-cli")
    var journal: String { dir.file("j.jsonl") }

    private func demo() throws {
        let r = try SiliconAlleyBinary.run(["demo", "--journal", journal, "--enterprises", "3", "--apartments", "0", "--events", "0",
                                            "--tickets", "0"], scratch: dir)
        try #require(r.status == 0, "\(r.stderr)")
    }

    @Test func exportTasksAsCSVAndMarkdown() throws {
        try demo()
        let year = LocalDate.today().year
        let out = dir.file("tasks.csv")
        let csv = try SiliconAlleyBinary.run(["export", "tasks", "--journal", journal, "--year", String(year), "--format", "csv",
                                              "--output", out], scratch: dir)
        #expect(csv.status == 0, "\(csv.stderr)")
        let text = try String(contentsOfFile: out, encoding: .utf8)
        let rows = text.split(whereSeparator: \.isNewline)
        #expect(rows.first == "牵头单位,项目,类别,状态,里程碑,到期日,完成日,情况,逾期天数")
        // Every milestone due that year is a row (or, for a project with none, one row of its own).
        let state = try JournalStore(path: journal, actor: "reader", useSnapshot: false).state
        let due = state.projects.values.reduce(0) { $0 + $1.milestones.filter { $0.due.year == year }.count }
        let none = state.projects.values.filter { p in p.status != .closed && !p.milestones.contains { $0.due.year == year } }.count
        #expect(due > 0 && rows.count == 1 + due + none, "\(rows.count) rows for \(due) milestones and \(none) projects without")

        let md = try SiliconAlleyBinary.run(["export", "tasks", "--journal", journal, "--year", String(year), "--unit", "区科信局",
                                             "--format", "md", "--english"], scratch: dir)
        #expect(md.status == 0, "\(md.stderr)")
        #expect(md.stdout.hasPrefix("# Annual task breakdown \(year)"))
        #expect(md.stdout.contains("## District Science, Technology and Informatization Bureau"))
        #expect(!md.stdout.contains("## Task-force office"), "only the unit asked for")
    }

    @Test func badOptionsAreClearErrors() throws {
        try demo()
        let unit = try SiliconAlleyBinary.run(["export", "tasks", "--journal", journal, "--unit", "某某局"], scratch: dir)
        #expect(unit.status != 0 && unit.stderr.contains("某某局"), "\(unit.stderr)")
        let format = try SiliconAlleyBinary.run(["export", "tasks", "--journal", journal, "--format", "xls"], scratch: dir)
        #expect(format.status != 0 && format.stderr.contains("md or csv"), "\(format.stderr)")
    }

    @Test func unitsAddAndList() throws {
        let add = try SiliconAlleyBinary.run(["units", "add", "东城区数据局", "--en", "Dongcheng Data Bureau", "--short", "区数据局",
                                              "--window", "--journal", journal], scratch: dir)
        #expect(add.status == 0, "\(add.stderr)")
        let again = try SiliconAlleyBinary.run(["units", "add", "区数据局", "--journal", journal], scratch: dir)
        #expect(again.status != 0 && again.stderr.contains("zh:"), "a name another unit uses: \(again.stderr)")
        let list = try SiliconAlleyBinary.run(["units", "list", "--window", "--journal", journal], scratch: dir)
        #expect(list.status == 0)
        #expect(list.stdout.contains("东城区数据局 (区数据局) · 政府部门 · 窗口承办"), "\(list.stdout)")
        #expect(!list.stdout.contains("中关村发展集团"), "partners do not handle window requests")
    }
}
