#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes and reads journal lines. The member order on disk is fixed (v, seq, time, actor,
/// kind, entity, txn, data, prev, hash) so a person reading the file sees the story first.
public enum LineCodec {
    public struct Draft: Sendable {
        public var kind: String
        public var entity: String
        public var data: JSONValue
        public init(kind: String, entity: String, data: JSONValue) {
            self.kind = kind
            self.entity = entity
            self.data = data
        }
    }

    /// Encodes a line ending in "\n" and returns it with its hash (`prev`: 64 lowercase hex digits).
    public static func encode(_ draft: Draft, seq: Int, time: String, actor: String, prev: String,
                              txnIndex: Int, txnCount: Int) -> (bytes: [UInt8], line: JournalLine) {
        guard let p = ChainDigest(hex: prev) else { preconditionFailure("a line's prev is 64 lowercase hex digits") }
        return encode(draft, seq: seq, time: time, actor: actor, prev: p, txnIndex: txnIndex, txnCount: txnCount)
    }

    /// The same from the digest (the store's append: no hash made text and read back).
    static func encode(_ draft: Draft, seq: Int, time: String, actor: String, prev: ChainDigest,
                       txnIndex: Int, txnCount: Int) -> (bytes: [UInt8], line: JournalLine) {
        var out: [UInt8] = []
        out.reserveCapacity(256)
        out.append(contentsOf: #"{"v":"#.utf8)
        out.append(contentsOf: String(FormatVersion.current).utf8)
        out.append(contentsOf: #","seq":"#.utf8)
        out.append(contentsOf: String(seq).utf8)
        out.append(contentsOf: #","time":"#.utf8)
        JSONWriter.writeString(time, into: &out)
        out.append(contentsOf: #","actor":"#.utf8)
        JSONWriter.writeString(actor, into: &out)
        out.append(contentsOf: #","kind":"#.utf8)
        JSONWriter.writeString(draft.kind, into: &out)
        out.append(contentsOf: #","entity":"#.utf8)
        JSONWriter.writeString(draft.entity, into: &out)
        if txnCount > 1 {
            out.append(contentsOf: #","txn":["#.utf8)
            out.append(contentsOf: "\(txnIndex),\(txnCount)]".utf8)
        }
        out.append(contentsOf: #","data":"#.utf8)
        JSONWriter.write(draft.data, into: &out)
        out.append(contentsOf: #","prev":"#.utf8)
        JSONWriter.writeString(prev.hex, into: &out)
        let hash = out.withUnsafeBytes { ChainHash.digestValue(body: $0) }
        out.append(contentsOf: ChainHash.suffixPrefix)
        out.append(contentsOf: hash.hex.utf8)
        out.append(contentsOf: "\"}\n".utf8)
        let line = JournalLine(seq: seq, time: time, actor: actor, kind: draft.kind, entity: draft.entity,
                               data: draft.data, prev: prev, hash: hash, txnIndex: txnIndex, txnCount: txnCount)
        return (out, line)
    }

    public enum DecodeError: Error, Sendable, CustomStringConvertible {
        case notJSON(String)
        case missing(String)
        case badHash(expected: String, found: String)
        case unsupportedVersion(Int)
        /// A well-formed line that does not follow the line before it (its seq or prev).
        case outOfChain(String)

        public var description: String {
            switch self {
            case .notJSON(let why): return "not valid JSON (\(why))"
            case .missing(let field): return "missing or malformed \(field)"
            case .badHash(let expected, let found): return "hash mismatch: content hashes to \(expected.prefix(12))…, line says \(found.prefix(12))…"
            case .unsupportedVersion(let v): return "format version \(v) is newer than this program"
            case .outOfChain(let why): return why
            }
        }
    }

    /// Decodes one line (without its "\n") and checks that its hash matches its bytes.
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>) throws(DecodeError) -> JournalLine {
        var interner = Interner()
        return try decode(bytes, interner: &interner)
    }

    /// The same, reusing the strings of recent actors and kinds (a reader passes one
    /// interner for a whole file: a million lines share a handful of each).
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, interner: inout Interner) throws(DecodeError) -> JournalLine {
        // Lines this program wrote have a fixed member order: read the envelope directly
        // and parse only `data` into a value. Anything else takes the general path.
        if let line = try decodeWritten(bytes, &interner) { return line }
        return try decodeGeneral(bytes)
    }

    /// Recently seen short strings, by their bytes.
    public struct Interner {
        private var entries: [(bytes: [UInt8], string: String)] = []
        /// The entry last returned for each caller (actor, kind).
        private var last = [0, 0]
        public init() {}

        mutating func string(_ b: UnsafeBufferPointer<UInt8>, slot: Int = 0) -> String {
            let last = self.last[slot]
            // Lines come in runs of one actor and one kind: the last hit is the likely one.
            if last < entries.count, entries[last].bytes.count == b.count,
               entries[last].bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, b.baseAddress!, b.count) == 0 }) {
                return entries[last].string
            }
            for (k, e) in entries.enumerated() where e.bytes.count == b.count && e.bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, b.baseAddress!, b.count) == 0 }) {
                self.last[slot] = k
                return e.string
            }
            let s = String(decoding: b, as: UTF8.self)
            if entries.count == 64 { entries.removeFirst() }
            entries.append((Array(b), s))
            self.last[slot] = entries.count - 1
            return s
        }
    }

    private static func decodeWritten(_ bytes: UnsafeBufferPointer<UInt8>, _ interner: inout Interner) throws(DecodeError) -> JournalLine? {
        guard UTF8Check.isValid(bytes) else { return nil }
        var s = EnvelopeScanner(bytes)
        guard s.literal(#"{"v":"#), let v = s.integer(), v <= FormatVersion.current,
              s.literal(#","seq":"#), let seq = s.integer(), seq >= 1,
              s.literal(#","time":""#), let time = s.time(),
              s.literal(#","actor":""#), let actor = s.plainString(&interner, slot: 0),
              s.literal(#","kind":""#), let kind = s.plainString(&interner, slot: 1),
              s.literal(#","entity":""#), let entity = s.plainString()
        else { return nil }
        var txnIndex = 1, txnCount = 1
        if s.literal(#","txn":["#) {
            guard let i = s.integer(), s.literal(","), let n = s.integer(), s.literal("]"), i >= 1, n >= 1, i <= n else { return nil }
            txnIndex = i
            txnCount = n
        }
        guard s.literal(#","data":"#) else { return nil }
        let data: JSONValue
        do {
            let parsed = try JSONParser.parseValue(bytes, from: s.i, trustedUTF8: true)
            data = parsed.value
            s.i = parsed.end
        } catch {
            return nil
        }
        let n = bytes.count
        // `,"prev":"<64>"` then the fixed hash suffix, and nothing else.
        guard s.literal(#","prev":""#), s.i + 64 + 1 + ChainHash.suffixLength == n,
              let prev = s.hex64(), s.literal("\"") else { return nil }
        let suffixStart = s.i
        guard s.literal(#","hash":""#), let hash = s.hex64(), s.literal("\"}"), s.i == n else { return nil }
        let body = UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[0..<suffixStart]))
        let computed = ChainHash.digestValue(body: body)
        guard computed == hash else { throw .badHash(expected: computed.hex, found: hash.hex) }
        return JournalLine(version: v, seq: seq, time: time, actor: actor, kind: kind, entity: entity,
                           data: data, prev: prev, hash: hash, txnIndex: txnIndex, txnCount: txnCount)
    }

    private static func decodeGeneral(_ bytes: UnsafeBufferPointer<UInt8>) throws(DecodeError) -> JournalLine {
        let value: JSONValue
        do { value = try JSONParser.parse(bytes) } catch { throw .notJSON(error.reason) }
        guard case .object(let o) = value else { throw .notJSON("not an object") }
        guard let v = o["v"]?.intValue else { throw .missing("v") }
        guard v <= FormatVersion.current else { throw .unsupportedVersion(Int(v)) }
        guard let seq = o["seq"]?.intValue, seq >= 1 else { throw .missing("seq") }
        guard let time = o["time"]?.stringValue else { throw .missing("time") }
        guard let actor = o["actor"]?.stringValue else { throw .missing("actor") }
        guard let kind = o["kind"]?.stringValue else { throw .missing("kind") }
        guard let entity = o["entity"]?.stringValue else { throw .missing("entity") }
        guard let data = o["data"] else { throw .missing("data") }
        guard let prevText = o["prev"]?.stringValue, prevText.utf8.count == 64 else { throw .missing("prev") }
        guard let hashText = o["hash"]?.stringValue, hashText.utf8.count == 64 else { throw .missing("hash") }
        // Not hex: no hash could be it (the hash check below says so for `hash`).
        guard let prev = ChainDigest(hex: prevText) else { throw .outOfChain("prev is not 64 lowercase hex digits") }
        var txnIndex = 1, txnCount = 1
        if let txn = o["txn"] {
            guard let a = txn.arrayValue, a.count == 2, let i = a[0].intValue, let n = a[1].intValue,
                  n >= 1, i >= 1, i <= n else { throw .missing("txn") }
            txnIndex = Int(i)
            txnCount = Int(n)
        }
        // The hash member must be the last thing on the line for the hash to cover the rest.
        let n = bytes.count
        guard n > ChainHash.suffixLength else { throw .missing("hash") }
        let suffixStart = n - ChainHash.suffixLength
        for (k, b) in ChainHash.suffixPrefix.enumerated() where bytes[suffixStart + k] != b {
            throw .missing("hash (must be the last member)")
        }
        let computed = ChainHash.digestValue(body: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[0..<suffixStart])))
        guard let hash = ChainDigest(hex: hashText), computed == hash else { throw .badHash(expected: computed.hex, found: hashText) }
        return JournalLine(version: Int(v), seq: Int(seq), time: time, actor: actor, kind: kind, entity: entity,
                           data: data, prev: prev, hash: hash, txnIndex: txnIndex, txnCount: txnCount)
    }
}

/// Reads the fixed-order envelope of a line; every method gives up (nil/false) rather
/// than guess, sending the line to the general parser.
private struct EnvelopeScanner {
    let b: UnsafeBufferPointer<UInt8>
    var i = 0

    init(_ b: UnsafeBufferPointer<UInt8>) { self.b = b }

    mutating func literal(_ text: StaticString) -> Bool {
        let n = text.utf8CodeUnitCount
        guard i + n <= b.count else { return false }
        let p = text.utf8Start
        for k in 0..<n where b[i + k] != p[k] { return false }
        i += n
        return true
    }

    mutating func integer() -> Int? {
        var v = 0
        let start = i
        // JSON has no leading zeros: leave "007" to the general parser, which refuses it.
        if i + 1 < b.count, b[i] == 0x30, b[i + 1] >= 0x30, b[i + 1] <= 0x39 { return nil }
        while i < b.count, b[i] >= 0x30, b[i] <= 0x39, i - start < 18 {
            v = v * 10 + Int(b[i] - 0x30)
            i += 1
        }
        return i > start ? v : nil
    }

    /// The bytes of a string with no escapes (the closing quote is consumed); nil for an
    /// escape, a control character or no closing quote (the general parser takes the line).
    /// The whole line was checked as UTF-8 before scanning.
    mutating func plainBytes() -> UnsafeBufferPointer<UInt8>? {
        let start = i
        while i < b.count {
            let c = b[i]
            if c == 0x22 {
                i += 1
                return UnsafeBufferPointer(rebasing: b[start..<(i - 1)])
            }
            if c == 0x5C || c < 0x20 { return nil }
            i += 1
        }
        return nil
    }

    /// A string with no escapes, taken from the interner.
    mutating func plainString(_ interner: inout LineCodec.Interner, slot: Int) -> String? {
        guard let text = plainBytes() else { return nil }
        return text.isEmpty ? "" : interner.string(text, slot: slot)
    }

    /// A line's time: kept as milliseconds when it is in the form this program writes (no
    /// string made), else as text.
    mutating func time() -> JournalLine.LineTime? {
        guard let text = plainBytes() else { return nil }
        if let ms = Timestamp.milliseconds(utf8: text) { return .written(ms) }
        return .other(String(decoding: text, as: UTF8.self))
    }

    /// A string with no escapes.
    mutating func plainString() -> String? {
        plainBytes().map { String(decoding: $0, as: UTF8.self) }
    }

    /// 64 lowercase hex digits, as a digest.
    mutating func hex64() -> ChainDigest? {
        guard i + 64 <= b.count, let d = ChainDigest(hex: UnsafeBufferPointer(rebasing: b[i..<(i + 64)])) else { return nil }
        i += 64
        return d
    }
}
