/// Search as you type over a few names (a project, a unit): a case-insensitive substring of
/// any name, or — for a query of ASCII letters and digits — pinyin initials or full pinyin
/// of any name (`qlzn`, `qinglong`; see `PinyinKey`). For lists of hundreds, not 100k: the
/// registry has its own packed index (`EnterpriseSearch`).
public struct NameMatch: Sendable {
    private let names: [String]
    private let lowered: [String]

    /// Pinyin keys are made only when a pinyin query asks: made with the list, the projects
    /// pane's rows read the whole pinyin table on the console's thread at start-up (14 ms).
    public init(_ names: [String]) {
        self.names = names.filter { !$0.isEmpty }
        lowered = self.names.map { $0.lowercased() }
    }

    /// True for an empty query.
    public func matches(_ query: String) -> Bool {
        let q = query.trimmingCharacters(in: .whitespaces).lowercased()
        if q.isEmpty { return true }
        if lowered.contains(where: { $0.contains(q) }) { return true }
        let pinyin = PinyinQuery(q)
        return pinyin.isPinyin && names.contains { PinyinKey($0).matches(pinyin) }
    }
}
