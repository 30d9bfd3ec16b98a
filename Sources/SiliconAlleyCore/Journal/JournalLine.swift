/// One event as stored: a line of the journal.
///
/// The members live in one shared, immutable object: replay moves a million lines through
/// batches and queues, and a copy then costs one reference count instead of one per string.
public struct JournalLine: Sendable, Hashable {
    private final class Storage: Sendable {
        let version: Int
        let seq: Int
        /// The time as milliseconds when it is in the form this program writes (its text is
        /// then made from it on demand, and no string is kept), else `Int64.min` and the
        /// text as written in `otherTime`.
        let milliseconds: Int64
        let otherTime: String
        let actor: String
        let kind: String
        let entity: String
        let data: JSONValue
        let prev: ChainDigest
        let hash: ChainDigest
        let txnIndex: Int
        let txnCount: Int

        init(version: Int, seq: Int, time: LineTime, actor: String, kind: String, entity: String, data: JSONValue,
             prev: ChainDigest, hash: ChainDigest, txnIndex: Int, txnCount: Int) {
            self.version = version
            self.seq = seq
            switch time {
            case .written(let ms): (milliseconds, otherTime) = (ms, "")
            case .other(let text): (milliseconds, otherTime) = (.min, text)
            }
            self.actor = actor
            self.kind = kind
            self.entity = entity
            self.data = data
            self.prev = prev
            self.hash = hash
            self.txnIndex = txnIndex
            self.txnCount = txnCount
        }
    }

    private let storage: Storage

    // Read in place (`_read`): replay compares and reads these a million times, and a
    // returned copy would count a reference up and down each time, across threads.

    public var version: Int { storage.version }
    public var seq: Int { storage.seq }
    /// UTC, ISO 8601 with milliseconds: `2026-11-29T08:41:00.123Z` (made on each use).
    public var time: String {
        storage.milliseconds != .min ? Timestamp.format(milliseconds: storage.milliseconds) : storage.otherTime
    }
    /// The time in milliseconds since 1970, when it is in the form above (`Timestamp.milliseconds`).
    public var timeMilliseconds: Int64? { storage.milliseconds != .min ? storage.milliseconds : nil }
    /// The OS login of the process that wrote it.
    public var actor: String { _read { yield storage.actor } }
    public var kind: String { _read { yield storage.kind } }
    public var entity: String { _read { yield storage.entity } }
    public var data: JSONValue { _read { yield storage.data } }
    /// The hash of the line before (64 hex digits; made on each use, `prevDigest` is free).
    public var prev: String { storage.prev.hex }
    /// This line's hash (64 hex digits; made on each use, `hashDigest` is free).
    public var hash: String { storage.hash.hex }
    public var prevDigest: ChainDigest { storage.prev }
    public var hashDigest: ChainDigest { storage.hash }
    /// Position within the batch written by one append (1-based) and the batch's size.
    /// A batch is all-or-nothing: an incomplete batch at the end is a torn tail.
    public var txnIndex: Int { storage.txnIndex }
    public var txnCount: Int { storage.txnCount }

    /// A line's time as read: in the form this program writes (as milliseconds), or any other text.
    enum LineTime {
        case written(Int64)
        case other(String)

        init(_ text: String) {
            if let ms = Timestamp.milliseconds(text) { self = .written(ms) } else { self = .other(text) }
        }
    }

    init(version: Int = FormatVersion.current, seq: Int, time: LineTime, actor: String, kind: String,
         entity: String, data: JSONValue, prev: ChainDigest, hash: ChainDigest, txnIndex: Int = 1, txnCount: Int = 1) {
        storage = Storage(version: version, seq: seq, time: time, actor: actor, kind: kind, entity: entity, data: data,
                          prev: prev, hash: hash, txnIndex: txnIndex, txnCount: txnCount)
    }

    public init(version: Int = FormatVersion.current, seq: Int, time: String, actor: String, kind: String,
                entity: String, data: JSONValue, prev: ChainDigest, hash: ChainDigest, txnIndex: Int = 1, txnCount: Int = 1) {
        storage = Storage(version: version, seq: seq, time: LineTime(time), actor: actor, kind: kind, entity: entity, data: data,
                          prev: prev, hash: hash, txnIndex: txnIndex, txnCount: txnCount)
    }

    /// The same with the hashes as 64 lowercase hex digits (anything else is a programming error).
    public init(version: Int = FormatVersion.current, seq: Int, time: String, actor: String, kind: String,
                entity: String, data: JSONValue, prev: String, hash: String, txnIndex: Int = 1, txnCount: Int = 1) {
        guard let p = ChainDigest(hex: prev), let h = ChainDigest(hex: hash) else {
            preconditionFailure("a line's prev and hash are 64 lowercase hex digits")
        }
        self.init(version: version, seq: seq, time: time, actor: actor, kind: kind, entity: entity, data: data,
                  prev: p, hash: h, txnIndex: txnIndex, txnCount: txnCount)
    }

    public static func == (a: JournalLine, b: JournalLine) -> Bool {
        if a.storage === b.storage { return true }
        return a.version == b.version && a.seq == b.seq && a.storage.milliseconds == b.storage.milliseconds
            && a.storage.otherTime == b.storage.otherTime && a.actor == b.actor && a.kind == b.kind
            && a.entity == b.entity && a.data == b.data && a.prevDigest == b.prevDigest && a.hashDigest == b.hashDigest
            && a.txnIndex == b.txnIndex && a.txnCount == b.txnCount
    }

    public func hash(into h: inout Hasher) {
        h.combine(seq)
        h.combine(hashDigest)
    }
}
