/// The journal's shape of an event. Older journals wrote one `date` with an optional `time`
/// ("HH:MM") and a free-text `venue`: such an event starts then and its end is unknown (it
/// ends when it starts), or without a time it takes the whole day; the venue is read as a
/// catalogue place where it names one. Defaults are left out when writing, so lines stay short.
extension Activity: Codable {
    private enum Keys: String, CodingKey {
        case id, title, type, start, end, allDay, venue, organiser, capacity, status, registrationOpen, industry, outcome,
             agenda, decisions
        case date, time
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        id = try c.decode(String.self, forKey: .id)
        title = try c.decode(String.self, forKey: .title)
        type = try c.decode(ActivityType.self, forKey: .type)
        if c.contains(.start) {
            start = try c.decode(LocalDateTime.self, forKey: .start)
            end = try c.decode(LocalDateTime.self, forKey: .end)
            allDay = try c.decodeIfPresent(Bool.self, forKey: .allDay) ?? false
        } else {
            let date = try c.decode(LocalDate.self, forKey: .date)
            if let time = try c.decodeIfPresent(String.self, forKey: .time) {
                guard let (h, m) = LocalDateTime.clock(time), let at = LocalDateTime(date: date, hour: h, minute: m) else {
                    throw DecodingError.dataCorruptedError(forKey: .time, in: c, debugDescription: "expected HH:MM, got \(time)")
                }
                start = at
                end = at
                allDay = false
            } else {
                start = LocalDateTime(startOf: date)
                end = LocalDateTime(startOf: date.adding(days: 1))
                allDay = true
            }
        }
        venue = try c.decode(Venue.self, forKey: .venue)
        organiser = try c.decode(String.self, forKey: .organiser)
        capacity = try c.decodeIfPresent(Int.self, forKey: .capacity)
        status = try c.decode(ActivityStatus.self, forKey: .status)
        registrationOpen = try c.decodeIfPresent(Bool.self, forKey: .registrationOpen) ?? true
        industry = try c.decodeIfPresent(String.self, forKey: .industry)
        outcome = try c.decodeIfPresent(String.self, forKey: .outcome)
        agenda = try c.decodeIfPresent([String].self, forKey: .agenda) ?? []
        decisions = try c.decodeIfPresent([String].self, forKey: .decisions) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(type, forKey: .type)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        if allDay { try c.encode(true, forKey: .allDay) }
        try c.encode(venue, forKey: .venue)
        try c.encode(organiser, forKey: .organiser)
        try c.encodeIfPresent(capacity, forKey: .capacity)
        try c.encode(status, forKey: .status)
        if !registrationOpen { try c.encode(false, forKey: .registrationOpen) }
        try c.encodeIfPresent(industry, forKey: .industry)
        try c.encodeIfPresent(outcome, forKey: .outcome)
        if !agenda.isEmpty { try c.encode(agenda, forKey: .agenda) }
        if !decisions.isEmpty { try c.encode(decisions, forKey: .decisions) }
    }
}
