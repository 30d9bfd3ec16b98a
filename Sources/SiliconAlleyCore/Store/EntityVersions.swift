/// Entity id → the seq of the newest line about it (an edit form's conflict check, the
/// registry's "what changed since").
///
/// A state read from a snapshot starts with its versions still as bytes (`Base`), decoded
/// into a table on a thread of their own: a million entries were a seventh of the
/// snapshot's load, on the path to the first usable screen. Lines applied after the
/// snapshot go into `recent`, over the base, so replaying them waits for nothing. Every
/// base entry is at most the snapshot's last seq, so "changed after" a later seq is read
/// from `recent` alone.
public struct EntityVersions: Sendable, Equatable, Sequence {
    private var recent: [String: Int] = [:]
    private var base: Base?

    /// A snapshot's versions: frames of a varint-prefixed key and a zigzag int, as written.
    final class Base: Sendable {
        /// No base entry is later than this.
        let newest: Int
        private let job: BackgroundJob<[String: Int]>

        /// `frames` must already have been read through once (`SnapshotCodec` checks them);
        /// `count` of them.
        init(frames: [UInt8], count: Int, newest: Int) {
            self.newest = newest
            job = BackgroundJob { Base.decode(frames, count: count) }
        }

        var table: [String: Int] { job.result }

        static func decode(_ frames: [UInt8], count: Int) -> [String: Int] {
            var table: [String: Int] = [:]
            table.reserveCapacity(count)
            frames.withUnsafeBytes { raw in
                var r = BinaryReader(raw)
                while !r.atEnd {
                    // Checked when read: these cannot fail.
                    guard let k = try? r.string(), let v = try? r.int() else { break }
                    table[k] = Int(v)
                }
            }
            return table
        }
    }

    public init() {}

    init(base: Base) { self.base = base }

    public subscript(entity: String) -> Int? {
        get { recent[entity] ?? base?.table[entity] }
        set {
            if newValue == nil { materialize() }
            recent[entity] = newValue
        }
    }

    /// Every entry, the base decoded and `recent` over it.
    public var table: [String: Int] {
        guard let base else { return recent }
        return base.table.merging(recent) { _, new in new }
    }

    public var count: Int {
        guard let base else { return recent.count }
        let t = base.table
        return t.count + recent.keys.reduce(0) { $0 + (t[$1] == nil ? 1 : 0) }
    }

    public var isEmpty: Bool { recent.isEmpty && (base?.table.isEmpty ?? true) }

    /// The entries newer than `seq`.
    public func changed(after seq: Int) -> [(key: String, value: Int)] {
        if let base, seq < base.newest { return table.filter { $0.value > seq }.map { ($0.key, $0.value) } }
        return recent.filter { $0.value > seq }.map { ($0.key, $0.value) }
    }

    mutating func reserveCapacity(_ n: Int) { recent.reserveCapacity(n) }

    /// One table again (before a removal, which `recent` cannot stand for over the base).
    mutating func materialize() {
        guard base != nil else { return }
        recent = table
        base = nil
    }

    public func makeIterator() -> Dictionary<String, Int>.Iterator { table.makeIterator() }

    public static func == (a: EntityVersions, b: EntityVersions) -> Bool {
        if a.base == nil && b.base == nil { return a.recent == b.recent }
        return a.table == b.table
    }
}
