import Foundation
import Testing
import SiliconAlleyCore

/// The console as an operator meets it: the real binary in a tmux pane, driven by keys,
/// checked by the text on the screen. Each test has its own tmux server and journal.
@Suite(.enabled(if: TmuxSession.available, "tmux is not installed"), .timeLimit(.minutes(1)))
struct ConsoleTmuxTests {
    /// A journal with one enterprise, written through the library as the current OS login
    /// (the journal's creator, hence admin) before the console starts.
    static func journal(in dir: TempDir, enterprise name: String? = nil, first17: String = "91110105MA00TEXT1") throws -> (path: String, store: JournalStore) {
        let path = dir.file("journal.jsonl")
        let store = try JournalStore(path: path)
        if let name {
            try store.perform(RegisterEnterprise(EnterpriseInput(name: name, uscc: USCC.make(first17: first17)!, industry: "人工智能")))
        }
        return (path, store)
    }

    static func headSeq(_ path: String) throws -> Int {
        try JournalFileCheck.decode(try #require(JournalFileCheck.rawLines(path).last)).seq
    }

    static func containsCJK(_ s: String) -> Bool {
        s.unicodeScalars.contains { (0x3000...0x9FFF).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) }
    }

    // MARK: 1. The shell

    @Test func shellPanesHelpFilterPaletteResizeAndQuit() async throws {
        let dir = TempDir("tmux")
        let journal = dir.file("journal.jsonl")
        let s = try TmuxSession(["--journal", journal], dir: dir)
        var screen = try await s.waitFor("硅巷运营控制台")
        screen = try await s.waitFor("7日志")
        // The overview is the first screen; 3 is the registry.
        #expect(s.lines()[0].contains("[1总览]"), "title bar: \(s.lines()[0])")
        #expect(screen.contains("发展目标"), "overview:\n\(screen)")
        try await s.sendKeys("3")
        screen = try await s.waitFor("[3企业]")
        let head = try Self.headSeq(journal)
        #expect(head >= 1)
        let first = s.lines()[0]
        #expect(first.contains("[3企业]"), "title bar: \(first)")
        #expect(first.contains(" 7日志 "), "title bar: \(first)")
        #expect(screen.contains("发展目标") || screen.contains("展示区"), "KPI line missing:\n\(screen)")
        #expect(screen.contains("日志 #\(head)"), "status line without the journal head #\(head):\n\(screen)")

        try await s.sendKeys("7")
        screen = try await s.waitFor("审计日志")
        #expect(s.lines()[0].contains("[7日志]"))
        #expect(!s.lines()[0].contains("[3企业]"))
        try await s.sendKeys("3")
        try await s.waitFor("[3企业]")
        try await s.waitForGone("审计日志")

        try await s.sendKeys("?")
        screen = try await s.waitFor("登记企业")
        #expect(screen.contains("帮助"))
        try await s.sendKeys("Escape")
        try await s.waitForGone("登记企业")

        try await s.sendKeys("7", "/")
        try await s.type("项目")
        // A new journal is seeded with the plan's projects: those lines, and only those, match.
        let all = JournalFileCheck.rawLines(journal).compactMap { try? JournalFileCheck.decode($0) }
        let projects = all.filter { $0.kind.hasPrefix("project.") }.count
        #expect(projects > 0 && projects < all.count)
        // The rows come once the journal's lines are read (on a busy machine after the header):
        // wait for them, then look at the whole screen.
        screen = try await s.waitUntil("the filtered journal listed") { $0.contains("筛选 /项目 · 命中") && $0.contains("新建项目") }
        #expect(screen.contains("审计日志 · 共 \(all.count) 条 · 筛选 /项目 · 命中 \(projects)"), "journal filter header:\n\(screen)")
        #expect(screen.contains("新建项目"))
        #expect(!screen.contains("创建日志") && !screen.contains("设定角色"), "non-matching lines shown:\n\(screen)")
        try await s.sendKeys("Escape")
        screen = try await s.waitForGone("筛选 /")
        #expect(screen.contains("审计日志 · 共 \(all.count) 条"))
        try await s.sendKeys("G")      // the oldest lines, which the filter hid
        try await s.waitFor("创建日志")

        try await s.sendKeys("3")
        try await s.waitFor("[3企业]")
        try await s.sendKeys(":")
        try await s.type("goto journal")
        try await s.sendKeys("Enter")
        try await s.waitFor("[7日志]")
        try await s.waitFor("审计日志")

        // Too small: a clear message, and keys that act on hidden things do nothing.
        try await s.sendKeys("3")
        try await s.waitFor("[3企业]")
        s.resize(width: 40, height: 12)
        screen = try await s.waitFor("终端窗口太小")
        #expect(screen.replacingOccurrences(of: "\n", with: "").contains("40×12"), "current size missing:\n\(screen)")
        try await s.sendKeys("n")
        try await Task.sleep(for: .milliseconds(400))    // let the console read it (not an assertion)
        #expect(s.capture().contains("终端窗口太小"))
        s.resize(width: 100, height: 30)
        screen = try await s.waitFor("[3企业]")
        screen = try await s.waitForGone("终端窗口太小")
        try await Task.sleep(for: .milliseconds(300))
        screen = s.capture()
        #expect(!screen.contains("企业名称"), "`n` on the too-small screen opened the form:\n\(screen)")
        #expect(screen.contains("发展目标") || screen.contains("展示区"))

        try await s.sendKeys("q")
        #expect(try await s.waitForExit() == 0)
    }

