#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A strict JSON parser over UTF-8 bytes. Invalid UTF-8 inside strings is rejected
/// (the journal writer never produces it, so finding it means damage).
public struct JSONParseError: Error, Sendable, CustomStringConvertible {
    public let offset: Int
    public let reason: String
    public var description: String { "JSON error at byte \(offset): \(reason)" }
}

public struct JSONParser {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var i: Int
    /// The caller checked the whole buffer is UTF-8: strings are built without re-checking.
    private let trusted: Bool

    private init(_ bytes: UnsafeBufferPointer<UInt8>, trustedUTF8: Bool = false) {
        self.bytes = bytes
        self.i = 0
        self.trusted = trustedUTF8
    }

    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONParseError) -> JSONValue {
        var p = JSONParser(bytes)
        p.skipSpace()
        let v = try p.value(depth: 0)
        p.skipSpace()
        if p.i != bytes.count { throw p.fail("trailing characters") }
        return v
    }

    /// Parses one value starting at `start` (no surrounding space) and says where it ended.
    public static func parseValue(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int,
                                  trustedUTF8: Bool = false) throws(JSONParseError) -> (value: JSONValue, end: Int) {
        var p = JSONParser(bytes, trustedUTF8: trustedUTF8)
        p.i = start
        let v = try p.value(depth: 0)
        return (v, p.i)
    }

    public static func parse(_ bytes: [UInt8]) throws(JSONParseError) -> JSONValue {
        do {
            return try bytes.withUnsafeBufferPointer { try parse($0) }
        } catch let e as JSONParseError {
            throw e
        } catch {
            throw JSONParseError(offset: 0, reason: "\(error)")
        }
    }

    public static func parse(_ text: String) throws(JSONParseError) -> JSONValue {
        try parse(Array(text.utf8))
    }

    private func fail(_ reason: String) -> JSONParseError {
        JSONParseError(offset: i, reason: reason)
    }

    private mutating func skipSpace() {
        while i < bytes.count {
            let c = bytes[i]
            if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { i += 1 } else { break }
        }
    }

    private mutating func value(depth: Int) throws(JSONParseError) -> JSONValue {
        guard depth < 64 else { throw fail("nested too deeply") }
        guard i < bytes.count else { throw fail("unexpected end") }
        switch bytes[i] {
        case 0x7B: return try object(depth: depth)
        case 0x5B: return try array(depth: depth)
        case 0x22: return .string(try string())
        case 0x74: try literal("true"); return .bool(true)
        case 0x66: try literal("false"); return .bool(false)
        case 0x6E: try literal("null"); return .null
        case 0x2D, 0x30...0x39: return try number()
        default: throw fail("unexpected character")
        }
    }

    private mutating func literal(_ word: StaticString) throws(JSONParseError) {
        let n = word.utf8CodeUnitCount
        guard i + n <= bytes.count else { throw fail("unexpected end") }
        let w = word.utf8Start
        for k in 0..<n where bytes[i + k] != w[k] { throw fail("bad literal") }
        i += n
    }

    private mutating func object(depth: Int) throws(JSONParseError) -> JSONValue {
        i += 1
        var members: [(key: String, value: JSONValue)] = []
        members.reserveCapacity(16)  // model records have about this many fields
        skipSpace()
        if i < bytes.count, bytes[i] == 0x7D { i += 1; return .object(JSONObject(uniqueMembers: members)) }
        // Written objects have their keys in byte order: while each key is greater than the
        // last, none can repeat, and the pairwise search for a duplicate is skipped.
        var ordered = true
        var previousKey = 0..<0
        while true {
            skipSpace()
            guard i < bytes.count, bytes[i] == 0x22 else { throw fail("expected a key") }
            let keyStart = i + 1
            let key = try string()
            let keyBytes = keyStart..<(i - 1)
            ordered = ordered && i - keyStart == key.utf8.count + 1 && (members.isEmpty || precedes(previousKey, keyBytes))
            previousKey = keyBytes
            skipSpace()
            guard i < bytes.count, bytes[i] == 0x3A else { throw fail("expected ':'") }
            i += 1
            skipSpace()
            let v = try value(depth: depth + 1)
            if !ordered { for m in members where m.key == key { throw fail("duplicate key \(key)") } }
            members.append((key, v))
            skipSpace()
            guard i < bytes.count else { throw fail("unexpected end") }
            if bytes[i] == 0x2C { i += 1; continue }
            if bytes[i] == 0x7D { i += 1; return .object(JSONObject(uniqueMembers: members)) }
            throw fail("expected ',' or '}'")
        }
    }

    /// Whether the bytes in `a` sort strictly before those in `b` (UTF-8 order is code point order).
    private func precedes(_ a: Range<Int>, _ b: Range<Int>) -> Bool {
        let n = min(a.count, b.count)
        let c = n == 0 ? 0 : memcmp(bytes.baseAddress! + a.lowerBound, bytes.baseAddress! + b.lowerBound, n)
        return c < 0 || (c == 0 && a.count < b.count)
    }

    private mutating func array(depth: Int) throws(JSONParseError) -> JSONValue {
        i += 1
        var items: [JSONValue] = []
        skipSpace()
        if i < bytes.count, bytes[i] == 0x5D { i += 1; return .array(items) }
        while true {
            skipSpace()
            items.append(try value(depth: depth + 1))
            skipSpace()
            guard i < bytes.count else { throw fail("unexpected end") }
            if bytes[i] == 0x2C { i += 1; continue }
            if bytes[i] == 0x5D { i += 1; return .array(items) }
            throw fail("expected ',' or ']'")
        }
    }

    private mutating func number() throws(JSONParseError) -> JSONValue {
        let start = i
        var isInteger = true
        if bytes[i] == 0x2D { i += 1 }
        guard i < bytes.count, (0x30...0x39).contains(bytes[i]) else { throw fail("bad number") }
        if bytes[i] == 0x30 { i += 1 } else { while i < bytes.count, (0x30...0x39).contains(bytes[i]) { i += 1 } }
        if i < bytes.count, bytes[i] == 0x2E {
            isInteger = false
            i += 1
            guard i < bytes.count, (0x30...0x39).contains(bytes[i]) else { throw fail("bad fraction") }
            while i < bytes.count, (0x30...0x39).contains(bytes[i]) { i += 1 }
        }
        if i < bytes.count, bytes[i] == 0x65 || bytes[i] == 0x45 {
            isInteger = false
            i += 1
            if i < bytes.count, bytes[i] == 0x2B || bytes[i] == 0x2D { i += 1 }
            guard i < bytes.count, (0x30...0x39).contains(bytes[i]) else { throw fail("bad exponent") }
            while i < bytes.count, (0x30...0x39).contains(bytes[i]) { i += 1 }
        }
        // Most numbers are short integers: read them from the bytes, no string between.
        if isInteger && i - start <= 18 {
            var v: Int64 = 0
            for k in (bytes[start] == 0x2D ? start + 1 : start)..<i { v = v * 10 + Int64(bytes[k] &- 0x30) }
            return .int(bytes[start] == 0x2D ? -v : v)
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        if isInteger, let v = Int64(text) { return .int(v) }
        guard let d = Double(text) else { throw fail("bad number") }
        return .double(d)
    }

    private mutating func string() throws(JSONParseError) -> String {
        i += 1
        let start = i
        // Fast path: no escapes, so the bytes are the string once UTF-8 is checked.
        while i < bytes.count {
            let c = bytes[i]
            if c == 0x22 {
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<i])
                i += 1
                if trusted { return String(decoding: slice, as: UTF8.self) }
                guard let s = String(validating: slice, as: UTF8.self) else { throw JSONParseError(offset: start, reason: "invalid UTF-8") }
                return s
            }
            if c == 0x5C { break }
            if c < 0x20 { throw fail("control character in string") }
            i += 1
        }
        var buf = Array(UnsafeBufferPointer(rebasing: bytes[start..<i]))
        while i < bytes.count {
            let c = bytes[i]
            if c == 0x22 {
                i += 1
                guard let s = String(validating: buf, as: UTF8.self) else { throw JSONParseError(offset: start, reason: "invalid UTF-8") }
                return s
            }
            if c < 0x20 { throw fail("control character in string") }
            if c != 0x5C { buf.append(c); i += 1; continue }
            i += 1
            guard i < bytes.count else { break }
            let e = bytes[i]
            i += 1
            switch e {
            case 0x22: buf.append(0x22)
            case 0x5C: buf.append(0x5C)
            case 0x2F: buf.append(0x2F)
            case 0x62: buf.append(0x08)
            case 0x66: buf.append(0x0C)
            case 0x6E: buf.append(0x0A)
            case 0x72: buf.append(0x0D)
            case 0x74: buf.append(0x09)
            case 0x75:
                var scalar = try hex4()
                if (0xD800...0xDBFF).contains(scalar) {
                    guard i + 1 < bytes.count, bytes[i] == 0x5C, bytes[i + 1] == 0x75 else { throw fail("lone surrogate") }
                    i += 2
                    let low = try hex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw fail("bad surrogate pair") }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    throw fail("lone surrogate")
                }
                guard let u = Unicode.Scalar(scalar) else { throw fail("bad escape") }
                buf.append(contentsOf: UTF8.encode(u)!)
            default: throw fail("bad escape")
            }
        }
        throw fail("unterminated string")
    }

    private mutating func hex4() throws(JSONParseError) -> UInt32 {
        guard i + 4 <= bytes.count else { throw fail("short \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[i]
            let d: UInt32
            switch c {
            case 0x30...0x39: d = UInt32(c - 0x30)
            case 0x61...0x66: d = UInt32(c - 0x61 + 10)
            case 0x41...0x46: d = UInt32(c - 0x41 + 10)
            default: throw fail("bad hex digit")
            }
            v = v << 4 | d
            i += 1
        }
        return v
    }
}
