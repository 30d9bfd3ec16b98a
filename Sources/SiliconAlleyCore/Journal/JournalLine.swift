/// One event as stored: a line of the journal.
///
/// The members live in one shared, immutable object: replay moves a million lines through
/// batches and queues, and a copy then costs one reference count instead of one per string.
public struct JournalLine: Sendable, Hashable {
    private final class Storage: Sendable {
        let version: Int
        let seq: Int
        let time: String
        let actor: String
        let kind: String
        let entity: String
        let data: JSONValue
        let prev: String
        let hash: String
        let txnIndex: Int
        let txnCount: Int

        init(version: Int, seq: Int, time: String, actor: String, kind: String, entity: String, data: JSONValue,
             prev: String, hash: String, txnIndex: Int, txnCount: Int) {
            self.version = version
            self.seq = seq
            self.time = time
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
    /// UTC, ISO 8601 with milliseconds: `2026-11-29T08:41:00.123Z`.
    public var time: String { _read { yield storage.time } }
    /// The OS login of the process that wrote it.
    public var actor: String { _read { yield storage.actor } }
    public var kind: String { _read { yield storage.kind } }
    public var entity: String { _read { yield storage.entity } }
    public var data: JSONValue { _read { yield storage.data } }
    public var prev: String { _read { yield storage.prev } }
    public var hash: String { _read { yield storage.hash } }
    /// Position within the batch written by one append (1-based) and the batch's size.
    /// A batch is all-or-nothing: an incomplete batch at the end is a torn tail.
    public var txnIndex: Int { storage.txnIndex }
    public var txnCount: Int { storage.txnCount }

    public init(version: Int = FormatVersion.current, seq: Int, time: String, actor: String, kind: String,
                entity: String, data: JSONValue, prev: String, hash: String, txnIndex: Int = 1, txnCount: Int = 1) {
        storage = Storage(version: version, seq: seq, time: time, actor: actor, kind: kind, entity: entity, data: data,
                          prev: prev, hash: hash, txnIndex: txnIndex, txnCount: txnCount)
    }

    public static func == (a: JournalLine, b: JournalLine) -> Bool {
        if a.storage === b.storage { return true }
        return a.version == b.version && a.seq == b.seq && a.time == b.time && a.actor == b.actor && a.kind == b.kind
            && a.entity == b.entity && a.data == b.data && a.prev == b.prev && a.hash == b.hash
            && a.txnIndex == b.txnIndex && a.txnCount == b.txnCount
    }

    public func hash(into h: inout Hasher) {
        h.combine(seq)
        h.combine(hash)
    }
}
