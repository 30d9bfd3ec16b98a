import CSV
import Foundation

/// `export housing`: the units, the leases or the waiting list as CSV or JSON for the task
/// force. Resident IDs and mobiles are masked like on screen: nothing here needs the full
/// number, and an exported file travels further than the journal.
public enum HousingExporter {
    public enum Table: String, Sendable, CaseIterable { case units, leases, waiting }
    public enum Format: String, Sendable, CaseIterable { case csv, json }

    public static func export(_ table: Table, state s: DomainState, format: Format, english: Bool = false, bom: Bool = false,
                              today: LocalDate = .today()) -> [UInt8] {
        let (headers, rows) = self.table(table, state: s, english: english, today: today)
        switch format {
        case .csv:
            let writer = try! CSVWriter(stream: .toMemory())
            try! writer.write(row: headers.map { english ? $0.en : $0.zh })
            for r in rows { try! writer.write(row: r) }
            writer.stream.close()
            let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
            return (bom ? [0xEF, 0xBB, 0xBF] : []) + [UInt8](data)
        case .json:
            // One object per row keyed by column (the writer sorts keys); values as in the CSV.
            var out: [UInt8] = Array("[\n".utf8)
            for (i, r) in rows.enumerated() {
                if i > 0 { out += Array(",\n".utf8) }
                let o = JSONObject(uniqueMembers: zip(headers, r).map { (key: $0.key, value: JSONValue.string($1)) })
                JSONWriter.write(.object(o), into: &out)
            }
            out += Array("\n]\n".utf8)
            return out
        }
    }

    struct Header { var key: String; var zh: String; var en: String }

    /// Headers and rows of one table, values already in the chosen language and masked.
    static func table(_ t: Table, state s: DomainState, english: Bool, today: LocalDate) -> ([Header], [[String]]) {
        func h(_ key: String, _ zh: String, _ en: String) -> Header { Header(key: key, zh: zh, en: en) }
        func person(_ p: TalentSummary?) -> [String] {
            [p?.name ?? "", p?.maskedIDNumber ?? "", p?.maskedPhone ?? "", p?.employerName ?? ""]
        }
        let personHeaders = [h("tenant", "租户", "tenant"), h("idNumber", "身份证号", "resident ID"), h("mobile", "手机", "mobile"),
                             h("employer", "工作单位", "employer")]
        switch t {
        case .units:
            let headers = [h("building", "楼栋", "building"), h("unit", "房号", "unit"), h("floor", "楼层", "floor"),
                           h("position", "位置", "position"), h("layout", "户型", "layout"), h("area", "面积(m²)", "area (m2)"),
                           h("rent", "月租金(元)", "monthly rent (yuan)"), h("status", "状态", "status"), h("note", "状态说明", "status note")]
                + personHeaders + [h("start", "租期开始", "lease start"), h("end", "租期结束", "lease end"), h("checkIn", "入住日期", "checked in")]
            let rows = HousingUnits.all(s).map { u -> [String] in
                let a = u.apartment
                return [a.building, a.unit, a.floor.map(FloorNumber.label) ?? "", a.position.map(String.init) ?? "", a.layout,
                        plain(a.area.hundredths), plain(u.monthlyRent.fen), english ? u.status.en : u.status.zh, u.holdNote ?? ""]
                    + person(u.tenant) + [u.lease?.start.description ?? "", u.lease?.end.description ?? "", u.lease?.checkIn?.description ?? ""]
            }
            return (headers, rows)
        case .leases:
            let headers = [h("lease", "租约", "lease"), h("building", "楼栋", "building"), h("unit", "房号", "unit")] + personHeaders
                + [h("start", "开始", "start"), h("end", "结束", "end"), h("rent", "月租金(元)", "monthly rent (yuan)"),
                   h("signedOn", "签约日期", "signed on"), h("checkIn", "入住", "checked in"), h("checkOut", "退房", "checked out"),
                   h("status", "状态", "status"), h("endedEarly", "提前结束", "ended early"), h("renewals", "续签次数", "renewals")]
            let rows = s.leases.values.sorted { WaitingList.entryOrder($0.id) < WaitingList.entryOrder($1.id) }.map { l -> [String] in
                let line = LeaseLine(l, in: s)
                let early = l.endedEarly.map { "\($0.on) \($0.reason)" } ?? ""
                return [l.id, line.unit?.building ?? "", line.unit?.unit ?? ""] + person(line.tenant)
                    + [l.start.description, l.end.description, line.monthlyRent.map { plain($0.fen) } ?? "",
                       l.signedOn?.description ?? "", l.checkIn?.description ?? "", l.checkOut?.description ?? "",
                       english ? l.status.en : l.status.zh, early, String(l.renewals?.count ?? 0)]
            }
            return (headers, rows)
        case .waiting:
            let headers = [h("place", "序号", "place"), h("application", "申请", "application"), h("name", "姓名", "name"),
                           h("idNumber", "身份证号", "resident ID"), h("mobile", "手机", "mobile"), h("employer", "工作单位", "employer"),
                           h("category", "人才类别", "category"), h("priority", "优先级", "priority"), h("appliedOn", "申请日期", "applied on"),
                           h("note", "备注", "note"), h("eligible", "可分配", "eligible now")]
            let rows = WaitingList.entries(s, on: today).map { e -> [String] in
                [String(e.place), e.application.id] + person(e.talent)
                    + [e.talent.category, String(e.application.effectivePriority), e.application.appliedOn.description,
                       e.application.note ?? "", e.eligibleNow ? (english ? "yes" : "是") : (english ? "no" : "否")]
            }
            return (headers, rows)
        }
    }

    /// Hundredths as a plain decimal ("38.5", "2400"), for spreadsheets.
    static func plain(_ hundredths: Int64) -> String {
        hundredths % 100 == 0 ? String(hundredths / 100) : String(Double(hundredths) / 100)
    }
}
