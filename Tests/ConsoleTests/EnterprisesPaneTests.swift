import Foundation
import Testing
@testable import Console
@testable import SiliconAlleyCore
import TerminalUI

@Suite("Enterprises pane")
struct EnterprisesPaneTests {
    @Test func cjkColumnsAlign() throws {
        let f = try ConsoleFixture(enterprises: [Samples.enterprise("北京青龙智能科技有限公司", 1), Samples.enterprise("ABC Data Ltd", 2)])
        let lines = f.screen().split(separator: "\n").map(String.init)
        let rowA = try #require(lines.first { $0.contains("北京青龙智能") })
        let rowB = try #require(lines.first { $0.contains("ABC Data") })
        func column(_ line: String, _ needle: String) -> Int {
            DisplayWidth.of(String(line[..<line.range(of: needle)!.lowerBound]))
        }
        #expect(column(rowA, Samples.uscc(1)) == column(rowB, Samples.uscc(2)))
    }

    @Test func registerThroughTheFormAndFindByPinyinInitials() throws {
        // Firms before and after it in name order: the new one must be selected, not stay unselected at the top.
        let f = try ConsoleFixture(enterprises: [Samples.enterprise("阿尔法机器人有限公司", 21), Samples.enterprise("钟鼓楼数据有限公司", 22)])
        f.press(.char("n"))
        f.type("北京青龙智能科技有限公司")
        f.press(.tab)
        f.type(Samples.uscc(9))
        f.press(.tab)
        f.type("rg")
        f.press(.enter)
        f.press(.function(10))
        #expect(f.store.state.enterprises.values.contains { $0.name == "北京青龙智能科技有限公司" && $0.industry == "ai" })
        #expect(f.lines().contains { $0.hasPrefix("▶") && $0.contains("北京青龙智能科技有限公司") }, "the new firm is selected:\n\(f.screen())")
        f.press(.char("/"))
        f.type("qlzn")
        let text = f.screen()
        #expect(text.contains("命中 1"))
        #expect(text.contains("北京青龙智能科技有限公司"))
    }

    @Test func wrongUSCCShowsFieldErrorAndWritesNothing() throws {
        let f = try ConsoleFixture()
        let before = f.store.head.seq
        let good = Samples.uscc(3)
        let bad = String(good.dropLast()) + (good.last == "0" ? "1" : "0")
        f.press(.char("n"))
        f.type("北京测试科技有限公司")
        f.press(.tab)
        f.type(bad)
        #expect(f.screen().contains("校验位应为 \(good.last!)"))
        f.press(.tab)
        f.type("人工")
        f.press(.enter)
        f.press(.ctrl("s"))
        #expect(f.store.head.seq == before)
        #expect(f.screen().contains("✗"))
    }

    @Test func escapeOnADirtyFormAsksFirst() throws {
        let f = try ConsoleFixture()
        f.press(.char("n"))
        f.type("半截")
        f.press(.escape)
        #expect(f.screen().contains("放弃输入？"))
        f.press(.char("n"))  // keep editing
        #expect(f.screen().contains("半截"))
    }

    @Test func kpiHeaderComputesTheShare() throws {
        let f = try ConsoleFixture(enterprises: [Samples.enterprise("北京甲科技有限公司", 11), Samples.enterprise("北京乙科技有限公司", 12)])
        try f.store.perform([
            RecordDistrictStatistic(date: "2023-12-31", srdiCount: "40", highTechCount: "60"),
            RecordDistrictStatistic(date: f.shell.ctx.today.description, srdiCount: "50", highTechCount: "50"),
            GrantQualification(enterprise: Samples.uscc(11), qualification: "srdi", granted: "2023-06-01", expires: "2027-06-01"),
            GrantQualification(enterprise: Samples.uscc(12), qualification: "hnte", granted: "2024-06-01", expires: "2027-06-01"),
        ], today: f.shell.ctx.today)
        f.shell.ctx.journal.update()
        f.press(.char("7"))
        f.press(.char("3"))
        for p in f.shell.panes { p.pane.journalChanged(f.shell.ctx) }
        let text = f.screen()
        // now 2/100 = 2.0%, baseline 1/100 = 1.0%, ratio ×2.00
        #expect(text.contains("2.0%"))
        #expect(text.contains("1.0%"))
        #expect(text.contains("×2.00"))
    }

    @Test func hostileTextIsSanitized() throws {
        let f = try ConsoleFixture(enterprises: [Samples.enterprise("北京安全科技有限公司", 21)])
        let id = f.store.state.enterprises.values.first!.id
        try f.store.appendUnchecked([LineCodec.Draft(kind: EventKind.enterpriseUpdated, entity: id,
                                                     data: .object(["changes": .object(["name": .string("恶意\u{1B}]0;pwned\u{07}\u{1B}[2J名")])]))])
        f.shell.ctx.journal.update()
        for p in f.shell.panes { p.pane.journalChanged(f.shell.ctx) }
        let text = f.screen()
        #expect(!text.contains("\u{1B}"))
        #expect(!text.contains("\u{07}"))
        #expect(text.contains("恶意␛]0;pwned␇␛[2J名"))
    }
}

