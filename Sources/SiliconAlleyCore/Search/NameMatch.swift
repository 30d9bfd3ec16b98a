import Foundation

/// Search as you type over a few names (a project, a unit): a case-insensitive substring of
/// any name, or — for a query of ASCII letters and digits — pinyin initials or full pinyin
/// of any name (`qlzn`, `qinglong`; see `PinyinKey`). For lists of hundreds, not 100k: the
/// registry has its own packed index (`EnterpriseSearch`).
public struct NameMatch: Sendable {
    private let names: [String]
    private let lowered: [String]
    private let keys = Keys()

    /// The pinyin keys, made when a pinyin query first asks and kept for the next: made with
    /// the list, the projects pane's rows read the whole pinyin table on the console's thread
    /// at start-up (14 ms); made per query, a picker over thousands of talents redid them
    /// on every keystroke.
    private final class Keys: @unchecked Sendable {
        private let lock = NSLock()
        private var made: [PinyinKey]?

        func of(_ names: [String]) -> [PinyinKey] {
            lock.withLock {
                if let made { return made }
                let k = names.map(PinyinKey.init)
                made = k
                return k
            }
        }
    }

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
        return pinyin.isPinyin && keys.of(names).contains { $0.matches(pinyin) }
    }
}
