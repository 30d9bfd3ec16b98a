import Foundation
import Testing
@testable import SiliconAlleyCore

/// Replay of events' lines: older journals decode, what the console would never write is
/// refused, and a snapshot holds the events' state exactly as a full replay builds it.
@Suite struct EventReplayTests {
    let dir = TempDir("evreplay")
    var path: String { dir.file("journal.jsonl") }

    @Test func olderJournalsEventsDecode() throws {
        func old(_ extra: [String: JSONValue]) throws -> Activity {
            var o: [String: JSONValue] = ["id": .string("act-5"), "title": .string("人工智能项目路演（第3期）"), "type": .string("roadshow"),
                                          "date": .string("2025-07-01"), "venue": .string("歌华大厦多功能厅"),
                                          "organiser": .string("硅巷建设专班办公室"), "capacity": .int(120), "status": .string("scheduled")]
            o.merge(extra) { $1 }
            return try JSONValueDecoder().decode(Activity.self, from: .object(JSONObject(o)))
        }
        // A time: it starts then; its end was never recorded.
        let timed = try old(["time": .string("9:30")])
        #expect(timed.start == EventData.at("2025-07-01 09:30") && timed.end == timed.start && !timed.allDay)
        #expect(timed.whenText == "2025-07-01 09:30" && timed.lastDay == LocalDate("2025-07-01"))
        // A catalogue name followed by a room keeps both; the organiser's name resolves to its unit.
        #expect(timed.venue == .place("gehua", room: "多功能厅"))
        #expect(EventUnit.name(timed.organiser, state: DomainState(), catalog: .plan).en == "Task-force office")
        // No time: the whole day.
        let day = try old(["venue": .string("中关村国际创新中心")])
        #expect(day.allDay && day.start == EventData.at("2025-07-01 00:00") && day.end == EventData.at("2025-07-02 00:00"))
        #expect(day.venue == .outside("中关村国际创新中心") && day.whenText == "2025-07-01")
        #expect(day.registrationOpen && day.agenda.isEmpty && day.industry == nil)
        // Written back in the new shape and read again unchanged.
        for a in [timed, day] {
            let again = try JSONValueDecoder().decode(Activity.self, from: .record(a))
            #expect(again == a)
        }
        #expect(throws: (any Error).self) { try old(["time": .string("9点半")]) }
        // Replayed, an old-shape event still needs an organiser and a capacity of at least one.
        let s = try JournalStore.fresh(in: dir).state
        let id = s.nextId("act")
        var o: [String: JSONValue] = ["id": .string(id), "title": .string("老活动"), "type": .string("roadshow"), "date": .string("2025-07-01"),
                                      "venue": .string("歌华大厦"), "organiser": .string("某单位"), "capacity": .int(-3), "status": .string("scheduled")]
        #expect(s.refusal(EventKind.activityCreated, id, .object(JSONObject(o)))?.contains("capacity") == true)
        o["capacity"] = .int(30)
        o["organiser"] = .string(" ")
        #expect(s.refusal(EventKind.activityCreated, id, .object(JSONObject(o))) == "no organiser")
        o["organiser"] = .string("某单位")
        #expect(s.refusal(EventKind.activityCreated, id, .object(JSONObject(o))) == nil)
    }

