import Testing
@testable import TerminalUI

@Suite struct TableTests {
    let look = Look(theme: .default)

    final class Counter: @unchecked Sendable { var calls: [Int] = [] }

    @Test func cjkAndAsciiColumnsAlign() {
        let rows = [["北京青龙智能科技有限公司", "歌华大厦", "86"], ["Acme Ltd", "Yonghe", "41"], ["青龙数智", "雍和大厦", "7"]]
        let table = Table(columns: [TableColumn("名称", width: .fixed(16)), TableColumn("楼宇", width: .fixed(8)),
                                    TableColumn("人数", width: .fixed(4), align: .right)],
                          rowCount: rows.count) { rows[$0] }
        var grid = Grid(width: 32, height: 5)
        let state = TableState()
        table.render(state, in: grid.bounds, grid: &grid, look: look)
        for y in 1...3 {
            let line = grid.row(y)
            let building = rows[y - 1][1]
            let chars = Array(line), needle = Array(building)
            let at = (0...(chars.count - needle.count)).first { Array(chars[$0..<$0 + needle.count]) == needle }!
            // The second column starts at the same display column on CJK and ASCII rows,
            // and the right-aligned third column ends at the same column.
            #expect(DisplayWidth.of(String(chars[..<at])) == 1 + 16 + 1, "row \(y): \(line)")
            let trimmed = String(line.reversed().drop { $0 == " " }.reversed())
            #expect(DisplayWidth.of(trimmed) == 1 + 16 + 1 + 8 + 1 + 4, "row \(y): \(line)")
        }
        #expect(grid.row(1).hasPrefix("▶北京青龙智能科…  歌华大厦"))
        #expect(grid.row(0).hasPrefix(" 名称"))
    }

    @Test func onlyVisibleRowsAreBuilt() {
        let counter = Counter()
        let table = Table(columns: [TableColumn("n", width: .flex(1))], rowCount: 100_000) { i in
            counter.calls.append(i); return ["row \(i)"]
        }
        var grid = Grid(width: 20, height: 11)
        var state = TableState()
        state.apply(.last, rowCount: table.rowCount, page: 10)
        table.render(state, in: grid.bounds, grid: &grid, look: look)
        #expect(counter.calls.count == 10)
        #expect(counter.calls.allSatisfy { $0 >= 99_990 })
        #expect(grid.row(10).hasPrefix("▶row 99999"))
    }

    @Test func selectionStaysVisibleWhilePaging() {
        let table = Table(columns: [TableColumn("n", width: .flex(1))], rowCount: 50) { ["r\($0)"] }
        var grid = Grid(width: 10, height: 6)
        var state = TableState()
        table.render(state, in: grid.bounds, grid: &grid, look: look)
        let page = table.page(in: grid.bounds)
        #expect(page == 5)
        for _ in 0..<7 { let used = state.handle(.down, rowCount: 50, page: page); #expect(used) }
        table.render(state, in: grid.bounds, grid: &grid, look: look)
        #expect(state.selected == 7 && state.offset == 3)
        #expect(grid.row(5).hasPrefix("▶r7"))
        state.apply(.pageUp, rowCount: 50, page: page)
        #expect(state.selected == 3)
        #expect(state.offset <= 3)
        // A key that is not a list move is left to the owner.
        let used = state.handle(.char("n"), rowCount: 50, page: page)
        #expect(!used)
    }

    @Test func selectionKeptAfterResortById() {
        var names = ["丙", "甲", "乙", "丁"]
        var state = TableState()
        var grid = Grid(width: 10, height: 5)
        func table() -> Table {
            Table(columns: [TableColumn("名", width: .flex(1))], rowCount: names.count) { [names] in [names[$0]] }
        }
        state.select(2, rowCount: names.count)          // 乙
        table().render(state, in: grid.bounds, grid: &grid, look: look)
        let id = names[state.selected]
        #expect(id == "乙")
        names.sort()                                     // re-sort: 丁 丙 乙 甲 (code point order)
        state.reselect(id, rowCount: names.count) { id in names.firstIndex(of: id) }
        table().render(state, in: grid.bounds, grid: &grid, look: look)
        #expect(names[state.selected] == "乙")
        #expect(grid.text.split(separator: "\n").first { $0.hasPrefix("▶") }?.contains("乙") == true)
    }

    @Test func asciiMarkerAndSortIndicator() {
        let table = Table(columns: [TableColumn("A", width: .fixed(3)), TableColumn("B", width: .flex(1))], rowCount: 1) { _ in ["x", "y"] }
        var grid = Grid(width: 12, height: 2)
        var state = TableState()
        state.sortColumn = 1; state.ascending = false
        table.render(state, in: grid.bounds, grid: &grid, look: Look(theme: .default, ascii: true))
        #expect(grid.row(0) == " A   Bv     ")
        #expect(grid.row(1) == ">x   y      ")
    }

    @Test func drawingDoesNotMoveTheSelection() {
        let table = Table(columns: [TableColumn("n", width: .flex(1))], rowCount: 50) { ["r\($0)"] }
        var grid = Grid(width: 10, height: 6)
        var state = TableState()
        state.selected = 30   // far below the window: drawing shows it without writing the offset back
        let before = state
        table.render(state, in: grid.bounds, grid: &grid, look: look)
        #expect(state == before)
        #expect(grid.row(5).hasPrefix("▶r30"))
    }

    @Test func dataCellsAreSanitized() {
        let table = Table(columns: [TableColumn("A", width: .flex(1))], rowCount: 1) { _ in ["a\u{1B}[2Jb"] }
        var grid = Grid(width: 10, height: 2)
        let state = TableState()
        table.render(state, in: grid.bounds, grid: &grid, look: look)
        #expect(!grid.text.unicodeScalars.contains("\u{1B}"))
    }
}
