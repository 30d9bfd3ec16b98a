import Testing
@testable import TerminalUI

@Suite struct WidgetTests {
    let look = Look()
    let mono = Look(theme: .monochrome(from: .default), ascii: true)

    @Test func tabsMarkActiveWithoutColour() {
        var grid = Grid(width: 40, height: 1)
        let items = [Tabs.Item(digit: 1, title: "总览", short: "总览"), Tabs.Item(digit: 2, title: "项目", short: "项目"),
                     Tabs.Item(digit: 3, title: "企业", short: "企业")]
        Tabs(items: items, active: 2).render(in: grid.bounds, grid: &grid, look: mono)
        #expect(grid.row(0).hasPrefix("1总览 2项目 [3企业]"))
    }

    @Test func tabsShortenTheOthersNeverTheActiveOne() {
        let items = [Tabs.Item(digit: 1, title: "Overview", short: "Home"), Tabs.Item(digit: 2, title: "Projects", short: "Proj"),
                     Tabs.Item(digit: 3, title: "Enterprises", short: "Ent"), Tabs.Item(digit: 4, title: "Talent housing", short: "Hous")]
        let tabs = Tabs(items: items, active: 2)
        #expect(tabs.labels(fitting: 80) == ["1Overview", "2Projects", "3Enterprises", "4Talent housing"])
        #expect(tabs.labels(fitting: 33) == ["1Home", "2Proj", "3Enterprises", "4Hous"])
        #expect(tabs.labels(fitting: 25) == ["1", "2", "3Enterprises", "4"])
        var grid = Grid(width: 40, height: 1)
        tabs.render(in: grid.bounds, grid: &grid, look: mono)
        #expect(grid.row(0).hasPrefix("1Home 2Proj [3Enterprises] 4Hous "))
    }

    @Test func statusLineDropsWholeItems() {
        var grid = Grid(width: 30, height: 1)
        StatusLine(items: [.init("Enter", "详情"), .init("n", "登记"), .init("/", "筛选"), .init("?", "帮助")],
                   right: "● 实时").render(in: grid.bounds, grid: &grid, look: look)
        let row = grid.row(0)
        #expect(row.hasPrefix(" Enter详情  n登记"))
        #expect(row.hasSuffix("● 实时 "))
        #expect(DisplayWidth.of(row) == 30)
        #expect(!row.contains("帮"))
    }

    @Test func dialogConfirm() {
        var d = Dialog.confirm(title: "放弃修改?", message: "表单有未保存的修改。")
        #expect(d.handle(.enter) == .no)   // defaults to no
        _ = d.handle(.left)
        #expect(d.handle(.enter) == .yes)
        #expect(d.handle(.escape) == .no)
        var grid = Grid(width: 40, height: 10)
        d.render(in: grid.bounds, grid: &grid, look: mono)
        #expect(grid.text.contains("[是]"))
        #expect(grid.text.contains("+-"))
    }

    @Test func commandPaletteCompletes() {
        var p = CommandPalette(commands: ["export", "exit", "theme light", "theme dark"])
        _ = p.handle(.char("t"))
        _ = p.handle(.tab)
        #expect(p.input.text == "theme ")
        _ = p.handle(.tab)
        #expect(p.input.text == "theme light")
        _ = p.handle(.tab)
        #expect(p.input.text == "theme dark")
        #expect(p.handle(.enter) == .run("theme dark"))
        var grid = Grid(width: 20, height: 4)
        var q = CommandPalette(commands: ["export", "exit"])
        _ = q.handle(.char("e"))
        _ = q.render(in: grid.bounds, grid: &grid, look: look)
        #expect(grid.row(3).hasPrefix(":e"))
        #expect(grid.row(1).contains("export") && grid.row(2).contains("exit"))
    }

    @Test func filterLineReportsChanges() {
        var f = FilterLine()
        #expect(f.handle(.char("青")) == .changed("青"))
        #expect(f.handle(.left) == .none)
        #expect(f.handle(.enter) == .accept("青"))
        #expect(f.handle(.escape) == .cancel)
    }

    @Test func detailViewWrapsByWidth() {
        let v = DetailView(lines: [(label: "名称", value: "北京青龙智能科技有限公司"), (label: "人数", value: "86")])
        var grid = Grid(width: 20, height: 4)
        v.render(in: grid.bounds, grid: &grid, look: look)
        #expect(grid.row(0).hasPrefix(" 名称  北京青龙智能 "))
        #expect(grid.row(1).hasPrefix("       科技有限公司"))
        #expect(grid.row(2).hasPrefix(" 人数  86"))
    }

    @Test func barsAndSparkline() {
        #expect(BarChart.bar(1, maximum: 2, width: 4, ascii: false) == "██  ")
        #expect(BarChart.bar(0.55, maximum: 1, width: 2, ascii: false) == "█▏")
        #expect(BarChart.bar(1, maximum: 1, width: 3, ascii: true) == "###")
        #expect(Sparkline.line([0, 7, 3.5]) == "▁█▅")
        #expect(Sparkline.line([1, 2], ascii: true) == " #")
    }

    @Test func helpOverlayScrolls() {
        var h = HelpOverlay(title: "帮助", rows: (1...20).map { (key: "k\($0)", description: "说明\($0)") })
        var grid = Grid(width: 30, height: 8)
        h.render(in: grid.bounds, grid: &grid, look: look)
        #expect(grid.text.contains("k1 "))
        _ = h.handle(.end, in: grid.bounds)
        h.render(in: grid.bounds, grid: &grid, look: look)
        #expect(grid.text.contains("说明20"))
        #expect(!grid.text.contains("说明1 "))
    }

    /// Narrower than its longest row, help wraps keys and descriptions onto further lines at
    /// spaces: every word is there whole, and the end is reached by scrolling.
    @Test func helpOverlayWrapsRatherThanCuts() {
        let long = "next / previous field (fixed order; the Linux console has no Shift-Tab: use the up arrow or Ctrl-P)"
        var h = HelpOverlay(title: "Help", rows: [(key: "Tab / Shift-Tab, Ctrl-N / Ctrl-P", description: long),
                                                  (key: "F1", description: "the form's keys")])
        var grid = Grid(width: 50, height: 12)
        h.render(in: grid.bounds, grid: &grid, look: look)
        let text = grid.text
        let words = text.split(whereSeparator: { " │┌┐└┘─\n".contains($0) }).map(String.init)
        for word in (long + " Tab / Shift-Tab, Ctrl-N / Ctrl-P").split(separator: " ") {
            #expect(words.contains(String(word)), "“\(word)” whole:\n\(text)")
        }
        #expect(text.contains("the form's keys"))
        _ = h.handle(.end, in: grid.bounds)
    }

    @Test func tooSmallScreen() {
        var grid = Grid(width: 40, height: 12)
        TooSmallScreen(current: Size(width: 40, height: 12), minimum: Size(width: 80, height: 24),
                       lines: ["终端窗口太小：需要至少 {minimum}，当前 {current}。", "请放大窗口；按 q 退出。"])
            .render(in: grid.bounds, grid: &grid, look: look)
        #expect(grid.text.contains("80×24"))
        #expect(grid.text.contains("40×12"))
        #expect(grid.text.contains("按 q 退出"))
        #expect(!TooSmallScreen.fits(Size(width: 40, height: 12), minimum: Size(width: 80, height: 24)))
    }
}