    @Test func anOlderJournalsEventIsEditedIntoTheNewShape() throws {
        let store = try JournalStore.fresh(in: dir)
        let new = store.state.nextId("act")
        let old: JSONValue = .object(["id": .string(new), "title": .string("老日志的推介会"), "type": .string("promotion"),
                                      "date": .string("2025-07-02"), "venue": .string("硅巷驿站"), "organiser": .string("某文化传播公司"),
                                      "status": .string("scheduled")])
        let id = try store.appendUnchecked([.init(kind: EventKind.activityCreated, entity: new, data: old)])[0].entity
        #expect(store.state.activities[id]?.allDay == true)
        // Its organiser was free text: an edit must name a unit.
        var input = ActivityInput(store.state.activities[id]!)
        #expect(input.end == "2025-07-03 00:00")
        let unit = #expect(throws: CommandRejected.self) {
            try store.perform(EditActivity(activity: id, input: input, basedOn: nil), today: TestData.today)
        }
        #expect(unit?.error(for: "organiser") != nil)
        input.organiser = "硅巷建设专班办公室"
        input.start = "10:00"
        input.end = "12:00"
        let lines = try store.perform(EditActivity(activity: id, input: input, basedOn: nil), today: TestData.today)
        #expect(Set(lines[0].data["changes"]?.objectValue?.keys ?? []) == ["allDay", "end", "organiser", "start"])
        let a = try #require(store.state.activities[id])
        #expect(!a.allDay && a.whenText == "2025-07-02 10:00–12:00" && a.organiser == "task-force-office")
        #expect(store.state.refusal(EventKind.activityUpdated, id, .changes(["allDay": .bool(true)])) ==
                "an event does not become a whole-day one")
        #expect(try JournalStore(path: store.path, actor: TestData.admin, useSnapshot: false).state == store.state)
    }

    @Test func replayRefusesEventLinesTheConsoleWouldNotWrite() throws {
        let store = try JournalStore.fresh(in: dir)
        let a = try store.event(EventData.input(capacity: "2"))
        try store.people(2, for: a.id)
        let s = store.state
        var bad = a
        let new = s.nextId("act")
        bad.id = new
        bad.start = EventData.at("2025-07-09 14:00")
        bad.end = EventData.at("2025-07-09 14:00")
        #expect(s.refusal(EventKind.activityCreated, new, .record(bad)) == "end must be after the start (2025-07-09 14:00)")
        bad.end = EventData.at("2025-07-09 16:00")
        bad.organiser = "某某单位"
        #expect(s.refusal(EventKind.activityCreated, new, .record(bad)) == "unknown unit “某某单位”")
        bad.organiser = "task-force-office"
        bad.venue = .place("nowhere", room: nil)
        #expect(s.refusal(EventKind.activityCreated, new, .record(bad)) == "unknown place “nowhere”")
        bad.venue = .outside("国家会议中心")
        bad.type = .seminar
        #expect(s.refusal(EventKind.activityCreated, new, .record(bad)) == "a seminar needs an industry")
        bad.type = .roadshow
        bad.status = .held
        #expect(s.refusal(EventKind.activityCreated, new, .record(bad)) == "a new event is scheduled, with no minutes yet")
        bad.status = .scheduled
        #expect(s.refusal(EventKind.activityCreated, new, .record(bad)) == nil)
        #expect(s.refusal(EventKind.activityCreated, a.id, .record(a)) == "event \(a.id) exists already")
        #expect(s.refusal(EventKind.activityCreated, "act-901", .record(bad))?.contains("is not the record's id") == true)

        // Edits: capacity under the registrations, an unknown field, outcome without a status,
        // a status back to scheduled, a cancellation without reason, a change after it was held.
        #expect(s.refusal(EventKind.activityUpdated, a.id, .changes(["capacity": .int(1)])) == "capacity cannot be below the 2 already registered")
        #expect(s.refusal(EventKind.activityUpdated, a.id, .changes(["type": .string("launch")])) == "an event's type does not change")
        #expect(s.refusal(EventKind.activityUpdated, a.id, .changes(["outcome": .string("好")])) == "the outcome is written with the status")
        #expect(s.refusal(EventKind.activityUpdated, a.id, .changes(["status": .string("scheduled")])) != nil)
        #expect(s.refusal(EventKind.activityUpdated, a.id, .changes(["status": .string("cancelled"), "outcome": .null])) == "a cancellation needs a reason")
        #expect(s.refusal(EventKind.activityUpdated, "act-404", .changes(["title": .string("x")])) == "no event act-404")
        // Held, or a registration checked in, before the event's day: the commands refuse it, so does replay
        // (a day either side of the line's Beijing date, as for every "today" rule). The event is on 2025-07-01.
        let heldEarly = "2025-06-29T10:00:00.000Z"   // 2025-06-29 18:00 in Beijing
        #expect(s.refusal(EventKind.activityUpdated, a.id, .changes(["status": .string("held"), "outcome": .null]), time: heldEarly) ==
                "held on 2025-06-29, before the event's day (2025-07-01)")
        let reg = try #require(s.registrationsByActivity[a.id]?.first)
        #expect(s.refusal(EventKind.registrationUpdated, reg, .changes(["attended": .bool(true)]), time: heldEarly) ==
                "checked in on 2025-06-29, before the event's day (2025-07-01)")
        let onTheDay = "2025-07-01T01:00:00.000Z"
        #expect(s.refusal(EventKind.registrationUpdated, reg, .changes(["attended": .bool(true)]), time: onTheDay) == nil)
        let held = try s.applying(EventKind.activityUpdated, a.id, .changes(["status": .string("held"), "outcome": .null]), time: onTheDay)
        #expect(held.refusal(EventKind.activityUpdated, a.id, .changes(["title": .string("改名")])) ==
                "the event is held and can no longer change")
        #expect(held.refusal(EventKind.registrationAdded, held.nextId("reg"), .record(Registration(id: held.nextId("reg"), activity: a.id, enterprise: nil,
                                                                                            person: "迟到者", phone: nil, waitlisted: true))) ==
                "the event is held: no registrations")
    }

    @Test func aJournalOfEventsReplaysAndItsSnapshotEqualsTheReplay() throws {
        let writer = try JournalStore(path: path, actor: TestData.admin)
        let e = try writer.register(1)
        let show = try writer.event(EventData.input(capacity: "2"))
        let regs = try writer.people(4, for: show.id)
        try writer.registration(show.id, person: "企业代表", enterprise: e.id)
        try writer.perform(UpdateRegistration(registration: regs[0].id, change: .cancelled), today: TestData.today)
        let contest = try writer.event(EventData.input("大赛", type: .contest, date: "2025-06-07", venue: "硅巷孵化器"))
        let entry = try writer.perform(EnterContest(activity: contest.id, team: "团队甲", title: "项目甲"), today: TestData.today)[0].entity
        try writer.perform(ScoreContestEntry(entry: entry, judge: "评委甲", score: "91"), today: TestData.today)
        try writer.writeSnapshot()
        // More after the snapshot: a registration filed under an event the snapshot knows.
        try writer.perform(UpdateRegistration(registration: regs[1].id, change: .cancelled), today: TestData.today)
        try writer.perform(AwardContestEntry(entry: entry, award: "一等奖"), today: TestData.today)
        let m = try writer.event(EventData.input("例会", type: .meeting, date: "2025-06-03", venue: "硅巷驿站"))
        try writer.perform(AddActionItem(activity: m.id, text: "报送进度", unit: "finance-bureau", due: "2025-06-09"), today: TestData.today)

        let viaSnapshot = try JournalStore(path: path, actor: TestData.admin)
        #expect(viaSnapshot.takeNotices().filter { $0.contains("snapshot") }.isEmpty)
        let replay = try JournalStore(path: path, actor: TestData.admin, useSnapshot: false).state
        #expect(viaSnapshot.state == replay && replay == writer.state)
        #expect(replay.registrationsByActivity[show.id]?.count == 5)
        #expect(replay.waitingList(of: show.id).map(\.person) == ["企业代表"])
        #expect(try JournalVerifier.verify(path: path).isClean)
    }

    @Test func snapshotReadingFilesRegistrationsInTheOrderTheyWereTaken() {
        var s = DomainState()
        // Met in any order (a dictionary's), filed by the seq in their ids.
        for n in [12, 3, 40, 7] {
            let r = Registration(id: "reg-\(n)", activity: "act-1", enterprise: nil, person: "人\(n)", phone: nil)
            s.registrations[r.id] = r
            s.indexRegistration(r)
        }
        #expect(s.registrationsByActivity["act-1"] == ["reg-3", "reg-7", "reg-12", "reg-40"])
    }

    @Test func everyEventsKindHasARole() {
        let kinds = [EventKind.activityCreated, EventKind.activityUpdated, EventKind.registrationAdded, EventKind.registrationUpdated,
                     EventKind.registrationPromoted, EventKind.contestEntered, EventKind.contestEntryUpdated, EventKind.contestScored,
                     EventKind.contestAwarded, EventKind.contestEnterpriseLinked, EventKind.contestIncubated,
                     EventKind.meetingAgendaSet, EventKind.meetingDecisionRecorded, EventKind.actionItemAdded,
                     EventKind.actionItemUpdated]
        for k in kinds { #expect(EventKind.requiredRole[k] != nil, "\(k)") }
        #expect(EventKind.requiredRole[EventKind.registrationPromoted] == .clerk)
    }

    @Test func aViewerCannotAndAClerkOnlyRegisters() throws {
        let admin = try JournalStore.fresh(in: dir)
        try admin.perform(AssignRole(login: "desk", role: .clerk), today: TestData.today)
        let a = try admin.event()
        let clerk = try JournalStore(path: admin.path, actor: "desk")
        try clerk.registration(a.id, person: "窗口来人")
        let r = #expect(throws: CommandRejected.self) { try clerk.perform(CreateActivity(EventData.input("另一场", start: "18:00", end: "19:00")), today: TestData.today) }
        #expect(r?.error(for: "role") != nil)
        let viewer = try JournalStore(path: admin.path, actor: "guest")
        #expect(throws: CommandRejected.self) { try viewer.registration(a.id, person: "访客") }
    }
}
