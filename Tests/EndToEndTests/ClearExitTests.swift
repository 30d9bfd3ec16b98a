import Foundation
import Testing
import SiliconAlleyCore

/// Exit statuses a script can trust: a refused write exits 1 with the role message and
/// writes nothing; read-only commands never create; a damaged journal is not exported
/// as if whole.
@Suite struct ClearExitTests {
    let dir = TempDir("exits")
    var journal: String { dir.file("j.jsonl") }

    /// A journal this process's login did not create: it is a viewer there.
    private func someoneElsesJournal() throws -> JournalStore {
        let store = try JournalStore(path: journal, actor: "someone-else")
        try store.perform(RegisterEnterprise(EnterpriseInput(name: "别人的企业有限公司", uscc: USCC.make(first17: "91110101000000001")!,
                                                             industry: "ai")))
        return store
    }

    @Test func aViewersDemoImportAndOperatorsExitOneWithTheRoleAndWriteNothing() throws {
        _ = try someoneElsesJournal()
        let me = Identity.currentLogin()
        let size = TestSize.of(journal)
        let demo = try SiliconAlleyBinary.run(["demo", "--journal", journal, "--enterprises", "2"], scratch: dir)
        #expect(demo.status == 1)
        #expect(demo.stderr.contains("\(me) is viewer; demo data needs operator"), "\(demo.stderr)")
        let csv = dir.file("one.csv")
        try "企业名称,统一社会信用代码,行业\n导入测试有限公司,\(USCC.make(first17: "91110101000000002")!),人工智能\n"
            .write(toFile: csv, atomically: true, encoding: .utf8)
        let imp = try SiliconAlleyBinary.run(["import", "enterprises", csv, "--journal", journal], scratch: dir)
        #expect(imp.status == 1)
        #expect(imp.stderr.contains("\(me) is viewer; this needs clerk"), "\(imp.stderr)")
        let add = try SiliconAlleyBinary.run(["operators", "add", me, "--role", "admin", "--journal", journal], scratch: dir)
        #expect(add.status == 1 && add.stderr.contains("needs admin"), "\(add.stderr)")
        #expect(TestSize.of(journal) == size)
    }

    @Test func readOnlyCommandsNeverCreateAJournal() throws {
        for args in [["export", "enterprises"], ["report"], ["verify"], ["operators", "list"]] {
            let r = try SiliconAlleyBinary.run(args + ["--journal", dir.file("sub/none.jsonl")], scratch: dir)
            #expect(r.status == 1, "\(args): \(r.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: dir.file("sub")))
    }

    @Test func aDamagedJournalIsNotExportedAsIfWholeUnlessAskedTo() throws {
        let store = try JournalStore(path: journal)
        for n in 1...3 {
            try store.perform(RegisterEnterprise(EnterpriseInput(name: "导出测试\(n)有限公司", uscc: USCC.make(first17: "9111010100000010\(n)")!,
                                                                 industry: "ai")))
        }
        let bad = store.head.seq
        var lines = JournalFileCheck.rawLines(journal)
        lines[bad - 1][40] ^= 1
        try Data(lines.flatMap { $0 }).write(to: URL(fileURLWithPath: journal))
        let refused = try SiliconAlleyBinary.run(["export", "enterprises", "--journal", journal], scratch: dir)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("journal line \(bad) is damaged") && refused.stdout.isEmpty, "\(refused.stderr)")
        let out = dir.file("partial.csv")
        let partial = try SiliconAlleyBinary.run(["export", "enterprises", "--journal", journal, "--allow-partial", "--output", out], scratch: dir)
        #expect(partial.status == 0, "\(partial.stderr)")
        #expect(partial.stderr.contains("PARTIAL EXPORT: journal line \(bad) is damaged"))
        let text = try String(contentsOfFile: out, encoding: .utf8)
        #expect(text.hasPrefix("\"PARTIAL EXPORT: journal line \(bad)") || text.hasPrefix("PARTIAL EXPORT: journal line \(bad)"), "\(text.prefix(80))")
        #expect(text.contains("导出测试2有限公司") && !text.contains("导出测试3有限公司"))
        #expect(SharedServer.mode(out)?.mode == 0o600)
    }

    @Test func formulaCellsAreQuotedUnlessRaw() throws {
        let store = try JournalStore(path: journal)
        try store.perform(RegisterEnterprise(EnterpriseInput(name: "=HYPERLINK(\"http://x\")", uscc: USCC.make(first17: "91110101000000201")!,
                                                             industry: "ai")))
        let safe = try SiliconAlleyBinary.run(["export", "enterprises", "--journal", journal], scratch: dir)
        #expect(safe.status == 0 && safe.stdout.contains("'=HYPERLINK"), "\(safe.stdout)")
        let raw = try SiliconAlleyBinary.run(["export", "enterprises", "--journal", journal, "--raw"], scratch: dir)
        #expect(raw.status == 0 && raw.stdout.contains("=HYPERLINK") && !raw.stdout.contains("'=HYPERLINK"))
    }

    @Test func reportPrintsTheHeadItStandsOn() throws {
        let store = try JournalStore(path: journal)
        let r = try SiliconAlleyBinary.run(["report", "2025-06-30", "--journal", journal], scratch: dir)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("截至 2025-06-30"))
        // As of a past day: the journal as it stood then (here: nothing yet, so the head before the first line).
        #expect(r.stdout.contains("日志锚点"))
        let today = try SiliconAlleyBinary.run(["report", "--journal", journal], scratch: dir)
        #expect(today.stdout.contains("#\(store.head.seq) `\(store.head.hash)`"), "\(today.stdout)")
    }
}
