#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The registry's search: built once per state, then asked per keystroke. Text matches a
/// name substring (Chinese or Latin, case-insensitive), a USCC fragment, or pinyin.
///
/// Per keystroke it must stay within a few milliseconds for 100k enterprises, so the
/// records are kept in name order from the start (no sort per keystroke), names and codes
/// are searched as bytes, and results are positions, not copies of records.
public final class EnterpriseSearch: @unchecked Sendable {
    // Immutable after init except the sort-order cache, which is only touched on the
    // thread that owns the pane; @unchecked because of that cache.
    private let records: [Enterprise]
    private let lowerNames: [[UInt8]]
    private let usccs: [[UInt8]]
    private let pinyin: [PinyinKey]
    private var orders: [EnterpriseSortKey: [Int]] = [:]
    private let today: LocalDate

    public init(state: DomainState, today: LocalDate = .today()) {
        self.today = today
        let sorted = state.enterprises.values.sorted { EnterpriseSort.areInIncreasingOrder($0, $1, by: .name, today: today) }
        records = sorted
        lowerNames = sorted.map { Array($0.name.lowercased().utf8) }
        usccs = sorted.map { Array($0.uscc.utf8) }
        pinyin = sorted.map { PinyinKey($0.name) }
        orders[.name] = Array(sorted.indices)
    }

    public var count: Int { records.count }

    public func record(_ position: Int) -> Enterprise { records[position] }

    /// Positions of the matching records, in the order asked for.
    public func matches(_ filter: EnterpriseFilter, sort: EnterpriseSortKey, ascending: Bool, today: LocalDate,
                        limit: Int = .max) -> [Int] {
        let q = filter.text.trimmingCharacters(in: .whitespaces).lowercased()
        let query = Array(q.utf8)
        let upper = Array(q.uppercased().utf8)
        let asciiLetters = !query.isEmpty && query.allSatisfy { (0x61...0x7A).contains($0) }
        let pinyinQuery = PinyinQuery(q)
        let checkFields = filter.industry != nil || filter.tier != nil || filter.place != nil
            || filter.qualification != nil || filter.status != nil
        let order = self.order(sort)
        var out: [Int] = []
        func visit(_ i: Int) -> Bool {
            if checkFields && !filter.passesFields(records[i], today: today) { return true }
            if !query.isEmpty {
                let hit = Self.contains(lowerNames[i], query) || Self.contains(usccs[i], upper)
                    || (asciiLetters && pinyin[i].matches(pinyinQuery))
                if !hit { return true }
            }
            out.append(i)
            return out.count < limit
        }
        if ascending {
            for i in order where !visit(i) { break }
        } else {
            for i in order.reversed() where !visit(i) { break }
        }
        return out
    }

    /// The records themselves (exports, pickers): fine for modest result sizes.
    public func results(_ filter: EnterpriseFilter, sort: EnterpriseSortKey, ascending: Bool, today: LocalDate,
                        limit: Int = .max) -> [Enterprise] {
        matches(filter, sort: sort, ascending: ascending, today: today, limit: limit).map { records[$0] }
    }

    /// Each sort order is computed once per state and reused for every keystroke.
    private func order(_ key: EnterpriseSortKey) -> [Int] {
        if let o = orders[key] { return o }
        let o = records.indices.sorted { EnterpriseSort.areInIncreasingOrder(records[$0], records[$1], by: key, today: today) }
        orders[key] = o
        return o
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        if needle.isEmpty { return true }
        if needle.count > haystack.count { return false }
        // First byte by memchr, then compare the rest: names are short, needles shorter.
        return haystack.withUnsafeBytes { h in
            needle.withUnsafeBytes { n in
                let first = Int32(n[0])
                var start = 0
                let last = h.count - n.count
                while start <= last {
                    guard let p = memchr(h.baseAddress! + start, first, last - start + 1) else { return false }
                    let at = h.baseAddress!.distance(to: UnsafeRawPointer(p))
                    if memcmp(h.baseAddress! + at, n.baseAddress!, n.count) == 0 { return true }
                    start = at + 1
                }
                return false
            }
        }
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
