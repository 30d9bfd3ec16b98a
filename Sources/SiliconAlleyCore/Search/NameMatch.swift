/// Search as you type over a few names (a project, a unit): a case-insensitive substring of
/// any name, or — for a query of ASCII letters and digits — pinyin initials or full pinyin
/// of any name (`qlzn`, `qinglong`; see `PinyinKey`). For lists of hundreds, not 100k: the
/// registry has its own packed index (`EnterpriseSearch`).
public struct NameMatch: Sendable {
    private let lowered: [String]
    private let keys: [PinyinKey]

    public init(_ names: [String]) {
        let present = names.filter { !$0.isEmpty }
        lowered = present.map { $0.lowercased() }
        keys = present.map(PinyinKey.init)
    }

    /// True for an empty query.
    public func matches(_ query: String) -> Bool {
        let q = query.trimmingCharacters(in: .whitespaces).lowercased()
        if q.isEmpty { return true }
        if lowered.contains(where: { $0.contains(q) }) { return true }
        let pinyin = PinyinQuery(q)
        return pinyin.isPinyin && keys.contains { $0.matches(pinyin) }
    }
}
