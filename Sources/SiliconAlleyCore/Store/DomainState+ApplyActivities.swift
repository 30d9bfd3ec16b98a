import Foundation

/// Events' lines folded into the state (活动: events, registrations, contests, meetings and
/// their action items), each re-checked with the rule its command used (`ActivityRules`,
/// `RegistrationRules`, `ContestRules`). Rules against the day a command ran are checked
/// against the line's Beijing date with a day either side (`lineDate`): nothing done,
/// incubated, held, checked in or decided before its time or in the future. The one left to
/// the command: no registration for an event that is over — the demo registers for past
/// events as of days before them, so its lines' clock dates fall after those events.
/// Returns false for another kind.
extension DomainState {
    mutating func applyActivity(_ line: JournalLine) throws -> Bool {
        switch line.kind {
        case EventKind.activityCreated: try applyActivityCreated(line)
        case EventKind.activityUpdated: try applyActivityUpdated(line)
        case EventKind.registrationAdded: try applyRegistrationAdded(line)
        case EventKind.registrationUpdated: try applyRegistrationUpdated(line)
        case EventKind.registrationPromoted: try applyRegistrationPromoted(line)
        case EventKind.contestEntered: try applyContestEntered(line)
        case EventKind.contestEntryUpdated: try applyLegacyContestResult(line)
        case EventKind.contestScored, EventKind.contestAwarded, EventKind.contestEnterpriseLinked, EventKind.contestIncubated:
            try applyContestResult(line)
        case EventKind.meetingAgendaSet, EventKind.meetingDecisionRecorded: try applyMinutes(line)
        case EventKind.actionItemAdded: try applyActionItemAdded(line)
        case EventKind.actionItemUpdated: try applyActionItemUpdated(line)
        default: return false
        }
        return true
    }

    private func require(_ error: FieldError?, _ line: JournalLine) throws {
        if let error { throw broken(line, error.en) }
    }

    private func text(_ d: JSONValue, _ name: String, _ line: JournalLine) throws -> String {
        let s = try field(d, name, line)
        if s.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { throw broken(line, "\(name) is empty") }
        return s
    }

    // MARK: Events

    private mutating func applyActivityCreated(_ line: JournalLine) throws {
        let id = line.entity
        if activities[id] != nil { throw broken(line, "event \(id) exists already") }
        let a = try JSONValueDecoder().decode(Activity.self, from: line.data)
        if a.id != id { throw broken(line, "the record's id is not the line's entity") }
        try checkNewId(line, prefix: "act")
        if a.status != .scheduled || !a.agenda.isEmpty || !a.decisions.isEmpty {
            throw broken(line, "a new event is scheduled, with no minutes yet")
        }
        if a.title.isEmpty { throw broken(line, "title is empty") }
        // Older journals' events (a date, no end) predate the rules below.
        if line.data["start"] != nil {
            let catalog = Catalog.plan
            try require(ActivityRules.times(a.start, a.end), line)
            try require(ActivityRules.venue(a.venue, catalog: catalog), line)
            try require(ActivityRules.unit(a.organiser, field: "organiser", state: self, catalog: catalog), line)
            try require(ActivityRules.capacity(a.capacity, confirmed: 0), line)
            try require(ActivityRules.industry(a.industry, type: a.type, catalog: catalog), line)
            if let other = ActivityRules.clash(in: self, venue: a.venue, start: a.start, end: a.end) {
                throw broken(line, ActivityRules.clashError(other, catalog: catalog).en)
            }
        } else {
            // What held then too: an organiser named, and a capacity (if any) of at least one.
            if a.organiser.isBlank { throw broken(line, "no organiser") }
            try require(ActivityRules.capacity(a.capacity, confirmed: 0), line)
        }
        activities[id] = a
    }

    /// What an edit may change (`allDay` only away: older journals' whole-day events get times).
    private static let editable: Set<String> = ["title", "start", "end", "allDay", "venue", "organiser", "capacity", "industry",
                                                "registrationOpen"]

