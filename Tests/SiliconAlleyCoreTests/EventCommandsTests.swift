import Foundation
import Testing
@testable import SiliconAlleyCore

/// Creating, editing and closing events: what is accepted, what is refused (field named,
/// nothing written).
@Suite struct EventCommandsTests {
    let dir = TempDir("events")

    @Test func createsAnEventWithStartEndVenueOrganiserAndCapacity() throws {
        let store = try JournalStore.fresh(in: dir)
        let a = try store.event(EventData.input(capacity: "80"))
        #expect(a.start == EventData.at("2025-07-01 14:00") && a.end == EventData.at("2025-07-01 16:00"))
        #expect(a.venue == .place("metaverse-square", room: nil))
        #expect(a.organiser == "task-force-office")
        #expect(a.capacity == 80 && a.status == .scheduled && a.registrationOpen)
        #expect(a.registration(today: TestData.today) == .open)
        // A part of a catalogue name of four characters or more names the place; a room is kept.
        let b = try store.event(EventData.input("数字文娱研讨会", type: .seminar, venue: "共享数字策展中心", room: "二层展厅",
                                                organiser: "硅巷智成研究所", industry: "数字文娱"))
        #expect(b.venue == .place("curation-center", room: "二层展厅"))
        #expect(b.organiser == "zhicheng-institute" && b.industry == "digital-culture")
        // An outside venue by name; an end on a later day.
        let c = try store.event(EventData.input("宣传推介会", type: .promotion, date: "2025-07-05", start: "09:00",
                                                end: "2025-07-06 12:00", venue: "国家会议中心"))
        #expect(c.venue == .outside("国家会议中心") && c.end == EventData.at("2025-07-06 12:00"))
        #expect(c.whenText == "2025-07-05 09:00 – 2025-07-06 12:00")
    }

    @Test func badInputNamesEveryFieldAndWritesNothing() throws {
        let store = try JournalStore.fresh(in: dir)
        let before = store.head.seq
        let r = #expect(throws: CommandRejected.self) {
            try store.perform(CreateActivity(EventData.input("", type: .seminar, start: "15:00", end: "14:30",
                                                             organiser: "某某单位", capacity: "0")), today: TestData.today)
        }
        let fields = Set(r?.errors.map(\.field) ?? [])
        #expect(fields == ["title", "end", "organiser", "capacity", "industry"])
        #expect(r?.error(for: "end")?.en == "end must be after the start (2025-07-01 15:00)")
        #expect(r?.error(for: "organiser")?.zh.contains("不是已登记的单位") == true)
        #expect(store.head.seq == before)

