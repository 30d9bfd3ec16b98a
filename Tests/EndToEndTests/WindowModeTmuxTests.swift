import Foundation
import Testing
import SiliconAlleyCore

/// The service window as a clerk uses it: `silicon-alley --window` in an 80×24 tmux pane.
@Suite struct WindowModeTmuxTests {
    /// A policy application for a known enterprise, every key counted: at most 15 plus
    /// the description's own characters.
    @Test func policyTicketInFifteenKeystrokesPlusItsText() async throws {
        let dir = TempDir("tmux")
        let (journal, store) = try ConsoleTmuxTests.journal(in: dir, enterprise: "北京青龙智能科技有限公司")
        let before = JournalFileCheck.rawLines(journal).count
        let s = try TmuxSession(["--journal", journal, "--window"], width: 80, height: 24, dir: dir)
        let screen = try await s.waitFor("一站式服务窗口 · 受理")
        #expect(screen.contains("F10受理并写出回执"), "F-key legend:\n\(screen)")
        var keys = 0
        func press(_ k: String) async throws { keys += 1; try await s.sendKeys(k) }
        func type(_ t: String) async throws { keys += t.count; try await s.type(t) }
        try await type("qlzn")
        try await s.waitFor("北京青龙智能科技有限公司")
        try await press("Enter")
        try await type("zcsb")
        try await s.waitFor("政策申报")
        try await press("Enter")
        try await type("4-2")
        try await s.waitFor("4-2 定制")
        try await press("Enter")
        let description = "申请人才公寓补贴"
        try await s.type(description)   // free text: not counted
        try await press("F10")
        let receipt = try await s.waitFor("受理回执 QL-")
        #expect(keys <= 15, "took \(keys) keystrokes")
        #expect(receipt.contains("4-2"))
        #expect(receipt.contains("北京青龙智能科技有限公司"))
        #expect(JournalFileCheck.rawLines(journal).count == before + 1)
        let reopened = try JournalStore(path: journal, actor: store.actor)
        let t = try #require(reopened.state.tickets.values.first)
        #expect(t.service == "policy-application" && t.measure == "4-2" && t.description == description)
        #expect(FileManager.default.fileExists(atPath: dir.file("receipts/\(t.receipt).txt")))
        // Esc closes the receipt; the queue shows the new ticket.
        try await s.sendKeys("Escape")
        try await s.waitFor(t.receipt)
        try await s.sendKeys("q")
        #expect(try await s.waitForExit() == 0)
    }

    /// 一次性告知 as a clerk does it: a walk-in missing a document, the 补正 notice printed with
    /// the receipt (a fake `lp` on the PATH records both), the document handed in, the ticket
    /// closed — in one visit's worth of keys each, and every line in the journal.
    @Test func aWalkInMissingADocumentIsNotifiedHandedInAndClosed() async throws {
        let dir = TempDir("tmux")
        let (journal, store) = try ConsoleTmuxTests.journal(in: dir, enterprise: "北京青龙智能科技有限公司")
        let bin = dir.file("bin")
        try FileManager.default.createDirectory(atPath: bin, withIntermediateDirectories: true)
        try dir.executable("bin/lp", """
            #!/bin/sh
            printf '%s\\n' "$@" '--job--' >> '\(dir.file("lp-args"))'
            cat >> '\(dir.file("lp-input"))'
            echo "request id is $2-1 (0 file(s))"

            """)
        let before = JournalFileCheck.rawLines(journal).count
        let s = try TmuxSession(["--journal", journal, "--window", "--printer", "desk"], environment: ["PATH": bin + ":/usr/bin:/bin"],
                                width: 80, height: 24, dir: dir)
        var screen = try await s.waitFor("一站式服务窗口 · 受理")
        #expect(screen.contains("F10受理并打印回执"), "the legend says print with a printer:\n\(screen)")
        try await s.type("qlzn")
        try await s.waitFor("北京青龙智能科技有限公司")
        try await s.sendKeys("Enter")
        try await s.type("rzba")
        try await s.waitFor("▶ 入驻备案")
        try await s.sendKeys("Enter", "Enter")
        try await s.type("新公司入驻")
        try await s.sendKeys("Enter", "Right", "Space")
        try await s.waitFor("缺 1 项：房屋租赁合同")
        try await s.sendKeys("F10")
        screen = try await s.waitFor("材料补正一次性告知书")
        #expect(screen.contains("已送打印机 desk"), "\(screen)")
        let printed = (try? String(contentsOfFile: dir.file("lp-input"), encoding: .utf8)) ?? ""
        #expect(printed.contains("受理回执") && printed.contains("1. 房屋租赁合同"), "\(printed)")
        #expect(((try? String(contentsOfFile: dir.file("lp-args"), encoding: .utf8)) ?? "").components(separatedBy: "--job--").count == 3)
        try await s.sendKeys("Escape")
        try await s.waitFor("待补正 停0天")
        try await s.sendKeys("F4")
        try await s.waitFor("收到补正材料")
        try await s.sendKeys("F10")
        try await s.waitFor("材料已补齐，时限恢复")
        try await s.sendKeys("F7")
        try await s.waitFor("办结 · QL-")
        try await s.type("已办理入驻备案")
        try await s.sendKeys("F10")
        try await s.waitFor("已办结")
        #expect(JournalFileCheck.rawLines(journal).count == before + 4, "accepted with its notice, handed in, closed")
        let t = try #require(try JournalStore(path: journal, actor: store.actor).state.tickets.values.first)
        #expect(t.status == .closed && t.visits == 2 && t.supplements.first?.documents == ["lease-contract"])
        try await s.sendKeys("q")
        #expect(try await s.waitForExit() == 0)
    }

    @Test func missingApplicantIsRefusedAtTheField() async throws {
        let dir = TempDir("tmux")
        let (journal, _) = try ConsoleTmuxTests.journal(in: dir)
        let before = JournalFileCheck.rawLines(journal).count
        let s = try TmuxSession(["--journal", journal, "--window"], width: 80, height: 24, dir: dir)
        try await s.waitFor("一站式服务窗口 · 受理")
        try await s.sendKeys("Tab", "Tab", "Tab")
        try await s.type("咨询")
        try await s.sendKeys("F10")
        try await s.waitFor("请选择企业或人才，或填写申请人姓名")
        #expect(JournalFileCheck.rawLines(journal).count == before)
    }

    @Test func aViewerIsTurnedAway() async throws {
        let dir = TempDir("tmux")
        let path = dir.file("journal.jsonl")
        // Created by someone else: this login is a viewer.
        _ = try JournalStore(path: path, actor: "someone-else")
        let s = try TmuxSession(["--journal", path, "--window"], width: 80, height: 24, dir: dir)
        #expect(try await s.waitForExit() == 2)
    }
}
