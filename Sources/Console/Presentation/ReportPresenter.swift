import Foundation
import SiliconAlleyCore
import TerminalUI

/// `:report [DATE] [md|csv|json]`: the monitoring report on screen, or written to a file
/// beside the journal. As of today it is the journal as it is; as of a past day, the
/// journal as it stood at the end of that day.
enum ReportPresenter {
    static func run(_ argument: String, _ ctx: ShellContext) -> PaneOutcome {
        var date = ctx.today
        var format: PlanReportWriter.Format?
        for word in argument.split(separator: " ").map(String.init) {
            if let d = LocalDate(word) { date = d }
            else if let f = PlanReportWriter.Format(rawValue: word) { format = f }
            else if word.first?.isNumber == true, case .failure(let e) = Result(catching: { () throws(FieldError) in try LocalDate.validate(word, field: "date") }) {
                // A date that is not one says why (2026-13-01), not just the usage.
                return .refuse(e.text(ctx.language) + ctx.t("；用法：:report [YYYY-MM-DD] [md|csv|json]", "; usage: :report [YYYY-MM-DD] [md|csv|json]"))
            }
            else { return .refuse(ctx.t("用法：:report [YYYY-MM-DD] [md|csv|json]", "usage: :report [YYYY-MM-DD] [md|csv|json]")) }
        }
        if date > ctx.today { return .refuse(ctx.t("报告日期不能晚于今天", "the report's date is after today")) }
        let report: PlanReport
        do { report = try make(date, ctx) } catch { return .refuse(ctx.t("无法生成报告：", "cannot make the report: ") + "\(error)") }
        if let format {
            let path = ctx.exportPath("report-\(date).\(format.rawValue)")
            return .saveFile(FileWrite(path: path, bytes: PlanReportWriter.write(report, format: format)) { ctx, result in
                switch result {
                case .success(let p): return .say(ctx.t("报告已写入 ", "report written to ") + p)
                case .failure(let e): return .refuse(ctx.t("报告未能写入：", "report not written: ") + "\(e)")
                }
            })
        }
        return .openDetail(title: ctx.t("定期监测评估 · 截至 \(date)", "Monitoring report · as of \(date)"), lines: lines(report, ctx.language))
    }

    static func make(_ date: LocalDate, _ ctx: ShellContext) throws -> PlanReport {
        if date == ctx.today {
            return PlanReport(state: ctx.store.state, asOf: date, head: ctx.store.head, language: ctx.language, catalog: ctx.store.catalog)
        }
        let past = try JournalAsOf.state(path: ctx.store.path, through: date)
        return PlanReport(state: past.state, asOf: date, head: past.head, language: ctx.language, catalog: ctx.store.catalog)
    }

    /// The report as lines laid out for the narrowest screen (80 columns): each section's
    /// title, its table with columns padded to their widest cell (the first column cut if the
    /// table would not fit), its notes; the journal anchor last.
    static func lines(_ r: PlanReport, _ l: Language, width: Int = 70) -> [(label: String, value: String)] {
        var out: [(label: String, value: String)] = []
        for s in r.sections {
            out.append(("", ""))
            out.append(("", "■ " + s.title.text(l)))
            if !s.rows.isEmpty {
                let table = [s.columns.map { $0.text(l) }] + s.rows
                let count = s.columns.count
                var widths = (0..<count).map { i in table.map { i < $0.count ? DisplayWidth.of($0[i]) : 0 }.max() ?? 0 }
                let total = widths.reduce(0, +) + 2 * (count - 1)
                if total > width { widths[0] = max(6, widths[0] - (total - width)) }
                for row in table {
                    let cells = (0..<count).map { i -> String in
                        let c = i < row.count ? row[i] : ""
                        let fitted = DisplayWidth.of(c) > widths[i] ? Text.ellipsize(c, to: widths[i]) : c
                        return Text.pad(fitted, to: widths[i], align: i == 0 ? .left : .right)
                    }
                    out.append(("", cells.joined(separator: "  ")))
                }
            }
            for n in s.notes { out.append(("", n)) }
        }
        out.append(("", ""))
        out.append(("", l.t("日志锚点 ", "Journal anchor ") + "#\(r.head.seq) \(r.head.hash)"))
        return out
    }
}
