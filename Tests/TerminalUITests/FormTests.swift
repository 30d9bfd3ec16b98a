import Testing
@testable import TerminalUI

@Suite struct FormTests {
    func makeForm() -> Form {
        Form(title: "登记企业", fields: [
            FormField(id: "name", label: "企业名称", required: true),
            FormField(id: "industry", label: "行业", kind: .choice([Choice("ai", "人工智能"), Choice("energy", "数智能源"), Choice("culture", "文化科技")]), required: true),
            FormField(id: "staff", label: "人数", kind: .integer),
            FormField(id: "docs", label: "材料", kind: .multiSelect([Choice("licence", "营业执照"), Choice("form", "申请表")])),
            FormField(id: "ent", label: "申请人", kind: .reference({ q in
                [ReferenceCandidate(id: "E1", columns: ["北京青龙智能科技有限公司", "91110101MA01ABCD19"]),
                 ReferenceCandidate(id: "E2", columns: ["青龙数智能源有限公司", "91110101MA02XYPW3C"])]
                    .filter { $0.columns[0].contains(q) }
            })),
        ])
    }

    func type(_ s: String, into form: inout Form) { for c in s { _ = form.handle(.char(c)) } }

    @Test func tabOrderTypingAndValues() {
        var form = makeForm()
        #expect(!form.isDirty)
        type("青龙", into: &form)
        _ = form.handle(.tab)                 // → 行业
        type("智能", into: &form)             // filters to 人工智能 (数智能源 also contains 智能)
        #expect(form.matchingOptions(1).map(\.label) == ["人工智能", "数智能源"])
        _ = form.handle(.down)                // inside the open list
        _ = form.handle(.enter)               // picks 数智能源 and moves on
        #expect(form.focusedField.id == "staff")
        type("8a6", into: &form)
        _ = form.handle(.tab)                 // → 材料
        _ = form.handle(.right); _ = form.handle(.char(" "))
        _ = form.handle(.tab)                 // → 申请人
        type("数智", into: &form)
        _ = form.handle(.enter)
        let v = form.values
        #expect(v["name"] == .text("青龙"))
        #expect(v["industry"] == .choice("energy"))   // the id, never the label
        #expect(v["staff"] == .text("86"))
        #expect(v["docs"] == .selections(["form"]))
        #expect(v["ent"] == .reference(id: "E2"))
        #expect(form.isDirty)
        _ = form.handle(.backTab)
        #expect(form.focusedField.id == "docs")
    }

    /// Leaving a list field whose typed text leaves one entry takes it; with several, the
    /// text stays in view, unpicked, for the save to ask about.
    @Test func leavingAListFieldWithOneMatchPicksIt() {
        var form = makeForm()
        _ = form.handle(.tab)
        type("文化", into: &form)                // one industry
        _ = form.handle(.tab)
        #expect(form.values["industry"] == .choice("culture") && form.unpicked("industry") == nil)
        _ = form.handle(.tab); _ = form.handle(.tab)   // → 申请人
        type("青龙", into: &form)                // two firms
        _ = form.handle(.backTab)
        #expect(form.unpicked("ent") == "青龙")
        var grid = Grid(width: 60, height: 12)
        _ = form.render(in: grid.bounds, grid: &grid, look: Look())
        #expect(grid.text.contains("▸ 青龙"), "what was typed stays in view:\n\(grid.text)")
        _ = form.handle(.tab)
        type("数智", into: &form)                // now one
        #expect(form.handle(.function(10)) == .submit)
        #expect(form.values["ent"] == .reference(id: "E2"))
    }

    @Test func ctrlUClearsAChosenAnswer() {
        var form = makeForm()
        _ = form.handle(.tab)
        type("文化", into: &form)
        _ = form.handle(.enter)                 // picked; on to 人数
        _ = form.handle(.backTab)
        #expect(form.values["industry"] == .choice("culture"))
        _ = form.handle(.ctrl("u"))
        #expect(form.values["industry"] == .choice(nil))
    }

    @Test func pluggableMatcher() {
        var form = makeForm()
        form.matcher = { q, o in q == "rg" && o == "人工智能" }   // stand-in for pinyin initials
        _ = form.handle(.tab)
        type("rg", into: &form)
        #expect(form.matchingOptions(1).map(\.id) == ["ai"])
    }

    @Test func submitCancelAndErrors() {
        var form = makeForm()
        #expect(form.handle(.ctrl("s")) == .submit)
        #expect(form.handle(.function(10)) == .submit)
        #expect(form.handle(.escape) == .cancel)
        form.setError(field: "staff", message: "应为整数")
        form.setError(field: "industry", message: "必填")
        form.focusFirstError()
        #expect(form.focusedField.id == "industry")
        var grid = Grid(width: 70, height: 10)
        _ = form.render(in: grid.bounds, grid: &grid, look: Look())
        #expect(grid.row(3).contains("行业 *"))
        #expect(grid.row(3).contains("✗ 必填"))
        #expect(grid.row(4).contains("✗ 应为整数"))
        #expect(grid.row(2).contains("企业名称 *"))
    }

    /// A form taller than its area scrolls to the focused field and says how many fields
    /// are out of view above and below; the field in focus is always drawn, with its cursor.
    @Test func aTallFormScrollsToTheFocusedField() {
        var form = Form(title: "项目", fields: (1...20).map { FormField(id: "f\($0)", label: "字段\($0)") })
        var grid = Grid(width: 60, height: 10)
        _ = form.render(in: grid.bounds, grid: &grid, look: Look())
        #expect(grid.row(2).contains("字段1"))
        #expect(grid.row(0).contains("↓12"), "\(grid.row(0))")
        for _ in 1..<20 { _ = form.handle(.tab) }
        #expect(form.focusedField.id == "f20")
        type("最后", into: &form)
        grid = Grid(width: 60, height: 10)
        let cursor = form.render(in: grid.bounds, grid: &grid, look: Look())
        #expect(grid.row(9).contains("字段20") && grid.row(9).contains("最后"), "\(grid.text)")
        #expect(cursor?.y == 9)
        #expect(!grid.text.contains("字段1 "), "the first fields are scrolled away")
        #expect(grid.row(0).contains("↑12") && !grid.row(0).contains("↓"), "\(grid.row(0))")
        for _ in 1..<20 { _ = form.handle(.backTab) }
        grid = Grid(width: 60, height: 10)
        _ = form.render(in: grid.bounds, grid: &grid, look: Look())
        #expect(grid.row(2).contains("字段1"), "back at the top: \(grid.text)")
    }

    @Test func cursorAfterCJKInForm() {
        var form = makeForm()
        type("青龙", into: &form)
        var grid = Grid(width: 70, height: 10)
        let c0 = form.render(in: grid.bounds, grid: &grid, look: Look())
        _ = form.handle(.home)
        let c1 = form.render(in: grid.bounds, grid: &grid, look: Look())
        #expect(c0!.x - c1!.x == 4)
    }

    @Test func dateCheck() {
        #expect(FieldCheck.date("2024-02-29"))
        #expect(!FieldCheck.date("2023-02-29"))
        #expect(!FieldCheck.date("2024-13-01"))
        #expect(!FieldCheck.date("2024-1-01"))
        #expect(FieldCheck.cents("500,000.5") == 50_000_050)
        #expect(FieldCheck.integer("1,284") == 1284)
        #expect(FieldCheck.integer("12a") == nil)
    }
}
