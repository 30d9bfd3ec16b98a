import Foundation
import SiliconAlleyCore

/// `:export [ics|csv] [FROM [TO]] [FILE]` in the events pane: the events of a date range as
/// iCalendar (the default) or CSV, through the core's `EventExporter`. Without dates, the
/// range the view shows; without a file, `exports/events-FROM-TO.ics` beside the journal (a
/// bare file name goes there too; a path with a `/` is taken as given).
struct EventExportRequest: Equatable {
    var format: EventExporter.Format
    var from: LocalDate
    var to: LocalDate
    /// Absolute.
    var path: String

    static func parse(_ argument: String, range: (from: LocalDate, to: LocalDate), journal: String) -> Result<EventExportRequest, ExportWordError> {
        var format: EventExporter.Format?
        var dates: [LocalDate] = []
        var file: String?
        for word in argument.split(separator: " ").map(String.init) {
            if let f = EventExporter.Format(rawValue: word.lowercased()) {
                format = f
            } else if let d = LocalDate(word) {
                dates.append(d)
            } else if word.count == 10, word.filter({ $0 == "-" }).count == 2, word.first?.isNumber == true {
                return .failure(.badDate(word))
            } else if file == nil {
                file = word
            } else {
                return .failure(.extra(word))
            }
        }
        guard dates.count <= 2 else { return .failure(.extra(dates[2].description)) }
        let from = dates.first ?? range.from
        let to = dates.count == 2 ? dates[1] : (dates.count == 1 ? dates[0] : range.to)
        guard from <= to else { return .failure(.order(from, to)) }
        if let file, let f = EventExporter.Format.allCases.first(where: { file.lowercased().hasSuffix("." + $0.rawValue) }) {
            if let format, format != f { return .failure(.mismatch(file, format)) }
            format = f
        }
        let chosen = format ?? .ics
        let dir = (absolute(journal) as NSString).deletingLastPathComponent + "/exports"
        let name = file ?? "events-\(from)-\(to).\(chosen.rawValue)"
        let path = name.contains("/") ? absolute(name) : dir + "/" + name
        return .success(EventExportRequest(format: chosen, from: from, to: to, path: path))
    }

    static func absolute(_ p: String) -> String {
        let full = p.hasPrefix("/") ? p : FileManager.default.currentDirectoryPath + "/" + p
        return URL(fileURLWithPath: full).standardized.path
    }

    func bytes(_ state: DomainState, catalog: Catalog, english: Bool, today: LocalDate) -> (count: Int, bytes: [UInt8]) {
        let events = EventExporter.events(state, from: from, to: to)
        switch format {
        case .ics: return (events.count, EventExporter.ics(events, state: state, english: english, catalog: catalog))
        // A BOM so that Excel reads the Chinese text (as the enterprises export does).
        case .csv: return (events.count, EventExporter.csv(events, state: state, english: english, bom: true, today: today, catalog: catalog))
        }
    }
}

/// Why `:export`'s words were refused, in both languages.
enum ExportWordError: Error, Equatable {
    case badDate(String)
    case extra(String)
    case order(LocalDate, LocalDate)
    case mismatch(String, EventExporter.Format)

    func text(_ l: Language) -> String {
        let usage = l.t("用法：:export [ics|csv] [开始日期 [结束日期]] [文件]", "usage: :export [ics|csv] [FROM [TO]] [FILE]")
        switch self {
        case .badDate(let w): return l.t("“\(w)”不是有效日期（YYYY-MM-DD）；", "“\(w)” is not a date (YYYY-MM-DD); ") + usage
        case .extra(let w): return l.t("多余的“\(w)”；", "“\(w)” is one word too many; ") + usage
        case .order(let a, let b): return l.t("开始日期 \(a) 晚于结束日期 \(b)", "the first day \(a) is after the last day \(b)")
        case .mismatch(let f, let format): return l.t("文件“\(f)”的扩展名与格式 \(format.rawValue) 不符", "the file “\(f)” does not end in .\(format.rawValue)")
        }
    }
}
