import Foundation

/// USCC → enterprise id: derived from the enterprises, for uniqueness and lookup.
///
/// A state read from a snapshot starts without it (`deferred`): most sessions never look a
/// code up, and building it was a tenth of the load at half a million records. It
/// is built from the enterprises on first use. Until then it is exactly what the
/// enterprises' codes give: only registering and changing a code change that, and both
/// build it first (`materialize`).
public struct CreditCodeIndex: Sendable, Equatable {
    /// Built once for every copy of a state that shares it (lookups do not mutate).
    private final class Deferred: @unchecked Sendable {
        private let lock = NSLock()
        private var built: CreditCodeTable?

        func table(_ enterprises: RecordMap<Enterprise>) -> CreditCodeTable {
            lock.lock()
            defer { lock.unlock() }
            if let built { return built }
            let t = CreditCodeIndex.derive(enterprises)
            built = t
            return t
        }

        /// The built table, taken out (no copy) when nothing else holds this.
        func take(_ enterprises: RecordMap<Enterprise>) -> CreditCodeTable {
            lock.lock()
            defer { lock.unlock() }
            let t = built ?? CreditCodeIndex.derive(enterprises)
            built = nil
            return t
        }
    }

    private var table = CreditCodeTable()
    private var deferred: Deferred?

    public init() {}

    /// An index to be built from the enterprises when first asked (a snapshot's state).
    static var deferredUntilUsed: CreditCodeIndex {
        var i = CreditCodeIndex()
        i.deferred = Deferred()
        return i
    }

    var isDeferred: Bool { deferred != nil }

    static func derive(_ enterprises: RecordMap<Enterprise>) -> CreditCodeTable {
        var t = CreditCodeTable(capacity: enterprises.count)
        enterprises.forEachValue { t.insert($0.creditCode, id: $0.id) }
        return t
    }

    /// The id registered under `code`; `enterprises` are the state's own (for a deferred index).
    func id(of code: CreditCode, in enterprises: RecordMap<Enterprise>) -> String? {
        if let deferred { return deferred.table(enterprises).id(of: code, in: enterprises) }
        return table.id(of: code, in: enterprises)
    }

    /// Builds a deferred index before a change to it.
    mutating func materialize(_ enterprises: RecordMap<Enterprise>) {
        guard deferred != nil else { return }
        let unique = isKnownUniquelyReferenced(&deferred)
        let d = deferred!
        deferred = nil
        table = unique ? d.take(enterprises) : d.table(enterprises)
    }

    mutating func reserveCapacity(_ n: Int) { table.reserveCapacity(n) }

    /// Sets `code`'s id unless it has one; returns the id it had (the index is then unchanged).
    mutating func insertNew(_ code: CreditCode, id: String, _ enterprises: RecordMap<Enterprise>) -> String? {
        materialize(enterprises)
        return table.insertNew(code, id: id, in: enterprises)
    }

    mutating func move(from old: CreditCode, to new: CreditCode, id: String, _ enterprises: RecordMap<Enterprise>) {
        materialize(enterprises)
        table.remove(old, in: enterprises)
        table.insert(new, id: id)
    }

    /// Derived from the enterprises, so two states with equal enterprises have equal indexes
    /// (whether built yet or not): like the replay memo, not part of what a state is.
    public static func == (a: CreditCodeIndex, b: CreditCodeIndex) -> Bool { true }
}
