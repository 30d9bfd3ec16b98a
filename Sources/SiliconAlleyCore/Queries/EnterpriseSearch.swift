/// The registry's search: built once per state, then asked per keystroke. Text matches a
/// name substring (Chinese or Latin, case-insensitive), a USCC fragment, or pinyin.
public struct EnterpriseSearch: Sendable {
    struct Entry: Sendable {
        let enterprise: Enterprise
        let lowerName: String
        let pinyin: PinyinKey
    }

    private let entries: [Entry]

    public init(state: DomainState) {
        entries = state.enterprises.values.map { Entry(enterprise: $0, lowerName: $0.name.lowercased(), pinyin: PinyinKey($0.name)) }
    }

    public var count: Int { entries.count }

    public func results(_ filter: EnterpriseFilter, sort: EnterpriseSortKey, ascending: Bool, today: LocalDate) -> [Enterprise] {
        let q = filter.text.trimmingCharacters(in: .whitespaces).lowercased()
        let upper = q.uppercased()
        let asciiLetters = !q.isEmpty && q.utf8.allSatisfy { (0x61...0x7A).contains($0) }
        let pinyinQuery = PinyinQuery(q)  // parsed once, not per name
        var out: [Enterprise] = []
        for e in entries where filter.passesFields(e.enterprise, today: today) {
            if !q.isEmpty {
                let hit = e.lowerName.contains(q) || e.enterprise.uscc.contains(upper) || (asciiLetters && e.pinyin.matches(pinyinQuery))
                if !hit { continue }
            }
            out.append(e.enterprise)
        }
        out.sort { a, b in
            ascending ? EnterpriseSort.areInIncreasingOrder(a, b, by: sort, today: today)
                      : EnterpriseSort.areInIncreasingOrder(b, a, by: sort, today: today)
        }
        return out
    }
}

/// `--filter` / `:filter` text: `industry=ai tier=showcase place=gehua qualification=srdi
/// status=active` terms (ids or Chinese names), and free text for everything else.
public enum EnterpriseFilterParser {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public static func parse(_ text: String, catalog: Catalog) throws(Failure) -> EnterpriseFilter {
        var f = EnterpriseFilter()
        var free: [String] = []
        for term in text.split(separator: " ").map(String.init) {
            let kv = term.split(separator: "=", maxSplits: 1).map(String.init)
            guard kv.count == 2 else { free.append(term); continue }
            let (k, v) = (kv[0], kv[1])
            switch k {
            case "industry", "行业":
                guard let i = catalog.findIndustry(v) else { throw Failure(description: "unknown industry \(v)") }
                f.industry = i.id
            case "tier", "层级":
                guard let t = catalog.tiers.first(where: { $0.id == v || $0.zh == v || $0.name == v }) else { throw Failure(description: "unknown tier \(v)") }
                f.tier = t.id
            case "place", "楼宇":
                guard let p = catalog.findPlace(v) else { throw Failure(description: "unknown place \(v)") }
                f.place = p.id
            case "qualification", "资质":
                guard let q = catalog.findQualification(v) else { throw Failure(description: "unknown qualification \(v)") }
                f.qualification = q.id
            case "status", "状态":
                switch v {
                case "active", "在区": f.status = .active
                case "movedOut", "moved-out", "已迁出": f.status = .movedOut
                default: throw Failure(description: "unknown status \(v) (active or movedOut)")
                }
            default: free.append(term)
            }
        }
        f.text = free.joined(separator: " ")
        return f
    }
}

import Foundation