    private mutating func applyActivityUpdated(_ line: JournalLine) throws {
        let id = line.entity
        guard let old = activities[id] else { throw broken(line, "no event \(id)") }
        let keys = Set(line.data["changes"]?.objectValue?.keys ?? [])
        let new = try patched(old, id, line.data, line)
        if let k = keys.subtracting(Self.editable).subtracting(["status", "outcome"]).sorted().first {
            throw broken(line, "an event's \(k) does not change")
        }
        let catalog = Catalog.plan
        try require(ActivityRules.changeable(old), line)
        if keys.contains("status") {
            if new.status == .scheduled { throw broken(line, "an event's status changes only to held or cancelled") }
            if new.status == .cancelled && new.outcome == nil { throw broken(line, "a cancellation needs a reason") }
            if !keys.isSubset(of: ["status", "outcome"]) { throw broken(line, "a status change changes nothing else") }
            // The command's rule, with the day either side every "today" rule allows.
            if new.status == .held, let day = lineDate(line), day.adding(days: 1) < old.start.date {
                throw broken(line, "held on \(day), before the event's day (\(old.start.date))")
            }
        } else if keys.contains("outcome") {
            throw broken(line, "the outcome is written with the status")
        }
        if keys.contains("allDay") && new.allDay { throw broken(line, "an event does not become a whole-day one") }
        if !keys.isDisjoint(with: ["start", "end", "allDay"]) { try require(ActivityRules.times(new.start, new.end), line) }
        if !keys.isDisjoint(with: ["start", "end", "venue"]) {
            try require(ActivityRules.venue(new.venue, catalog: catalog), line)
            if let other = ActivityRules.clash(in: self, venue: new.venue, start: new.start, end: new.end, excluding: id) {
                throw broken(line, ActivityRules.clashError(other, catalog: catalog).en)
            }
        }
        if keys.contains("organiser") {
            try require(ActivityRules.unit(new.organiser, field: "organiser", state: self, catalog: catalog), line)
        }
        if keys.contains("capacity") { try require(ActivityRules.capacity(new.capacity, confirmed: confirmedCount(of: id)), line) }
        if keys.contains("industry") { try require(ActivityRules.industry(new.industry, type: new.type, catalog: catalog), line) }
        if keys.contains("title") && new.title.isEmpty { throw broken(line, "title is empty") }
        activities[id] = new
    }

    // MARK: Registrations

    private mutating func applyRegistrationAdded(_ line: JournalLine) throws {
        let id = line.entity
        if registrations[id] != nil { throw broken(line, "registration \(id) exists already") }
        let r = try JSONValueDecoder().decode(Registration.self, from: line.data)
        if r.id != id { throw broken(line, "the record's id is not the line's entity") }
        try checkNewId(line, prefix: "reg")
        guard let a = activities[r.activity] else { throw broken(line, "no event \(r.activity)") }
        try require(ActivityRules.takesRegistrations(a), line)
        if r.enterprise == nil && r.person == nil { throw broken(line, "neither an enterprise nor a person") }
        if let e = r.enterprise, enterprises[e] == nil { throw broken(line, "no enterprise \(e)") }
        // As the command stores it (`Mobile.validate`'s normal form), so the same-mobile check compares like with like.
        if let p = r.phone, !Mobile.isValidNormalized(p) { throw broken(line, "phone “\(p)” is not a mobile number in its normal form") }
        if r.attended || r.cancelled || r.promoted { throw broken(line, "a new registration has not attended, cancelled or moved up") }
        try require(ActivityRules.duplicate(in: self, activity: a.id, enterprise: r.enterprise, person: r.person, phone: r.phone), line)
        if r.waitlisted != ActivityRules.waits(a, state: self) {
            throw broken(line, r.waitlisted ? "waits although a place is free" : "takes a place when none is free")
        }
        registrations[id] = r
        indexRegistration(r)
    }

