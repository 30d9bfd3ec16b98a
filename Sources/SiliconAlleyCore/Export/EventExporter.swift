import CSV
import Foundation

/// `export events`: the events of a date range as iCalendar (RFC 5545, for calendar
/// programs) or CSV. Mobile numbers inside any text are masked.
public enum EventExporter {
    public enum Format: String, Sendable, CaseIterable { case ics, csv }

    /// Events (cancelled ones too: a calendar must learn of a cancellation) on any day from
    /// `from` through `to`, by start.
    public static func events(_ state: DomainState, from: LocalDate, to: LocalDate) -> [Activity] {
        let a = LocalDateTime(startOf: from), b = LocalDateTime(startOf: to.adding(days: 1))
        return state.activities.values.filter { $0.overlaps(a, b) }.sorted { ($0.start, $0.id) < ($1.start, $1.id) }
    }

    /// A VCALENDAR of the events. Times carry TZID=Asia/Shanghai (with its VTIMEZONE), or are
    /// converted to UTC (`…Z`) with `utc`. The UID is the event's id at `uidDomain`, so a
    /// calendar that imports the file again updates rather than duplicates; DTSTAMP is
    /// `stamp`, SEQUENCE the journal line that last changed the event.
    public static func ics(_ events: [Activity], state: DomainState, stamp: Date = Date(), utc: Bool = false,
                           english: Bool = false, catalog: Catalog = .plan, uidDomain: String = "silicon-alley.dongcheng") -> [UInt8] {
        var out: [UInt8] = []
        func line(_ s: String) { out += ICalendarText.fold(s) }
        func text(_ name: String, _ value: String) { line(name + ":" + ICalendarText.escape(Mobile.maskAll(in: value))) }
        line("BEGIN:VCALENDAR")
        line("VERSION:2.0")
        line("PRODID:-//Dongcheng Silicon Alley//silicon-alley//\(english ? "EN" : "ZH")")
        line("CALSCALE:GREGORIAN")
        line("METHOD:PUBLISH")
        text("X-WR-CALNAME", english ? "Silicon Alley events" : "硅巷活动")
        if !utc {
            line("X-WR-TIMEZONE:Asia/Shanghai")
            // One standard observance, as common calendar programs write it for this zone: China
            // has kept +08:00 without daylight saving since 1991, long before any event here.
            for l in ["BEGIN:VTIMEZONE", "TZID:Asia/Shanghai", "X-LIC-LOCATION:Asia/Shanghai", "BEGIN:STANDARD",
                      "TZOFFSETFROM:+0800", "TZOFFSETTO:+0800", "TZNAME:CST", "DTSTART:19700101T000000",
                      "END:STANDARD", "END:VTIMEZONE"] { line(l) }
        }
        let dtstamp = ICalendarText.stamp(epochSeconds: Int(stamp.timeIntervalSince1970.rounded(.down)))
        let today = LocalDateTime.now(stamp).date
        for a in events {
            let s = EventSummary(a, state: state, today: today, catalog: catalog)
            line("BEGIN:VEVENT")
            line("UID:" + ICalendarText.escape("\(a.id)@\(uidDomain)"))
            line("DTSTAMP:" + dtstamp)
            line("SEQUENCE:\(state.version(of: a.id))")
            if a.allDay {
                line("DTSTART;VALUE=DATE:" + ICalendarText.basic(a.start.date))
                line("DTEND;VALUE=DATE:" + ICalendarText.basic(a.lastDay.adding(days: 1)))
            } else {
                let (from, to) = utc ? (a.start.utc, a.end.utc) : (a.start, a.end)
                let param = utc ? "" : ";TZID=Asia/Shanghai"
                line("DTSTART\(param):" + ICalendarText.dateTime(from, utc: utc))
                // Older journals' events without an end have none (RFC 5545: it ends when it starts).
                if a.end > a.start { line("DTEND\(param):" + ICalendarText.dateTime(to, utc: utc)) }
            }
            text("SUMMARY", a.title)
            text("LOCATION", s.venue.text(english: english))
            text("DESCRIPTION", description(s, english: english))
            text("CATEGORIES", a.type.label.text(english: english))
            line("STATUS:" + (a.status == .cancelled ? "CANCELLED" : "CONFIRMED"))
            line("END:VEVENT")
        }
        line("END:VCALENDAR")
        return out
    }

