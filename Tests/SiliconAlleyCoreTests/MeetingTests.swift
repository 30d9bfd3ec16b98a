import Foundation
import Testing
@testable import SiliconAlleyCore

/// Task-force meetings: agenda, decisions, action items owned by units with due dates, open
/// ones followed across meetings and listed by unit.
@Suite struct MeetingTests {
    let dir = TempDir("meeting")

    private func meeting(_ store: JournalStore, _ date: String) throws -> Activity {
        try store.event(EventData.input("硅巷建设专班例会", type: .meeting, date: date, start: "09:30", end: "11:00",
                                        venue: "硅巷驿站", room: "专班会议室"))
    }

    @discardableResult
    private func item(_ store: JournalStore, _ m: Activity, _ text: String, _ unit: String, _ due: String) throws -> ActionItem {
        let lines = try store.perform(AddActionItem(activity: m.id, text: text, unit: unit, due: due), today: TestData.today)
        return store.state.actionItems[lines[0].entity]!
    }

    @Test func agendaAndDecisions() throws {
        let store = try JournalStore.fresh(in: dir)
        let m = try meeting(store, "2025-06-03")
        try store.perform(SetMeetingAgenda(activity: m.id, items: ["通报督办进展", " ", "研究空间改造方案"]), today: TestData.today)
        #expect(store.state.activities[m.id]?.agenda == ["通报督办进展", "研究空间改造方案"])
        let empty = #expect(throws: CommandRejected.self) {
            try store.perform(SetMeetingAgenda(activity: m.id, items: ["", " "]), today: TestData.today)
        }
        #expect(empty?.error(for: "agenda") != nil)
        try store.perform(RecordMeetingDecision(activity: m.id, text: "同意纳入绿色通道"), today: TestData.today)
        #expect(store.state.activities[m.id]?.decisions == ["同意纳入绿色通道"])
        // Not before it met; not for a roadshow.
        let future = try meeting(store, "2025-06-17")
        #expect(throws: CommandRejected.self) {
            try store.perform(RecordMeetingDecision(activity: future.id, text: "提前的决定"), today: TestData.today)
        }
        let show = try store.event()
        let wrong = #expect(throws: CommandRejected.self) {
            try store.perform(SetMeetingAgenda(activity: show.id, items: ["议程"]), today: TestData.today)
        }
        #expect(wrong?.error(for: "activity") != nil)
    }

    @Test func actionItemsNeedAUnitAndADueDateOnOrAfterTheMeeting() throws {
        let store = try JournalStore.fresh(in: dir)
        let m = try meeting(store, "2025-06-03")
        let before = store.head.seq
        let missing = #expect(throws: CommandRejected.self) {
            try store.perform(AddActionItem(activity: m.id, text: "梳理企业名单", unit: "", due: ""), today: TestData.today)
        }
        #expect(Set(missing?.errors.map(\.field) ?? []) == ["unit", "due"])
        let freeText = #expect(throws: CommandRejected.self) {
            try store.perform(AddActionItem(activity: m.id, text: "梳理企业名单", unit: "科信局的同志", due: "2025-06-10"), today: TestData.today)
        }
        #expect(freeText?.error(for: "unit")?.en == "“科信局的同志” is not a known unit: choose one from the list")
        let early = #expect(throws: CommandRejected.self) {
            try store.perform(AddActionItem(activity: m.id, text: "梳理企业名单", unit: "science-tech-bureau", due: "2025-06-02"), today: TestData.today)
        }
        #expect(early?.error(for: "due")?.en == "due before the meeting (2025-06-03)")
        #expect(store.head.seq == before)
        // By id or by the unit's Chinese name; the id is what is written.
        let i = try item(store, m, "梳理企业名单", "区科学技术和信息化局", "2025-06-10")
        #expect(i.unit == "science-tech-bureau")
    }

    @Test func openItemsStayVisibleAcrossMeetingsLateOnesMarkedByUnit() throws {
        let store = try JournalStore.fresh(in: dir)
        let first = try meeting(store, "2025-05-27")
        let second = try meeting(store, "2025-06-03")
        let late = try item(store, first, "报送审批进度", "planning-natural-resources", "2025-06-03")
        let done = try item(store, first, "落实企业诉求", "science-tech-bureau", "2025-06-05")
        let onTime = try item(store, second, "更新督办台账", "science-tech-bureau", "2025-06-17")
        let lateToo = try item(store, second, "提交监测数据", "science-tech-bureau", "2025-06-09")

        // Done: not in the future, not before its meeting, once.
        #expect(throws: CommandRejected.self) { try store.perform(CompleteActionItem(item: done.id, date: "2025-06-11"), today: TestData.today) }
        #expect(throws: CommandRejected.self) { try store.perform(CompleteActionItem(item: done.id, date: "2025-05-26"), today: TestData.today) }
        try store.perform(CompleteActionItem(item: done.id, date: "2025-06-04"), today: TestData.today)
        #expect(throws: CommandRejected.self) { try store.perform(CompleteActionItem(item: done.id, date: "2025-06-05"), today: TestData.today) }

        let board = ActionItemBoard(store.state, today: TestData.today)
        #expect(board.open.map(\.id) == [late.id, lateToo.id, onTime.id])
        #expect(board.open.map(\.state) == [.late, .late, .open])
        #expect(board.open.map(\.daysLate) == [7, 1, 0])
        #expect(board.lateCount == 2)
        // Both units have a late item, so by name (区… before 市…).
        #expect(board.byUnit.map(\.unit) == ["science-tech-bureau", "planning-natural-resources"])
        #expect(board.byUnit.map(\.name.zh) == ["区科学技术和信息化局", "市规划自然资源委东城分局"])
        #expect(board.byUnit[0].items.map(\.id) == [lateToo.id, onTime.id] && board.byUnit[0].late == 1)
        #expect(board.open[0].meetingTitle == "硅巷建设专班例会" && board.open[0].meetingDate == LocalDate("2025-05-27"))

        // The second meeting follows up the first one's open item; its own are listed with the done state.
        let (own, carried) = ActionItemBoard.forMeeting(second.id, state: store.state, today: TestData.today)
        #expect(own.map(\.id) == [onTime.id, lateToo.id])
        #expect(carried.map(\.id) == [late.id])
        let detail = try #require(EventDetail(store.state, event: first.id, today: TestData.today))
        #expect(detail.actionItems.map(\.state) == [.late, .done])
        #expect(ActionItemState.late.label == Phrase("逾期", "late"))
    }

    @Test func replayRefusesActionItemLinesTheConsoleWouldNotWrite() throws {
        let store = try JournalStore.fresh(in: dir)
        let m = try meeting(store, "2025-06-03")
        let i = try item(store, m, "报送审批进度", "planning-natural-resources", "2025-06-10")
        let s = store.state
        let free = ActionItem(id: s.nextId("item"), activity: m.id, text: "某事", unit: "某个部门", due: LocalDate("2025-06-10")!)
        #expect(s.refusal(EventKind.actionItemAdded, free.id, .record(free)) == "unknown unit “某个部门”")
        var early = free
        early.unit = "finance-bureau"
        early.due = LocalDate("2025-06-01")!
        #expect(s.refusal(EventKind.actionItemAdded, early.id, .record(early)) == "due before the meeting (2025-06-03)")
        #expect(s.refusal(EventKind.actionItemUpdated, i.id, .changes(["unit": .string("finance-bureau")])) ==
                "an action item changes only by being done")
        #expect(s.refusal(EventKind.actionItemUpdated, i.id, .changes(["done": .string("2025-06-02")])) == "done before the meeting (2025-06-03)")
        let done = try s.applying(EventKind.actionItemUpdated, i.id, .changes(["done": .string("2025-06-05")]))
        #expect(done.refusal(EventKind.actionItemUpdated, i.id, .changes(["done": .string("2025-06-06")])) == "already done")
        #expect(s.refusal(EventKind.meetingAgendaSet, m.id, .object(["items": .array([])])) == "an agenda is one or more items of text")
        #expect(s.refusal(EventKind.meetingDecisionRecorded, m.id, .object(["text": .string(" ")])) == "text is empty")
    }
}
