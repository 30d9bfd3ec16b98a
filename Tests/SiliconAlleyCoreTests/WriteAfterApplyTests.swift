import Foundation
import Testing
@testable import SiliconAlleyCore

/// A command whose own checks pass but whose line replay refuses (a bug of the kind the
/// audits found) must write nothing: the store applies a batch before it appends it.
@Suite struct WriteAfterApplyTests {
    let dir = TempDir("apply-first")
    var path: String { dir.file("journal.jsonl") }

    /// Emits a registration whose entity is not the record's id: no planner check stops it,
    /// replay's envelope rule does.
    struct RuleBreakingCommand: Command {
        var requiredRole: Role { .clerk }
        func plan(_ p: inout Planner) throws(CommandRejected) {
            p.emit(EventKind.enterpriseRegistered, "ent-x", .object(["id": .string("ent-y")]))
        }
    }

    @Test func aLineReplayRefusesIsNeverWritten() throws {
        let store = try JournalStore.fresh(in: dir)
        let before = store.state
        let size = TestData.size(path)
        #expect(throws: CommandRejected.self) { try store.perform(RuleBreakingCommand()) }
        #expect(TestData.size(path) == size, "nothing reached the file")
        #expect(store.state == before, "the state is the journal's again")
        #expect(store.damage == nil)
        #expect(try JournalVerifier.verify(path: path).isClean)

        // The store goes on writing, and the journal still verifies.
        try store.perform(RecordDistrictStatistic(date: "2025-12-31", srdiCount: "120", highTechCount: "300"),
                          today: LocalDate("2026-01-05")!)
        #expect(store.state.statistics.count == before.statistics.count + 1)
        #expect(try JournalVerifier.verify(path: path).isClean)
        let reread = try JournalStore(path: path, actor: TestData.admin, useSnapshot: false)
        #expect(reread.state == store.state)
    }

    @Test func theRefusalNamesTheRuleAndSaysNothingWasWritten() throws {
        let store = try JournalStore.fresh(in: dir)
        do {
            try store.perform(RuleBreakingCommand())
            Issue.record("the line was accepted")
        } catch let e as CommandRejected {
            #expect(e.error(for: "journal")?.en.contains("nothing was written") == true)
            #expect(e.error(for: "journal")?.en.contains("ent-x") == true)
        }
    }
}
