/// An enterprise's unified social credit code (统一社会信用代码) as a record keeps it: an
/// 18-character ASCII code packed into two integers, 7 bits a character. As a `String` it
/// is one heap allocation of 64 bytes per record (18 bytes do not fit a small string):
/// 35 MB at half a million enterprises, and as much again for the code index's keys.
/// Anything else a journal holds (another length, non-ASCII) is kept as text.
public struct CreditCode: Sendable, Hashable, Comparable, CustomStringConvertible {
    private enum Storage: Sendable, Hashable {
        case packed(UInt64, UInt64)   // characters 0–8 and 9–17, first character highest
        case text(String)
    }
    private let storage: Storage

    static let length = 18

    public init(_ text: String) {
        var text = text
        storage = text.withUTF8 { Self.pack($0) } ?? .text(text)
    }

    /// From the bytes of a snapshot, without making a string first.
    init(utf8 bytes: UnsafeRawBufferPointer) {
        storage = Self.pack(bytes.bindMemory(to: UInt8.self)) ?? .text(String(decoding: bytes, as: UTF8.self))
    }

    private static func pack(_ b: UnsafeBufferPointer<UInt8>) -> Storage? {
        guard b.count == length, b.allSatisfy({ $0 < 0x80 }) else { return nil }
        var hi: UInt64 = 0, lo: UInt64 = 0
        for i in 0..<9 { hi = hi << 7 | UInt64(b[i]) }
        for i in 9..<18 { lo = lo << 7 | UInt64(b[i]) }
        return .packed(hi, lo)
    }

    public var text: String {
        switch storage {
        case .text(let s): return s
        case .packed:
            return String(unsafeUninitializedCapacity: Self.length) { out in
                writeBytes(into: out)
                return Self.length
            }
        }
    }

    public var description: String { text }

    /// Calls `body` with the code's UTF-8 bytes (no string is made for a packed code).
    public func withUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        switch storage {
        case .text(var s): return try s.withUTF8(body)
        case .packed:
            return try withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Self.length) { out in
                writeBytes(into: out)
                return try body(UnsafeBufferPointer(out))
            }
        }
    }

    private func writeBytes(into out: UnsafeMutableBufferPointer<UInt8>) {
        guard case .packed(var hi, var lo) = storage else { return }
        for i in stride(from: 8, through: 0, by: -1) { out[i] = UInt8(hi & 0x7F); hi >>= 7 }
        for i in stride(from: 17, through: 9, by: -1) { out[i] = UInt8(lo & 0x7F); lo >>= 7 }
    }

    /// The order of the codes as strings. Two packed codes (same length, ASCII) compare as
    /// their integers do, which is that order; anything else compares as text.
    public static func < (a: CreditCode, b: CreditCode) -> Bool {
        if case .packed(let ah, let al) = a.storage, case .packed(let bh, let bl) = b.storage {
            return (ah, al) < (bh, bl)
        }
        return a.text < b.text
    }
}
