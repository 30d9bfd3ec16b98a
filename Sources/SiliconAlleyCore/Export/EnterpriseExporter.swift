import CSV
import Foundation

/// `export enterprises`: the registry (or a filtered view of it) as CSV or JSON.
public enum EnterpriseExporter {
    public enum Format: String, Sendable, CaseIterable { case csv, json }

    public static func export(_ enterprises: [Enterprise], format: Format, english: Bool = false, bom: Bool = false,
                              catalog: Catalog = .plan, today: LocalDate = .today()) -> [UInt8] {
        switch format {
        case .csv: return csv(enterprises, english: english, bom: bom, catalog: catalog, today: today)
        case .json:
            var out: [UInt8] = []
            let enc = JSONValueEncoder()
            out.append(contentsOf: "[\n".utf8)
            for (i, e) in enterprises.enumerated() {
                if i > 0 { out.append(contentsOf: ",\n".utf8) }
                JSONWriter.write((try? enc.encode(e)) ?? .null, into: &out)
            }
            out.append(contentsOf: "\n]\n".utf8)
            return out
        }
    }

    static func csv(_ enterprises: [Enterprise], english: Bool, bom: Bool, catalog: Catalog, today: LocalDate) -> [UInt8] {
        let columns = EnterpriseColumn.allCases
        let writer = try! CSVWriter(stream: .toMemory())
        try! writer.write(row: columns.map { english ? $0.headers.first { $0.first!.isASCII }! : $0.headers[0] })
        for e in enterprises {
            let row: [String] = columns.map { c in
                switch c {
                case .name: return e.name
                case .uscc: return e.uscc
                case .industry: return catalog.industry(id: e.industry).map { english ? $0.en : $0.zh } ?? e.industry
                case .place: return e.place.flatMap { catalog.place(id: $0) }.map { english ? $0.en : $0.zh } ?? ""
                case .address: return e.address ?? ""
                case .area: return e.area.map { String(Double($0.hundredths) / 100) } ?? ""
                case .headcount: return e.headcount.map(String.init) ?? ""
                case .settled: return e.settled?.description ?? ""
                case .contact: return e.contact ?? ""
                case .phone: return e.phone ?? ""
                case .qualifications:
                    return e.qualifications.filter { $0.isValid(on: today) }
                        .map { q in (catalog.qualification(id: q.type).map { english ? $0.en : $0.badge } ?? q.type) + "(\(q.granted)~\(q.expires?.description ?? ""))" }
                        .joined(separator: ";")
                case .status: return english ? e.status.en : e.status.zh
                }
            }
            try! writer.write(row: row)
        }
        writer.stream.close()
        let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return (bom ? [0xEF, 0xBB, 0xBF] : []) + [UInt8](data)
    }
}
