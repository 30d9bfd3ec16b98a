import Foundation
import Testing
@testable import SiliconAlleyCore

/// Replay of projects' and units' lines: each line is re-checked with its command's rules, and
/// a line about a record that does not exist is refused, never silently dropped.
@Suite struct ProjectReplayTests {
    let dir = TempDir("project-replay")
    let today = TestData.today

    private func milestone(_ id: String, _ title: String, _ due: String) throws -> JSONValue {
        try JSONValueEncoder().encode(Milestone(id: id, title: title, due: LocalDate(due)!))
    }

    @Test func changesToUnknownRecordsAreRefused() throws {
        let store = try JournalStore.fresh(in: dir)
        let id = try ProjectFixture.spaceProjectUnderWay(store)
        #expect(store.brokenLine(EventKind.milestoneAdded, "prj-999", try milestone("ms-1", "x", "2025-07-01"))?.contains("no project prj-999") == true)
        #expect(store.brokenLine(EventKind.projectUpdated, "prj-999", .object(["changes": .object(["status": .string("done")])])) != nil)
        #expect(store.brokenLine(EventKind.progressNoted, "prj-999",
                                 try JSONValueEncoder().encode(ProgressNote(date: today, text: "x", actor: "a"))) != nil)
        #expect(store.brokenLine(EventKind.milestoneDone, id, .object(["milestone": .string("ms-404"), "date": .string("2025-06-01")]))?
            .contains("no such milestone") == true)
        #expect(store.brokenLine(EventKind.approvalStepDone, "prj-999", .object(["step": .string("review"), "date": .string("2025-06-01")])) != nil)
        #expect(store.brokenLine(EventKind.blockerResolved, id, .object(["blocker": .string("blk-1"), "date": .string("2025-06-01")]))?
            .contains("no such blocker") == true)
    }

    /// A progress note is signed by whoever wrote its line, dated no later than that line's day
    /// (a day either side), and 1–500 characters, as `AddProgressNote` writes it.
    @Test func aProgressNoteIsItsAuthorsAndNotInTheFuture() throws {
        let store = try JournalStore.fresh(in: dir)
        let id = try ProjectFixture.spaceProjectUnderWay(store)
        let enc = JSONValueEncoder()
        let now = LocalDate.today()
        #expect(store.brokenLine(EventKind.progressNoted, id, try enc.encode(ProgressNote(date: now, text: "冒名", actor: "mayor"))) ==
                "a note signed “mayor” on a line by \(TestData.admin)")
        #expect(store.brokenLine(EventKind.progressNoted, id, try enc.encode(ProgressNote(date: now, text: "  ", actor: TestData.admin))) ==
                "a note is 1 to 500 characters")
        #expect(store.brokenLine(EventKind.progressNoted, id, try enc.encode(ProgressNote(date: now, text: String(repeating: "长", count: 501),
                                                                                          actor: TestData.admin))) == "a note is 1 to 500 characters")
        // Against the line's time (a line being planned has none): 2025-06-10 in Beijing.
        let s = store.state
        #expect(s.refusal(EventKind.progressNoted, id, try enc.encode(ProgressNote(date: LocalDate("2025-06-12")!, text: "未来", actor: TestData.admin))) ==
                "a note dated 2025-06-12, after the line's date 2025-06-10")
        #expect(s.refusal(EventKind.progressNoted, id, try enc.encode(ProgressNote(date: LocalDate("2025-06-11")!, text: "明天", actor: TestData.admin))) == nil)
        try store.appendUnchecked([.init(kind: EventKind.progressNoted, entity: id,
                                         data: try enc.encode(ProgressNote(date: now.adding(days: 1), text: String(repeating: "长", count: 500), actor: TestData.admin)))])
        #expect(store.state.projects[id]?.notes.count == 1)
    }

    @Test func linesBreakingACommandsRuleAreRefused() throws {
        let store = try JournalStore.fresh(in: dir)
        let id = try ProjectFixture.spaceProjectUnderWay(store)
        let enc = JSONValueEncoder()
        // A step out of order, and one finished before it started.
        #expect(store.brokenLine(EventKind.approvalStepStarted, id,
                                 try enc.encode(ApprovalStep(step: .completion, started: today)))?.contains("step") == true)
        #expect(store.brokenLine(EventKind.approvalStepDone, id, .object(["step": .string("jointApproval"), "date": .string("2025-04-01")]))?
            .contains("finished before it started") == true)
        // A blocker owned by free text, and a unit whose name is taken.
        let b = Blocker(id: "blk-\(store.state.lastSeq + 1)", step: .jointApproval, text: "x", unit: "某某委", raised: today)
        #expect(store.brokenLine(EventKind.blockerRaised, id, try enc.encode(b))?.contains("unknown unit") == true)
        // A milestone's or a blocker's id is its line's seq, as the commands make it.
        let next = store.state.lastSeq + 1
        var early = b
        early.id = "blk-\(next + 3)"
        early.unit = "finance-bureau"
        #expect(store.brokenLine(EventKind.blockerRaised, id, try enc.encode(early)) == "a new record's id must be blk-\(next), not “blk-\(next + 3)”")
        #expect(store.brokenLine(EventKind.milestoneAdded, id, try milestone("ms-\(next + 3)", "z", "2025-07-01"))
                == "a new record's id must be ms-\(next), not “ms-\(next + 3)”")
        let dup = OrgUnit(id: store.state.nextId("unit"), zh: "区财政局", en: "x", kind: .government, window: false)
        #expect(store.brokenLine(EventKind.unitAdded, dup.id, try enc.encode(dup))?.contains("name") == true)
        let catalogueId = OrgUnit(id: "finance-bureau", zh: "新单位", en: "new", kind: .government, window: false)
        #expect(store.brokenLine(EventKind.unitAdded, "finance-bureau", try enc.encode(catalogueId)) != nil)
        // A project led by free text; a duplicate id; a target before the start.
        let free = Project(id: store.state.nextId("prj"), name: "自由文本项目", category: .other, leadUnit: "随便一个局")
        #expect(store.brokenLine(EventKind.projectCreated, free.id, try enc.encode(free))?.contains("leadUnit") == true)
        let twice = Project(id: id, name: "重复编号", category: .other, leadUnit: "task-force-office")
        #expect(store.brokenLine(EventKind.projectCreated, id, try enc.encode(twice))?.contains("already exists") == true)
        let backwards = Project(id: store.state.nextId("prj"), name: "倒序日期", category: .other, leadUnit: "task-force-office",
                                start: LocalDate("2025-06-01"), target: LocalDate("2025-01-01"))
        #expect(store.brokenLine(EventKind.projectCreated, backwards.id, try enc.encode(backwards))?.contains("target") == true)
        // An edit that slips in a milestone, and any edit of a closed project but reopening.
        #expect(store.brokenLine(EventKind.projectUpdated, id, .object(["changes": .object(["milestones": .array([try milestone("ms-9", "y", "2025-07-01")])])])) != nil)
        try store.perform(SetProjectStatus(project: id, status: .closed), today: today)
        #expect(store.brokenLine(EventKind.projectUpdated, id, .object(["changes": .object(["name": .string("改名")])]))?.contains("closed") == true)
        #expect(store.brokenLine(EventKind.milestoneAdded, id, try milestone("ms-\(store.state.lastSeq + 1)", "z", "2025-07-01"))?.contains("closed") == true)
        try store.appendUnchecked([.init(kind: EventKind.projectUpdated, entity: id, data: .object(["changes": .object(["status": .string("active")])]))])
        #expect(store.state.projects[id]?.status == .active)
    }

    @Test func replayingTheJournalGivesTheSameStateAndSnapshotsCarryUnits() throws {
        let store = try JournalStore.fresh(in: dir)
        let unit = try store.perform(AddUnit(zh: "东城区城市更新工作办公室", short: "区城市更新办"), today: today)[0].entity
        let id = try ProjectFixture.spaceProjectUnderWay(store)
        try store.perform(RaiseBlocker(project: id, step: .jointApproval, text: "材料补正", owningUnit: "区城市更新办", date: "2025-05-06"),
                          today: today)
        var input = ProjectInput(editing: store.state.projects[id]!)
        input.leadUnit = unit
        input.fastTrack = true
        input.start = "2025-01-02"
        try store.perform(EditProject(project: id, input: input, basedOn: nil), today: today)
        try store.writeSnapshot()
        try store.perform(AddMilestone(project: id, title: "联合审批通过", due: "2025-05-30"), today: today)
        let viaSnapshot = try JournalStore(path: store.path, actor: TestData.admin)
        let replay = try JournalStore(path: store.path, actor: TestData.admin, useSnapshot: false)
        #expect(viaSnapshot.takeNotices().filter { $0.contains("snapshot") }.isEmpty)
        #expect(viaSnapshot.state == replay.state && replay.state == store.state)
        #expect(replay.state.addedUnits[unit]?.short == "区城市更新办")
        #expect(replay.state.projects[id]?.blockers.count == 1)
        #expect(try JournalVerifier.verify(path: store.path).isClean)
        // The snapshot itself holds the added unit (not only the tail after it).
        let bytes = TestData.bytes(store.path + ".snapshot")
        let nl = try #require(bytes.firstIndex(of: 0x0A))
        let header = try #require(SnapshotCodec.parseHeader(bytes[..<nl]))
        let fd = open(store.path + ".snapshot", O_RDONLY)
        defer { close(fd) }
        let snapped = try #require(SnapshotCodec.readBody(fd: fd, start: nl + 1, digest: header.digest))
        #expect(snapped.addedUnits[unit]?.short == "区城市更新办")
    }

    @Test func everyProjectKindHasARole() {
        for kind in [EventKind.projectCreated, EventKind.projectUpdated, EventKind.milestoneAdded, EventKind.milestoneDone,
                     EventKind.approvalStepStarted, EventKind.approvalStepDone, EventKind.progressNoted, EventKind.blockerRaised,
                     EventKind.blockerResolved, EventKind.unitAdded] {
            #expect(EventKind.requiredRole[kind] == .operator, "\(kind)")
        }
    }
}
