import Foundation
import SiliconAlleyCore

/// The journal index, shared by reference so it is built and updated once. Building it
/// reads the whole file (a second or two at a million lines), so in the console it is
/// built on a thread of its own, started by `prepare()` when the journal pane is first
/// shown or by whoever needs it first; until then the journal pane says it is indexing and
/// nothing waits for it — except a record's history, which waits for the index rather than
/// show a partial one.
public final class SharedJournalIndex: @unchecked Sendable {
    private let path: String
    private var adopted: JournalIndex?
    /// The build under way, once started (only the console's thread touches this).
    private var build: BackgroundJob<JournalIndex>?
    /// Whether `update()` has reported the index's arrival.
    private var announced = false

    /// `background: false` builds it here and now (tests, small journals).
    init(path: String, background: Bool = false) {
        self.path = path
        if !background {
            var index = JournalIndex(path: path)
            index.update()
            adopted = index
        }
    }

    /// Starts building it (once) if it is not there yet.
    public func prepare() {
        guard adopted == nil, build == nil else { return }
        let path = self.path
        build = BackgroundJob {
            var index = JournalIndex(path: path)
            index.update()
            return index
        }
    }

    /// The index if it is ready (adopting a finished build), else nil — never waits.
    public var ready: JournalIndex? {
        if adopted == nil, let b = build?.finished {
            adopted = b
            build = nil
        }
        return adopted
    }

    /// The index, waiting for the build if it is under way (or starting it).
    public var index: JournalIndex {
        if let r = ready { return r }
        prepare()
        adopted = build!.result
        build = nil
        return adopted!
    }

    /// Reads what was appended since (nothing while the first build is under way). Returns
    /// how many lines were added — the whole index, the moment a background build arrives.
    @discardableResult
    public func update() -> Int {
        guard ready != nil else { return 0 }
        let added = adopted!.update()
        // The first update after the index arrived — whoever adopted it (a record's history
        // waits for it) — reports it whole, so the journal pane draws it.
        if announced { return added }
        announced = true
        return max(1, adopted!.entries.count)
    }

    /// The lines about one record, oldest first, read back from the file.
    public func history(of entity: String, limit: Int = 200) -> [JournalLine] {
        history(of: [entity], limit: limit)
    }

    /// The lines about any of several records (an event, its contest entries and action
    /// items), oldest first, in one pass over the index.
    public func history(of entities: Set<String>, limit: Int = 200) -> [JournalLine] {
        let index = self.index
        var found: [JournalIndex.Entry] = []
        for e in index.entries.reversed() where entities.contains(e.entity) {
            found.append(e)
            if found.count == limit { break }
        }
        return found.reversed().compactMap { index.line($0) }
    }
}