    // MARK: 2. English

    @Test func englishInterface() async throws {
        let dir = TempDir("tmux")
        let s = try TmuxSession(["--journal", dir.file("journal.jsonl"), "--pane", "enterprises", "--lang", "en"], dir: dir)
        let screen = try await s.waitFor("Silicon Alley Console")
        try await s.waitFor("[3Enterprises]")
        let first = s.lines()[0]
        #expect(!Self.containsCJK(first), "Chinese on the English title bar: \(first)")
        #expect(!screen.contains("硅巷运营控制台"))
        #expect(first.contains(" 7Log ") || first.contains(" 7Journal "), "title bar: \(first)")
        try await s.sendKeys("q")
        #expect(try await s.waitForExit() == 0)
    }

    // MARK: 3. ASCII borders, no colour, another TERM

    @Test func asciiMonochromeOnScreenTerminal() async throws {
        let dir = TempDir("tmux")
        let (journal, _) = try Self.journal(in: dir, enterprise: "北京朝阳示例科技有限公司")
        let s = try TmuxSession(["--journal", journal, "--pane", "enterprises", "--ascii"], environment: ["NO_COLOR": "1"],
                                term: "screen-256color", dir: dir)
        let screen = try await s.waitFor("北京朝阳示例科技有限公司")
        let lines = s.lines()
        #expect(lines[1].hasPrefix("-----"), "border under the title: \(lines[1])")
        #expect(lines[1].allSatisfy { $0 == "-" })
        #expect(!screen.contains("─"), "box drawing despite --ascii:\n\(screen)")
        #expect(!screen.contains("▶"))
        #expect(lines.contains { $0.hasPrefix(">") && $0.contains("北京朝阳示例科技有限公司") },
                "no `>` on the selected row:\n\(screen)")
        try await s.sendKeys("q")
        #expect(try await s.waitForExit() == 0)
    }

    // MARK: 4. The registration form

    @Test func registerThroughTheFormThenRefuseABadCheckCharacter() async throws {
        let dir = TempDir("tmux")
        // Another enterprise, so the pinyin search has something to leave out.
        let (journal, _) = try Self.journal(in: dir, enterprise: "北京朝阳示例科技有限公司")
        let s = try TmuxSession(["--journal", journal, "--pane", "enterprises"], dir: dir)
        try await s.waitFor("北京朝阳示例科技有限公司")
        let good = try #require(USCC.make(first17: "91110101MA01ABCD1"))

        try await s.sendKeys("n")
        try await s.waitFor("企业名称")
        try await s.type("北京青龙智能科技有限公司")
        try await s.sendKeys("Tab")
        try await s.type(good)
        try await s.sendKeys("Tab")
        try await s.type("rg")
        try await s.waitFor("人工智能")
        try await s.sendKeys("Enter")
        let before = TmuxSession.lineCount(journal)
        try await s.sendKeys("F10")
        var screen = try await s.waitFor("已登记")
        #expect(screen.contains("北京青龙智能科技有限公司"))
        #expect(TmuxSession.lineCount(journal) == before + 1)
        let store = try JournalStore(path: journal)
        let saved = try #require(store.state.enterprise(uscc: good))
        #expect(saved.name == "北京青龙智能科技有限公司")
        #expect(store.catalog.industry(id: saved.industry)?.zh == "人工智能")

        try await s.sendKeys("/")
        try await s.type("qlzn")
        screen = try await s.waitFor("命中 1 · 筛选 /qlzn")
        #expect(screen.contains("企业 2 · 在区 2"))
        #expect(!screen.contains("北京朝阳示例科技有限公司"), "the search kept a row it should not:\n\(screen)")
        #expect(s.lines().contains { $0.hasPrefix("▶北京青龙智能科技有限公司") && $0.contains(good) }, "\(screen)")
        try await s.sendKeys("Enter")     // keep the filter, close the line
        try await s.sendKeys("Escape")    // clear it
        try await s.waitForGone("筛选 /qlzn")

        // A wrong check character: flagged beside the field as it is typed; saving writes nothing.
        let other = try #require(USCC.make(first17: "91110101MA02XYPW3"))
        let right = other.last!
        let wrongChar: Character = right == "0" ? "1" : "0"
        let wrong = String(other.dropLast()) + String(wrongChar)
        try await s.sendKeys("n")
        try await s.waitFor("企业名称")
        try await s.type("青龙数智能源有限公司")
        try await s.sendKeys("Tab")
        try await s.type(wrong)
        screen = try await s.waitFor("校验位应为 \(right)")
        #expect(screen.contains("✗ 校验位应为 \(right)"), "the error is not marked ✗ beside the field:\n\(screen)")
        try await s.sendKeys("Tab")
        try await s.type("人工")
        try await s.sendKeys("Enter")
        let count = TmuxSession.lineCount(journal)
        let bytes = JournalFileCheck.bytes(journal)
        try await s.sendKeys("C-s")
        screen = try await s.waitFor("未保存")
        #expect(screen.contains("✗ 校验位应为 \(right)"))
        #expect(screen.contains("企业名称"), "the form should stay open:\n\(screen)")
        #expect(TmuxSession.lineCount(journal) == count)
        #expect(JournalFileCheck.bytes(journal) == bytes, "a refused form wrote to the journal")

        // Leave: Esc asks to discard, then quit.
        try await s.sendKeys("Escape")
        try await s.waitFor("放弃输入")
        try await s.sendKeys("y")
        try await s.waitForGone("企业名称")
        try await s.sendKeys("q")
        #expect(try await s.waitForExit() == 0)
    }

    // MARK: 5. Hostile text in the journal

    @Test func hostileTextNeverReachesTheTerminal() async throws {
        let dir = TempDir("tmux")
        let (journal, store) = try Self.journal(in: dir, enterprise: "北京安全测试科技有限公司")
        let id = try #require(store.state.enterprises.values.first?.id)
        try store.appendUnchecked([LineCodec.Draft(kind: EventKind.enterpriseUpdated, entity: id, data: .object([
            "changes": .object(["name": .string("evil\u{1B}]0;pwned\u{07}\u{1B}[2Jname")]),
        ]))])
        let s = try TmuxSession(["--journal", journal, "--pane", "enterprises"], dir: dir)
        let titleBefore = s.paneTitle()
        let screen = try await s.waitFor("␛]0;pwned␇")
        #expect(screen.contains("evil␛]0;pwned␇␛[2Jname"), "placeholder text:\n\(screen)")
        #expect(screen.contains("硅巷运营控制台"), "the title bar was cleared:\n\(screen)")
        #expect(screen.contains("[3企业]"))
        #expect(screen.contains("统一社会信用代码") || screen.contains("名称"), "the table header was cleared:\n\(screen)")
        try await Task.sleep(for: .milliseconds(300))
        let title = s.paneTitle()
        #expect(!title.contains("pwned"), "pane title set by data: \(title) (was \(titleBefore))")
        // And the journal pane, where the hostile line is a row.
        try await s.sendKeys("7")
        let journalScreen = try await s.waitFor("审计日志")
        #expect(journalScreen.contains("硅巷运营控制台"))
        #expect(!s.paneTitle().contains("pwned"))
        try await s.sendKeys("q")
        #expect(try await s.waitForExit() == 0)
    }

    // MARK: 6. Another operator's line shows up by itself

    @Test func anotherProcessesLineAppearsWithoutAKeypress() async throws {
        let dir = TempDir("tmux")
        let (journal, _) = try Self.journal(in: dir)
        let s = try TmuxSession(["--journal", journal, "--pane", "enterprises"], dir: dir)
        try await s.waitFor("[3企业]")
        try await s.sendKeys("7")
        try await s.waitFor("[7日志]")
        var screen = try await s.waitFor("审计日志")
        #expect(!screen.contains("全区统计"))

        let other = try JournalStore(path: journal)
        let lines = try other.perform(RecordDistrictStatistic(date: LocalDate.today().description, srdiCount: "321", highTechCount: "654"))
        let seq = try #require(lines.last?.seq)
        screen = try await s.waitFor("● 更新", timeout: 2)     // the live marker blinks on another's change
        screen = try await s.waitFor("全区统计", timeout: 2)
        screen = try await s.waitFor("#\(seq)", timeout: 2)
        // The newest line is the first row under the header.
        let rows = screen.components(separatedBy: "\n")
        let columns = try #require(rows.firstIndex { $0.contains("序号") && $0.contains("操作员") }, "no column header:\n\(screen)")
        let firstRow = try #require(rows.indices.contains(columns + 1) ? rows[columns + 1] : nil)
        #expect(firstRow.contains("#\(seq) ") && firstRow.contains("全区统计"), "top row is not the new line: \(firstRow)\n\(screen)")

        // And on the enterprises pane: a registration elsewhere shows up as a row by itself.
        try await s.sendKeys("3")
        try await s.waitFor("企业 0 · 在区 0")
        let code = try #require(USCC.make(first17: "91110105MA00NEW11"))
        try other.perform(RegisterEnterprise(EnterpriseInput(name: "北京实时更新科技有限公司", uscc: code, industry: "人工智能")))
        screen = try await s.waitFor("北京实时更新科技有限公司", timeout: 2)
        #expect(screen.contains("企业 1 · 在区 1"), "counts not updated:\n\(screen)")
        try await s.sendKeys("q")
        #expect(try await s.waitForExit() == 0)
    }

    // MARK: 7. The journal from the environment

    @Test func journalFromTheEnvironmentVariable() async throws {
        let dir = TempDir("tmux")
        let (journal, store) = try Self.journal(in: dir, enterprise: "北京环境变量科技有限公司")
        let s = try TmuxSession(["--pane", "3"], environment: ["SILICON_ALLEY_JOURNAL": journal, "HOME": dir.path, "XDG_DATA_HOME": dir.file("xdg")],
                                dir: dir)
        let screen = try await s.waitFor("北京环境变量科技有限公司")
        let first = s.lines()[0]
        #expect(first.contains("\(store.actor) · 管理员"), "operator and role: \(first)")
        #expect(screen.contains("日志 #\(try Self.headSeq(journal))"))
        #expect(screen.contains(URL(fileURLWithPath: journal).lastPathComponent))
        #expect(!FileManager.default.fileExists(atPath: dir.file("xdg/silicon-alley/journal.jsonl")), "used the default path, not the variable")
        try await s.sendKeys("q")
        #expect(try await s.waitForExit() == 0)
    }

    // MARK: The minimum size, in English

    /// SCREENS.md: every screen must work at 80×24 and in English.
    @Test func englishAtTheMinimumSizeShowsEnterpriseNames() async throws {
        let dir = TempDir("tmux")
        let name = "Beijing Qinglong AI Technology Co Ltd"
        let (journal, _) = try Self.journal(in: dir, enterprise: name)
        let s = try TmuxSession(["--journal", journal, "--pane", "enterprises", "--lang", "en"], width: 80, height: 24, dir: dir)
        let screen = try await s.waitFor("Enterprises 1 · in district 1")
        #expect(!screen.contains("Terminal too small"))
        #expect(s.lines()[0].contains("[3Enterprises]"))
        let head = try Self.headSeq(journal)
        // The head and the live marker take priority over the journal path.
        #expect(screen.contains("journal #\(head)"), "status line without the journal head #\(head):\n\(screen)")
        #expect(screen.contains("● live"))
        let row = s.lines().first { $0.hasPrefix("▶") } ?? ""
        // Under 100 columns the name keeps its room; the USCC column returns at 100.
        #expect(row.contains("Beijing Qinglong"), "the name is cut to nothing: \(row)\n\(screen)")
        try await s.sendKeys("q")
        #expect(try await s.waitForExit() == 0)
    }
}
