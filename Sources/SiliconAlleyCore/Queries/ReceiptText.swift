/// The applicant's receipt (受理回执), plain text ready to print on any printer.
public enum ReceiptText {
    public static func make(_ t: Ticket, state: DomainState, catalog: Catalog = .plan, calendar: WorkingDayCalendar = .china) -> String {
        let applicant: String
        if let id = t.enterprise, let e = state.enterprises[id] {
            applicant = "\(e.name)（\(e.uscc)）"
        } else {
            applicant = "\(t.applicantName ?? "")" + (t.applicantPhone.map { "（\(PersonalData.mask($0, as: .mobile))）" } ?? "")
        }
        var what = t.type.zh
        if let m = t.measure.flatMap({ catalog.measure(code: $0) }) { what += " · \(m.code) \(m.zh)" }
        let received = t.documents
        let missing = t.type.documents.filter { !received.contains($0) }
        var lines = [
            "东城区 青龙硅巷公共服务平台 · 一站式服务窗口",
            "受理回执",
            String(repeating: "=", count: 40),
            "回执号：\(t.receipt)",
            "申请人：\(applicant)",
            "事  项：\(what)",
            "说  明：\(t.description)",
            "受理日期：\(t.acceptedOn)",
        ]
        if let due = t.due {
            let adjusted = calendar.covers(due) ? "（按法定节假日及调休计算）" : "（按周一至周五计算）"
            lines.append("办结时限：\(t.type.timeLimitWorkingDays) 个工作日，\(due) 前\(adjusted)")
        }
        if let u = t.unit { lines.append("承办单位：\(u)") }
        lines.append("已收材料：\(received.isEmpty ? "无" : received.joined(separator: "、"))")
        lines.append("需补交材料：\(missing.isEmpty ? "无" : missing.joined(separator: "、"))")
        lines.append(String(repeating: "=", count: 40))
        lines.append("凭此回执查询办理进度。")
        return lines.joined(separator: "\n") + "\n"
    }
}
