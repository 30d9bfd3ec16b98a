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
    // Immutable after init except two caches (sort orders, the last answer), touched only
    // on the thread that owns the pane; @unchecked because of those.
    /// The records' boxes in name order, shared with the state (a pointer each, not a
    /// 250-byte copy); empty until the full search is built.
    private let boxes: [RecordMap<Enterprise>.Box]
    /// Until then: the state's table and each record's place in it (table order).
    private let table: RecordMap<Enterprise>
    private let positions: [RecordMap<Enterprise>.Position]
    /// False for `unsorted(state:)`: records in table order, no name index yet; text is
    /// matched by a plain scan of the records until the full search is built.
    public let isComplete: Bool
    /// Lower-cased names, back to back: one buffer, no per-name array to retain.
    private let names: [UInt8]
    /// Name `i` is `names[nameStarts[i]..<nameStarts[i + 1]]` (32-bit offsets: half the room).
    private let nameStarts: [UInt32]
    /// USCCs back to back (each starts at `usccStarts[i]`).
    private let codes: [UInt8]
    private let codeStarts: [UInt32]
    private let pinyin: PinyinIndex
    /// Kept so an update can rebuild the packed index without re-reading every name.
    private let today: LocalDate
    /// The head seq of the state this search was built from.
    public let seq: Int
    private var orders: [EnterpriseSortKey: [Int]] = [:]
    private var last: (filter: EnterpriseFilter, sort: EnterpriseSortKey, ascending: Bool, hits: [Int])?

    public convenience init(state: DomainState, today: LocalDate = .today()) {
        let all = state.enterprises.boxes
        let bytes = all.reduce(0) { $0 + $1.value.name.utf8.count }
        let sorted = Self.inNameOrder(all, nameBytes: bytes)
        // Pinyin keys straight into the packed index, one at a time, into a buffer sized from
        // a sample (doubling from a guess left up to half of 70 MB unused at half a million).
        var pinyin = PinyinIndex.Builder(count: sorted.count, units: Self.estimate(bytes, sorted) { PinyinKey($0).units.count })
        for box in sorted { pinyin.append(PinyinKey(box.value.name)) }
        self.init(sorted: sorted, pinyin: pinyin.build(), seq: state.lastSeq, today: today)
    }

    /// The records in name order. Each name's collation key is made once, not once per
    /// comparison, and packed into one buffer (an array per name cost 40 MB at half a
    /// million names); the buffer is gone when this returns, before the index is built.
    private static func inNameOrder(_ all: [RecordMap<Enterprise>.Box], nameBytes bytes: Int) -> [RecordMap<Enterprise>.Box] {
        var keyBytes: [UInt8] = [], keyStarts = [0]
        keyBytes.reserveCapacity(estimate(bytes, all) { NameCollation.key($0).count })
        keyStarts.reserveCapacity(all.count + 1)
        for box in all {
            keyBytes.append(contentsOf: NameCollation.key(box.value.name))
            keyStarts.append(keyBytes.count)
        }
        let order = keyBytes.withUnsafeBufferPointer { k in
            all.indices.sorted { i, j in
                let a = UnsafeBufferPointer(rebasing: k[keyStarts[i]..<keyStarts[i + 1]])
                let b = UnsafeBufferPointer(rebasing: k[keyStarts[j]..<keyStarts[j + 1]])
                if !a.elementsEqual(b) { return a.lexicographicallyPrecedes(b) }
                let x = all[i].value, y = all[j].value
                if x.name != y.name { return x.name.unicodeScalars.lexicographicallyPrecedes(y.name.unicodeScalars) }
                return x.id < y.id
            }
        }
        return order.map { all[$0] }
    }

    /// Room for every name's packed key: the names' UTF-8 bytes scaled by the ratio of key
    /// to name seen in a sample of up to 1,024 names spread over all, plus a sixteenth. A
    /// wrong guess only costs one growth of the buffer.
    static func estimate(_ nameBytes: Int, _ boxes: [RecordMap<Enterprise>.Box], key: (String) -> Int) -> Int {
        guard !boxes.isEmpty else { return 0 }
        let step = max(1, boxes.count / 1_024)
        var sampleName = 0, sampleKey = 0
        for i in stride(from: 0, to: boxes.count, by: step) {
            sampleName += boxes[i].value.name.utf8.count
            sampleKey += key(boxes[i].value.name)
        }
        let scaled = sampleName == 0 ? 0 : Int(Double(nameBytes) * Double(sampleKey) / Double(sampleName))
        return scaled + scaled / 16 + 64
    }

    /// What answers at once while the full search is built on another thread: every record,
    /// in no particular order, searched by a plain scan (a pointer per record to gather).
    public static func unsorted(state: DomainState, today: LocalDate = .today()) -> EnterpriseSearch {
        EnterpriseSearch(unsorted: state.enterprises, seq: state.lastSeq, today: today)
    }

    private init(unsorted: RecordMap<Enterprise>, seq: Int, today: LocalDate) {
        self.today = today
        self.seq = seq
        boxes = []
        table = unsorted
        positions = unsorted.positions
        isComplete = false
        names = []; nameStarts = [0]; codes = []; codeStarts = [0]
        pinyin = PinyinIndex(keys: [])
        var active = 0
        unsorted.forEachValue { if $0.status == .active { active += 1 } }
        activeCount = active
    }

    /// Name order: pinyin key, then code points, then id (two records may share a name).
    private static func nameOrder(_ ka: [UInt8], _ a: Enterprise, _ kb: [UInt8], _ b: Enterprise) -> Bool {
        if ka != kb { return ka.lexicographicallyPrecedes(kb) }
        if a.name != b.name { return a.name.unicodeScalars.lexicographicallyPrecedes(b.name.unicodeScalars) }
        return a.id < b.id
    }

    private init(sorted: [RecordMap<Enterprise>.Box], pinyin: PinyinIndex, seq: Int, today: LocalDate) {
        self.today = today
        self.seq = seq
        boxes = sorted
        table = RecordMap()
        positions = []
        isComplete = true
        var names: [UInt8] = [], nameStarts: [UInt32] = [0], codes: [UInt8] = [], codeStarts: [UInt32] = [0]
        // Sized from the records (lower-casing rarely changes a name's length).
        names.reserveCapacity(sorted.reduce(0) { $0 + $1.value.name.utf8.count } + 64)
        codes.reserveCapacity(sorted.count * CreditCode.length)
        nameStarts.reserveCapacity(sorted.count + 1)
        codeStarts.reserveCapacity(sorted.count + 1)
        for box in sorted {
            let e = box.value
            if e.status == .active { activeCount += 1 }
            names.append(contentsOf: e.name.lowercased().utf8)
            nameStarts.append(UInt32(names.count))
            e.creditCode.withUTF8 { codes.append(contentsOf: $0) }
            codeStarts.append(UInt32(codes.count))
        }
        self.names = names
        self.nameStarts = nameStarts
        self.codes = codes
        self.codeStarts = codeStarts
        // Only the packed index keeps the pinyin keys (an update copies each from it): a
        // second copy, one array per name, cost 60 MB at half a million names.
        self.pinyin = pinyin
    }

    /// The search for a newer state. Another operator's change touches a few records, so
    /// those are merged into the name order instead of rebuilding (and re-reading the
    /// pinyin of) every name; many changes rebuild.
    public func updated(to state: DomainState, today: LocalDate) -> EnterpriseSearch {
        if state.lastSeq == seq && today == self.today { return self }
        // An older head means another journal took this one's place: start over.
        if state.lastSeq < seq || !isComplete { return EnterpriseSearch(state: state, today: today) }
        var changed: [RecordMap<Enterprise>.Box] = []
        for (id, _) in state.versions.changed(after: seq) {
            if let e = state.enterprises.box(id) { changed.append(e) }
            if changed.count > 2_000 { return EnterpriseSearch(state: state, today: today) }
        }
        if changed.isEmpty || today != self.today {
            return changed.isEmpty && today == self.today ? self : EnterpriseSearch(state: state, today: today)
        }
        let ids = Set(changed.map(\.value.id))
        let incoming = changed.map { (key: NameCollation.key($0.value.name), record: $0) }
            .sorted { Self.nameOrder($0.key, $0.record.value, $1.key, $1.record.value) }
        // Where each incoming record goes among the kept ones, by binary search: a few
        // collation keys per change instead of one per record.
        let kept = boxes.indices.filter { !ids.contains(boxes[$0].value.id) }
        let slots = incoming.map { new -> Int in
            var lo = 0, hi = kept.count
            while lo < hi {
                let mid = (lo + hi) / 2
                let r = boxes[kept[mid]].value
                if Self.nameOrder(NameCollation.key(r.name), r, new.key, new.record.value) { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        var recs: [RecordMap<Enterprise>.Box] = []
        var ks = PinyinIndex.Builder(count: kept.count + incoming.count, units: pinyin.unitCount + incoming.count * 96)
        recs.reserveCapacity(kept.count + incoming.count)
        var j = 0
        for (n, i) in kept.enumerated() {
            while j < incoming.count, slots[j] == n {
                recs.append(incoming[j].record); ks.append(PinyinKey(incoming[j].record.value.name)); j += 1
            }
            recs.append(boxes[i]); ks.append(from: pinyin, i)
        }
        while j < incoming.count { recs.append(incoming[j].record); ks.append(PinyinKey(incoming[j].record.value.name)); j += 1 }
        return EnterpriseSearch(sorted: recs, pinyin: ks.build(), seq: state.lastSeq, today: today)
    }

    public var count: Int { isComplete ? boxes.count : positions.count }
    /// Enterprises still in the district (在区).
    public private(set) var activeCount = 0

    public func record(_ position: Int) -> Enterprise { isComplete ? boxes[position].value : table[positions[position]] }

    /// Positions of the matching records, in the order asked for. A query that extends the
    /// previous one (same filters and order) only re-tests the previous hits.
    public func matches(_ filter: EnterpriseFilter, sort: EnterpriseSortKey, ascending: Bool, today: LocalDate,
                        limit: Int = .max) -> [Int] {
        let q = filter.text.trimmingCharacters(in: .whitespaces).lowercased()
        var candidates: [Int]?
        if limit == .max, let last, last.sort == sort, last.ascending == ascending, !last.filter.text.isEmpty,
           q.hasPrefix(last.filter.text.trimmingCharacters(in: .whitespaces).lowercased()),
           sameFields(last.filter, filter) {
            candidates = last.hits
        }
        let query = Array(q.utf8)
        let upper = Array(q.uppercased().utf8)
        let checkFields = filter.industry != nil || filter.tier != nil || filter.place != nil
            || filter.qualification != nil || filter.status != nil || filter.lacking != nil
            || filter.expiringWithin != nil || filter.measure != nil
        // Pinyin first, in one pass over the packed keys (or over the candidates).
        var pinyinHit: [Bool] = []
        if isComplete && !query.isEmpty && query.allSatisfy({ (0x61...0x7A).contains($0) }) {
            pinyinHit = Array(repeating: false, count: count)
            for i in pinyin.matches(PinyinQuery(q), among: candidates?.sorted()) { pinyinHit[i] = true }
        }
        // No text and no field: the whole list (the commonest answer, and the first one at
        // start-up), copied in order rather than visited one by one (12 ms at half a million).
        if query.isEmpty && !checkFields {
            // (No candidates here: they come only from an earlier, shorter text.)
            let all: [Int]
            if let o = order(sort) {
                all = ascending ? o : o.reversed()
            } else {
                all = ascending ? Array(0..<count) : (0..<count).reversed()
            }
            let out = limit < all.count ? Array(all.prefix(limit)) : all
            if limit == .max { last = (filter, sort, ascending, out) }
            return out
        }
        var out: [Int] = []
        names.withUnsafeBytes { nameBytes in
            codes.withUnsafeBytes { codeBytes in
                query.withUnsafeBytes { qb in
                    upper.withUnsafeBytes { ub in
                        func visit(_ i: Int) -> Bool {
                            if checkFields && !filter.passesFields(record(i), today: today) { return true }
                            if !query.isEmpty && !isComplete {
                                // The plain scan, until the full search is built.
                                let e = record(i)
                                if !e.name.lowercased().contains(q) && !e.uscc.contains(q.uppercased()) { return true }
                            } else if !query.isEmpty {
                                let hit = (!pinyinHit.isEmpty && pinyinHit[i])
                                    || Self.contains(nameBytes, Int(nameStarts[i]), Int(nameStarts[i + 1]), qb)
                                    || Self.contains(codeBytes, Int(codeStarts[i]), Int(codeStarts[i + 1]), ub)
                                if !hit { return true }
                            }
                            out.append(i)
                            return out.count < limit
                        }
                        if let candidates {
                            for i in candidates where !visit(i) { break }
                        } else if let o = order(sort) {
                            if ascending {
                                for i in o where !visit(i) { break }
                            } else {
                                for i in o.reversed() where !visit(i) { break }
                            }
                        } else if ascending {
                            for i in 0..<count where !visit(i) { break }
                        } else {
                            for i in (0..<count).reversed() where !visit(i) { break }
                        }
                    }
                }
            }
        }
        if limit == .max { last = (filter, sort, ascending, out) }
        return out
    }

    private func sameFields(_ a: EnterpriseFilter, _ b: EnterpriseFilter) -> Bool {
        a.industry == b.industry && a.tier == b.tier && a.place == b.place && a.qualification == b.qualification && a.status == b.status
            && a.lacking == b.lacking && a.expiringWithin == b.expiringWithin && a.measure == b.measure
    }

    /// The records themselves (exports, pickers): fine for modest result sizes.
    public func results(_ filter: EnterpriseFilter, sort: EnterpriseSortKey, ascending: Bool, today: LocalDate,
                        limit: Int = .max) -> [Enterprise] {
        matches(filter, sort: sort, ascending: ascending, today: today, limit: limit).map(record)
    }

    /// Each sort order is computed once per state and reused for every keystroke; nil for
    /// name order, which is the records' own (no 4 MB list of 0, 1, 2, … at half a million).
    private func order(_ key: EnterpriseSortKey) -> [Int]? {
        if key == .name { return nil }
        if let o = orders[key] { return o }
        // Records are in name order already: equal values keep it (a stable sort would too,
        // but the index tie-break makes it explicit and cheap).
        let o = (0..<count).sorted { i, j in
            let c = EnterpriseSort.compare(record(i), record(j), by: key, today: today)
            return c != 0 ? c < 0 : i < j
        }
        orders[key] = o
        return o
    }

    /// Whether bytes [from, to) of `all` contain `needle`: memchr for the first byte, then
    /// compare the rest (names are short and needles shorter).
    private static func contains(_ all: UnsafeRawBufferPointer, _ from: Int, _ to: Int, _ needle: UnsafeRawBufferPointer) -> Bool {
        let n = needle.count
        if n == 0 { return true }
        guard to - from >= n, let base = all.baseAddress, let nb = needle.baseAddress else { return false }
        let first = Int32(needle[0])
        var start = from
        let last = to - n
        while start <= last {
            guard let p = memchr(base + start, first, last - start + 1) else { return false }
            let at = base.distance(to: UnsafeRawPointer(p))
            if memcmp(base + at, nb, n) == 0 { return true }
            start = at + 1
        }
        return false
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
            case "lacking", "未获":
                guard let q = catalog.findQualification(v) else { throw Failure(description: "unknown qualification \(v)") }
                f.lacking = q.id
            case "expiring", "到期":
                guard let n = Int(v), n >= 0 else { throw Failure(description: "expiring takes a number of days, not \(v)") }
                f.expiringWithin = n
            case "measure", "措施":
                guard let m = catalog.findMeasure(v) else { throw Failure(description: "unknown measure \(v)") }
                f.measure = m.code
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
