/// Selection, scroll and sort of a table — everything the owner keeps between frames.
/// Moves keep the selection on screen; `reselect` finds the selected row again by its
/// identity after the data changed (refresh, re-sort, filter).
public struct TableState: Hashable, Sendable {
    public var selected: Int = 0
    public var offset: Int = 0
    public var sortColumn: Int?
    public var ascending: Bool = true
    /// Identity of the selected row, recorded at render time when the table has `rowID`.
    public var selectedID: String?
    /// Visible data rows at the last render (page size for PgUp/PgDn).
    public var pageSize: Int = 10

    public init() {}

    public mutating func moveUp(rowCount: Int) { select(selected - 1, rowCount: rowCount) }
    public mutating func moveDown(rowCount: Int) { select(selected + 1, rowCount: rowCount) }
    public mutating func pageUp(rowCount: Int) { select(selected - max(1, pageSize - 1), rowCount: rowCount) }
    public mutating func pageDown(rowCount: Int) { select(selected + max(1, pageSize - 1), rowCount: rowCount) }
    public mutating func home(rowCount: Int) { select(0, rowCount: rowCount) }
    public mutating func end(rowCount: Int) { select(rowCount - 1, rowCount: rowCount) }

    /// Handles the generic list keys (arrows, vi j/k, PgUp/PgDn, Home/End, g/G) and
    /// returns false for anything else so the owner can act on it.
    public mutating func handle(_ key: Key, rowCount: Int) -> Bool {
        switch key {
        case .up, .char("k"): moveUp(rowCount: rowCount)
        case .down, .char("j"): moveDown(rowCount: rowCount)
        case .pageUp, .ctrl("b"): pageUp(rowCount: rowCount)
        case .pageDown, .ctrl("f"), .char(" "): pageDown(rowCount: rowCount)
        case .home, .char("g"): home(rowCount: rowCount)
        case .end, .char("G"): end(rowCount: rowCount)
        default: return false
        }
        return true
    }

    public mutating func select(_ index: Int, rowCount: Int) {
        selected = rowCount == 0 ? 0 : min(max(0, index), rowCount - 1)
        selectedID = nil
        scrollToSelection(visibleRows: pageSize, rowCount: rowCount)
    }

    /// Cycles sorting on `column`: first ascending, then descending.
    public mutating func toggleSort(column: Int) {
        if sortColumn == column { ascending.toggle() } else { sortColumn = column; ascending = true }
    }

    /// After the data changed: finds the row whose id was selected (`index(of:)` maps an
    /// id to its new position) and selects it; otherwise clamps the old index.
    public mutating func reselect(rowCount: Int, index: (String) -> Int?) {
        let id = selectedID
        if let id, let i = index(id) {
            selected = i
        } else {
            selected = rowCount == 0 ? 0 : min(selected, rowCount - 1)
        }
        selectedID = id
        scrollToSelection(visibleRows: pageSize, rowCount: rowCount)
    }

    /// Adjusts `offset` so `selected` is within the visible window.
    public mutating func scrollToSelection(visibleRows: Int, rowCount: Int) {
        let page = max(1, visibleRows)
        if selected < offset { offset = selected }
        if selected >= offset + page { offset = selected - page + 1 }
        offset = max(0, min(offset, max(0, rowCount - page)))
    }
}
