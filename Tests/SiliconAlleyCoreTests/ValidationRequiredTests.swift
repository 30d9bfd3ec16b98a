import Testing
@testable import SiliconAlleyCore

@Suite struct ValidationRequiredTests {
    @Test func trims() throws {
        #expect(try Required.text("  北京青龙智能科技有限公司 \n", field: "name") == "北京青龙智能科技有限公司")
        #expect(try Required.text("\u{3000}歌华大厦\u{3000}", field: "building") == "歌华大厦")
    }

    @Test(arguments: ["", "   ", "\n\t", "\u{3000}"])
    func rejectsEmpty(text: String) {
        let e = #expect(throws: FieldError.self) { try Required.text(text, field: "name") }
        #expect(e?.field == "name")
        #expect(e?.zh == "不能为空")
    }

    @Test(arguments: ["第一行\n第二行", "a\tb", "a\rb", "a\u{7}b", "a\u{1B}[31mb"])
    func rejectsControlCharacters(text: String) {
        let e = #expect(throws: FieldError.self) { try Required.text(text, field: "title") }
        #expect(e?.field == "title")
    }

    @Test func newlineMessage() {
        let e = #expect(throws: FieldError.self) { try Required.text("a\nb", field: "title") }
        #expect(e?.zh == "不能包含换行")
    }

    @Test func optionalAndMaxLength() throws {
        #expect(try Required.optionalText("  ", field: "note") == nil)
        #expect(try Required.optionalText(" x ", field: "note") == "x")
        #expect(throws: FieldError.self) { try Required.optionalText("a\nb", field: "note") }
        #expect(try Required.text("硅巷", field: "n", maxLength: 2) == "硅巷")
        #expect(throws: FieldError.self) { try Required.text("硅巷驿站", field: "n", maxLength: 2) }
    }

    @Test func fieldErrorShape() {
        let e = FieldError(field: "uscc", zh: "校验位应为 9", en: "check character should be 9")
        #expect(e.description == "uscc: check character should be 9")
        #expect(e == FieldError(field: "uscc", zh: "校验位应为 9", en: "check character should be 9"))
    }
}
