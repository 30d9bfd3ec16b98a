/// A SHA-256 digest of the chain, held as its 32 bytes. Every line carries two (its `prev`
/// and its own `hash`); as strings of 64 hex digits they were two allocations a line to
/// make and two to free, a quarter of what reading a million lines allocates.
public struct ChainDigest: Hashable, Sendable {
    // The digest's bytes in order, eight to a word (big-endian), so `hex` reads them back.
    private var w0: UInt64, w1: UInt64, w2: UInt64, w3: UInt64

    /// The `prev` of the first line: 64 zeros.
    public static let genesis = ChainDigest(w0: 0, w1: 0, w2: 0, w3: 0)

    private init(w0: UInt64, w1: UInt64, w2: UInt64, w3: UInt64) {
        (self.w0, self.w1, self.w2, self.w3) = (w0, w1, w2, w3)
    }

    /// From the 32 bytes of a computed digest.
    init(bytes raw: UnsafeRawBufferPointer) {
        precondition(raw.count == 32, "a SHA-256 digest is 32 bytes")
        func word(_ at: Int) -> UInt64 { UInt64(bigEndian: raw.loadUnaligned(fromByteOffset: at, as: UInt64.self)) }
        self.init(w0: word(0), w1: word(8), w2: word(16), w3: word(24))
    }

    /// 64 lowercase hex digits, as the journal writes them; nil for anything else.
    public init?(hex: String) {
        var s = hex
        guard let d = s.withUTF8({ ChainDigest(hex: $0) }) else { return nil }
        self = d
    }

    /// The same from bytes: exactly 64 lowercase hex digits.
    init?(hex b: UnsafeBufferPointer<UInt8>) {
        guard b.count == 64 else { return nil }
        var bad: UInt8 = 0
        func word(_ at: Int) -> UInt64 {
            var w: UInt64 = 0
            for k in at..<(at + 16) {
                // No branch per digit: a bad one sets a bit that is checked once at the end.
                let v = Self.nibble[Int(b[k])]
                bad |= v
                w = w << 4 | UInt64(v & 0x0F)
            }
            return w
        }
        let d = ChainDigest(w0: word(0), w1: word(16), w2: word(32), w3: word(48))
        guard bad & 0x10 == 0 else { return nil }
        self = d
    }

    /// The 64 lowercase hex digits.
    public var hex: String {
        String(unsafeUninitializedCapacity: 64) { out in
            func put(_ w: UInt64, at: Int) {
                for k in 0..<16 { out[at + k] = Self.digits[Int((w >> UInt64(60 - 4 * k)) & 0x0F)] }
            }
            put(w0, at: 0); put(w1, at: 16); put(w2, at: 32); put(w3, at: 48)
            return 64
        }
    }

    private static let digits: [UInt8] = Array("0123456789abcdef".utf8)

    /// A hex digit's value, or 0x10 for a byte that is not a lowercase hex digit.
    private static let nibble: [UInt8] = (0..<256).map { c -> UInt8 in
        switch c {
        case 0x30...0x39: return UInt8(c - 0x30)
        case 0x61...0x66: return UInt8(c - 0x61 + 10)
        default: return 0x10
        }
    }
}
