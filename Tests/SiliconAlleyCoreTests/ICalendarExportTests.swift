import Foundation
import Testing
@testable import SiliconAlleyCore

/// iCalendar per RFC 5545: CRLF, lines folded at 75 octets without splitting a character,
/// TEXT escaping, TZID or UTC times, a stable UID, DTSTAMP; mobiles masked; and the CSV.
@Suite struct ICalendarExportTests {
    let dir = TempDir("ics")
    let stamp = Date(timeIntervalSince1970: 1_749_544_205)  // 2025-06-10T08:30:05Z

    /// Physical lines (split at CRLF, which must be the only line end).
    private func physicalLines(_ bytes: [UInt8]) -> [[UInt8]] {
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A {
                lines.append(current)
                current = []
                i += 2
                continue
            }
            current.append(bytes[i])
            i += 1
        }
        #expect(current.isEmpty, "the file ends with CRLF")
        return lines
    }

    /// Logical lines: a line starting with a space continues the one before (RFC 5545 §3.1).
    private func unfolded(_ bytes: [UInt8]) -> [String] {
        var out: [[UInt8]] = []
        for l in physicalLines(bytes) {
            if l.first == 0x20, !out.isEmpty { out[out.count - 1] += l.dropFirst() } else { out.append(l) }
        }
        return out.map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func foldsAtSeventyFiveOctetsWithoutSplittingACharacter() {
        let text = String(repeating: "硅巷建设专班例会，研究解决重要事项；", count: 12) + "完"
        for prefix in ["DESCRIPTION:", "DESCRIPTION:x", "DESCRIPTION:xy"] {  // every alignment of the 3-byte characters
            let line = prefix + ICalendarText.escape(text)
            let bytes = ICalendarText.fold(line)
            let physical = physicalLines(bytes)
            #expect(physical.count > 5)
            for (i, l) in physical.enumerated() {
                #expect(l.count <= 75, "line \(i) has \(l.count) octets")
                #expect(String(validating: l, as: UTF8.self) != nil, "line \(i) splits a character")
                if i > 0 { #expect(l.first == 0x20) }
            }
            // Lines are filled: a fold happens only where the next character would not fit.
            for l in physical.dropLast() { #expect(l.count >= 73) }
            #expect(unfolded(bytes) == [line])
        }
        #expect(ICalendarText.fold("SUMMARY:短") == Array("SUMMARY:短\r\n".utf8))
    }

    @Test func escapesTextValues() {
        #expect(ICalendarText.escape(#"a,b;c\d"#) == #"a\,b\;c\\d"#)
        #expect(ICalendarText.escape("一行\r\n二行\n三行\r四行") == #"一行\n二行\n三行\n四行"#)
        #expect(ICalendarText.escape("响\u{07}铃") == "响 铃")
        #expect(ICalendarText.escape("中文，全角逗号；全角分号") == "中文，全角逗号；全角分号")
    }

    @Test func aLongChineseDescriptionExportsFoldedAndEscaped() throws {
        let store = try JournalStore.fresh(in: dir)
        let m = try store.event(EventData.input("硅巷建设专班例会, 第3次; 联系 13812345678", type: .meeting, date: "2025-06-03",
                                                start: "09:30", end: "11:00", venue: "硅巷驿站", room: "专班会议室"))
        let agenda = ["通报上周督办事项进展情况，并研究下一步工作安排；同时听取各成员单位关于硅巷展示区空间改造的意见\\建议",
                      "研究城市更新审批绿色通道（联系人：王老师 13900001111）"]
        try store.perform(SetMeetingAgenda(activity: m.id, items: agenda), today: TestData.today)
        try store.perform(RecordMeetingDecision(activity: m.id, text: "同意将歌华青龙地块改造纳入绿色通道，由区发改委牵头，市规自委东城分局配合"),
                          today: TestData.today)
        let bytes = EventExporter.ics([store.state.activities[m.id]!], state: store.state, stamp: stamp)
        #expect(!bytes.enumerated().contains { $0.element == 0x0A && ($0.offset == 0 || bytes[$0.offset - 1] != 0x0D) }, "only CRLF")
        for l in physicalLines(bytes) { #expect(l.count <= 75 && String(validating: l, as: UTF8.self) != nil) }
        let lines = unfolded(bytes)
        let desc = try #require(lines.first { $0.hasPrefix("DESCRIPTION:") })
        #expect(desc.contains(#"议程：1. 通报上周督办事项进展情况，并研究下一步工作安排；同时听取各成员单位关于硅巷展示区空间改造的意见\\建议 2. "#))
        #expect(desc.contains(#"\n决定：同意将歌华青龙地块改造纳入绿色通道，由区发改委牵头，市规自委东城分局配合"#))
        #expect(desc.contains("139****1111") && !desc.contains("13900001111"))
        #expect(lines.contains(#"SUMMARY:硅巷建设专班例会\, 第3次\; 联系 138****5678"#))
        #expect(lines.contains("LOCATION:硅巷驿站 专班会议室"))
        #expect(lines.contains("DTSTART;TZID=Asia/Shanghai:20250603T093000"))
        #expect(lines.contains("DTEND;TZID=Asia/Shanghai:20250603T110000"))
        #expect(lines.contains("DTSTAMP:20250610T083005Z"))
        #expect(lines.contains("UID:\(m.id)@silicon-alley.dongcheng"))
        #expect(lines.contains("STATUS:CONFIRMED") && lines.contains("CATEGORIES:专班例会"))
        // Structure: one calendar, the zone it names, one event.
        #expect(lines.first == "BEGIN:VCALENDAR" && lines.last == "END:VCALENDAR")
        #expect(lines.contains("VERSION:2.0") && lines.contains { $0.hasPrefix("PRODID:") })
        #expect(lines.contains("BEGIN:VTIMEZONE") && lines.contains("TZID:Asia/Shanghai") && lines.contains("TZOFFSETTO:+0800"))
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == 1 && lines.filter { $0 == "END:VEVENT" }.count == 1)
    }

    @Test func utcTimesStableUIDsCancelledAndWholeDayEvents() throws {
        let store = try JournalStore.fresh(in: dir)
        let a = try store.event(EventData.input(date: "2025-07-01", start: "07:30", end: "09:00"))
        let b = try store.event(EventData.input("取消的推介", type: .promotion, date: "2025-07-02"))
        try store.perform(SetActivityStatus(activity: b.id, status: .cancelled, note: "延期"), today: TestData.today)
        let oldId = store.state.nextId("act")
        let old: JSONValue = .object(["id": .string(oldId), "title": .string("老日志活动"), "type": .string("launch"),
                                      "date": .string("2025-07-03"), "venue": .string("元宇宙品牌宣传广场"),
                                      "organiser": .string("专班办公室"), "status": .string("scheduled")])
        let state = try store.state.applying(EventKind.activityCreated, oldId, old)
        let events = EventExporter.events(state, from: LocalDate("2025-07-01")!, to: LocalDate("2025-07-03")!)
        #expect(events.map(\.id) == [a.id, b.id, oldId])
        #expect(EventExporter.events(state, from: LocalDate("2025-07-02")!, to: LocalDate("2025-07-02")!).map(\.id) == [b.id])

        let utc = unfolded(EventExporter.ics(events, state: state, stamp: stamp, utc: true))
        // 07:30 in Beijing is 23:30 UTC the day before.
        #expect(utc.contains("DTSTART:20250630T233000Z") && utc.contains("DTEND:20250701T010000Z"))
        #expect(!utc.contains("BEGIN:VTIMEZONE") && !utc.contains { $0.contains("TZID") })
        #expect(utc.contains("STATUS:CANCELLED"))
        #expect(utc.contains("DTSTART;VALUE=DATE:20250703") && utc.contains("DTEND;VALUE=DATE:20250704"))
        // The same events exported later: the same UIDs, a new DTSTAMP.
        let later = unfolded(EventExporter.ics(events, state: state, stamp: stamp.addingTimeInterval(3600)))
        #expect(utc.filter { $0.hasPrefix("UID:") } == later.filter { $0.hasPrefix("UID:") })
        #expect(Set(utc.filter { $0.hasPrefix("UID:") }).count == 3)
        #expect(later.contains("DTSTAMP:20250610T093005Z"))
        let english = unfolded(EventExporter.ics(events, state: state, stamp: stamp, english: true))
        #expect(english.contains("LOCATION:Metaverse Brand Promotion Square") && english.contains("CATEGORIES:roadshow"))
    }

    @Test func csvHasOneRowPerEventWithMaskedMobiles() throws {
        let store = try JournalStore.fresh(in: dir)
        let a = try store.event(EventData.input("路演（咨询 13812345678）", capacity: "10"))
        try store.people(3, for: a.id)
        let text = String(decoding: EventExporter.csv([store.state.activities[a.id]!], state: store.state, today: TestData.today),
                          as: UTF8.self)
        let rows = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        #expect(rows.count == 2)
        #expect(rows[0].hasPrefix("编号,类型,名称,开始,结束,场地,主办单位"))
        #expect(rows[1].contains("路演（咨询 138****5678）") && !rows[1].contains("13812345678"))
        #expect(rows[1].contains("2025-07-01 14:00,2025-07-01 16:00,元宇宙品牌宣传广场,硅巷建设专班办公室,,10,3,0,0,"))
        let english = String(decoding: EventExporter.csv([store.state.activities[a.id]!], state: store.state, english: true, bom: true,
                                                         today: TestData.today), as: UTF8.self)
        #expect(english.hasPrefix("\u{FEFF}id,type,title,start,end,venue,organiser"))
        #expect(Mobile.maskAll(in: "电话13812345678，座机010-64001234，编号913812345678") == "电话138****5678，座机010-64001234，编号913812345678")
    }
}
