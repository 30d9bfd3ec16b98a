import Foundation
import Testing
@testable import SiliconAlleyCore

/// Registrations: capacity, the waiting list moving up in order, check-in, no double
/// registration, and what replay refuses.
@Suite struct RegistrationWaitingListTests {
    let dir = TempDir("reg")
    let eventDay = LocalDate("2025-07-01")!

    @Test func beyondCapacityRegistrationsWaitAndMoveUpInOrder() throws {
        let store = try JournalStore.fresh(in: dir)
        let a = try store.event(EventData.input(capacity: "3"))
        let r = try store.people(6, for: a.id)
        #expect(r.map(\.waitlisted) == [false, false, false, true, true, true])
        #expect(store.state.waitingList(of: a.id).map(\.id) == [r[3].id, r[4].id, r[5].id])

        // Cancelling a waiting registration moves no one.
        let w = try store.perform(UpdateRegistration(registration: r[4].id, change: .cancelled), today: TestData.today)
        #expect(w.map(\.kind) == [EventKind.registrationUpdated])
        // Cancelling a place: the first still waiting (r[3]) moves up, in the same batch.
        let c = try store.perform(UpdateRegistration(registration: r[1].id, change: .cancelled), today: TestData.today)
        #expect(c.map(\.kind) == [EventKind.registrationUpdated, EventKind.registrationPromoted])
        #expect(c[1].entity == r[3].id && c.allSatisfy { $0.txnCount == 2 })
        #expect(store.state.registrations[r[3].id]?.isConfirmed == true && store.state.registrations[r[3].id]?.promoted == true)
        // Then r[5].
        try store.perform(UpdateRegistration(registration: r[0].id, change: .cancelled), today: TestData.today)
        #expect(store.state.registrations[r[5].id]?.isConfirmed == true)
        #expect(store.state.waitingList(of: a.id).isEmpty && store.state.confirmedCount(of: a.id) == 3)
        // A newcomer now waits again.
        #expect(try store.registration(a.id, person: "迟到者").waitlisted)

        let detail = try #require(EventDetail(store.state, event: a.id, today: TestData.today))
        #expect(detail.confirmed.map(\.id) == [r[2].id, r[3].id, r[5].id])
        #expect(detail.waiting.map(\.position) == [1])
        #expect(detail.cancelled.count == 3)
        #expect(detail.confirmed[0].phone == "139****0003")
    }

