/// The window's published service list (services.json) for posting at the window and for the
/// task force to review: Markdown grouped by heading, or CSV with one row per service.
/// Retired services are left out: the list says what the window takes now.
public enum ServiceListWriter {
    public enum Format: String, CaseIterable, Sendable { case md, csv }

    public static func write(_ c: Catalog, format: Format, english: Bool = false, bom: Bool = false) -> [UInt8] {
        let l: Language = english ? .en : .zh
        switch format {
        case .md: return Array(markdown(c, l).utf8)
        case .csv: return (bom ? [0xEF, 0xBB, 0xBF] : []) + Array(csv(c, l).utf8)
        }
    }

    static func columns(_ l: Language) -> [String] {
        [l.t("编码", "Code"), l.t("事项", "Service"), l.t("时限（工作日）", "Limit (working days)"), l.t("必备材料", "Required documents"),
         l.t("可选材料", "Optional documents"), l.t("承办单位", "Handling unit"), l.t("记录扶持", "Records support")]
    }

    static func row(_ s: Service, _ c: Catalog, _ l: Language) -> [String] {
        let sep = l.t("、", "; ")
        return [s.code, s.text(l), String(s.limitDays), s.required.map { c.documentName($0).text(l) }.joined(separator: sep),
                s.optional.map { c.documentName($0).text(l) }.joined(separator: sep),
                c.unit(id: s.unit)?.text(l) ?? s.unit, s.support ? l.t("是（15 条措施）", "yes (the 15 measures)") : ""]
    }

    static func markdown(_ c: Catalog, _ l: Language) -> String {
        func cell(_ s: String) -> String { s.replacingOccurrences(of: "|", with: "\\|") }
        var out = "# " + l.t("青龙硅巷公共服务平台 · 一站式服务事项清单", "Qinglong Silicon Alley Public Service Platform · one-stop service list") + "\n\n"
        out += l.t("清单之外无事项：窗口只受理以下事项。时限按工作日计（法定节假日及调休除外）；材料不齐的，窗口一次性告知全部须补正材料，补正期间时限暂停。",
                   "Nothing outside the list: the window takes only these services. Limits count working days (public holidays and make-up days as announced); when documents are missing, the window lists every one at once and the clock waits.") + "\n\n"
        for g in c.serviceGroups {
            let services = c.services(inGroup: g.id).filter(\.isOffered)
            if services.isEmpty { continue }
            out += "## " + g.text(l) + "\n\n"
            let cols = columns(l)
            out += "| " + cols.joined(separator: " | ") + " |\n|" + String(repeating: "---|", count: cols.count) + "\n"
            for s in services { out += "| " + row(s, c, l).map(cell).joined(separator: " | ") + " |\n" }
            out += "\n"
        }
        return out
    }

    static func csv(_ c: Catalog, _ l: Language) -> String {
        func field(_ s: String) -> String {
            let v = CSVCell.safe(s)
            return v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" }) ? "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : v
        }
        var out = ([l.t("类别", "Group")] + columns(l)).map(field).joined(separator: ",") + "\r\n"
        for g in c.serviceGroups {
            for s in c.services(inGroup: g.id) where s.isOffered {
                out += ([g.text(l)] + row(s, c, l)).map(field).joined(separator: ",") + "\r\n"
            }
        }
        return out
    }
}
