import CSV
import Foundation

/// `import enterprises FILE.csv`: every row validated first; any bad row → a list of every
/// bad row (line and field) and nothing written; a good file → one batch, so a crash
/// mid-import leaves none or all of it.
public enum EnterpriseImporter {
    public struct RowError: Sendable, Hashable, CustomStringConvertible {
        public let line: Int
        public let error: FieldError
        public var description: String { "line \(line): \(error.field): \(error.en) / \(error.zh)" }
    }

    public enum Failure: Error, Sendable, CustomStringConvertible {
        case unreadable(String)
        case badHeader(String)
        case rows([RowError])

        public var description: String {
            switch self {
            case .unreadable(let s): return s
            case .badHeader(let s): return s
            case .rows(let r): return "\(r.count) problem(s), nothing imported:\n" + r.map { "  \($0)" }.joined(separator: "\n")
            }
        }
    }

    /// Parses and validates; returns the commands (one per row) ready for one batch.
    /// `progress` hears how far the rows have come (0…1) and how many, every thousand rows.
    public static func plan(_ bytes: [UInt8], state: DomainState, catalog: Catalog = .plan,
                            today: LocalDate = .today(),
                            progress: ((Double, Int) -> Void)? = nil) throws(Failure) -> (commands: [RegisterEnterprise], encoding: TextDecoding.Encoding) {
        let totalLines = progress == nil ? 0 : max(1, bytes.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 })
        let decoded: (text: String, encoding: TextDecoding.Encoding)
        do { decoded = try TextDecoding.decode(bytes) } catch { throw .unreadable(error.description) }
        let reader: CSVReader
        do { reader = try CSVReader(string: decoded.text, hasHeaderRow: true, trimFields: false) }
        catch { throw .unreadable("not a CSV file: \(error)") }
        guard let header = reader.headerRow, !header.isEmpty else { throw .badHeader("the file is empty (no header row)") }
        var columns: [Int: EnterpriseColumn] = [:]
        for (i, h) in header.enumerated() {
            guard let c = EnterpriseColumn.match(h) else {
                if h.trimmingCharacters(in: .whitespaces).isEmpty { continue }
                throw .badHeader("unknown column “\(h)” (known: \(EnterpriseColumn.importable.map { $0.headers[0] }.joined(separator: ", ")))")
            }
            if columns.values.contains(c) { throw .badHeader("column “\(h)” appears twice") }
            columns[i] = c
        }
        for required in [EnterpriseColumn.name, .uscc, .industry] where !columns.values.contains(required) {
            throw .badHeader("missing column “\(required.headers[0])” (\(required.headers[2]))")
        }
        var commands: [RegisterEnterprise] = []
        var problems: [RowError] = []
        var seen: [String: Int] = [:]  // USCC → line, for duplicates inside the file
        var line = 1
        while let row = reader.next() {
            line += 1
            if let progress, line % 1_000 == 0 { progress(min(1, Double(line) / Double(totalLines)), line - 1) }
            if row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            var input = EnterpriseInput()
            for (i, value) in row.enumerated() {
                switch columns[i] {
                case .name?: input.name = value
                case .uscc?: input.uscc = value
                case .industry?: input.industry = value
                case .place?: input.place = value
                case .address?: input.address = value
                case .area?: input.area = value
                case .headcount?: input.headcount = value
                case .settled?: input.settled = value
                case .contact?: input.contact = value
                // An export masks mobiles: a masked one read back is no number, not a bad one.
                case .phone?: input.phone = value.contains("****") ? "" : value
                default: break
                }
            }
            let command = RegisterEnterprise(input)
            var planner = Planner(state: state, actor: "", today: today, catalog: catalog)
            do {
                try command.plan(&planner)
            } catch {
                problems += error.errors.map { RowError(line: line, error: $0) }
                continue
            }
            let uscc = (try? USCC.validate(input.uscc)) ?? input.uscc
            if let first = seen[uscc] {
                problems.append(RowError(line: line, error: FieldError(field: "uscc", zh: "与第 \(first) 行重复", en: "same as line \(first)")))
                continue
            }
            seen[uscc] = line
            commands.append(command)
        }
        if !problems.isEmpty { throw .rows(problems) }
        if commands.isEmpty { throw .badHeader("no rows to import") }
        return (commands, decoded.encoding)
    }
}