@Suite("Forms show every error at once")
struct FormErrorsTests {
    @Test func threeBadFieldsThreeErrorsOneSave() throws {
        let f = try ConsoleFixture()
        let before = f.store.head.seq
        f.press(.char("n"))
        f.type("北京测试科技有限公司")
        f.press(.tab)
        f.type("91110101MA01ABCD1Y")      // wrong check character
        f.press(.tab, .tab, .tab, .tab)   // industry left empty → headcount
        f.press(.tab, .tab)               // → settled on
        f.type("2025-02-30")              // no such day
        f.press(.function(10))
        #expect(f.store.head.seq == before)
        let text = f.screen()
        #expect(text.contains("必填"), "industry: \(text)")
        #expect(text.contains("校验位"), "uscc: \(text)")
        #expect(text.contains("2025-02-30"), "date: \(text)")
        #expect(text.contains("3 处有误"), "\(text)")
    }

    @Test func anAmountIsNeverReinterpreted() throws {
        let f = try ConsoleFixture(enterprises: [Samples.enterprise("北京甲科技有限公司", 1)])
        f.press(.char("p"))               // record support
        f.type("1-1")
        f.press(.enter)                   // measure chosen → amount
        f.type("1e5")
        var text = f.screen()
        #expect(text.contains("“e”不能输入"), "\(text)")
        let before = f.store.head.seq
        f.press(.function(10))
        #expect(f.store.head.seq == before)                 // "15" is not what was typed: not saved
        #expect(f.screen().contains("“e”不能输入"))
        // 5万 reads as ¥50,000.00 and says so.
        for _ in 0..<3 { f.press(.backspace) }
        f.type("5万")
        text = f.screen()
        #expect(text.contains("= ¥50,000.00"), "\(text)")
        f.press(.function(10))
        #expect(f.store.state.enterprises.values.first?.support.first?.amount == Money(yuan: 50_000))
    }

    @Test func aLetterRefusedInAnEmptyAmountLosesNothingAndDoesNotBlockSaving() throws {
        let f = try ConsoleFixture(enterprises: [Samples.enterprise("北京甲科技有限公司", 1)])
        f.press(.char("p"))
        f.type("1-1")
        f.press(.enter)
        f.type("a")                       // refused, and the field is still empty: nothing typed was changed
        #expect(f.screen().contains("“a”不能输入"))
        #expect(!f.screen().contains("请删改"), "nothing to delete: \(f.screen())")
        f.type("5万")
        #expect(!f.screen().contains("不能输入"), "\(f.screen())")
        f.press(.function(10))
        #expect(f.store.state.enterprises.values.first?.support.first?.amount == Money(yuan: 50_000))
    }

    @Test func errorsStayBesideTheirFieldsWhileTheOperatorMovesAndGoWhenTheFieldIsEdited() throws {
        let f = try ConsoleFixture()
        f.press(.char("n"))
        f.type("北京测试科技有限公司")
        f.press(.tab)
        f.type("91110101MA01ABCD1Y")      // wrong check character
        f.press(.function(10))            // the industry is missing too
        #expect(f.screen().contains("必填") && f.screen().contains("校验位"), "\(f.screen())")
        f.press(.backTab, .backTab, .tab)
        #expect(f.screen().contains("必填") && f.screen().contains("校验位"), "moving keeps every mark: \(f.screen())")
        f.press(.function(10))            // focus on the first error again
        f.press(.backTab)                 // → the USCC field
        f.press(.ctrl("u"))
        f.type("91110101MA01ABCD1")
        #expect(f.screen().contains("必填"), "the industry's mark stays: \(f.screen())")
    }
}

@Suite("Registry columns at every width")
struct EnterpriseColumnsTests {
    /// Wider screens add columns only while a twelve-character name still shows whole; the
    /// English one (wider words) shows fewer columns than the Chinese at the same width.
    @Test func theNameKeepsItsRoomAsColumnsAreAdded() throws {
        let name = "北京北辰健康科技有限公司"
        for language in [Language.zh, .en] {
            let f = try ConsoleFixture(language: language, enterprises: [Samples.enterprise(name, 1)])
            for (w, h) in [(80, 24), (100, 30), (120, 40), (160, 40)] {
                let screen = f.screen(w, h)
                #expect(screen.contains(name), "\(language) \(w)×\(h):\n\(screen)")
            }
            let keys120 = EnterprisesPane.columns(width: 120, language).map(\.key)
            #expect(keys120.contains(.uscc) && keys120.contains(.status), "\(language): \(keys120)")
        }
        #expect(EnterprisesPane.columns(width: 120, .zh).count > EnterprisesPane.columns(width: 120, .en).count)
        #expect(EnterprisesPane.columns(width: 160, .en).map(\.key) == EnterpriseSortKey.allCases)
    }
}

