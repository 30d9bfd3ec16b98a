import CSV
import Foundation

/// `export tasks`: the annual task breakdown (`TaskBreakdown`) as Markdown (for the meeting
/// paper) or CSV (for a spreadsheet), in Chinese or English.
public enum TaskBreakdownExporter {
    public enum Format: String, Sendable, CaseIterable { case md, csv }

    public static func export(_ t: TaskBreakdown, format: Format, english: Bool = false, bom: Bool = false) -> [UInt8] {
        switch format {
        case .md: return Array(markdown(t, english: english).utf8)
        case .csv: return (bom ? [0xEF, 0xBB, 0xBF] : []) + csv(t, english: english)
        }
    }

    /// What a milestone's state says in a cell: 已完成 / 逾期 N 天完成 / 逾期 N 天 / 剩 N 天.
    public static func stateText(_ s: MilestoneState, english: Bool) -> String {
        switch s {
        case .done: return english ? "done" : "已完成"
        case .doneLate(_, let d): return english ? "done \(d) days late" : "逾期 \(d) 天完成"
        case .late(let d): return english ? "LATE by \(d) days" : "逾期 \(d) 天"
        case .open(let d): return d == 0 ? (english ? "due today" : "今天到期") : (english ? "\(d) days left" : "剩 \(d) 天")
        }
    }

    static func unitName(_ u: OrgUnit?, english: Bool) -> String {
        u.map { $0.name(english: english) } ?? (english ? "(no lead unit)" : "（未定牵头单位）")
    }

    static func markdown(_ t: TaskBreakdown, english e: Bool) -> String {
        func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
        var out = e ? "# Annual task breakdown \(t.year) (as of \(t.today))\n" : "# \(t.year) 年度任务分工（截至 \(t.today)）\n"
        if t.units.isEmpty { out += e ? "\nNo projects.\n" : "\n没有项目。\n" }
        for u in t.units {
            out += "\n## \(cell(unitName(u.unit, english: e)))\n\n"
            out += e ? "Projects \(u.projects.count) · milestones due \(u.due) · done \(u.done) (late \(u.doneLate)) · late \(u.late)\n\n"
                     : "项目 \(u.projects.count) 个 · 本年到期里程碑 \(u.due) 个 · 已完成 \(u.done)（逾期完成 \(u.doneLate)）· 逾期未完成 \(u.late)\n\n"
            out += e ? "| Project | Category | Status | Milestone | Due | Done | State |\n" : "| 项目 | 类别 | 状态 | 里程碑 | 到期 | 完成 | 情况 |\n"
            out += "|---|---|---|---|---|---|---|\n"
            for p in u.projects {
                let head = "| \(cell(p.project.name)) | \(p.project.category.label(english: e)) | \(p.project.status.label(english: e)) "
                if p.items.isEmpty {
                    out += head + "| — | | | \(e ? "no milestone due this year" : "本年无到期里程碑") |\n"
                }
                for i in p.items {
                    out += head + "| \(cell(i.milestone.title)) | \(i.milestone.due) | \(i.milestone.done?.description ?? "") | \(stateText(i.state, english: e)) |\n"
                }
            }
        }
        return out
    }

    static func csv(_ t: TaskBreakdown, english e: Bool) -> [UInt8] {
        let writer = try! CSVWriter(stream: .toMemory())
        try! writer.write(row: e ? ["unit", "project", "category", "status", "milestone", "due", "done", "state", "days late"]
                                 : ["牵头单位", "项目", "类别", "状态", "里程碑", "到期日", "完成日", "情况", "逾期天数"])
        for u in t.units {
            for p in u.projects {
                let head = [unitName(u.unit, english: e), p.project.name, p.project.category.label(english: e), p.project.status.label(english: e)]
                if p.items.isEmpty { try! writer.write(row: head + ["", "", "", "", ""]) }
                for i in p.items {
                    try! writer.write(row: head + [i.milestone.title, i.milestone.due.description, i.milestone.done?.description ?? "",
                                                   stateText(i.state, english: e), String(i.state.lateDays)])
                }
            }
        }
        writer.stream.close()
        let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return [UInt8](data)
    }
}
