/// Selection, scroll and sort of a table — everything the owner keeps between frames.
/// Moves need the number of rows on screen (`page`), which the owner computes from the
/// screen size it was given: drawing never changes this state.
public struct TableState: Hashable, Sendable {
    public var selected: Int = 0
    /// First row shown. Drawing clamps it to keep the selection visible without storing.
    public var offset: Int = 0
    public var sortColumn: Int?
    public var ascending: Bool = true

    public init() {}

    /// Applies a list move; `page` is the number of data rows on screen.
    public mutating func apply(_ move: ListMove, rowCount: Int, page: Int) {
        let step = max(1, page - 1)
        switch move {
        case .up: select(selected - 1, rowCount: rowCount, page: page)
        case .down: select(selected + 1, rowCount: rowCount, page: page)
        case .pageUp: select(selected - step, rowCount: rowCount, page: page)
        case .pageDown: select(selected + step, rowCount: rowCount, page: page)
        case .first: select(0, rowCount: rowCount, page: page)
        case .last: select(rowCount - 1, rowCount: rowCount, page: page)
        }
    }

    /// Handles the list keys; false for anything else so the owner can act on it.
    public mutating func handle(_ key: Key, rowCount: Int, page: Int) -> Bool {
        guard let move = ListMove(key) else { return false }
        apply(move, rowCount: rowCount, page: page)
        return true
    }

    public mutating func select(_ index: Int, rowCount: Int, page: Int = 1) {
        selected = rowCount == 0 ? 0 : min(max(0, index), rowCount - 1)
        offset = visibleOffset(page: page, rowCount: rowCount)
    }

    /// Selects the row with this identity if it is still there (after a refresh, a re-sort,
    /// a filter); otherwise keeps the position, clamped.
    public mutating func reselect(_ id: String?, rowCount: Int, page: Int = 1, index: (String) -> Int?) {
        if let id, let i = index(id) { selected = i } else { selected = rowCount == 0 ? 0 : min(selected, rowCount - 1) }
        offset = visibleOffset(page: page, rowCount: rowCount)
    }

    /// The first row to show so that the selection is on screen: a pure function of the
    /// state, so the frame and the next key agree without the frame writing anything.
    public func visibleOffset(page: Int, rowCount: Int) -> Int {
        let page = max(1, page)
        let sel = rowCount == 0 ? 0 : min(max(0, selected), rowCount - 1)
        var o = offset
        if sel < o { o = sel }
        if sel >= o + page { o = sel - page + 1 }
        return max(0, min(o, max(0, rowCount - page)))
    }

    /// The selected row, clamped to the rows there are.
    public func clampedSelection(rowCount: Int) -> Int { rowCount == 0 ? 0 : min(max(0, selected), rowCount - 1) }
}
