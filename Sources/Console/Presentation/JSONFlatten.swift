import SiliconAlleyCore

/// Event data as label/value lines for the detail view: nested keys joined with dots.
enum JSONFlatten {
    static func lines(_ value: JSONValue, prefix: String = "") -> [(String, String)] {
        switch value {
        case .object(let o):
            return o.keys.sorted().flatMap { k in lines(o[k]!, prefix: prefix.isEmpty ? k : prefix + "." + k) }
        case .array(let a) where a.contains(where: { $0.objectValue != nil }):
            return a.enumerated().flatMap { i, v in lines(v, prefix: "\(prefix)[\(i + 1)]") }
        default:
            return [(prefix, text(value))]
        }
    }

    static func text(_ v: JSONValue) -> String {
        switch v {
        case .null: return "—"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return String(d)
        case .string(let s): return s
        case .array(let a): return a.map(text).joined(separator: ", ")
        case .object: return JSONWriter.string(v)
        }
    }
}