        // Equal start and end is not a duration.
        #expect(throws: CommandRejected.self) {
            try store.perform(CreateActivity(EventData.input(start: "14:00", end: "14:00")), today: TestData.today)
        }
        // More than two weeks is a typing mistake.
        let long = #expect(throws: CommandRejected.self) {
            try store.perform(CreateActivity(EventData.input(end: "2025-08-01 16:00")), today: TestData.today)
        }
        #expect(long?.error(for: "end") != nil)
        // Times and dates must parse.
        let bad = #expect(throws: CommandRejected.self) {
            try store.perform(CreateActivity(EventData.input(date: "2025-02-30", start: "25:00", end: "16")), today: TestData.today)
        }
        #expect(Set(bad?.errors.map(\.field) ?? []) == ["date", "start", "end"])
        #expect(store.head.seq == before)
    }

    @Test func venueTextThatHidesACataloguePlaceIsRefused() throws {
        let store = try JournalStore.fresh(in: dir)
        // A catalogue name with a room glued on: choose the place, put the room apart.
        let glued = #expect(throws: CommandRejected.self) {
            try store.perform(CreateActivity(EventData.input(venue: "歌华大厦多功能厅")), today: TestData.today)
        }
        #expect(glued?.error(for: "venue")?.zh.contains("多功能厅") == true)
        // Too short to say which place.
        let vague = #expect(throws: CommandRejected.self) {
            try store.perform(CreateActivity(EventData.input(venue: "孵化器")), today: TestData.today)
        }
        #expect(vague?.error(for: "venue")?.en.contains("ambiguous") == true)
        // English names work the same way.
        #expect(try store.event(EventData.input(start: "08:00", end: "09:00", venue: "Gehua")).venue == .place("gehua", room: nil))
        let english = #expect(throws: CommandRejected.self) {
            try store.perform(CreateActivity(EventData.input(venue: "Gehua Building Hall 2")), today: TestData.today)
        }
        #expect(english?.error(for: "venue")?.en == "“Gehua Building” is a catalogue place: choose it and put “Hall 2” in the room field")
        // A room only inside a catalogue place.
        let room = #expect(throws: CommandRejected.self) {
            try store.perform(CreateActivity(EventData.input(venue: "国家会议中心", room: "一层大厅")), today: TestData.today)
        }
        #expect(room?.error(for: "room") != nil)
    }

    @Test func editingChangesOnlyWhatChangedAndKeepsTheRules() throws {
        let store = try JournalStore.fresh(in: dir)
        let a = try store.event(EventData.input(capacity: "2"))
        let regs = try store.people(4, for: a.id)
        #expect(regs.map(\.waitlisted) == [false, false, true, true])

        // Below the two already holding a place: refused.
        let low = #expect(throws: CommandRejected.self) {
            try store.perform(EditActivity(activity: a.id, input: EventData.input(capacity: "1"), basedOn: nil), today: TestData.today)
        }
        #expect(low?.error(for: "capacity")?.en == "capacity cannot be below the 2 already registered")
        // The type stays.
        #expect(throws: CommandRejected.self) {
            try store.perform(EditActivity(activity: a.id, input: EventData.input(type: .launch, capacity: "2"), basedOn: nil),
                              today: TestData.today)
        }
        // Nothing changed.
        #expect(throws: CommandRejected.self) {
            try store.perform(EditActivity(activity: a.id, input: ActivityInput(store.state.activities[a.id]!), basedOn: nil),
                              today: TestData.today)
        }
        // A form opened before someone else's change.
        let seen = store.state.version(of: a.id)
        try store.perform(EditActivity(activity: a.id, input: EventData.input("人工智能项目路演（第二场）", capacity: "2"), basedOn: seen),
                          today: TestData.today)
        #expect(throws: CommandRejected.self) {
            try store.perform(EditActivity(activity: a.id, input: EventData.input(start: "13:00", capacity: "2"), basedOn: seen),
                              today: TestData.today)
        }
        // Three places: the first waiting moves up, the second still waits.
        let lines = try store.perform(EditActivity(activity: a.id, input: EventData.input("人工智能项目路演（第二场）", capacity: "3"),
                                                   basedOn: nil), today: TestData.today)
        #expect(lines.map(\.kind) == [EventKind.activityUpdated, EventKind.registrationPromoted])
        #expect(lines[0].data["changes"]?.objectValue?.keys == ["capacity"])
        #expect(lines[1].entity == regs[2].id)
        #expect(store.state.waitingList(of: a.id).map(\.id) == [regs[3].id])
        #expect(store.state.registrations[regs[2].id]?.promoted == true)
    }

    @Test func heldOnlyFromItsStartCancelledOnlyWithAReasonAndThenFinal() throws {
        let store = try JournalStore.fresh(in: dir)
        let a = try store.event()
        let early = #expect(throws: CommandRejected.self) {
            try store.perform(SetActivityStatus(activity: a.id, status: .held, note: ""), today: TestData.today)
        }
        #expect(early?.error(for: "status") != nil)
        let noReason = #expect(throws: CommandRejected.self) {
            try store.perform(SetActivityStatus(activity: a.id, status: .cancelled, note: " "), today: TestData.today)
        }
        #expect(noReason?.error(for: "note") != nil)
        try store.perform(SetActivityStatus(activity: a.id, status: .cancelled, note: "场地检修"), today: TestData.today)
        #expect(store.state.activities[a.id]?.status == .cancelled && store.state.activities[a.id]?.outcome == "场地检修")
        #expect(store.state.activities[a.id]?.registration(today: TestData.today) == .closed)
        // Final: no second change, no edit, no registration.
        #expect(throws: CommandRejected.self) {
            try store.perform(SetActivityStatus(activity: a.id, status: .held, note: ""), today: LocalDate("2025-07-02")!)
        }
        #expect(throws: CommandRejected.self) {
            try store.perform(EditActivity(activity: a.id, input: EventData.input(start: "15:00"), basedOn: nil), today: TestData.today)
        }
        let reg = #expect(throws: CommandRejected.self) {
            try store.perform(RegisterForActivity(activity: a.id, person: "王五"), today: TestData.today)
        }
        #expect(reg?.error(for: "activity")?.en == "the event is cancelled: no registrations")

        let b = try store.event(EventData.input(date: "2025-07-02"))
        try store.perform(SetActivityStatus(activity: b.id, status: .held, note: "到场 40 人"), today: LocalDate("2025-07-02")!)
        #expect(store.state.activities[b.id]?.status == .held)
    }

    @Test func registrationOpensAndCloses() throws {
        let store = try JournalStore.fresh(in: dir)
        let a = try store.event()
        try store.perform(SetRegistrationOpen(activity: a.id, open: false), today: TestData.today)
        #expect(store.state.activities[a.id]?.registration(today: TestData.today) == .closed)
        let closed = #expect(throws: CommandRejected.self) {
            try store.perform(RegisterForActivity(activity: a.id, person: "王五"), today: TestData.today)
        }
        #expect(closed?.error(for: "activity")?.zh == "报名已截止")
        #expect(throws: CommandRejected.self) { try store.perform(SetRegistrationOpen(activity: a.id, open: false), today: TestData.today) }
        try store.perform(SetRegistrationOpen(activity: a.id, open: true), today: TestData.today)
        try store.registration(a.id, person: "王五")
        // Past its day it is closed whatever the flag says.
        #expect(store.state.activities[a.id]?.registration(today: LocalDate("2025-07-02")!) == .closed)
    }

    @Test func labelsComeInBothLanguages() {
        #expect(ActivityStatus.allCases.map(\.zh) == ["待举办", "已举办", "已取消"])
        #expect(ActivityStatus.allCases.map(\.en) == ["scheduled", "held", "cancelled"])
        #expect(RegistrationWindow.allCases.map(\.label) == [Phrase("报名中", "registration open"), Phrase("报名截止", "registration closed")])
        #expect(ActivityType.allCases.allSatisfy { !$0.zh.isEmpty && !$0.en.isEmpty && $0.zh != $0.en })
        #expect(Set(ActivityType.allCases.map(\.zh)).count == ActivityType.allCases.count)
    }
}
