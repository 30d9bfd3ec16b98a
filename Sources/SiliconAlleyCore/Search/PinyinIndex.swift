/// Many names prepared for per-keystroke pinyin search (the enterprise registry, pickers).
///
/// Keys are packed into one buffer so a scan walks memory in order rather than chasing
/// 100k separate arrays. Positions returned are indexes into the names given at init.
public struct PinyinIndex: Sendable {
    private let units: [UInt8]
    /// Key `i` is `units[starts[i]..<starts[i + 1]]` (32-bit: half the room of an Int per
    /// name; the keys of half a million names take about 60 MB, far from 4 GB).
    private let starts: [UInt32]
    private let letters: [UInt64]
    private let initials: [UInt64]

    public init(_ names: some Sequence<String>) {
        self.init(keys: names.map(PinyinKey.init))
    }

    public init(keys: [PinyinKey]) {
        var units: [UInt8] = []
        units.reserveCapacity(keys.reduce(0) { $0 + $1.units.count })
        var starts: [UInt32] = [0]
        starts.reserveCapacity(keys.count + 1)
        for key in keys {
            units.append(contentsOf: key.units)
            starts.append(UInt32(units.count))
        }
        self.units = units
        self.starts = starts
        self.letters = keys.map(\.letters)
        self.initials = keys.map(\.initials)
    }

    public var count: Int { letters.count }
    /// Bytes of all keys together.
    var unitCount: Int { units.count }

    private init(units: [UInt8], starts: [UInt32], letters: [UInt64], initials: [UInt64]) {
        self.units = units
        self.starts = starts
        self.letters = letters
        self.initials = initials
    }

    /// Packs keys one at a time (no array of keys, each with its own buffer, on the way).
    struct Builder {
        private var units: [UInt8] = [], starts: [UInt32] = [0], letters: [UInt64] = [], initials: [UInt64] = []

        /// `count` keys of `units` bytes in all (an estimate: more only grows the buffer).
        init(count: Int, units size: Int) {
            units.reserveCapacity(size)
            starts.reserveCapacity(count + 1)
            letters.reserveCapacity(count)
            initials.reserveCapacity(count)
        }

        mutating func append(_ key: PinyinKey) {
            units.append(contentsOf: key.units)
            starts.append(UInt32(units.count))
            letters.append(key.letters)
            initials.append(key.initials)
        }

        /// Key `i` of an index, copied as it is packed there.
        mutating func append(from index: PinyinIndex, _ i: Int) {
            units.append(contentsOf: index.units[Int(index.starts[i])..<Int(index.starts[i + 1])])
            starts.append(UInt32(units.count))
            letters.append(index.letters[i])
            initials.append(index.initials[i])
        }

        func build() -> PinyinIndex { PinyinIndex(units: units, starts: starts, letters: letters, initials: initials) }
    }

    /// Positions of the names matching `query`, ascending.
    ///
    /// Pass `among` — the previous keystroke's result — when the new query extends the old
    /// one: every name matching "qingl" also matches "qing", so only those need testing.
    public func matches(_ query: PinyinQuery, among candidates: [Int]? = nil) -> [Int] {
        var hits: [Int] = []
        PinyinTable.shared.withSpelling { spelling in
            units.withUnsafeBufferPointer { all in
                func test(_ i: Int) {
                    let key = UnsafeBufferPointer(rebasing: all[Int(starts[i])..<Int(starts[i + 1])])
                    if PinyinKey.matches(query, units: key, letters: letters[i], initials: initials[i], spelling: spelling) {
                        hits.append(i)
                    }
                }
                if let candidates {
                    for i in candidates { test(i) }
                } else {
                    for i in 0..<count { test(i) }
                }
            }
        }
        return hits
    }

    public func matches(_ query: String) -> [Int] {
        matches(PinyinQuery(query))
    }
}
