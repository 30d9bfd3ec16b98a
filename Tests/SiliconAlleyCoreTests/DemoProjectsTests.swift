import Foundation
import Testing
@testable import SiliconAlleyCore

/// `demo` gives the seeded projects something to supervise.
@Suite struct DemoProjectsTests {
    let dir = TempDir("demo-projects")

    private func run(_ name: String, seed: UInt64 = 5) throws -> JournalStore {
        let store = try JournalStore(path: dir.file(name), actor: TestData.admin)
        var l = DemoLoader()
        l.seed = seed
        l.enterprises = 2
        l.apartments = 0
        l.activities = 0
        l.tickets = 0
        _ = try l.run(on: store)
        return store
    }

    @Test func projectsGetMilestonesStepsBlockersAndNotes() throws {
        let store = try run("a.jsonl")
        let s = store.state
        let today = LocalDate.today()
        let projects = Array(s.projects.values)
        #expect(projects.allSatisfy { !$0.milestones.isEmpty && !$0.notes.isEmpty && $0.start != nil && $0.target != nil })
        #expect(projects.allSatisfy { $0.owner == TestData.admin })
        let states = projects.flatMap(\.milestones).map { $0.state(today: today) }
        #expect(states.contains { $0.isLate } && states.contains { $0.isDone && $0.lateDays > 0 } && states.contains { $0.isDone && $0.lateDays == 0 })
        #expect(Set(projects.compactMap(\.leadUnit)).count >= 5, "lead units other than the task-force office")
        #expect(s.addedUnits.values.contains { $0.short == "区城市更新办" })
        let space = projects.filter { $0.category == .space5N && $0.status != .planned }
        #expect(space.count == 8 && space.allSatisfy { !$0.approval.isEmpty }, "one N item is left 未启动")
        #expect(projects.filter { $0.status == .planned }.map(\.catalogId) == ["longtan-renewal"])
        #expect(projects.filter { $0.status == .suspended }.map(\.catalogId) == ["poly-digital-museum"])
        #expect(space.filter(\.fastTrack).count == 3 && projects.filter(\.fastTrack).count == 3)
        let clocks = space.map { ApprovalClock(project: $0, today: today) }
        #expect(clocks.contains { !$0.overdueSteps.isEmpty }, "some steps over their limit")
        #expect(clocks.contains { $0.reachedConstruction })
        #expect(!OpenBlockers.list(s, today: today).isEmpty)
        #expect(projects.flatMap(\.blockers).contains { !$0.isOpen })
        #expect(ProjectList.rows(s, today: today).contains { $0.isLate })
        #expect(try JournalVerifier.verify(path: store.path).isClean)
    }

    @Test func theSameSeedGivesTheSameProjectsAndASecondRunAddsNone() throws {
        let a = try run("a.jsonl"), b = try run("b.jsonl")
        #expect(a.state.projects == b.state.projects)
        let lines = a.state.kindCounts.filter { $0.key.hasPrefix("project.") || $0.key.hasPrefix("unit.") }
        _ = try run("a.jsonl")
        let after = try JournalStore(path: a.path, actor: TestData.admin, useSnapshot: false).state
        #expect(after.kindCounts.filter { $0.key.hasPrefix("project.") || $0.key.hasPrefix("unit.") } == lines)
    }
}
