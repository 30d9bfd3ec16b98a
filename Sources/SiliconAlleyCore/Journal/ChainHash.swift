import Crypto

/// The SHA-256 chain. A line's hash covers its bytes without the trailing
/// `,"hash":"…"` member — exactly what is on disk, so no re-canonicalization is needed
/// to verify, and the `prev` it contains ties it to the line before.
public enum ChainHash {
    public static let genesis = String(repeating: "0", count: 64)
    /// `,"hash":"` + 64 hex digits + `"}`
    static let suffixLength = 9 + 64 + 2
    static let suffixPrefix: [UInt8] = Array(#","hash":""#.utf8)

    private static let closingBrace: [UInt8] = [UInt8(ascii: "}")]

    static func digest(body: UnsafeRawBufferPointer) -> String {
        hex(sha256(body: body))
    }

    /// The same as the digest's bytes.
    static func digestValue(body: UnsafeRawBufferPointer) -> ChainDigest {
        sha256(body: body).withUnsafeBytes { ChainDigest(bytes: $0) }
    }

    private static func sha256(body: UnsafeRawBufferPointer) -> SHA256Digest {
        var h = SHA256()
        h.update(bufferPointer: body)
        h.update(data: closingBrace)
        return h.finalize()
    }

    public static func sha256Hex(_ bytes: [UInt8]) -> String {
        hex(SHA256.hash(data: bytes))
    }

    /// 64 lowercase hex digits, as every hash here is written.
    public static func isHex64(_ s: String) -> Bool {
        s.utf8.count == 64 && s.utf8.allSatisfy { (0x30...0x39).contains($0) || (0x61...0x66).contains($0) }
    }

    private static let digits: [UInt8] = Array("0123456789abcdef".utf8)

    static func hex<D: Sequence>(_ digest: D) -> String where D.Element == UInt8 {
        var out = [UInt8]()
        out.reserveCapacity(64)
        for b in digest {
            out.append(digits[Int(b >> 4)])
            out.append(digits[Int(b & 0xF)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