@Suite("Clearing a search keeps the record it found")
struct ClearedSearchSelectionTests {
    /// `/` finds a firm, Esc clears the search: the firm stays selected, so the next key
    /// (o: move out) acts on the one the operator found, not on the first of the full list.
    @Test func theFoundRecordStaysSelected() throws {
        let names = ["阿尔法机器人有限公司", "北京甲科技有限公司", "簋街餐饮科技有限公司", "钟鼓楼数据有限公司"]
        let f = try ConsoleFixture(enterprises: names.enumerated().map { Samples.enterprise($1, $0 + 1) })
        f.press(.char("/"))
        f.type("簋街")
        f.press(.enter, .escape)          // accept the search, then clear it
        let selected = f.screen().split(separator: "\n").first { $0.hasPrefix("▶") }
        #expect(selected?.contains("簋街餐饮科技有限公司") == true, "\(f.screen())")
        #expect(f.screen().contains("钟鼓楼数据有限公司"), "the whole list is back")
        f.press(.char("o"))
        #expect(f.screen().contains("簋街餐饮科技有限公司"), "the move-out form names the firm found:\n\(f.screen())")
    }
}

@Suite("Unbound keys say so")
struct UnboundKeyTests {
    @Test func aKeyThatDoesNothingSaysSoInEitherLanguage() throws {
        let f = try ConsoleFixture(enterprises: [Samples.enterprise("北京甲科技有限公司", 1)])
        f.press(.char("z"))
        #expect(f.screen().contains("“z”在此没有作用：按 ? 查看本页的键"), "\(f.screen())")
        f.press(.function(11))
        #expect(f.screen().contains("“F11”在此没有作用"), "\(f.screen())")
        // From a record's detail a pane's digit goes to that pane, as from the list.
        f.press(.enter)
        f.press(.char("7"))
        #expect(f.screen().contains("审计日志"), "\(f.screen())")
        let en = try ConsoleFixture(language: .en)
        en.press(.char("Q"))
        #expect(en.screen().contains("“Q” does nothing here: ? lists this page's keys"), "\(en.screen())")
    }
}

@Suite("Import from the console")
struct ConsoleImportTests {
    /// `:import` of a file with a bad row writes nothing and lists each problem by row and
    /// column name (统一社会信用代码), never by the field's key.
    @Test func aHalfValidImportWritesNothingAndNamesEachProblem() throws {
        let f = try ConsoleFixture()
        let csv = f.dir + "/import.csv"
        let bad = String(Samples.uscc(2).dropLast()) + (Samples.uscc(2).last == "0" ? "1" : "0")
        try "企业名称,统一社会信用代码,行业\n北京甲科技有限公司,\(Samples.uscc(1)),人工智能\n北京乙科技有限公司,\(bad),人工智能\n"
            .write(toFile: csv, atomically: true, encoding: .utf8)
        let before = f.store.head.seq
        f.press(.char(":"))
        f.type("import \(csv)")
        f.press(.enter)
        let screen = f.screen(120, 40)
        #expect(f.store.head.seq == before, "nothing written")
        #expect(screen.contains("导入未执行：1 处问题") && screen.contains("第 3 行") && screen.contains("信用代码：校验位"), "\(screen)")
        #expect(!screen.contains("uscc:"), "\(screen)")
    }
}

@Suite("The registry's counts line at 80 columns")
struct RegistryCountsLineTests {
    /// A search's count and text come before the filter chips that say "all": in English at
    /// 80 columns they used not to fit together, and the count was cut to "…".
    @Test func aSearchsCountShowsBeforeChipsThatSayAll() throws {
        let names = ["北京甲科技有限公司", "北京乙数据有限公司", "簋街餐饮科技有限公司"]
        for language in [Language.en, .zh] {
            let f = try ConsoleFixture(language: language, enterprises: names.enumerated().map { Samples.enterprise($1, $0 + 1) })
            f.size = Size(width: 80, height: 24)
            f.press(.char("/"))
            f.type("guijie")
            let line = try #require(f.screen().split(separator: "\n").first { $0.contains(language == .en ? "Enterprises 3" : "企业 3") })
            let counts = language == .en ? "showing 1 · filter /guijie" : "命中 1 · 筛选 /guijie"
            #expect(line.contains(counts), "\(line)")
            #expect(DisplayWidth.of(String(line)) <= 80)
            // Chinese has room for both: the chips stay.
            #expect(line.contains("行业：全部") == (language == .zh), "\(line)")
        }
    }
}
