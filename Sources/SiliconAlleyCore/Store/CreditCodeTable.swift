/// The USCC index's table: code → enterprise id in 8 bytes a slot.
///
/// A registered enterprise's id is `ent-<seq>` (replay refuses any other), so a slot keeps
/// that seq and 32 bits of the code's hash, not the code and the id (a `[CreditCode:
/// String]` took 40 bytes a slot: 40 MB at half a million). A slot whose hash bits match is
/// confirmed against the record's own code. An id of another shape (none replay accepts
/// today) is kept in a plain dictionary beside it.
struct CreditCodeTable {
    /// seq << 32 | hash bits; 0 is empty, `removed` a slot freed by a code change.
    private var slots: [UInt64] = []
    private var used = 0          // filled and removed slots
    private(set) var count = 0
    private var others: [CreditCode: String] = [:]

    private static let removed = UInt64.max
    private static let prefix = "ent-"

    init(capacity: Int = 0) {
        if capacity > 0 { grow(to: capacity) }
    }

    mutating func reserveCapacity(_ n: Int) {
        if n > slots.count * 3 / 4 { grow(to: n) }
    }

    /// The id of the record holding `code`, confirmed against `enterprises`.
    func id(of code: CreditCode, in enterprises: RecordMap<Enterprise>) -> String? {
        slot(of: code, in: enterprises).map { Self.id(slots[$0] >> 32) } ?? others[code]
    }

    /// Adds `code` → `id` (the caller has made sure the code is not here).
    mutating func insert(_ code: CreditCode, id: String) {
        guard let seq = Self.seq(of: id) else {
            others[code] = id
            count += 1
            return
        }
        if used + 1 > slots.count * 3 / 4 { grow(to: max(16, count + 1)) }
        let bits = Self.bits(code)
        var i = start(bits)
        while slots[i] != 0 && slots[i] != Self.removed { i = (i + 1) & (slots.count - 1) }
        put(seq, bits, at: i)
    }

    /// Adds `code` → `id` unless the code is here already: then its id, and nothing changes.
    /// One walk along the slots for both (replay registers half a million codes).
    mutating func insertNew(_ code: CreditCode, id: String, in enterprises: RecordMap<Enterprise>) -> String? {
        guard let seq = Self.seq(of: id), others.isEmpty else {
            if let other = self.id(of: code, in: enterprises) { return other }
            insert(code, id: id)
            return nil
        }
        if used + 1 > slots.count * 3 / 4 { grow(to: max(16, count + 1)) }
        let bits = Self.bits(code)
        var i = start(bits), free: Int?
        while slots[i] != 0 {
            let s = slots[i]
            if s == Self.removed {
                if free == nil { free = i }
            } else if UInt32(truncatingIfNeeded: s) == bits && enterprises[Self.id(s >> 32)]?.creditCode == code {
                return Self.id(s >> 32)
            }
            i = (i + 1) & (slots.count - 1)
        }
        put(seq, bits, at: free ?? i)
        return nil
    }

    private mutating func put(_ seq: UInt32, _ bits: UInt32, at i: Int) {
        if slots[i] == 0 { used += 1 }
        slots[i] = UInt64(seq) << 32 | UInt64(bits)
        count += 1
    }

    /// Takes `code` out (its record, in `enterprises`, still holds it).
    mutating func remove(_ code: CreditCode, in enterprises: RecordMap<Enterprise>) {
        if let i = slot(of: code, in: enterprises) {
            slots[i] = Self.removed
            count -= 1
        } else if others.removeValue(forKey: code) != nil {
            count -= 1
        }
    }

    private func slot(of code: CreditCode, in enterprises: RecordMap<Enterprise>) -> Int? {
        guard !slots.isEmpty else { return nil }
        let bits = Self.bits(code)
        var i = start(bits)
        while slots[i] != 0 {
            let s = slots[i]
            if s != Self.removed && UInt32(truncatingIfNeeded: s) == bits && enterprises[Self.id(s >> 32)]?.creditCode == code {
                return i
            }
            i = (i + 1) & (slots.count - 1)
        }
        return nil
    }

    /// Room for `n` codes at most three quarters full; removed slots are dropped.
    private mutating func grow(to n: Int) {
        var size = 16
        while size * 3 / 4 < n { size *= 2 }
        let old = slots
        slots = Array(repeating: 0, count: size)
        used = 0
        for s in old where s != 0 && s != Self.removed {
            var i = start(UInt32(truncatingIfNeeded: s))
            while slots[i] != 0 { i = (i + 1) & (size - 1) }
            slots[i] = s
            used += 1
        }
    }

    /// Where a code's probe starts: from its hash bits only, so growing needs no codes.
    private func start(_ bits: UInt32) -> Int {
        let shift = UInt64(slots.count.trailingZeroBitCount)
        return Int(truncatingIfNeeded: (UInt64(bits) &* 0x9E37_79B9_7F4A_7C15) >> (64 - shift))
    }

    private static func bits(_ code: CreditCode) -> UInt32 { UInt32(truncatingIfNeeded: code.hashValue) }

    /// The seq of an `ent-<seq>` id (written exactly so: no sign, no leading zero), if it fits.
    static func seq(of id: String) -> UInt32? {
        var id = id
        return id.withUTF8 { b -> UInt32? in
            // "ent-", then 1 to 10 digits, the first not 0.
            guard b.count > 4, b.count <= 14, b[0] == 0x65, b[1] == 0x6E, b[2] == 0x74, b[3] == 0x2D, b[4] != 0x30 else { return nil }
            var n: UInt64 = 0
            for c in b[4...] {
                guard c >= 0x30 && c <= 0x39 else { return nil }
                n = n * 10 + UInt64(c - 0x30)
            }
            return n < UInt64(UInt32.max) ? UInt32(n) : nil
        }
    }

    private static func id(_ seq: UInt64) -> String { prefix + String(seq) }
}
