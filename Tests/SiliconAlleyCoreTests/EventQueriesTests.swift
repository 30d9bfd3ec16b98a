import Foundation
import Testing
@testable import SiliconAlleyCore

/// What the events pane draws: the upcoming list, the week grid, the month overview, past
/// events with attendance.
@Suite struct EventQueriesTests {
    let dir = TempDir("evq")

    @Test func theWeekPlacesEventsInTheirHourRowsSideBySideWhenTheyOverlap() throws {
        let store = try JournalStore.fresh(in: dir)
        let show = try store.event(EventData.input(capacity: "50"))                             // Tue 14:00–16:00, plaza
        let talk = try store.event(EventData.input("人工智能研讨会", type: .seminar, start: "15:00", end: "17:00",
                                                   venue: "歌华大厦", industry: "ai"))           // Tue 15:00–17:00, elsewhere
        let later = try store.event(EventData.input("晚间路演", start: "18:00", end: "19:00"))  // Tue, after both
        let early = try store.event(EventData.input("早场发布会", type: .launch, date: "2025-07-03", start: "07:00", end: "08:30"))
        let off = try store.event(EventData.input("取消的推介", type: .promotion, date: "2025-07-04"))
        try store.perform(SetActivityStatus(activity: off.id, status: .cancelled, note: "延期"), today: TestData.today)
        try store.registration(show.id, person: "张伟")

        let week = EventWeek(store.state, containing: LocalDate("2025-07-02")!, today: TestData.today)
        #expect(week.monday == LocalDate("2025-06-30")! && week.sunday == LocalDate("2025-07-06")!)
        #expect(week.previousWeek == LocalDate("2025-06-23")! && week.nextWeek == LocalDate("2025-07-07")!)
        // 07:00 widens the default 08–21 rows.
        #expect(week.hours == 7..<22)
        #expect(week.days.allSatisfy { !$0.isToday })
        let tue = week.days[1]
        #expect(tue.slots.map(\.event.id) == [show.id, talk.id, later.id])
        #expect(tue.slots.map(\.firstHour) == [14, 15, 18] && tue.slots.map(\.lastHour) == [15, 16, 18])
        // The two overlapping ones share the column; the later one has it to itself.
        #expect(tue.slots.map(\.lane) == [0, 1, 0] && tue.slots.map(\.lanes) == [2, 2, 1])
        #expect(week.slots(day: 1, hour: 15).map(\.event.id) == [show.id, talk.id])
        #expect(week.slots(day: 1, hour: 16).map(\.event.id) == [talk.id])
        #expect(week.slots(day: 1, hour: 17).isEmpty)
        #expect(week.slots(day: 3, hour: 7).map(\.event.id) == [early.id] && week.slots(day: 3, hour: 8).map(\.event.id) == [early.id])
        #expect(tue.slots[0].startsIn(hour: 14, visible: week.hours) && !tue.slots[0].startsIn(hour: 15, visible: week.hours))
        #expect(tue.slots[0].event.placesText == "1/50")
        // Cancelled events stay off the grid unless asked for.
        #expect(!week.events.map(\.id).contains(off.id))
        #expect(EventWeek(store.state, containing: LocalDate("2025-07-02")!, today: TestData.today, includeCancelled: true)
            .events.map(\.id).contains(off.id))
        // This week: today is marked.
        let now = EventWeek(store.state, containing: TestData.today, today: TestData.today)
        #expect(now.days.map(\.isToday) == [false, true, false, false, false, false, false])
    }

    @Test func anEventOverMidnightIsOnBothDaysAndAWholeDayEventAboveTheHours() throws {
        let store = try JournalStore.fresh(in: dir)
        let night = try store.event(EventData.input("通宵黑客松", type: .contest, date: "2025-07-05", start: "20:00",
                                                    end: "2025-07-06 02:00"))
        let oldId = store.state.nextId("act")
        let old: JSONValue = .object(["id": .string(oldId), "title": .string("老日志的活动"), "type": .string("promotion"),
                                      "date": .string("2025-07-02"), "venue": .string("硅巷驿站"), "organiser": .string("专班办公室"),
                                      "status": .string("scheduled")])
        let state = try store.state.applying(EventKind.activityCreated, oldId, old)
        let week = EventWeek(state, containing: LocalDate("2025-07-05")!, today: TestData.today)
        #expect(week.hours == 0..<24)
        let sat = week.days[5].slots, sun = week.days[6].slots
        #expect(sat.count == 1 && sat[0].firstHour == 20 && sat[0].lastHour == 23 && sat[0].continuesNextDay)
        #expect(sun.count == 1 && sun[0].firstHour == 0 && sun[0].lastHour == 1 && sun[0].continuesFromPreviousDay)
        #expect(week.days[2].allDay.map(\.id) == [oldId] && week.days[2].slots.isEmpty)
        #expect(week.events.map(\.id) == [oldId, night.id])
    }

    @Test func theMonthIsWeeksOfDaysWithTheirEvents() throws {
        let store = try JournalStore.fresh(in: dir)
        let a = try store.event(EventData.input(date: "2025-06-12"))
        let b = try store.event(EventData.input("两天的大赛", type: .contest, date: "2025-06-20", start: "09:00", end: "2025-06-21 17:00",
                                                venue: "硅巷孵化器"))
        try store.event(EventData.input("下月活动", date: "2025-07-03"))
        let month = EventMonth(store.state, containing: LocalDate("2025-06-18")!, today: TestData.today)
        #expect(month.year == 2025 && month.month == 6)
        // 1 June 2025 is a Sunday and the 30th a Monday: six rows, Monday first.
        #expect(month.weeks.count == 6 && month.weeks.allSatisfy { $0.count == 7 })
        #expect(month.weeks[0][0].date == LocalDate("2025-05-26")! && !month.weeks[0][0].inMonth)
        #expect(month.weeks[5][6].date == LocalDate("2025-07-06")!)
        let days = Dictionary(uniqueKeysWithValues: month.weeks.joined().map { ($0.date.description, $0) })
        #expect(days["2025-06-12"]?.events.map(\.id) == [a.id])
        #expect(days["2025-06-20"]?.events.map(\.id) == [b.id] && days["2025-06-21"]?.events.map(\.id) == [b.id])
        #expect(days["2025-06-10"]?.isToday == true)
        if case .holiday(let name)? = days["2025-06-02"]?.kind { #expect(name == "端午节") } else { Issue.record("端午节") }
        // July 3 shows in the last row but does not count for June.
        #expect(days["2025-07-03"]?.events.count == 1 && month.eventCount == 2)
        #expect(month.nextMonth == LocalDate("2025-07-01")! && month.previousMonth == LocalDate("2025-05-01")!)
    }

    @Test func upcomingSoonestFirstPastMostRecentFirstWithAttendance() throws {
        let store = try JournalStore.fresh(in: dir)
        let june3 = LocalDate("2025-06-03")!
        let past = try store.event(EventData.input("上周路演", date: "2025-06-05", capacity: "10"), today: june3)
        let regs = try store.people(4, for: past.id, today: june3)
        let day = LocalDate("2025-06-05")!
        for r in regs.prefix(3) { try store.perform(UpdateRegistration(registration: r.id, change: .attended), today: day) }
        try store.perform(SetActivityStatus(activity: past.id, status: .held, note: "到场 3 人"), today: day)
        let older = try store.event(EventData.input("更早的研讨", type: .seminar, date: "2025-06-04", industry: "ai"), today: june3)
        try store.people(2, for: older.id, today: june3)
        let today = try store.event(EventData.input("今天的会", type: .meeting, date: "2025-06-10", start: "09:00", end: "11:00"))
        let soon = try store.event(EventData.input("下周发布会", type: .launch, date: "2025-06-17"))
        let off = try store.event(EventData.input("取消的", type: .promotion, date: "2025-06-12"))
        try store.perform(SetActivityStatus(activity: off.id, status: .cancelled, note: "延期"), today: TestData.today)

        let now = EventData.at("2025-06-10 10:00")
        #expect(UpcomingEvents.list(store.state, now: now).map(\.id) == [today.id, soon.id])
        #expect(UpcomingEvents.list(store.state, now: now, includeCancelled: true).map(\.id) == [today.id, off.id, soon.id])
        #expect(UpcomingEvents.list(store.state, now: now, limit: 1).map(\.id) == [today.id])
        #expect(UpcomingEvents.list(store.state, now: EventData.at("2025-06-10 11:00")).map(\.id) == [soon.id])

        let p = PastEvents(store.state, now: now)
        #expect(p.events.map(\.id) == [past.id, older.id])
        #expect(p.events[0].attendanceRate == 0.75 && p.events[1].attendanceRate == 0)
        #expect(p.registered == 6 && p.attended == 3 && p.attendanceRate == 0.5)
        #expect(PastEvents(store.state, now: now, from: LocalDate("2025-06-05")).events.map(\.id) == [past.id])
        // An upcoming event has no attendance rate yet.
        #expect(EventSummary(store.state.activities[soon.id]!, state: store.state, today: TestData.today).attendanceRate == nil)
        #expect(p.events[0].matches("上周") && p.events[0].matches("plaza") == false && p.events[0].matches("Metaverse"))
        // The title's pinyin initials (更早的研讨).
        #expect(p.events[1].matches("gzdyt") && !p.events[1].matches("gxyt"))
    }
}