    /// The event's particulars, one per line.
    static func description(_ s: EventSummary, english: Bool) -> String {
        let a = s.activity
        func label(_ zh: String, _ en: String) -> String { english ? en + ": " : zh + "：" }
        var lines = [label("类型", "Type") + a.type.label.text(english: english),
                     label("主办单位", "Organiser") + s.organiser.text(english: english),
                     label("状态", "Status") + a.status.label.text(english: english) + " · " + s.registration.label.text(english: english),
                     label("报名", "Registered") + s.placesText]
        if let i = s.industry { lines.append(label("产业", "Industry") + i.text(english: english)) }
        if !a.agenda.isEmpty {
            lines.append(label("议程", "Agenda") + a.agenda.enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: " "))
        }
        for d in a.decisions { lines.append(label("决定", "Decision") + d) }
        if let o = a.outcome { lines.append(label(a.status == .cancelled ? "取消原因" : "结果", a.status == .cancelled ? "Cancelled because" : "Outcome") + o) }
        return lines.joined(separator: "\n")
    }

    public enum Column: CaseIterable {
        case id, type, title, start, end, venue, organiser, industry, capacity, registered, waiting, attended, attendance,
             status, registration, outcome

        public var header: Phrase {
            switch self {
            case .id: return Phrase("编号", "id")
            case .type: return Phrase("类型", "type")
            case .title: return Phrase("名称", "title")
            case .start: return Phrase("开始", "start")
            case .end: return Phrase("结束", "end")
            case .venue: return Phrase("场地", "venue")
            case .organiser: return Phrase("主办单位", "organiser")
            case .industry: return Phrase("产业", "industry")
            case .capacity: return Phrase("名额", "capacity")
            case .registered: return Phrase("已报名", "registered")
            case .waiting: return Phrase("候补", "waiting")
            case .attended: return Phrase("已签到", "attended")
            case .attendance: return Phrase("出席率", "attendance")
            case .status: return Phrase("状态", "status")
            case .registration: return Phrase("报名状态", "registration")
            case .outcome: return Phrase("结果或取消原因", "outcome or reason")
            }
        }
    }

    /// One row per event; names in Chinese, or English with `english`; attendance as a
    /// percentage once anyone registered.
    public static func csv(_ events: [Activity], state: DomainState, english: Bool = false, bom: Bool = false,
                           today: LocalDate = .today(), catalog: Catalog = .plan) -> [UInt8] {
        let writer = try! CSVWriter(stream: .toMemory())
        try! writer.write(row: Column.allCases.map { $0.header.text(english: english) })
        for a in events {
            let s = EventSummary(a, state: state, today: today, catalog: catalog)
            let row: [String] = Column.allCases.map { c in
                switch c {
                case .id: return a.id
                case .type: return a.type.label.text(english: english)
                case .title: return a.title
                case .start: return a.allDay ? a.start.date.description : a.start.description
                case .end: return a.allDay ? a.lastDay.description : a.end.description
                case .venue: return s.venue.text(english: english)
                case .organiser: return s.organiser.text(english: english)
                case .industry: return s.industry?.text(english: english) ?? ""
                case .capacity: return a.capacity.map(String.init) ?? ""
                case .registered: return String(s.confirmed)
                case .waiting: return String(s.waiting)
                case .attended: return String(s.attended)
                case .attendance: return s.attendanceRate.map { String(Int(($0 * 100).rounded())) + "%" } ?? ""
                case .status: return a.status.label.text(english: english)
                case .registration: return s.registration.label.text(english: english)
                case .outcome: return a.outcome ?? ""
                }
            }
            try! writer.write(row: row.map { Mobile.maskAll(in: $0) })
        }
        writer.stream.close()
        let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()
        return (bom ? [0xEF, 0xBB, 0xBF] : []) + [UInt8](data)
    }
}
