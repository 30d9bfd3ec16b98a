/// Sorting half a million record keys in `String` order, fast: keys of up to 16 ASCII bytes
/// (every id the program makes) compare as two big-endian integers, which orders them
/// exactly as `String <` does; any other key sends the whole sort to `String <`.
enum KeyOrder {
    private struct Packed: Comparable {
        var hi: UInt64
        var lo: UInt64
        static func < (a: Packed, b: Packed) -> Bool { a.hi != b.hi ? a.hi < b.hi : a.lo < b.lo }
    }

    /// Zero-padded, so a prefix sorts first; no key may hold a NUL byte (it would tie with the padding).
    private static func packed(_ key: String) -> Packed? {
        var key = key
        return key.withUTF8 { b -> Packed? in
            guard b.count <= 16 else { return nil }
            var hi: UInt64 = 0, lo: UInt64 = 0
            for k in 0..<16 {
                let c: UInt8 = k < b.count ? b[k] : 0
                if k < b.count && (c == 0 || c >= 0x80) { return nil }
                if k < 8 { hi = hi << 8 | UInt64(c) } else { lo = lo << 8 | UInt64(c) }
            }
            return Packed(hi: hi, lo: lo)
        }
    }

    /// Positions of `keys` in `String` order of the keys.
    static func order(_ keys: [String]) -> [Int] {
        var packedKeys: [(Packed, Int)] = []
        packedKeys.reserveCapacity(keys.count)
        for (i, key) in keys.enumerated() {
            guard let p = packed(key) else { return keys.indices.sorted { keys[$0] < keys[$1] } }
            packedKeys.append((p, i))
        }
        packedKeys.sort { $0.0 < $1.0 }
        return packedKeys.map(\.1)
    }

    /// `items` sorted by `key(item)` in `String` order.
    static func sorted<T>(_ items: [T], by key: (T) -> String) -> [T] {
        order(items.map(key)).map { items[$0] }
    }
}
