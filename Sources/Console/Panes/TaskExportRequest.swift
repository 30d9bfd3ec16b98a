import Foundation
import SiliconAlleyCore

/// What `:export [tasks] [YEAR] [unit=U] [FILE.md|FILE.csv]` asks for, read from its words.
/// A bare file name (or none) goes into `exports/` beside the journal; a path is used as
/// given, made absolute so the status line can say exactly where the file went.
struct TaskExportRequest {
    struct Problem: Error {
        let message: Phrase
    }

    var year: Int
    var unit: String?
    var format: TaskBreakdownExporter.Format
    var path: String

    init(_ argument: String, today: LocalDate, journal: String, units: UnitDirectory) throws(Problem) {
        var year = today.year
        var unit: String?
        var file: String?
        for word in argument.split(separator: " ").map(String.init) {
            if word == "tasks" || word == "任务" { continue }
            if let y = Int(word), word.count == 4 {
                guard (2000...2100).contains(y) else { throw Problem(message: Phrase("年份 \(word) 不在计划的年代", "\(word) is not a year of the plan's era")) }
                year = y
            } else if word.hasPrefix("unit=") || word.hasPrefix("单位=") {
                let name = String(word.split(separator: "=", maxSplits: 1).last ?? "")
                guard let u = units.resolve(name) else {
                    throw Problem(message: Phrase("未知单位“\(name)”", "unknown unit “\(name)”"))
                }
                unit = u.id
            } else if word.hasSuffix(".md") || word.hasSuffix(".csv") {
                file = word
            } else {
                throw Problem(message: Phrase("看不懂“\(word)”", "cannot read “\(word)”"))
            }
        }
        self.year = year
        self.unit = unit
        let name = file ?? "tasks-\(year)" + (unit.map { "-\($0)" } ?? "") + ".md"
        format = name.hasSuffix(".csv") ? .csv : .md
        let cwd = FileManager.default.currentDirectoryPath
        let absolute = journal.hasPrefix("/") ? journal : cwd + "/" + journal
        let exports = (absolute as NSString).deletingLastPathComponent + "/exports"
        if !name.contains("/") {
            path = exports + "/" + name
        } else {
            let expanded = (name as NSString).expandingTildeInPath
            path = expanded.hasPrefix("/") ? expanded : cwd + "/" + expanded
        }
    }
}
