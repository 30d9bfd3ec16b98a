import Foundation
import Testing
@testable import SiliconAlleyCore

/// Contests: entries, judges' scores, awards, and the winners' way into incubation and the
/// registry, with counts per stage.
@Suite struct ContestTests {
    let dir = TempDir("contest")

    private func contest(_ store: JournalStore) throws -> Activity {
        try store.event(EventData.input("硅巷创新创业大赛决赛", type: .contest, date: "2025-06-07", start: "09:00", end: "17:30",
                                        venue: "硅巷孵化器", room: "路演厅", capacity: "120"))
    }

    @discardableResult
    private func enter(_ store: JournalStore, _ c: Activity, _ team: String, _ title: String, enterprise: String = "") throws -> ContestEntry {
        let lines = try store.perform(EnterContest(activity: c.id, team: team, title: title, enterprise: enterprise), today: TestData.today)
        return store.state.contestEntries[lines[0].entity]!
    }

    @Test func entriesAreForContestsOncePerTeamAndProject() throws {
        let store = try JournalStore.fresh(in: dir)
        let c = try contest(store)
        let roadshow = try store.event()
        let notContest = #expect(throws: CommandRejected.self) {
            try store.perform(EnterContest(activity: roadshow.id, team: "清华大学智能感知团队", title: "政务问答助手"), today: TestData.today)
        }
        #expect(notContest?.error(for: "activity")?.en == "not a contest")
        try enter(store, c, "清华大学智能感知团队", "政务问答助手")
        let twice = #expect(throws: CommandRejected.self) {
            try store.perform(EnterContest(activity: c.id, team: "清华大学 智能感知团队", title: "政务问答助手"), today: TestData.today)
        }
        #expect(twice?.error(for: "title") != nil)
        let empty = #expect(throws: CommandRejected.self) {
            try store.perform(EnterContest(activity: c.id, team: "", title: "", enterprise: "ent-404"), today: TestData.today)
        }
        #expect(Set(empty?.errors.map(\.field) ?? []) == ["team", "title", "enterprise"])
    }

    @Test func judgesScoreOnceEachAndEntriesRankByTheirMean() throws {
        let store = try JournalStore.fresh(in: dir)
        let c = try contest(store)
        let a = try enter(store, c, "北京大学数字孪生团队", "城市更新数字孪生平台")
        let b = try enter(store, c, "北京理工大学医疗影像团队", "AI 辅助病理切片诊断")
        let d = try enter(store, c, "中央美术学院文旅元宇宙团队", "胡同文化元宇宙导览")
        for (e, scores) in [(a, ["88", "91.5", "90"]), (b, ["92", "85", "89.5"]), (d, ["88.5", "90", "91"])] {
            for (j, s) in zip(["张评委", "李评委", "王评委"], scores) {
                try store.perform(ScoreContestEntry(entry: e.id, judge: j, score: s), today: TestData.today)
            }
        }
        let again = #expect(throws: CommandRejected.self) {
            try store.perform(ScoreContestEntry(entry: a.id, judge: "张评委", score: "95"), today: TestData.today)
        }
        #expect(again?.error(for: "judge") != nil)
        let range = #expect(throws: CommandRejected.self) {
            try store.perform(ScoreContestEntry(entry: a.id, judge: "赵评委", score: "100.5"), today: TestData.today)
        }
        #expect(range?.error(for: "score")?.en == "score must be between 0 and 100")
        // Means: a 89.83, b 88.83, d 89.83 — a and d share first place.
        #expect(store.state.contestEntries[a.id]?.averageScore?.description == "89.83")
        let rows = ContestPipeline(store.state, contest: c.id).rows
        #expect(rows.map(\.rank) == [1, 1, 3])
        #expect(rows.last?.id == b.id)
        #expect(ContestPipeline(store.state, contest: c.id).counts.scored == 3)
    }

    @Test func winnersGoOnToIncubationAndTheRegistry() throws {
        let store = try JournalStore.fresh(in: dir)
        let existing = try store.register(1)
        let c = try contest(store)
        let first = try enter(store, c, "清华大学智能感知团队", "政务问答助手")
        let second = try enter(store, c, "北京邮电大学城市计算团队", "低空物流调度系统")
        let third = try enter(store, c, "北京交通大学能源互联团队", "分布式光伏智能运维系统", enterprise: existing.uscc)
        try enter(store, c, "北京航空航天大学碳中和材料团队", "楼宇碳排放监测平台")

        // Only winners are linked or incubated.
        let notYet = #expect(throws: CommandRejected.self) {
            try store.perform(IncubateContestEntry(entry: first.id, place: "硅巷孵化器", date: "2025-06-09"), today: TestData.today)
        }
        #expect(notYet?.error(for: "entry")?.en == "only a winning entry is incubated")
        for (e, award) in [(first, "一等奖"), (second, "二等奖"), (third, "三等奖")] {
            try store.perform(AwardContestEntry(entry: e.id, award: award), today: TestData.today)
        }
        #expect(throws: CommandRejected.self) { try store.perform(AwardContestEntry(entry: first.id, award: "特等奖"), today: TestData.today) }

        // Incubated at a catalogue place, not before the contest, not in the future.
        let bad = #expect(throws: CommandRejected.self) {
            try store.perform(IncubateContestEntry(entry: first.id, place: "某孵化空间", date: "2025-06-01"), today: TestData.today)
        }
        #expect(bad?.error(for: "place") != nil)
        let before = #expect(throws: CommandRejected.self) {
            try store.perform(IncubateContestEntry(entry: first.id, place: "硅巷孵化器", date: "2025-06-01"), today: TestData.today)
        }
        #expect(before?.error(for: "date")?.en == "incubated before the contest (2025-06-07)")
        try store.perform(IncubateContestEntry(entry: first.id, place: "硅巷孵化器", date: "2025-06-09"), today: TestData.today)
        #expect(store.state.contestEntries[first.id]?.incubatedAt == "incubator")
        #expect(throws: CommandRejected.self) {
            try store.perform(IncubateContestEntry(entry: first.id, place: "环贸孵化器", date: "2025-06-09"), today: TestData.today)
        }

        // The winner registered as a new enterprise and linked, in one batch.
        var input = TestData.enterprise(2, name: "北京智感政通科技有限公司")
        input.place = "incubator"
        let lines = try store.perform(ContestWinner.registerAndLink(entry: first.id, enterprise: input), today: TestData.today)
        #expect(lines.map(\.kind) == [EventKind.enterpriseRegistered, EventKind.contestEnterpriseLinked])
        #expect(lines.allSatisfy { $0.txnCount == 2 })
        #expect(store.state.contestEntries[first.id]?.enterprise == lines[0].entity)
        #expect(store.state.contestEntries[first.id]?.enterpriseRegistered == true)
        // All or nothing: a USCC already registered leaves neither line.
        let head = store.head.seq
        #expect(throws: BatchRejected.self) {
            try store.perform(ContestWinner.registerAndLink(entry: second.id, enterprise: TestData.enterprise(2)), today: TestData.today)
        }
        #expect(store.head.seq == head && store.state.contestEntries[second.id]?.enterprise == nil)
        // An enterprise registered before the entry did not come out of the contest.
        let old = #expect(throws: CommandRejected.self) {
            try store.perform(LinkContestEntry(entry: second.id, enterprise: existing.id, registered: true), today: TestData.today)
        }
        #expect(old?.error(for: "enterprise") != nil)
        try store.perform(LinkContestEntry(entry: second.id, enterprise: existing.id), today: TestData.today)
        // Already linked (on entry).
        #expect(throws: CommandRejected.self) {
            try store.perform(LinkContestEntry(entry: third.id, enterprise: existing.id), today: TestData.today)
        }

        let p = ContestPipeline(store.state, contest: c.id)
        #expect(p.counts == .init(entered: 4, scored: 0, awarded: 3, incubated: 1, enterprise: 3, newEnterprises: 1))
        #expect(p.stages.map(\.count) == [4, 0, 3, 1, 3])
        #expect(p.rows.first { $0.id == first.id }?.stage == .enterprise)
        #expect(p.rows.first { $0.id == first.id }?.incubatedAt?.zh == "硅巷孵化器")
    }

    @Test func replayRefusesContestLinesTheConsoleWouldNotWrite() throws {
        let store = try JournalStore.fresh(in: dir)
        let c = try contest(store)
        let e = try enter(store, c, "清华大学智能感知团队", "政务问答助手")
        try store.perform(ScoreContestEntry(entry: e.id, judge: "张评委", score: "90"), today: TestData.today)
        let s = store.state
        #expect(s.refusal(EventKind.contestScored, e.id, .record(JudgeScore(judge: "张评委", score: .init(hundredths: 8000))))?
            .contains("already scored") == true)
        #expect(s.refusal(EventKind.contestScored, e.id, .record(JudgeScore(judge: "李评委", score: .init(hundredths: 10001)))) == "a score is 0 to 100")
        #expect(s.refusal(EventKind.contestIncubated, e.id, .object(["place": .string("incubator"), "date": .string("2025-06-09")])) ==
                "only a winning entry is incubated")
        #expect(s.refusal(EventKind.contestEnterpriseLinked, e.id, .object(["enterprise": .string("ent-1"), "registered": .bool(false)])) ==
                "only a winning entry is linked to an enterprise")
        let won = try s.applying(EventKind.contestAwarded, e.id, .object(["award": .string("一等奖")]))
        #expect(won.refusal(EventKind.contestIncubated, e.id, .object(["place": .string("nowhere"), "date": .string("2025-06-09")])) ==
                "unknown place “nowhere”")
        #expect(won.refusal(EventKind.contestAwarded, e.id, .object(["award": .string("特等奖")])) == "already awarded: 一等奖")
        var entry = e
        entry.id = s.nextId("entry")
        #expect(s.refusal(EventKind.contestEntered, entry.id, .record(entry)) == "this team has already entered this project")
        // Older journals' result line still applies (award and incubated, nothing else).
        let legacy = try s.applying(EventKind.contestEntryUpdated, e.id, .changes(["award": .string("二等奖"), "incubated": .bool(true)]))
        #expect(legacy.contestEntries[e.id]?.incubated == true && legacy.contestEntries[e.id]?.stage == .incubated)
        #expect(s.refusal(EventKind.contestEntryUpdated, e.id, .changes(["team": .string("别队")])) != nil)
        // …but only as the commands of the time wrote it.
        #expect(s.refusal(EventKind.contestEntryUpdated, e.id, .changes(["incubated": .bool(true)])) == "only a winning entry is incubated")
        #expect(won.refusal(EventKind.contestEntryUpdated, e.id, .changes(["award": .null])) == "an award is named, never removed")
        #expect(won.refusal(EventKind.contestEntryUpdated, e.id, .changes(["award": .string("特等奖")])) == "already awarded: 一等奖")
        #expect(won.refusal(EventKind.contestEntryUpdated, e.id, .changes(["incubated": .bool(false)])) == "incubation is set, never unset")
    }
}
