import Foundation
import Testing
@testable import Console
@testable import SiliconAlleyCore
import TerminalUI

/// The console's start-up: what it builds on other threads (the registry's search, the
/// journal index, the snapshot) arrives in the same state a synchronous build gives, while
/// the operator already works and other operators keep writing.
@Suite struct BackgroundStartTests {
    private static let names = ["青龙智能科技有限公司", "北京雍和数字艺术有限公司", "东直门物联网有限公司", "安定门文化传媒有限公司",
                                "阿尔法机器人有限公司", "簋街餐饮科技有限公司", "南锣鼓巷文创有限公司", "钟鼓楼数据有限公司"]

    private func fixture() throws -> ConsoleFixture {
        try ConsoleFixture(language: .en, enterprises: Self.names.enumerated().map { Samples.enterprise($1, $0 + 1) })
    }

    private func backgroundShell(_ store: JournalStore) -> Shell {
        Shell(store: store, language: .en, look: Look(theme: .default, ascii: false), mode: .console(start: .enterprises), background: true)
    }

    /// Both background builds of the registry arrived (its name order, its KPI line).
    private func ready(_ screen: String) -> Bool {
        !screen.contains("sorting by name") && !screen.contains("computing")
    }

    /// Ticks until `done` holds (the threads are quick here), failing after a few seconds.
    private func tick(_ shell: Shell, until done: () -> Bool) {
        var t = 2000.0
        let deadline = Date().addingTimeInterval(10)
        while !done() && Date() < deadline {
            t += 0.3
            _ = shell.tick(now: t)
            usleep(10_000)
        }
        #expect(done())
    }

