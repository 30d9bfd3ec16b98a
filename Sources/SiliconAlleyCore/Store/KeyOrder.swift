/// Sorting half a million record keys in `String` order, fast: keys of up to 16 ASCII bytes
/// (every id the program makes) compare as two big-endian integers, which orders them
/// exactly as `String <` does; any other key sends the whole sort to `String <`.
enum KeyOrder {
    struct Packed: Comparable {
        var hi: UInt64
        var lo: UInt64
        static func < (a: Packed, b: Packed) -> Bool { a.hi != b.hi ? a.hi < b.hi : a.lo < b.lo }
    }

    /// Zero-padded, so a prefix sorts first; no key may hold a NUL byte (it would tie with the padding).
    static func packed(_ key: String) -> Packed? {
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

    /// The key a packed key was made from.
    static func string(_ p: Packed) -> String {
        let length = p.hi == 0 ? 0 : p.lo == 0 ? 8 - p.hi.trailingZeroBitCount / 8 : 16 - p.lo.trailingZeroBitCount / 8
        return String(unsafeUninitializedCapacity: length) { out in
            for k in 0..<length { out[k] = UInt8(truncatingIfNeeded: (k < 8 ? p.hi >> (56 - 8 * k) : p.lo >> (56 - 8 * (k - 8)))) }
            return length
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

/// A table's entries in `String` order of their keys, with no array of keys beside them:
/// each key (up to 16 ASCII bytes) is packed next to its value and made a `String` again
/// only when read. Writing a snapshot at half a million records held the keys, an order
/// and the values' copies at once: 65 MB, the peak of a first start.
struct KeySorted<Value> {
    /// Keys with the position of their value: sorting moves no value (a reference moved is
    /// counted twice, and a sort moves each element about twenty times at half a million).
    private var packed: [(key: KeyOrder.Packed, at: UInt32)] = []
    private var values: [Value] = []
    /// Any key that does not pack sends the whole table here, sorted as `String`s.
    private var plain: [(key: String, value: Value)] = []

    init<C: Collection>(_ entries: C) where C.Element == (key: String, value: Value) {
        packed.reserveCapacity(entries.count)
        values.reserveCapacity(entries.count)
        for (k, v) in entries {
            guard let p = KeyOrder.packed(k), values.count < Int(UInt32.max) else {
                packed = []
                values = []
                plain = entries.sorted { $0.key < $1.key }
                return
            }
            packed.append((p, UInt32(values.count)))
            values.append(v)
        }
        packed.sort { $0.key < $1.key }
    }

    var count: Int { plain.isEmpty ? packed.count : plain.count }

    subscript(i: Int) -> (key: String, value: Value) {
        plain.isEmpty ? (KeyOrder.string(packed[i].key), values[Int(packed[i].at)]) : plain[i]
    }
}

extension KeyOrder.Packed: Sendable {}
extension KeySorted: Sendable where Value: Sendable {}
