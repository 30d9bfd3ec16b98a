import Foundation
import Testing
@testable import SiliconAlleyCore

/// The commands' "not after today" rules, re-checked on replay against the line's Beijing date
/// with a day either side (`refusal`'s line is written 2025-06-10 08:00 in Beijing): the day
/// after is a clock's difference and is accepted, two days after is refused.
@Suite struct ReplayTodayRuleTests {
    let dir = TempDir("replay-today")
    let today = TestData.today

    @Test func projectsDatesAreNotAfterTheLinesDay() throws {
        let store = try JournalStore.fresh(in: dir)
        let id = try ProjectFixture.spaceProjectUnderWay(store)
        try store.perform(AddMilestone(project: id, title: "主体完工", due: "2025-09-30"), today: today)
        try store.perform(RaiseBlocker(project: id, step: .jointApproval, text: "消防意见未出", owningUnit: "finance-bureau", date: "2025-06-01"),
                          today: today)
        let s = store.state
        let m = try #require(s.projects[id]?.milestones.first?.id)
        let b = try #require(s.projects[id]?.blockers.first?.id)
        func check(_ kind: String, _ data: (String) throws -> JSONValue, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
            #expect(s.refusal(kind, id, try data("2025-06-12")) == "\(what) 2025-06-12, after the line's date 2025-06-10", sourceLocation: sourceLocation)
            #expect(s.refusal(kind, id, try data("2025-06-11")) == nil, sourceLocation: sourceLocation)
        }
        try check(EventKind.milestoneDone, { .object(["milestone": .string(m), "date": .string($0)]) }, "done")
        try check(EventKind.approvalStepDone, { .object(["step": .string("jointApproval"), "date": .string($0)]) }, "finished")
        try check(EventKind.blockerRaised, { .record(Blocker(id: "blk-\(s.lastSeq + 1)", step: .jointApproval, text: "又一问题", unit: "finance-bureau",
                                                             raised: LocalDate($0)!)) }, "raised")
        try check(EventKind.blockerResolved, { .object(["blocker": .string(b), "date": .string($0)]) }, "resolved")
        let finished = try s.applying(EventKind.approvalStepDone, id, .object(["step": .string("jointApproval"), "date": .string("2025-06-05")]))
        #expect(finished.refusal(EventKind.approvalStepStarted, id, .record(ApprovalStep(step: .construction, started: LocalDate("2025-06-12")!))) ==
                "started 2025-06-12, after the line's date 2025-06-10")
    }

    @Test func eventsDatesAreNotAfterTheLinesDayNorADecisionBeforeTheMeeting() throws {
        let store = try JournalStore.fresh(in: dir)
        let meeting = try store.event(EventData.input("专班例会", type: .meeting, date: "2025-06-03", start: "09:30", end: "11:00",
                                                      venue: "硅巷驿站", room: "专班会议室"))
        let item = try store.perform(AddActionItem(activity: meeting.id, text: "报送", unit: "finance-bureau", due: "2025-06-20"), today: today)[0].entity
        let contest = try store.event(EventData.input("创新创业大赛", type: .contest, date: "2025-06-07", start: "09:00", end: "17:30",
                                                      venue: "硅巷驿站", industry: "ai"))
        let entry = try store.perform(EnterContest(activity: contest.id, team: "甲队", title: "项目"), today: today)[0].entity
        try store.perform(AwardContestEntry(entry: entry, award: "一等奖"), today: today)
        let later = try store.event(EventData.input("下次例会", type: .meeting, date: "2025-06-17", start: "09:30", end: "11:00",
                                                    venue: "硅巷驿站", room: "专班会议室"))
        let s = store.state
        #expect(s.refusal(EventKind.actionItemUpdated, item, .changes(["done": .string("2025-06-12")])) == "done 2025-06-12, after the line's date 2025-06-10")
        #expect(s.refusal(EventKind.actionItemUpdated, item, .changes(["done": .string("2025-06-11")])) == nil)
        #expect(s.refusal(EventKind.contestIncubated, entry, .object(["place": .string("gehua"), "date": .string("2025-06-12")])) ==
                "incubated 2025-06-12, after the line's date 2025-06-10")
        #expect(s.refusal(EventKind.contestIncubated, entry, .object(["place": .string("gehua"), "date": .string("2025-06-11")])) == nil)
        // A decision of a meeting two days or more ahead of the line's day.
        #expect(s.refusal(EventKind.meetingDecisionRecorded, later.id, .object(["text": .string("提前的决定")])) ==
                "a decision recorded on 2025-06-10, before the meeting's day (2025-06-17)")
        #expect(s.refusal(EventKind.meetingDecisionRecorded, later.id, .object(["text": .string("决定")]), time: "2025-06-16T00:00:00.000Z") == nil)
    }

    @Test func anEvaluationIsDatedBetweenTheBaselineAndTheLinesDay() throws {
        let f = try Forgery()
        let s = f.store.state
        func refusal(_ date: String) -> String? {
            var e = EvaluationRules.figures(s, asOf: LocalDate(date)!)
            e.id = s.nextId("eval")
            return s.refusal(EventKind.evaluationRecorded, e.id, .record(e))
        }
        #expect(refusal("2025-06-12") == "evaluated 2025-06-12, after the line's date 2025-06-10")
        #expect(refusal("2023-12-30") == "evaluated 2023-12-30, before the 2023-12-31 baseline")
        #expect(refusal("2025-06-11") == nil && refusal("2023-12-31") == nil)
    }
}