    private mutating func applyRegistrationUpdated(_ line: JournalLine) throws {
        let id = line.entity
        guard let r = registrations[id] else { throw broken(line, "no registration \(id)") }
        let changes = line.data["changes"]?.objectValue
        let change: UpdateRegistration.Change
        switch (changes?.count, changes?["attended"], changes?["cancelled"]) {
        case (1, .bool(true)?, nil): change = .attended
        case (1, nil, .bool(true)?): change = .cancelled
        default: throw broken(line, "a registration changes by attending or cancelling, one at a time")
        }
        try require(RegistrationRules.change(change, r, of: activities[r.activity]), line)
        if change == .attended, let a = activities[r.activity], let day = lineDate(line), day.adding(days: 1) < a.start.date {
            throw broken(line, "checked in on \(day), before the event's day (\(a.start.date))")
        }
        registrations[id] = try patched(r, id, line.data, line)
    }

    private mutating func applyRegistrationPromoted(_ line: JournalLine) throws {
        let id = line.entity
        guard let r = registrations[id] else { throw broken(line, "no registration \(id)") }
        guard let a = activities[r.activity], line.data["activity"]?.stringValue == a.id else {
            throw broken(line, "not the registration's event")
        }
        try require(ActivityRules.promotion(r, of: a, state: self), line)
        registrations[id]?.waitlisted = false
        registrations[id]?.promoted = true
    }

    // MARK: Contests

    private mutating func applyContestEntered(_ line: JournalLine) throws {
        let id = line.entity
        if contestEntries[id] != nil { throw broken(line, "entry \(id) exists already") }
        let e = try JSONValueDecoder().decode(ContestEntry.self, from: line.data)
        if e.id != id { throw broken(line, "the record's id is not the line's entity") }
        try checkNewId(line, prefix: "entry")
        guard let a = activities[e.activity] else { throw broken(line, "no event \(e.activity)") }
        try require(ActivityRules.contest(a), line)
        if e.team.isEmpty || e.title.isEmpty { throw broken(line, "team and title are required") }
        if let ent = e.enterprise, enterprises[ent] == nil { throw broken(line, "no enterprise \(ent)") }
        if e.award != nil || e.incubated || !e.scores.isEmpty || e.enterpriseRegistered {
            throw broken(line, "a new entry has no results yet")
        }
        try require(ActivityRules.duplicateEntry(in: self, contest: a.id, team: e.team, title: e.title), line)
        contestEntries[id] = e
    }

    /// Older journals' `contest.entryUpdated` (award and incubated, no place).
    private mutating func applyLegacyContestResult(_ line: JournalLine) throws {
        let id = line.entity
        guard let e = contestEntries[id] else { throw broken(line, "no contest entry \(id)") }
        let changes = line.data["changes"]?.objectValue
        let keys = Set(changes?.keys ?? [])
        if !keys.isSubset(of: ["award", "incubated"]) { throw broken(line, "only the award and incubation change this way") }
        // As the commands of the time wrote it: an award given once, on a contest that can take it;
        // incubation only set, and only for an entry with an award.
        if let contest = ContestRules.contest(of: e, state: self) { throw broken(line, contest.en) }
        if keys.contains("award") {
            guard case .string(let award)? = changes?["award"], !award.isBlank else { throw broken(line, "an award is named, never removed") }
            if let a = e.award { throw broken(line, "already awarded: \(a)") }
        }
        let new = try patched(e, id, line.data, line)
        if keys.contains("incubated") {
            guard changes?["incubated"] == .bool(true) else { throw broken(line, "incubation is set, never unset") }
            if new.award == nil { throw broken(line, "only a winning entry is incubated") }
        }
        contestEntries[id] = new
    }

