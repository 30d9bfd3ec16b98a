/// The registry's CSV columns, with the Chinese and English headers accepted for each.
/// Export writes the first Chinese (or English) name; import takes any of them.
public enum EnterpriseColumn: String, CaseIterable, Sendable {
    case name, uscc, industry, place, address, area, headcount, settled, contact, phone, qualifications, status

    public var headers: [String] {
        switch self {
        case .name: return ["企业名称", "名称", "name", "enterprise"]
        case .uscc: return ["统一社会信用代码", "信用代码", "uscc", "credit code"]
        case .industry: return ["行业", "industry"]
        case .place: return ["楼宇", "地点", "place", "building"]
        case .address: return ["地址", "楼层房号", "address"]
        case .area: return ["面积", "面积(m²)", "租用面积", "area"]
        case .headcount: return ["人数", "员工人数", "headcount", "employees"]
        case .settled: return ["入驻日期", "入驻", "settled"]
        case .contact: return ["联系人", "contact"]
        case .phone: return ["联系电话", "电话", "手机", "phone", "mobile"]
        case .qualifications: return ["资质", "qualifications"]
        case .status: return ["状态", "status"]
        }
    }

    /// Columns an import reads (the rest are export-only).
    public static let importable: [EnterpriseColumn] = [.name, .uscc, .industry, .place, .address, .area, .headcount, .settled, .contact, .phone]

    static func match(_ header: String) -> EnterpriseColumn? {
        let h = header.trimmingCharacters(in: .whitespaces).lowercased()
        return allCases.first { $0.headers.contains { $0.lowercased() == h } }
    }
}

import Foundation
