import Foundation

/// The plan report as Markdown (for meetings), CSV (for spreadsheets: one table, the section
/// in the first column) or JSON (for tools). Every format ends with the journal head.
public enum PlanReportWriter {
    public enum Format: String, CaseIterable, Sendable { case md, csv, json }

    public static func write(_ r: PlanReport, format: Format) -> [UInt8] {
        switch format {
        case .md: return Array(markdown(r).utf8)
        case .csv: return Array(csv(r).utf8)
        case .json:
            var out: [UInt8] = []
            JSONWriter.write(json(r), into: &out)
            out.append(0x0A)
            return out
        }
    }

    static func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ") }

    public static func markdown(_ r: PlanReport) -> String {
        let l = r.language
        var out = "# " + l.t("硅巷建设定期监测评估报告", "Silicon Alley monitoring report") + "\n\n"
        out += l.t("截至 \(r.asOf)（北京时间，当日结束时的日志）", "As of \(r.asOf) (Beijing time; the journal as it stood at the end of that day)") + "\n\n"
        for s in r.sections {
            out += "## " + s.title.text(l) + "\n\n"
            if !s.rows.isEmpty {
                out += "| " + s.columns.map { cell($0.text(l)) }.joined(separator: " | ") + " |\n"
                out += "|" + String(repeating: "---|", count: s.columns.count) + "\n"
                for row in s.rows { out += "| " + row.map(cell).joined(separator: " | ") + " |\n" }
                out += "\n"
            }
            for n in s.notes { out += n + "\n\n" }
        }
        out += "---\n" + l.t("日志锚点", "Journal anchor") + ": #\(r.head.seq) `\(r.head.hash)`\n"
        return out
    }

    public static func csv(_ r: PlanReport) -> String {
        let l = r.language
        func field(_ s: String) -> String {
            // Cells a spreadsheet would run as a formula are quoted with a leading '.
            var v = s
            if let f = v.first, "=+-@\t\r".contains(f) { v = "'" + v }
            return v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : v
        }
        var out = [l.t("截至", "as of"), r.asOf.description].map(field).joined(separator: ",") + "\r\n"
        for s in r.sections {
            out += ([l.t("部分", "section")] + s.columns.map { $0.text(l) }).map(field).joined(separator: ",") + "\r\n"
            for row in s.rows { out += ([s.title.text(l)] + row).map(field).joined(separator: ",") + "\r\n" }
        }
        out += [l.t("日志锚点", "journal anchor"), "#\(r.head.seq)", r.head.hash].map(field).joined(separator: ",") + "\r\n"
        return out
    }

    public static func json(_ r: PlanReport) -> JSONValue {
        let l = r.language
        return .object([
            "asOf": .string(r.asOf.description),
            "language": .string(l.rawValue),
            "head": .object(["seq": .int(Int64(r.head.seq)), "hash": .string(r.head.hash)]),
            "sections": .array(r.sections.map { s in
                .object([
                    "id": .string(s.id), "title": .string(s.title.text(l)),
                    "columns": .array(s.columns.map { .string($0.text(l)) }),
                    "rows": .array(s.rows.map { .array($0.map(JSONValue.string)) }),
                    "notes": .array(s.notes.map(JSONValue.string)),
                ])
            }),
        ])
    }
}
