import CSV
import Foundation
import Testing
@testable import SiliconAlleyCore

/// CSV cells a spreadsheet would run (OWASP CSV injection) and control characters.
@Suite struct ExportSafetyTests {
    @Test(arguments: ["=HYPERLINK(\"http://x\",\"点我\")", "+86-138", "-2+3", "@SUM(A1)", "\tTAB", "\rCR"])
    func formulaCellsGetALeadingQuote(cell: String) {
        let safe = CSVCell.safe(cell)
        #expect(safe.hasPrefix("'"))
        #expect(CSVCell.safe(cell, raw: true).first == cell.first.map { $0 == "\t" ? "␉" : $0 == "\r" ? "␍" : $0 } ?? nil)
    }

    @Test(arguments: ["北京青龙智能科技有限公司", "91110101MA01ABCD19", "3层 301室", "a=b", ""])
    func ordinaryCellsAreUnchanged(cell: String) {
        #expect(CSVCell.safe(cell) == cell)
    }

    @Test func controlCharactersAreNeverWrittenRaw() {
        #expect(CSVCell.safe("恶意\u{1B}]0;pwned\u{07}名") == "恶意␛]0;pwned␇名")
        #expect(CSVCell.safe("a\nb\u{7F}c\u{85}d", raw: true) == "a␊b␡c\u{FFFD}d")
        #expect(CSVCell.safe("abc\u{202E}def\u{200B}") == "abc\u{FFFD}def\u{FFFD}")
    }

    @Test func anExportOfHostileRecordsIsSafeAndRawOnlyLeavesFormulas() throws {
        let dir = TempDir("export")
        let store = try JournalStore(path: dir.file("journal.jsonl"), actor: TestData.admin)
        let e = try store.register(1)
        try store.appendUnchecked([LineCodec.Draft(kind: EventKind.enterpriseUpdated, entity: e.id, data: .object([
            "changes": .object(["name": .string("=cmd|'/c calc'!A1"), "address": .string("3层\u{1B}[2J")]),
        ]))])
        let rows = Array(store.state.enterprises.values)
        let csv = String(decoding: EnterpriseExporter.export(rows, format: .csv, catalog: .plan, today: TestData.today), as: UTF8.self)
        let parsed = try CSVReader(string: csv, hasHeaderRow: true)
        let row = try #require(parsed.next())
        #expect(row[0] == "'=cmd|'/c calc'!A1")
        #expect(row[4] == "3层␛[2J")
        #expect(!csv.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\r" })
        let raw = String(decoding: EnterpriseExporter.export(rows, format: .csv, catalog: .plan, today: TestData.today, raw: true), as: UTF8.self)
        #expect(raw.contains("=cmd|'/c calc'!A1") && !raw.contains("'=cmd"))
        #expect(!raw.contains("\u{1B}"), "--raw keeps formulas, never control characters")
        let json = String(decoding: EnterpriseExporter.export(rows, format: .json, catalog: .plan, today: TestData.today), as: UTF8.self)
        #expect(!json.contains("\u{1B}") && json.contains("\\u001b"))
    }

    @Test func aPartialExportSaysSoInTheFile() throws {
        let e = Enterprise(id: "ent-1", name: "甲", uscc: TestData.uscc(1), industry: "ai")
        let note = "PARTIAL EXPORT: journal line 9 is damaged"
        let csv = String(decoding: EnterpriseExporter.export([e], format: .csv, partial: note), as: UTF8.self)
        #expect(csv.hasPrefix(note))
        let json = EnterpriseExporter.export([e], format: .json, partial: note)
        let v = try JSONParser.parse(json)
        #expect(v["partial"]?.stringValue == note)
        #expect(v["enterprises"]?.arrayValue?.count == 1)
    }
}

/// Bidi controls and zero-width characters are refused in names and codes, clearly.
@Suite struct InvisibleCharacterTests {
    @Test(arguments: ["\u{202E}", "\u{2066}", "\u{2069}", "\u{200F}"])
    func bidiControlsAreRefusedInNames(c: String) {
        let e = #expect(throws: FieldError.self) { try Required.text("北京\(c)科技有限公司", field: "name") }
        #expect(e?.field == "name")
        #expect(e?.en.contains("bidirectional control character (U+") == true)
        #expect(e?.zh.contains("改变文字方向") == true)
    }

    @Test(arguments: ["\u{200B}", "\u{200D}", "\u{FEFF}", "\u{2060}"])
    func zeroWidthCharactersAreRefusedInNamesAndCodes(c: String) {
        #expect((#expect(throws: FieldError.self) { try Required.text("青龙\(c)智能", field: "name") })?.en.contains("zero-width") == true)
        let uscc = TestData.uscc(5)
        let e = #expect(throws: FieldError.self) { try USCC.validate(String(uscc.prefix(9)) + c + String(uscc.dropFirst(9))) }
        #expect(e?.en.contains("zero-width character (U+") == true)
        #expect(throws: FieldError.self) { try Mobile.validate("138\(c)00138000") }
        #expect(throws: FieldError.self) { try ResidentID.validate("11010519491231002\(c)X") }
    }

    @Test func aRegistrationNamesTheField() throws {
        let dir = TempDir("invisible")
        let store = try JournalStore(path: dir.file("journal.jsonl"), actor: TestData.admin)
        let size = TestData.size(dir.file("journal.jsonl"))
        var input = TestData.enterprise(1, name: "北京\u{202E}司公限有技科")
        input.contact = "张\u{200B}三"
        let e = #expect(throws: CommandRejected.self) { try store.perform(RegisterEnterprise(input), today: TestData.today) }
        #expect(e?.error(for: "name") != nil && e?.error(for: "contact") != nil)
        #expect(TestData.size(dir.file("journal.jsonl")) == size)
    }
}
