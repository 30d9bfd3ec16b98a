/// Canonical JSON text: object keys sorted by their UTF-8 bytes, no whitespace, every
/// control character escaped. Because Swift strings are always valid Unicode, and
/// newline, CR, U+2028 and U+2029 are escaped, a written value can never span two lines.
public enum JSONWriter {
    public static func write(_ value: JSONValue, into out: inout [UInt8]) {
        switch value {
        case .null: out.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])
        case .bool(let b): out.append(contentsOf: b ? Array("true".utf8) : Array("false".utf8))
        case .int(let i): out.append(contentsOf: String(i).utf8)
        case .double(let d):
            if d.isFinite {
                if d == d.rounded(), abs(d) < 9e15 { out.append(contentsOf: String(Int64(d)).utf8) }
                else { out.append(contentsOf: "\(d)".utf8) }
            } else {
                out.append(contentsOf: [0x6E, 0x75, 0x6C, 0x6C])  // JSON has no NaN/Inf
            }
        case .string(let s): writeString(s, into: &out)
        case .array(let a):
            out.append(0x5B)
            for (i, v) in a.enumerated() {
                if i > 0 { out.append(0x2C) }
                write(v, into: &out)
            }
            out.append(0x5D)
        case .object(let o):
            out.append(0x7B)
            let members = o.members.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            for (i, m) in members.enumerated() {
                if i > 0 { out.append(0x2C) }
                writeString(m.key, into: &out)
                out.append(0x3A)
                write(m.value, into: &out)
            }
            out.append(0x7D)
        }
    }

    public static func string(_ value: JSONValue) -> String {
        var out: [UInt8] = []
        write(value, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    public static func writeString(_ s: String, into out: inout [UInt8]) {
        out.append(0x22)
        for scalar in s.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, 0x6E])
            case 0x0D: out.append(contentsOf: [0x5C, 0x72])
            case 0x09: out.append(contentsOf: [0x5C, 0x74])
            case 0x00..<0x20, 0x7F, 0x2028, 0x2029:
                out.append(contentsOf: [0x5C, 0x75])
                out.append(hex[Int((v >> 12) & 0xF)]); out.append(hex[Int((v >> 8) & 0xF)])
                out.append(hex[Int((v >> 4) & 0xF)]); out.append(hex[Int(v & 0xF)])
            default:
                out.append(contentsOf: UTF8.encode(scalar)!)
            }
        }
        out.append(0x22)
    }
}