    @Test func theSamePersonOrEnterpriseRegistersOnce() throws {
        let store = try JournalStore.fresh(in: dir)
        let e = try store.register(1)
        let a = try store.event()
        try store.registration(a.id, person: "张伟", phone: "13800138001", enterprise: e.id)
        func refused(_ person: String, _ phone: String, _ ent: String) -> CommandRejected? {
            #expect(throws: CommandRejected.self) {
                try store.perform(RegisterForActivity(activity: a.id, enterprise: ent, person: person, phone: phone), today: TestData.today)
            }
        }
        // The same mobile, even under another name; the same person for the same enterprise.
        #expect(refused("张伟伟", "13800138001", "")?.error(for: "phone") != nil)
        #expect(refused("张伟", "", e.uscc)?.error(for: "enterprise")?.zh == "该企业已报名（已报名）")
        // The enterprise as a whole, while a person of it is registered.
        #expect(refused("", "", e.id)?.error(for: "enterprise") != nil)
        // Another person from the same enterprise is welcome.
        try store.registration(a.id, person: "李娜", phone: "13800138002", enterprise: e.id)
        // People without enterprise or mobile are told apart by name.
        try store.registration(a.id, person: "王芳")
        #expect(refused("王芳", "", "")?.error(for: "person") != nil)
        // Once cancelled, the person may register again.
        let again = store.state.registrations(of: a.id).first { $0.person == "王芳" }!
        try store.perform(UpdateRegistration(registration: again.id, change: .cancelled), today: TestData.today)
        try store.registration(a.id, person: "王芳")
        // Neither enterprise nor person; an enterprise not in the registry; a bad mobile.
        let none = refused("", "13800138009", "")
        #expect(none?.error(for: "person") != nil)
        let bad = refused("赵六", "12345", "91110101MA0000000X")
        #expect(bad?.error(for: "phone") != nil && bad?.error(for: "enterprise") != nil)
    }

    @Test func noRegistrationForCancelledOrPastEventsCheckInFromTheEventsDay() throws {
        let store = try JournalStore.fresh(in: dir)
        let a = try store.event(EventData.input(capacity: "1"))
        let first = try store.registration(a.id, person: "甲", phone: "13900000001")
        let waiting = try store.registration(a.id, person: "乙", phone: "13900000002")
        let past = #expect(throws: CommandRejected.self) {
            try store.perform(RegisterForActivity(activity: a.id, person: "丙"), today: eventDay.adding(days: 1))
        }
        #expect(past?.error(for: "activity")?.en == "the event is over (2025-07-01 14:00–16:00)")
        // On the day itself registration still opens.
        try store.perform(RegisterForActivity(activity: a.id, person: "丁"), today: eventDay)

        let early = #expect(throws: CommandRejected.self) {
            try store.perform(UpdateRegistration(registration: first.id, change: .attended), today: TestData.today)
        }
        #expect(early?.error(for: "registration")?.en == "check-in opens on the event's day (2025-07-01)")
        let noPlace = #expect(throws: CommandRejected.self) {
            try store.perform(UpdateRegistration(registration: waiting.id, change: .attended), today: eventDay)
        }
        #expect(noPlace?.error(for: "registration")?.en == "still on the waiting list: no place")
        try store.perform(UpdateRegistration(registration: first.id, change: .attended), today: eventDay)
        #expect(throws: CommandRejected.self) {
            try store.perform(UpdateRegistration(registration: first.id, change: .attended), today: eventDay)
        }
        #expect(throws: CommandRejected.self) {
            try store.perform(UpdateRegistration(registration: first.id, change: .cancelled), today: eventDay)
        }
        // Held: attendance still recorded afterwards; no more cancellations.
        try store.perform(SetActivityStatus(activity: a.id, status: .held, note: ""), today: eventDay)
        let late = #expect(throws: CommandRejected.self) {
            try store.perform(UpdateRegistration(registration: waiting.id, change: .cancelled), today: eventDay)
        }
        #expect(late?.error(for: "activity") != nil)
        let s = EventSummary(store.state.activities[a.id]!, state: store.state, today: eventDay)
        #expect(s.confirmed == 1 && s.attended == 1 && s.waiting == 2 && s.attendanceRate == 1.0)
    }

    @Test func replayRefusesRegistrationLinesTheConsoleWouldNotWrite() throws {
        let store = try JournalStore.fresh(in: dir)
        let a = try store.event(EventData.input(capacity: "1"))
        let first = try store.registration(a.id, person: "甲", phone: "13900000001")
        let second = try store.registration(a.id, person: "乙", phone: "13900000002")
        let third = try store.registration(a.id, person: "丙", phone: "13900000003")
        let s = store.state
        // A place beyond the capacity, a waiting flag with a place free, a duplicate, an unknown event.
        let over = Registration(id: s.nextId("reg"), activity: a.id, enterprise: nil, person: "丁", phone: nil)
        #expect(s.refusal(EventKind.registrationAdded, over.id, .record(over)) == "takes a place when none is free")
        var dup = over
        dup.phone = "13900000001"
        dup.waitlisted = true
        #expect(s.refusal(EventKind.registrationAdded, over.id, .record(dup))?.hasPrefix("this mobile number is already registered") == true)
        // The same mobile written another way is not a second number: replay takes only the command's normal form.
        dup.phone = "+86 139-0000-0001"
        #expect(s.refusal(EventKind.registrationAdded, over.id, .record(dup)) == "phone “+86 139-0000-0001” is not a mobile number in its normal form")
        var lost = over
        lost.activity = "act-404"
        #expect(s.refusal(EventKind.registrationAdded, over.id, .record(lost)) == "no event act-404")
        // Moving the second in line up before the first, or with no place free.
        #expect(s.refusal(EventKind.registrationPromoted, second.id, .object(["activity": .string(a.id)])) == "no place is free")
        let freed = try s.applying(EventKind.registrationUpdated, first.id, .changes(["cancelled": .bool(true)]))
        #expect(freed.refusal(EventKind.registrationPromoted, third.id, .object(["activity": .string(a.id)])) == "the waiting list moves up in order")
        #expect(freed.refusal(EventKind.registrationPromoted, second.id, .object(["activity": .string(a.id)])) == nil)
        // A newcomer queues behind those waiting even while a place is free.
        var later = over
        later.id = freed.nextId("reg")
        #expect(freed.refusal(EventKind.registrationAdded, later.id, .record(later)) == "takes a place when none is free")
        var queued = later
        queued.waitlisted = true
        #expect(freed.refusal(EventKind.registrationAdded, queued.id, .record(queued)) == nil)
        // Updates: one change at a time, only attending or cancelling; nothing on the waiting list attends.
        #expect(s.refusal(EventKind.registrationUpdated, first.id, .changes(["attended": .bool(true), "cancelled": .bool(true)])) != nil)
        #expect(s.refusal(EventKind.registrationUpdated, first.id, .changes(["person": .string("某人")])) != nil)
        #expect(s.refusal(EventKind.registrationUpdated, second.id, .changes(["attended": .bool(true)])) == "still on the waiting list: no place")
    }

    @Test func olderJournalsRegistrationsDecode() throws {
        let old: JSONValue = .object(["id": .string("reg-7"), "activity": .string("act-3"), "person": .string("王五"),
                                      "phone": .string("13700137000"), "attended": .bool(false), "cancelled": .bool(false)])
        let r = try JSONValueDecoder().decode(Registration.self, from: old)
        #expect(!r.waitlisted && !r.promoted && r.isConfirmed && r.order == 7)
    }
}
