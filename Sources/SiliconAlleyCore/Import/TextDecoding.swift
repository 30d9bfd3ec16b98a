#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Text files as people hand them over: UTF-8 with or without a BOM, or GB18030 (what
/// Excel on Chinese Windows writes). glibc's iconv does the conversion.
public enum TextDecoding {
    public enum Encoding: String, Sendable { case utf8 = "UTF-8", utf8BOM = "UTF-8 (BOM)", gb18030 = "GB18030" }

    public struct Failure: Error, Sendable, CustomStringConvertible {
        public let description: String
    }

    public static func decode(_ bytes: [UInt8]) throws(Failure) -> (text: String, encoding: Encoding) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let s = String(validating: bytes.dropFirst(3), as: UTF8.self) else {
                throw Failure(description: "starts with a UTF-8 BOM but is not valid UTF-8")
            }
            return (s, .utf8BOM)
        }
        if let s = String(validating: bytes, as: UTF8.self) { return (s, .utf8) }
        guard let s = iconv(bytes, from: "GB18030") else {
            throw Failure(description: "neither UTF-8 nor GB18030: save the file as CSV UTF-8")
        }
        return (s, .gb18030)
    }

    static func iconv(_ input: [UInt8], from: String) -> String? {
        convert(input, from: from, to: "UTF-8").flatMap { String(validating: $0, as: UTF8.self) }
    }

    /// UTF-8 → GB18030 (tests write such files the way Excel would).
    public static func encodeGB18030(_ text: String) -> [UInt8]? {
        convert(Array(text.utf8), from: "UTF-8", to: "GB18030")
    }

    /// The whole buffer or nothing: an unconvertible byte fails the conversion.
    static func convert(_ input: [UInt8], from: String, to: String) -> [UInt8]? {
        let cd = iconv_open(to, from)
        if cd == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(cd) }
        var inBuf = input
        var out = [UInt8](repeating: 0, count: input.count * 4 + 16)
        var outLeft = out.count
        let ok: Bool = inBuf.withUnsafeMutableBufferPointer { inPtr in
            out.withUnsafeMutableBufferPointer { outPtr in
                var inP = UnsafeMutableRawPointer(inPtr.baseAddress)?.assumingMemoryBound(to: CChar.self)
                var inLeft = inPtr.count
                var outP = UnsafeMutableRawPointer(outPtr.baseAddress)?.assumingMemoryBound(to: CChar.self)
                let r = Glibc.iconv(cd, &inP, &inLeft, &outP, &outLeft)
                return r != -1 && inLeft == 0
            }
        }
        guard ok else { return nil }
        out.removeLast(outLeft)
        return out
    }
}