    private mutating func applyContestResult(_ line: JournalLine) throws {
        let id = line.entity
        guard var e = contestEntries[id] else { throw broken(line, "no contest entry \(id)") }
        let d = line.data
        switch line.kind {
        case EventKind.contestScored:
            let s = try JSONValueDecoder().decode(JudgeScore.self, from: d)
            if s.judge.isEmpty { throw broken(line, "judge is empty") }
            if s.score > .maximum || s.score.hundredths < 0 { throw broken(line, "a score is 0 to 100") }
            try require(ContestRules.score(e, judge: s.judge, state: self), line)
            e.scores.append(s)
        case EventKind.contestAwarded:
            let award = try text(d, "award", line)
            try require(ContestRules.award(e, state: self), line)
            e.award = award
        case EventKind.contestEnterpriseLinked:
            let ent = try field(d, "enterprise", line)
            guard case .bool(let registered)? = d["registered"] else { throw broken(line, "registered is missing") }
            try require(ContestRules.link(e, enterprise: ent, registered: registered, state: self), line)
            e.enterprise = ent
            e.enterpriseRegistered = registered
        default:  // contest.incubated
            let place = try field(d, "place", line)
            let date = try JSONValueDecoder().decode(LocalDate.self, from: d["date"] ?? .null)
            try require(ContestRules.incubate(e, place: place, on: date, state: self, catalog: Catalog.plan), line)
            try checkNotAfterLineDate(date, "incubated", line)
            e.incubated = true
            e.incubatedAt = place
            e.incubatedOn = date
        }
        contestEntries[id] = e
    }

    // MARK: Meetings

    private mutating func applyMinutes(_ line: JournalLine) throws {
        let id = line.entity
        guard let a = activities[id] else { throw broken(line, "no meeting \(id)") }
        try require(ActivityRules.minutes(a), line)
        if line.kind == EventKind.meetingAgendaSet {
            guard let items = line.data["items"]?.arrayValue?.compactMap(\.stringValue), !items.isEmpty,
                  items.count == line.data["items"]?.arrayValue?.count,
                  items.allSatisfy({ !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }) else {
                throw broken(line, "an agenda is one or more items of text")
            }
            activities[id]?.agenda = items
        } else {
            let decision = try text(line.data, "text", line)
            // The command's rule, with the day either side every "today" rule allows.
            if let day = lineDate(line), day.adding(days: 1) < a.start.date {
                throw broken(line, "a decision recorded on \(day), before the meeting's day (\(a.start.date))")
            }
            activities[id]?.decisions.append(decision)
        }
    }

    private mutating func applyActionItemAdded(_ line: JournalLine) throws {
        let id = line.entity
        if actionItems[id] != nil { throw broken(line, "action item \(id) exists already") }
        let i = try JSONValueDecoder().decode(ActionItem.self, from: line.data)
        if i.id != id { throw broken(line, "the record's id is not the line's entity") }
        try checkNewId(line, prefix: "item")
        guard let a = activities[i.activity] else { throw broken(line, "no meeting \(i.activity)") }
        try require(ActivityRules.minutes(a), line)
        if i.text.isEmpty { throw broken(line, "text is empty") }
        if i.done != nil { throw broken(line, "a new action item is not done yet") }
        try require(ActivityRules.unit(i.unit, field: "unit", state: self, catalog: Catalog.plan), line)
        try require(ActivityRules.due(i.due, meeting: a), line)
        actionItems[id] = i
    }

    private mutating func applyActionItemUpdated(_ line: JournalLine) throws {
        let id = line.entity
        guard let i = actionItems[id] else { throw broken(line, "no action item \(id)") }
        guard let changes = line.data["changes"]?.objectValue, changes.count == 1, let d = changes["done"] else {
            throw broken(line, "an action item changes only by being done")
        }
        if i.done != nil { throw broken(line, "already done") }
        let done = try JSONValueDecoder().decode(LocalDate.self, from: d)
        try require(ActivityRules.done(done, meeting: activities[i.activity]), line)
        try checkNotAfterLineDate(done, "done", line)
        actionItems[id] = try patched(i, id, line.data, line)
    }
}
