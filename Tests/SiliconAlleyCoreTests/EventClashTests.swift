import Foundation
import Testing
@testable import SiliconAlleyCore

/// Two events in the same space at overlapping times are refused, naming the other event and
/// its time; touching intervals are not a clash.
@Suite struct EventClashTests {
    let dir = TempDir("clash")

    private func refusal(_ store: JournalStore, _ input: ActivityInput) -> FieldError? {
        let r = #expect(throws: CommandRejected.self) { try store.perform(CreateActivity(input), today: TestData.today) }
        return r?.error(for: "venue")
    }

    @Test func touchingIsNotAClashOverlappingIs() throws {
        let store = try JournalStore.fresh(in: dir)
        try store.event(EventData.input("元宇宙项目路演", start: "14:00", end: "16:00"))
        // One minute into it, from either side, inside it, or around it: refused, naming it and its time.
        for (s, e) in [("13:00", "14:01"), ("15:59", "17:00"), ("14:30", "15:00"), ("11:00", "19:00")] {
            let err = refusal(store, EventData.input("冲突活动", start: s, end: e))
            #expect(err?.zh == "场地冲突：元宇宙品牌宣传广场已有“元宇宙项目路演”（2025-07-01 14:00–16:00）", "\(s)–\(e)")
            #expect(err?.en == "venue clash: Metaverse Brand Promotion Square already has “元宇宙项目路演” (2025-07-01 14:00–16:00)")
        }
        // Ending when it starts, starting when it ends: both fine.
        try store.event(EventData.input("上午发布会", type: .launch, start: "12:00", end: "14:00"))
        try store.event(EventData.input("傍晚推介会", type: .promotion, start: "16:00", end: "18:00"))
        // Now the slot around all three names the earliest.
        #expect(refusal(store, EventData.input("全天活动", start: "08:00", end: "20:00"))?.zh.contains("上午发布会") == true)
        // Midnight boundaries across days behave the same.
        try store.event(EventData.input("通宵黑客松", type: .contest, date: "2025-07-02", start: "20:00", end: "2025-07-03 08:00",
                                        capacity: "50"))
        try store.event(EventData.input("晨间路演", date: "2025-07-03", start: "08:00", end: "09:00"))
        #expect(refusal(store, EventData.input("夜场发布", type: .launch, date: "2025-07-03", start: "07:00", end: "08:30"))?
            .zh.contains("“通宵黑客松”（2025-07-02 20:00 – 2025-07-03 08:00）") == true)
    }

    @Test func roomsPlacesAndOutsideVenues() throws {
        let store = try JournalStore.fresh(in: dir)
        try store.event(EventData.input("恳谈会", type: .symposium, venue: "歌华大厦", room: "多功能厅"))
        // Another room of the same building at the same time: fine.
        try store.event(EventData.input("研讨会", type: .seminar, venue: "gehua", room: "报告厅", industry: "ai"))
        // The same room under another spelling, or the whole building: refused.
        #expect(refusal(store, EventData.input("x", venue: "Gehua Building", room: " 多功能厅 ")) != nil)
        #expect(refusal(store, EventData.input("y", venue: "歌华大厦")) != nil)
        // The same time elsewhere: fine.
        try store.event(EventData.input("z", venue: "雍和大厦"))
        // Outside venues clash by name, ignoring case and spaces.
        try store.event(EventData.input("推介会", type: .promotion, venue: "National Convention Center"))
        #expect(refusal(store, EventData.input("推介会二", type: .promotion, venue: "national  convention center")) != nil)
    }

    @Test func aCancelledEventFreesItsSlotAndAnEditIsNotItsOwnClash() throws {
        let store = try JournalStore.fresh(in: dir)
        let a = try store.event()
        #expect(refusal(store, EventData.input("另一场")) != nil)
        // Moving itself by half an hour overlaps only itself.
        try store.perform(EditActivity(activity: a.id, input: EventData.input(start: "14:30", end: "16:30"), basedOn: nil),
                          today: TestData.today)
        let b = try store.event(EventData.input("前一场", start: "12:30", end: "14:30"))
        // Moving into the other one is refused the same way.
        let edit = #expect(throws: CommandRejected.self) {
            try store.perform(EditActivity(activity: b.id, input: EventData.input("前一场", start: "13:00", end: "15:00"), basedOn: nil),
                              today: TestData.today)
        }
        #expect(edit?.error(for: "venue")?.zh.contains("人工智能项目路演") == true)
        try store.perform(SetActivityStatus(activity: a.id, status: .cancelled, note: "延期"), today: TestData.today)
        try store.event(EventData.input("改期后的路演", start: "14:30", end: "16:30"))
    }

    @Test func replayRefusesAClashTheConsoleWouldNotWrite() throws {
        let store = try JournalStore.fresh(in: dir)
        let a = try store.event()
        var clash = a
        clash.id = store.state.nextId("act")
        clash.start = EventData.at("2025-07-01 15:00")
        clash.end = EventData.at("2025-07-01 17:00")
        let rule = store.state.refusal(EventKind.activityCreated, clash.id, .record(clash))
        #expect(rule?.hasPrefix("venue clash") == true)
        clash.start = EventData.at("2025-07-01 16:00")
        #expect(store.state.refusal(EventKind.activityCreated, clash.id, .record(clash)) == nil)
        // An edit line moving an event onto another is refused too.
        let b = try store.event(EventData.input("晚场", start: "16:00", end: "17:00"))
        #expect(store.state.refusal(EventKind.activityUpdated, b.id, .changes(["start": .string("2025-07-01T15:30")]))?
            .hasPrefix("venue clash") == true)
    }
}
