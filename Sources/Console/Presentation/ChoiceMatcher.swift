import SiliconAlleyCore

/// Choice lists filter as the operator types: a substring, or pinyin (`rg` → 人工智能).
enum ChoiceMatcher {
    @Sendable static func matches(_ query: String, _ option: String) -> Bool {
        let q = query.trimmingCharacters(in: .whitespaces).lowercased()
        if q.isEmpty { return true }
        let o = option.lowercased()
        if o.contains(q) { return true }
        // Pinyin from the option's first character: options are short labels, and
        // `zc` should mean 政策申报, not the middle of 知识产权保护.
        let letters = q.utf8.allSatisfy({ (0x61...0x7A).contains($0) })
        if letters, let first = option.first, let initial = q.first,
           Pinyin.readings(of: first).contains(where: { $0.first == initial }), PinyinKey(option).matches(q) {
            return true
        }
        // Three letters or more are specific enough to match anywhere: `kxj` → 区科信局.
        if letters && q.count >= 3 && PinyinKey(option).matches(PinyinQuery(q)) { return true }
        // Characters in order, gaps allowed: 国高 → 国家高新技术企业.
        var rest = o[...]
        for ch in q {
            guard let i = rest.firstIndex(of: ch) else { return false }
            rest = rest[rest.index(after: i)...]
        }
        return true
    }
}

