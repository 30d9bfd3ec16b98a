import Testing
@testable import TerminalUI

@Suite struct GridTests {
    @Test func putReturnsColumns() {
        var g = Grid(width: 10, height: 1)
        #expect(g.put("青龙ab", x: 0, y: 0) == 6)
        #expect(g.row(0) == "青龙ab    ")
        #expect(g[1, 0].isContinuation)
    }

    @Test func wideCharStraddlingEdgeBecomesSpace() {
        var g = Grid(width: 5, height: 1)
        g.put("ab青龙", x: 0, y: 0)           // 龙 would need columns 4 and 5
        #expect(g.row(0) == "ab青 ")
        var h = Grid(width: 10, height: 1)
        h.put("青龙", x: 0, y: 0, maxWidth: 3)
        #expect(h.row(0) == "青" + String(repeating: " ", count: 8))
        #expect(h[2, 0].text == " ")
        #expect(h.row(0).count == 9)   // 青 counts as one Character, 8 spaces
    }

    @Test func overwritingHalfBlanksTheOtherHalf() {
        var g = Grid(width: 6, height: 1)
        g.put("青龙", x: 0, y: 0)
        g.put("x", x: 1, y: 0)                 // right half of 青
        #expect(g.row(0) == " x龙  ")
        g.put("y", x: 2, y: 0)                 // left half of 龙
        #expect(g.row(0) == " xy   ")
        #expect(!g[3, 0].isContinuation)
    }

    @Test func fillAndText() {
        var g = Grid(width: 3, height: 2)
        g.fill(Rect(x: 0, y: 0, width: 3, height: 2), with: "#")
        g.put("中", x: 1, y: 1)
        #expect(g.text == "###\n#中")
    }

    @Test func textHelpers() {
        #expect(Text.clip("北京青龙", to: 5) == "北京 ")
        #expect(Text.pad("青龙", to: 6, align: .right) == "  青龙")
        #expect(Text.pad("青龙", to: 7, align: .center) == " 青龙  ")
        #expect(Text.ellipsize("北京青龙智能", to: 7) == "北京青…")
        #expect(DisplayWidth.of(Text.ellipsize("北京青龙智能", to: 8)) <= 8)
        #expect(Text.wrap("北京青龙智能", width: 4) == ["北京", "青龙", "智能"])
        // A line never starts with closing punctuation: the character before goes down with it.
        #expect(Text.wrap("开始日期，目标", width: 8) == ["开始日", "期，目标"])
        #expect(Text.wrap("ab cd ef", width: 5) == ["ab cd", "ef"])
        // Dates and numbers inside Chinese text stay whole; the line breaks beside a CJK character.
        #expect(Text.wrap("场地冲突（2027-01-01 15:00）", width: 14) == ["场地冲突（", "2027-01-01", "15:00）"])
        #expect(Text.wrap("✗ 场地冲突：已有活动", width: 12) == ["✗ 场地冲突：", "已有活动"])
        // A run wider than the line is still cut to fit.
        #expect(Text.wrap("abcdefgh", width: 3) == ["abc", "def", "gh"])
    }

    @Test func rectSplits() {
        let r = Rect(x: 0, y: 0, width: 80, height: 24)
        let (top, rest) = r.splitTop(2)
        #expect(top.height == 2 && rest.y == 2 && rest.height == 22)
        #expect(r.columns([10, 100]).map(\.width) == [10, 70])
        #expect(r.inset(by: 50).isEmpty)
    }
}