    @Test func registryAnswersAtOnceThenInNameOrder() throws {
        let f = try fixture()
        let shell = backgroundShell(f.store)
        let size = Size(width: 100, height: 30)
        // At once: every enterprise listed, the name order still coming.
        let first = shell.render(size: size).grid.text
        #expect(first.contains("Enterprises 8"))
        #expect(first.contains("Headline target: computing"))
        for n in Self.names { #expect(first.contains(n)) }
        tick(shell) { ready(shell.render(size: size).grid.text) }
        // Then exactly what the synchronous build shows.
        #expect(shell.render(size: size).grid.text == f.screen(100, 30))
    }

    @Test func searchWhileTheFullSearchIsBuiltFindsByNameAndCode() throws {
        let f = try fixture()
        let shell = backgroundShell(f.store)
        let size = Size(width: 100, height: 30)
        let state = f.store.state
        let plain = EnterpriseSearch.unsorted(state: state)
        #expect(!plain.isComplete)
        let full = EnterpriseSearch(state: state)
        for text in ["科技", "青龙", Samples.uscc(3).suffix(6).description, "zzz"] {
            var filter = EnterpriseFilter()
            filter.text = text
            let a = Set(plain.results(filter, sort: .name, ascending: true, today: f.today).map(\.id))
            let b = Set(full.results(filter, sort: .name, ascending: true, today: f.today).map(\.id))
            #expect(a == b, "\(text)")
        }
        _ = shell.render(size: size)
    }

    /// The plain search lists every record once, in either direction and under a field
    /// filter, and keeps doing so for its own state after the store's has moved on.
    @Test func thePlainSearchListsEveryRecordOfItsOwnState() throws {
        let f = try fixture()
        let state = f.store.state
        let plain = EnterpriseSearch.unsorted(state: state)
        let full = EnterpriseSearch(state: state)
        try f.store.perform(RegisterEnterprise(Samples.enterprise("之后登记科技有限公司", 77)))
        let all = Set(state.enterprises.keys)
        #expect(plain.count == all.count && plain.activeCount == full.activeCount)
        for ascending in [true, false] {
            let ids = plain.results(EnterpriseFilter(), sort: .name, ascending: ascending, today: f.today).map(\.id)
            #expect(ids.count == all.count && Set(ids) == all)
        }
        let staff = plain.results(EnterpriseFilter(), sort: .headcount, ascending: true, today: f.today).compactMap(\.headcount)
        #expect(staff == staff.sorted())
        var ai = EnterpriseFilter()
        ai.industry = "ai"
        let a = Set(plain.results(ai, sort: .name, ascending: true, today: f.today).map(\.id))
        #expect(a == Set(full.results(ai, sort: .name, ascending: true, today: f.today).map(\.id)))
        #expect(!a.isEmpty)
    }

    /// Another operator's lines while the search is being built: once it arrives it has them.
    @Test func linesWrittenDuringTheBuildAreInTheSearch() throws {
        let f = try fixture()
        let shell = backgroundShell(f.store)
        let size = Size(width: 100, height: 30)
        let other = try JournalStore(path: f.store.path, actor: "wang.li", useSnapshot: false)
        try other.perform(RegisterEnterprise(Samples.enterprise("后来者科技有限公司", 99)))
        tick(shell) { ready(shell.render(size: size).grid.text) }
        let text = shell.render(size: size).grid.text
        #expect(text.contains("Enterprises 9"))
        #expect(text.contains("后来者科技有限公司"))
        f.sync()
        #expect(text == f.screen(100, 30))
    }

    @Test func journalPaneSaysItIsIndexingUntilTheIndexArrives() throws {
        let f = try fixture()
        let shell = backgroundShell(f.store)
        let size = Size(width: 100, height: 30)
        _ = shell.handle(.char("7"), now: 1, size: size)
        #expect(shell.ctx.journal.ready == nil)
        #expect(shell.render(size: size).grid.text.contains("indexing"))
        shell.ctx.journal.prepare()
        tick(shell) { shell.ctx.journal.ready != nil && !shell.render(size: size).grid.text.contains("indexing") }
        let index = try #require(shell.ctx.journal.ready)
        #expect(index.entries.count == f.store.head.seq)
        #expect(index.entries.map(\.seq) == Array(1...f.store.head.seq))
        #expect(shell.render(size: size).grid.text.contains("Journal · \(Shell.grouped(f.store.head.seq)) lines"))
    }

    /// A record's history asked for before the index is there waits for it: never partial.
    @Test func historyWaitsForTheIndex() throws {
        let f = try fixture()
        let shell = backgroundShell(f.store)
        let id = try #require(f.store.state.enterprises.keys.sorted().first)
        try f.store.perform(MarkEnterpriseMovedOut(id: id, date: f.today.description, reason: "迁出"), today: f.today)
        let history = shell.ctx.journal.history(of: id)
        #expect(history.map(\.kind) == [EventKind.enterpriseRegistered, EventKind.enterpriseMovedOut])
    }

    /// A picker typed into while the registry's search is still being built answers with
    /// pinyin as soon as it arrives: the console redraws without waiting for a key.
    @Test func anOpenPickerAnswersWhenTheSearchArrives() throws {
        let f = try fixture()
        let shell = Shell(store: f.store, language: .zh, look: Look(theme: .default, ascii: false), mode: .window, background: true)
        let size = Size(width: 80, height: 24)
        _ = shell.render(size: size)
        for c in "qlzn" { _ = shell.handle(.char(c), now: 1, size: size) }
        let deadline = Date().addingTimeInterval(10)
        while !shell.ctx.enterprises.arrived && shell.ctx.enterprises.building && Date() < deadline { usleep(5_000) }
        if shell.ctx.enterprises.arrived {
            #expect(shell.tick(now: 2), "the arrival redraws the screen")
        }
        #expect(!shell.ctx.enterprises.arrived)
        #expect(shell.render(size: size).grid.text.contains("青龙智能科技有限公司"))
    }

    /// The index built for a record's history (a detail opened in another pane) is the one the
    /// journal pane then shows: every line, not "no matching events".
    @Test func theJournalPaneShowsAnIndexADetailBuilt() throws {
        let f = try fixture()
        let shell = backgroundShell(f.store)
        let size = Size(width: 100, height: 30)
        _ = shell.render(size: size)
        _ = shell.handle(.enter, now: 1, size: size)       // an enterprise's detail: its history waits for the index
        _ = shell.render(size: size)
        _ = shell.handle(.escape, now: 1.1, size: size)
        _ = shell.tick(now: 2)
        _ = shell.handle(.char("7"), now: 2.1, size: size)
        let text = shell.render(size: size).grid.text
        #expect(!text.contains("no matching events"), "\(text)")
        #expect(text.contains("Journal · \(Shell.grouped(f.store.head.seq)) lines"), "\(text)")
    }

    /// A due snapshot is not started while the registry's search is built (their scratch
    /// together was the peak of a first start); it starts on the first tick after.
    @Test func theSnapshotWaitsForTheSearchBuild() throws {
        let f = try fixture()
        f.store.snapshotEvery = 1
        #expect(f.store.snapshotDue)
        let snapshots = BackgroundSnapshot(store: f.store)
        #expect(snapshots.poll(now: 100, othersBuilding: true) == nil)
        #expect(snapshots.isIdle)
        #expect(snapshots.poll(now: 101, othersBuilding: false) == nil)
        #expect(!snapshots.isIdle)
        let deadline = Date().addingTimeInterval(20)
        while !snapshots.isIdle && Date() < deadline {
            _ = snapshots.poll(now: 102)
            usleep(2_000)
        }
        #expect(FileManager.default.fileExists(atPath: f.store.snapshotPath))
    }

    /// The console's snapshot job, under writes from this console and another: each attempt
    /// overtaken is dropped and retried; the one that lands is vouched for and verifies.
    @Test func backgroundSnapshotUnderSeveralWriters() throws {
        let f = try fixture()
        f.store.snapshotEvery = 1
        let snapshots = BackgroundSnapshot(store: f.store)
        let other = try JournalStore(path: f.store.path, actor: "wang.li", useSnapshot: false)
        var overtaken = 0
        var n = 200
        let deadline = Date().addingTimeInterval(20)
        while !FileManager.default.fileExists(atPath: f.store.snapshotPath) && Date() < deadline {
            #expect(snapshots.poll(now: Double(n) * 100) == nil)
            if overtaken < 2 && !snapshots.isIdle {
                // A line from elsewhere while this job writes: it cannot be vouched for.
                try other.register(n)
                overtaken += 1
            }
            n += 1
            usleep(2_000)
        }
        #expect(overtaken == 2)
        #expect(FileManager.default.fileExists(atPath: f.store.snapshotPath))
        let report = try JournalVerifier.verify(path: f.store.path)
        #expect(report.isClean)
        guard case .matches = report.snapshot else { Issue.record("verify: \(report.snapshot)"); return }
        let reopened = try JournalStore(path: f.store.path, actor: "wang.li")
        #expect(reopened.snapshotSeq > 0)
        try reopened.refresh()
        #expect(reopened.state == (try JournalStore(path: f.store.path, actor: "wang.li", useSnapshot: false).state))
    }

    /// One search for the registry and every picker: a form opens without building its
    /// own, and finds what was registered after the search was built.
    @Test func formsPickFromTheConsolesOneSearch() throws {
        let f = try fixture()
        let shell = backgroundShell(f.store)
        let size = Size(width: 100, height: 30)
        tick(shell) { ready(shell.render(size: size).grid.text) }
        let shared = shell.ctx.enterprises.current(today: f.today)
        #expect(shared.isComplete)
        #expect(shell.ctx.enterprises.current(today: f.today) === shared, "nothing changed: the same search, not a new one")
        let finder = TicketForms.applicantFinder(shell.ctx)
        #expect(shell.ctx.enterprises.current(today: f.today) === shared, "opening a picker built nothing")
        #expect(finder("qinglong").map(\.id) == f.store.state.enterprises.values.filter { $0.name.hasPrefix("青龙") }.map(\.id))
        try f.store.perform(RegisterEnterprise(Samples.enterprise("后来者科技有限公司", 99)))
        let later = TicketForms.applicantFinder(shell.ctx)
        #expect(later("后来者").count == 1)
        #expect(shell.ctx.enterprises.current(today: f.today).isComplete, "merged in, still in name order")
    }
}

private extension JournalStore {
    func register(_ n: Int) throws {
        try perform(RegisterEnterprise(Samples.enterprise("并发企业\(n)有限公司", 1_000 + n)))
    }

}
