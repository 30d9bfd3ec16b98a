import Foundation
import Testing
import SiliconAlleyCore

/// The talent housing pane in a real terminal: the real binary in tmux on a private socket,
/// driven by keys, checked by what the screen shows and what the journal holds.
@Suite(.enabled(if: TmuxSession.available, "tmux is not installed"), .timeLimit(.minutes(1)))
struct HousingTmuxTests {
    /// Add a unit, register and queue a talent, allocate the unit, check in: the grid cell
    /// goes from vacant (░) to reserved for the tenant (▣) to occupied (█), and no screen on
    /// the way shows the full ID number or mobile.
    @Test func addRegisterQueueAllocateCheckInAndTheCellChanges() async throws {
        let dir = TempDir("tmux")
        let (journal, _) = try ConsoleTmuxTests.journal(in: dir, enterprise: "北京青龙智能科技有限公司")
        let idNumber = try #require(ResidentID.make(first17: "11010119920315004"))
        let mobile = "13912345678"
        let s = try TmuxSession(["--journal", journal], width: 80, height: 24, dir: dir)
        // Every screen waited for once the registration form is gone (that form shows what is typed).
        var screens: [String] = []
        var registered = false
        func see(_ text: String) async throws {
            let screen = try await s.waitFor(text)
            if registered { screens.append(screen) }
        }
        try await s.waitFor("[1总览]")

        try await s.sendKeys("4")
        try await see("还没有公寓：按 n 新增公寓")

        // A unit.
        try await s.sendKeys("n")
        try await see("新增公寓")
        try await s.type("硅巷人才公寓1号楼")
        try await s.sendKeys("Tab")
        try await s.type("301")
        try await s.sendKeys("Tab")
        try await s.type("3")
        try await s.sendKeys("Tab", "Tab")
        try await s.type("一室一厅")
        try await s.sendKeys("Tab")
        try await s.type("45")
        try await s.sendKeys("Tab")
        try await s.type("2800")
        try await s.sendKeys("F10")
        try await see("已新增公寓 硅巷人才公寓1号楼 301")
        try await see("▶░ 301")

        // A talent, then the application form that follows it.
        try await s.sendKeys("t")
        try await see("登记人才")
        try await s.type("林晓")
        try await s.sendKeys("Tab")
        try await s.type(idNumber)
        try await s.sendKeys("Tab")
        try await s.type(mobile)
        try await s.sendKeys("Tab")
        try await s.type("qlzn")
        try await see("北京青龙智能科技有限公司")
        try await s.sendKeys("Enter")
        try await s.type("青年人才")
        try await s.sendKeys("F10")
        registered = true
        try await see("申请轮候")
        try await see("将排在第 1 位")
        try await s.sendKeys("F10")
        try await see("林晓 已加入轮候，第 1 位")

        // Allocate: the form says who before anything is written, then asks.
        try await s.sendKeys("a")
        try await see("分配给：轮候第 1 位 林晓")
        let before = TmuxSession.lineCount(journal)
        try await s.sendKeys("F10")
        try await see("确认分配")
        #expect(TmuxSession.lineCount(journal) == before, "written before the answer")
        try await s.sendKeys("y")
        try await see("▶▣ 301")
        try await see("待入住 林晓")

        // Check in.
        try await s.sendKeys("i")
        try await see("入住 · 硅巷人才公寓1号楼 301 · 林晓")
        try await s.sendKeys("Tab")
        try await s.type("房屋完好，钥匙两把")
        try await s.sendKeys("F10")
        try await see("▶█ 301")
        try await see("租户 林晓 " + PersonalData.mask(idNumber, as: .residentID) + " " + PersonalData.mask(mobile, as: .mobile))
        #expect(s.capture().contains("█已入住 1"))

        let store = try JournalStore(path: journal)
        let talent = try #require(store.state.talents.values.first { $0.name == "林晓" })
        let lease = try #require(store.state.leases.values.first { $0.talent == talent.id })
        #expect(lease.status == .occupied && lease.checkInNote == "房屋完好，钥匙两把")
        #expect(store.state.applications.values.first { $0.talent == talent.id }?.status == .allocated)
        #expect(screens.count >= 8)
        for screen in screens + [s.capture()] {
            #expect(!screen.contains(idNumber) && !screen.contains(mobile), "\(screen)")
        }
        try await s.sendKeys("q")
        #expect(try await s.waitForExit() == 0)
    }
}
