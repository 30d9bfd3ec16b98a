import Testing
@testable import TerminalUI

@Suite struct TextFieldTests {
    @Test func cursorColumnCountsDisplayColumns() {
        var f = TextField()
        _ = f.handle(.char("青"))
        _ = f.handle(.char("龙"))
        #expect(f.cursorColumn == 4)
        _ = f.handle(.char("a"))
        #expect(f.cursorColumn == 5)
        _ = f.handle(.left)
        #expect(f.cursorColumn == 4)
        _ = f.handle(.backspace)
        #expect(f.text == "青a")
        #expect(f.cursorColumn == 2)
    }

    @Test func editingKeys() {
        var f = TextField("北京 青龙 智能")
        _ = f.handle(.alt("b"))
        #expect(f.cursorColumn == DisplayWidth.of("北京 青龙 "))
        _ = f.handle(.home); _ = f.handle(.delete)
        #expect(f.text == "京 青龙 智能")
        _ = f.handle(.alt("f"))
        #expect(f.cursor == 1)
        _ = f.handle(.end); _ = f.handle(.paste("科技\n有限"))
        #expect(f.text == "京 青龙 智能科技 有限")
        let consumed = f.handle(.tab)
        #expect(!consumed)
    }

    @Test func numericFieldRefusesLettersAndSaysWhich() {
        var f = TextField(accepts: .digits)
        _ = f.handle(.paste("12a3青"))
        #expect(f.text == "")            // nothing of a paste that is not a number
        #expect(f.refused == "a")
        _ = f.handle(.char("4"))
        #expect(f.text == "4" && f.refused == nil)
        _ = f.handle(.char("e"))
        #expect(f.text == "4" && f.refused == "e")
        var m = TextField(accepts: .money)
        _ = m.handle(.paste("5.5万"))
        #expect(m.text == "5.5万")
    }

    @Test func scrollsWhenLongerThanField() {
        var f = TextField("北京青龙智能科技")   // 16 columns
        var grid = Grid(width: 6, height: 1)
        let c = f.render(in: grid.bounds, grid: &grid, style: .plain)
        #expect(c.x == 4)   // just after 技; scrolled to a whole character
        #expect(grid.row(0).hasPrefix("科技"))
        f.home()
        let c2 = f.render(in: grid.bounds, grid: &grid, style: .plain)
        #expect(c2.x == 0)
        #expect(grid.row(0) == "北京青")
    }
}
