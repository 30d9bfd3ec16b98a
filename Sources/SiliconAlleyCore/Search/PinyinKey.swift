/// A name prepared for pinyin search: built once per name, tested per keystroke.
///
/// Matching rule: the query matches if it can be read, left to right, as a run of
/// *consecutive* characters of the name where each character contributes a non-empty
/// prefix of one of its readings (a letter or digit contributes itself). So for
/// 北京青龙智能科技有限公司:
///   initials     "qlzn", "bjql"        (each character gives its first letter)
///   full pinyin  "qinglong", "qinglongzhineng"
///   mixed        "qingl", "qlzhin", "longzhin" (any syllable may be cut short)
/// Polyphonic characters match through any reading (行: xing/hang; 长: chang/zhang).
/// Spaces and punctuation in the name are skipped; a character with no reading breaks a run.
public struct PinyinKey: Sendable, Hashable {
    /// Per character, its reading list in `PinyinTable` as two bytes (low byte first):
    /// `PinyinTable.noList` for a character with no reading. Two bytes a character, against
    /// about seven with the readings spelled out (63 MB for half a million names).
    let units: [UInt8]
    /// Every letter/digit occurring in any reading: a query using another cannot match.
    let letters: UInt64
    /// Every first letter of a reading: the query's first letter must be one of them.
    let initials: UInt64

    public init(_ name: String) {
        let table = PinyinTable.shared
        var units: [UInt8] = []
        units.reserveCapacity(name.utf8.count)
        var letters: UInt64 = 0
        var initials: UInt64 = 0
        func add(_ list: UInt16) {
            units.append(UInt8(list & 0xFF))
            units.append(UInt8(list >> 8))
        }
        for character in name {
            switch PinyinUnit(character) {
            case .readings(let ids):
                add(table.list(of: character.unicodeScalars.first!))
                for id in ids {
                    let syllable = table.syllables[Int(id)]
                    for b in syllable { letters |= Self.letterBit(b) ?? 0 }
                    initials |= Self.letterBit(syllable[0]) ?? 0
                }
            case .literal(let byte):
                add(table.literalList(byte))
                letters |= Self.letterBit(byte) ?? 0
                initials |= Self.letterBit(byte) ?? 0
            case .barrier:
                add(PinyinTable.noList)
            case .skip:
                continue
            }
        }
        self.units = units
        self.letters = letters
        self.initials = initials
    }

    public func matches(_ query: PinyinQuery) -> Bool {
        PinyinTable.shared.withSpelling { spelling in
            units.withUnsafeBufferPointer {
                Self.matches(query, units: $0, letters: letters, initials: initials, spelling: spelling)
            }
        }
    }

    /// Convenience for one-off checks; prepare a `PinyinQuery` when testing many keys.
    public func matches(_ query: String) -> Bool {
        matches(PinyinQuery(query))
    }

    /// Bits 0–25 for a–z, 26–35 for 0–9; nil for any other byte.
    static func letterBit(_ b: UInt8) -> UInt64? {
        switch b {
        case UInt8(ascii: "a")...UInt8(ascii: "z"): return 1 << UInt64(b - UInt8(ascii: "a"))
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return 1 << UInt64(26 + b - UInt8(ascii: "0"))
        default: return nil
        }
    }

    /// The matcher shared by `PinyinKey` and `PinyinIndex`.
    ///
    /// A left-to-right pass over the characters keeping the set of query positions a run can
    /// have reached just before the current character, as a bit set: O(characters × readings
    /// × live positions), no backtracking, no allocation.
    static func matches(_ query: PinyinQuery, units u: UnsafeBufferPointer<UInt8>,
                        letters: UInt64, initials: UInt64, spelling t: PinyinTable.Spelling) -> Bool {
        guard query.isPinyin else { return false }
        let q = query.bytes
        let n = q.count
        if n == 0 { return true }
        guard query.letters & ~letters == 0, let first = letterBit(q[0]), initials & first != 0 else {
            return false
        }
        if n == 1 { return true }  // the initials mask answers it exactly
        if n > 63 { return matchesLong(q, units: u, spelling: t) }
        let done: UInt64 = 1 << UInt64(n)
        return q.withUnsafeBufferPointer { qb in
            var live: UInt64 = 0
            var i = 0
            while i + 1 < u.count {
                let list = Int(u[i]) | Int(u[i + 1]) << 8
                i += 2
                let from = live | 1  // bit 0: a run may also start at this character
                var next: UInt64 = 0
                if list != Int(PinyinTable.noList) {
                    for item in Int(t.listStarts[list])..<Int(t.listStarts[list + 1]) {
                        let packed = t.listItems[item]
                        let r = Int(packed >> 8), len = Int(packed & 0xFF)
                        var s = from
                        while s != 0 {
                            let p = s.trailingZeroBitCount
                            s &= s - 1
                            var m = 0
                            while m < len, p + m < n, qb[p + m] == t.spellBytes[r + m] {
                                m += 1
                                next |= 1 << UInt64(p + m)
                            }
                        }
                    }
                }
                if next & done != 0 { return true }
                live = next
            }
            return false
        }
    }

    /// Same pass with a Bool array, for queries too long for a 64-bit set.
    private static func matchesLong(_ q: [UInt8], units u: UnsafeBufferPointer<UInt8>, spelling t: PinyinTable.Spelling) -> Bool {
        let n = q.count
        var live = [Bool](repeating: false, count: n + 1)
        var i = 0
        while i + 1 < u.count {
            let list = Int(u[i]) | Int(u[i + 1]) << 8
            i += 2
            live[0] = true
            var next = [Bool](repeating: false, count: n + 1)
            if list != Int(PinyinTable.noList) {
                for item in Int(t.listStarts[list])..<Int(t.listStarts[list + 1]) {
                    let packed = t.listItems[item]
                    let r = Int(packed >> 8), len = Int(packed & 0xFF)
                    for p in 0..<n where live[p] {
                        var m = 0
                        while m < len, p + m < n, q[p + m] == t.spellBytes[r + m] {
                            m += 1
                            next[p + m] = true
                        }
                    }
                }
            }
            if next[n] { return true }
            live = next
        }
        return false
    }
}
