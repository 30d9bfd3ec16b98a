import Foundation
import Testing
@testable import SiliconAlleyCore

@Suite struct EnterpriseImportExportTests {
    let dir = TempDir("import")
    var path: String { dir.file("journal.jsonl") }

    func store() throws -> JournalStore { try JournalStore(path: path, actor: TestData.admin) }

    func bad(_ code: String) -> String {
        String(code.dropLast()) + (code.last == "0" ? "1" : "0")
    }

    @Test func goodFileImportsAsOneBatch() throws {
        let s = try store()
        let csv = """
        企业名称,统一社会信用代码,行业,楼宇,人数,入驻日期
        北京青龙智能科技有限公司,\(TestData.uscc(1)),人工智能,歌华大厦,86,2024-03-18
        "北京雍和数据有限公司, 第二分部",\(TestData.uscc(2)),智慧城市,雍和大厦,"1,200",2025-01-02
        """
        let plan = try EnterpriseImporter.plan(Array(csv.utf8), state: s.state)
        #expect(plan.commands.count == 2)
        #expect(plan.encoding == .utf8)
        let lines = try s.perform(plan.commands)
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.txnCount == 2 })
        let names = Set(s.state.enterprises.values.map(\.name))
        #expect(names.contains("北京雍和数据有限公司, 第二分部"))   // quoted comma kept
        #expect(s.state.enterprise(uscc: TestData.uscc(2))?.headcount == 1200)
    }

    @Test func everyBadRowIsListedAndNothingIsWritten() throws {
        let s = try store()
        try s.perform(RegisterEnterprise(TestData.enterprise(9, name: "已有企业有限公司")))
        let before = s.head.seq
        let csv = """
        name,uscc,industry,settled
        北京甲科技有限公司,\(TestData.uscc(1)),ai,2024-01-01
        北京乙科技有限公司,\(bad(TestData.uscc(2))),ai,2024-01-01
        ,\(TestData.uscc(3)),ai,2024-01-01
        北京丙科技有限公司,\(TestData.uscc(4)),ai,2024-02-30
        北京丁科技有限公司,\(TestData.uscc(1)),ai,2024-01-01
        北京戊科技有限公司,\(TestData.uscc(9)),ai,2024-01-01
        """
        var problems: [EnterpriseImporter.RowError] = []
        do {
            _ = try EnterpriseImporter.plan(Array(csv.utf8), state: s.state)
            Issue.record("a file with bad rows was accepted")
        } catch {
            if case .rows(let p) = error { problems = p } else { Issue.record("unexpected \(error)") }
        }
        do {
            let byLine = Dictionary(grouping: problems, by: \.line)
            #expect(byLine[3]?.contains { $0.error.field == "uscc" } == true)       // wrong check character
            #expect(byLine[4]?.contains { $0.error.field == "name" } == true)       // missing name
            #expect(byLine[5]?.contains { $0.error.field == "settled" } == true)    // 2024-02-30
            #expect(byLine[6]?.contains { $0.error.field == "uscc" && $0.error.zh.contains("第 2 行") } == true)  // duplicate in the file
            #expect(byLine[7]?.contains { $0.error.zh.contains("已有企业有限公司") } == true)  // already registered
            #expect(byLine[2] == nil)
        }
        #expect(s.head.seq == before)
    }

    @Test func gb18030FromExcelIsRead() throws {
        let s = try store()
        let csv = "企业名称,统一社会信用代码,行业\r\n北京青龙智能科技有限公司,\(TestData.uscc(5)),人工智能\r\n"
        let bytes = try #require(TextDecoding.encodeGB18030(csv))
        #expect(String(validating: bytes, as: UTF8.self) == nil, "really not UTF-8")
        let plan = try EnterpriseImporter.plan(bytes, state: s.state)
        #expect(plan.encoding == .gb18030)
        try s.perform(plan.commands)
        #expect(s.state.enterprise(uscc: TestData.uscc(5))?.name == "北京青龙智能科技有限公司")
    }

    @Test func bomIsStripped() throws {
        let s = try store()
        let csv = [UInt8]([0xEF, 0xBB, 0xBF]) + Array("企业名称,统一社会信用代码,行业\n北京甲科技有限公司,\(TestData.uscc(6)),ai\n".utf8)
        let plan = try EnterpriseImporter.plan(csv, state: s.state)
        #expect(plan.encoding == .utf8BOM)
        #expect(plan.commands.first?.input.name == "北京甲科技有限公司")
    }

    @Test func unknownOrMissingColumnsAreNamed() throws {
        let s = try store()
        #expect { try EnterpriseImporter.plan(Array("名称,颜色\nx,y\n".utf8), state: s.state) } throws: { e in
            "\(e)".contains("颜色")
        }
        #expect { try EnterpriseImporter.plan(Array("名称,行业\nx,ai\n".utf8), state: s.state) } throws: { e in
            "\(e)".contains("统一社会信用代码")
        }
    }

    @Test func exportRoundTripsThroughImport() throws {
        let s = try store()
        try s.perform([RegisterEnterprise(TestData.enterprise(1)), RegisterEnterprise(TestData.enterprise(2, name: "北京\"引号\",逗号有限公司"))])
        let csv = EnterpriseExporter.export(Array(s.state.enterprises.values), format: .csv, bom: true)
        #expect(csv.starts(with: [0xEF, 0xBB, 0xBF]))
        // Into a fresh journal: the same enterprises come back.
        let other = try JournalStore(path: dir.file("other.jsonl"), actor: TestData.admin)
        let plan = try EnterpriseImporter.plan(csv, state: other.state)
        try other.perform(plan.commands)
        #expect(Set(other.state.enterprises.values.map(\.name)) == Set(s.state.enterprises.values.map(\.name)))
        #expect(Set(other.state.enterprises.values.map(\.uscc)) == Set(s.state.enterprises.values.map(\.uscc)))
        let json = String(decoding: EnterpriseExporter.export(Array(s.state.enterprises.values), format: .json), as: UTF8.self)
        let parsed = try JSONParser.parse(json)
        #expect(parsed.arrayValue?.count == 2)
    }

    @Test func filterTextParses() throws {
        let f = try EnterpriseFilterParser.parse("industry=人工智能 tier=showcase qualification=srdi qlzn", catalog: .plan)
        #expect(f.industry == "ai")
        #expect(f.tier == "showcase")
        #expect(f.qualification == "srdi")
        #expect(f.text == "qlzn")
        #expect(throws: EnterpriseFilterParser.Failure.self) { try EnterpriseFilterParser.parse("industry=造船", catalog: .plan) }
    }
}

@Suite struct EnterpriseExportMaskingTests {
    @Test func exportsMaskMobilesAndAnImportReadsAMaskedOneAsNone() throws {
        let dir = TempDir("export-mask")
        let s = try JournalStore(path: dir.file("a.jsonl"), actor: TestData.admin)
        try s.perform(RegisterEnterprise(TestData.enterprise(1)))   // contact mobile 13800138000
        let rows = Array(s.state.enterprises.values)
        for format in EnterpriseExporter.Format.allCases {
            let text = String(decoding: EnterpriseExporter.export(rows, format: format), as: UTF8.self)
            #expect(!text.contains("13800138000"), "\(format)")
            #expect(text.contains("138****8000"), "\(format)")
        }
        let csv = EnterpriseExporter.export(rows, format: .csv)
        let other = try JournalStore(path: dir.file("b.jsonl"), actor: TestData.admin)
        let plan = try EnterpriseImporter.plan(csv, state: other.state)
        #expect(plan.commands.count == 1 && plan.commands[0].input.phone.isEmpty)
    }
}
