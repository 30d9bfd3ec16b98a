import SiliconAlleyCore

/// The journal index, shared by reference so it is built and updated once.
public final class SharedJournalIndex {
    public private(set) var index: JournalIndex

    init(path: String) {
        index = JournalIndex(path: path)
        index.update()
    }

    @discardableResult
    public func update() -> Int { index.update() }

    /// The lines about one record, oldest first, read back from the file.
    public func history(of entity: String, limit: Int = 200) -> [JournalLine] {
        var found: [JournalIndex.Entry] = []
        for e in index.entries.reversed() where e.entity == entity {
            found.append(e)
            if found.count == limit { break }
        }
        return found.reversed().compactMap { index.line($0) }
    }

    /// The lines about any of several records (an event, its contest entries and action
    /// items), oldest first, in one pass over the index.
    public func history(of entities: Set<String>, limit: Int = 200) -> [JournalLine] {
        var found: [JournalIndex.Entry] = []
        for e in index.entries.reversed() where entities.contains(e.entity) {
            found.append(e)
            if found.count == limit { break }
        }
        return found.reversed().compactMap { index.line($0) }
    }
}
