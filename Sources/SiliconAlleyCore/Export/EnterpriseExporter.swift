import CSV
import Foundation

/// `export enterprises`: the registry (or a filtered view of it) as CSV or JSON.
public enum EnterpriseExporter {
    public enum Format: String, Sendable, CaseIterable { case csv, json }

    /// `raw`: CSV cells keep a leading `=`, `+`, `-`, `@` as it is (see `CSVCell`).
    /// `partial`: the journal is damaged and this is only what precedes the damage: said in
    /// the file itself (a first CSV row; a `partial` member around the JSON array).
    public static func export(_ enterprises: [Enterprise], format: Format, english: Bool = false, bom: Bool = false,
                              catalog: Catalog = .plan, today: LocalDate = .today(), raw: Bool = false,
                              partial: String? = nil) -> [UInt8] {
        switch format {
        case .csv: return csv(enterprises, english: english, bom: bom, catalog: catalog, today: today, raw: raw, partial: partial)
        case .json:
            // JSONWriter escapes every control character: nothing reaches the file raw.
            var out: [UInt8] = []
            let enc = JSONValueEncoder()
            if let partial {
                out.append(contentsOf: #"{"partial":"#.utf8)
                JSONWriter.write(.string(partial), into: &out)
                out.append(contentsOf: #","enterprises":"#.utf8)
            }
            out.append(contentsOf: "[\n".utf8)
            for (i, e) in enterprises.enumerated() {
                if i > 0 { out.append(contentsOf: ",\n".utf8) }
                JSONWriter.write((try? enc.encode(e)).map(PersonalData.masked) ?? .null, into: &out)
            }
            out.append(contentsOf: partial == nil ? "\n]\n".utf8 : "\n]}\n".utf8)
            return out
        }
    }

    static func csv(_ enterprises: [Enterprise], english: Bool, bom: Bool, catalog: Catalog, today: LocalDate,
                    raw: Bool, partial: String?) -> [UInt8] {
        let columns = EnterpriseColumn.allCases
        let writer = try! CSVWriter(stream: .toMemory())
        if let partial { try! writer.write(row: [CSVCell.safe(partial)]) }
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
                // Personal data: masked in every export (an import reads a masked number as none).
                case .phone: return e.phone.map { PersonalData.mask($0, as: .mobile) } ?? ""
                case .qualifications:
                    return e.qualifications.filter { $0.isValid(on: today) }
                        .map { q in (catalog.qualification(id: q.type).map { english ? $0.en : $0.badge } ?? q.type) + "(\(q.granted)~\(q.expires?.description ?? ""))" }
                        .joined(separator: ";")
                case .status: return english ? e.status.en : e.status.zh
                }
            }
            try! writer.write(row: row.map { CSVCell.safe($0, raw: raw) })
        }
        writer.stream.close()
        let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return (bom ? [0xEF, 0xBB, 0xBF] : []) + [UInt8](data)
    }
}
