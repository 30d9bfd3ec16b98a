/// One event as stored: a line of the journal.
public struct JournalLine: Sendable, Hashable {
    public let version: Int
    public let seq: Int
    /// UTC, ISO 8601 with milliseconds: `2026-11-29T08:41:00.123Z`.
    public let time: String
    /// The OS login of the process that wrote it.
    public let actor: String
    public let kind: String
    public let entity: String
    public let data: JSONValue
    public let prev: String
    public let hash: String
    /// Position within the batch written by one append (1-based) and the batch's size.
    /// A batch is all-or-nothing: an incomplete batch at the end is a torn tail.
    public let txnIndex: Int
    public let txnCount: Int

    public init(version: Int = FormatVersion.current, seq: Int, time: String, actor: String, kind: String,
                entity: String, data: JSONValue, prev: String, hash: String, txnIndex: Int = 1, txnCount: Int = 1) {
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
