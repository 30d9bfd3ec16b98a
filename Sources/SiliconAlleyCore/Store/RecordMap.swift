/// Records keyed by id, each in its own box. The table itself stays small: when it grows
/// it moves pointers, not 200-byte records, and a copy of the state (a batch's scratch)
/// shares the boxes. A box is never changed: setting a record puts a new box in its
/// place, so value semantics hold.
public struct RecordMap<Value>: Sequence {
    final class Box {
        // A `let`: a record is read in place. (A `var` here made every read that hands the
        // record to a closure copy all 224 bytes of it out first.)
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    private var storage: [String: Box] = [:]

    public init() {}

    public subscript(id: String) -> Value? {
        get { storage[id]?.value }
        set { storage[id] = newValue.map(Box.init) }
    }

    /// Changes a record: copied out of its box once, changed, and put in a new box (a read
    /// through `withValue` before it copies nothing). False when there is no such record.
    @discardableResult
    public mutating func update(_ id: String, _ change: (inout Value) -> Void) -> Bool {
        guard let i = storage.index(forKey: id) else { return false }
        var v = storage.values[i].value
        change(&v)
        storage.values[i] = Box(v)
        return true
    }

    /// Reads a record in its box, without copying it out; nil when there is no such record.
    public func withValue<R>(_ id: String, _ body: (Value) throws -> R) rethrows -> R? {
        guard let box = storage[id] else { return nil }
        return try body(box.value)
    }

    public var count: Int { storage.count }
    public var isEmpty: Bool { storage.isEmpty }
    public var keys: some Collection<String> { storage.keys }
    public var values: some Collection<Value> { storage.values.lazy.map(\.value) }

    public mutating func reserveCapacity(_ n: Int) { storage.reserveCapacity(n) }

    /// The record's box, to hold on to it without copying the record (a search's list).
    func box(_ id: String) -> Box? { storage[id] }
    /// Calls `body` with each record in place, without copying it out of its box.
    public func forEachValue(_ body: (Value) throws -> Void) rethrows {
        for box in storage.values { try body(box.value) }
    }

    /// Puts in a record already boxed (on another thread: a snapshot's second half).
    mutating func insert(_ key: String, box: Box) { storage[key] = box }

    /// Every record's key and box, in key order.
    var sorted: KeySorted<Box> { KeySorted(storage) }

    /// Every box, in table order.
    var boxes: [Box] { Array(storage.values) }

    /// Where a record sits in this table; good only for the table it came from, unchanged.
    struct Position: @unchecked Sendable {
        fileprivate let index: Dictionary<String, Box>.Index
    }

    /// Every record's position, in table order. Unlike `boxes` it touches no record (a box
    /// retained is a cache miss: 25 ms at half a million, on the console's first frame).
    var positions: [Position] { storage.indices.map(Position.init) }

    subscript(position: Position) -> Value { storage[position.index].value.value }

    public func makeIterator() -> AnyIterator<(key: String, value: Value)> {
        var it = storage.makeIterator()
        return AnyIterator { it.next().map { (key: $0.key, value: $0.value.value) } }
    }
}

extension RecordMap.Box: @unchecked Sendable where Value: Sendable {}
extension RecordMap: Sendable where Value: Sendable {}

extension RecordMap: Equatable where Value: Equatable {
    public static func == (a: RecordMap, b: RecordMap) -> Bool {
        guard a.count == b.count else { return false }
        for (k, box) in a.storage {
            guard let other = b.storage[k] else { return false }
            if other !== box && other.value != box.value { return false }
        }
        return true
    }
}

