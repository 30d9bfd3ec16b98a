import Foundation
import SiliconAlleyCore

/// One registry search for the whole console: the registry's list and every form's
/// enterprise picker (the window's intake, housing, events, contests) read it, so a form
/// opens without building its own (0.6 s per 100,000 names).
///
/// In the console the full search (name order, pinyin) is built on a thread of its own;
/// until it arrives a plain scan answers (`isComplete` false, no pinyin). Tests build it
/// at once. Used only on the console's thread (pickers ask it per keystroke, there);
/// @unchecked so a picker's closure may hold it.
public final class SharedEnterpriseSearch: @unchecked Sendable {
    private let store: JournalStore
    var background = false
    private var search: EnterpriseSearch?
    private var builder: EnterpriseSearchBuilder?
    private var reloads = -1

    init(store: JournalStore) { self.store = store }

    /// True while the full search is still being built.
    public var building: Bool { builder != nil && builder?.finished == nil }

    /// While set, the full search is not started (the plain scan answers): on a first start
    /// the snapshot is written first, so the two builds' memory never adds up (see `ConsoleApp`).
    var holdBuild = false

    /// True once, when a build has finished and nothing has taken it up yet: the screen is
    /// drawn again so an open picker answers with pinyin without waiting for a key.
    public var arrived: Bool { builder?.finished != nil }

    /// The search as of the store's state now: the full one once built, brought up to date
    /// with what changed since (merged in, not rebuilt); a plain scan while it is built.
    public func current(today: LocalDate) -> EnterpriseSearch {
        let state = store.state
        if store.reloads != reloads {
            // Another journal took this one's place: nothing of the old search may stay.
            search = nil
            builder = nil
            reloads = store.reloads
        }
        if let s = search, s.isComplete { return keep(s.updated(to: state, today: today)) }
        if let b = builder, let built = b.finished {
            builder = nil
            let s = keep(built.updated(to: state, today: today))
            // The build's scratch was freed on its own thread's heap: give those pages back.
            HeapTrim.now()
            return s
        }
        guard background else { return keep(EnterpriseSearch(state: state, today: today)) }
        if builder == nil && !holdBuild { builder = EnterpriseSearchBuilder(state: state, today: today, reloads: store.reloads) }
        if let s = search, s.seq == state.lastSeq { return s }
        return keep(EnterpriseSearch.unsorted(state: state, today: today))
    }

    private func keep(_ s: EnterpriseSearch) -> EnterpriseSearch {
        search = s
        return s
    }
}
