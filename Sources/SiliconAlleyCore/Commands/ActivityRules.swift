/// The events' rules that both a command and replay check, in one place so the two cannot
/// drift. Each returns the error a form shows (zh and en, naming the field); replay throws
/// its English text.
public enum ActivityRules {
    /// The longest event: a longer one is a typing mistake in the end date, and would block
    /// its venue for weeks.
    public static let longestDays = 14

    public static func times(_ start: LocalDateTime, _ end: LocalDateTime) -> FieldError? {
        if end <= start {
            return FieldError(field: "end", zh: "结束时间应晚于开始时间（\(start)）", en: "end must be after the start (\(start))")
        }
        if start.minutes(until: end) > longestDays * 1440 {
            return FieldError(field: "end", zh: "活动不能超过 \(longestDays) 天", en: "an event cannot last more than \(longestDays) days")
        }
        return nil
    }

    /// The first event (not cancelled, not `excluding`) in the same space whose time overlaps
    /// [start, end). Touching is not overlapping: one ending at 16:00 leaves the room to one
    /// starting at 16:00.
    public static func clash(in state: DomainState, venue: Venue, start: LocalDateTime, end: LocalDateTime,
                             excluding: String? = nil) -> Activity? {
        let to = max(end, start.adding(minutes: 1))
        return state.activities.values
            .filter { $0.id != excluding && $0.status != .cancelled && $0.venue.sharesSpace(with: venue) && $0.overlaps(start, to) }
            .min { ($0.start, $0.id) < ($1.start, $1.id) }
    }

    public static func clashError(_ other: Activity, catalog: Catalog = .plan) -> FieldError {
        let place = other.venue.name(catalog: catalog)
        return FieldError(field: "venue",
                          zh: "场地冲突：\(place.zh)已有“\(other.title)”（\(other.whenText)）",
                          en: "venue clash: \(place.en) already has “\(other.title)” (\(other.whenText))")
    }

    /// A catalogue place must exist (replay; a form resolves through `Venue.resolve`).
    public static func venue(_ v: Venue, catalog: Catalog) -> FieldError? {
        guard let id = v.placeID, catalog.place(id: id) == nil else { return nil }
        return FieldError(field: "venue", zh: "未知地点“\(id)”", en: "unknown place “\(id)”")
    }

    /// At least one place, and never fewer than the registrations already holding one.
    public static func capacity(_ capacity: Int?, confirmed: Int) -> FieldError? {
        guard let capacity else { return nil }
        if capacity < 1 { return FieldError(field: "capacity", zh: "名额至少为 1", en: "capacity must be at least 1") }
        if capacity < confirmed {
            return FieldError(field: "capacity", zh: "名额不能少于已报名的 \(confirmed) 人", en: "capacity cannot be below the \(confirmed) already registered")
        }
        return nil
    }

    /// Seminars carry one of the eight industries; any tag must be a catalogue industry.
    public static func industry(_ id: String?, type: ActivityType, catalog: Catalog) -> FieldError? {
        guard let id else {
            return type.needsIndustry ? FieldError(field: "industry", zh: "研讨活动须注明产业", en: "a seminar needs an industry") : nil
        }
        if catalog.industry(id: id) == nil { return FieldError(field: "industry", zh: "未知产业“\(id)”", en: "unknown industry “\(id)”") }
        return nil
    }

    /// A unit must resolve (`EventUnit`).
    public static func unit(_ id: String, field: String, state: DomainState, catalog: Catalog) -> FieldError? {
        EventUnit.resolve(id, state: state, catalog: catalog) == nil
            ? FieldError(field: field, zh: "未知单位“\(id)”", en: "unknown unit “\(id)”") : nil
    }

    /// Only a scheduled event changes.
    public static func changeable(_ a: Activity) -> FieldError? {
        a.status == .scheduled ? nil
            : FieldError(field: "activity", zh: "活动\(a.status.zh)，不能再改", en: "the event is \(a.status.en) and can no longer change")
    }

    // MARK: Registrations

    /// Takes registrations: scheduled and not closed by an operator (a past event is the
    /// command's check: replay has no "today").
    public static func takesRegistrations(_ a: Activity) -> FieldError? {
        if a.status != .scheduled {
            return FieldError(field: "activity", zh: "活动\(a.status.zh)，不接受报名", en: "the event is \(a.status.en): no registrations")
        }
        if !a.registrationOpen { return FieldError(field: "activity", zh: "报名已截止", en: "registration is closed") }
        return nil
    }

    /// A new registration waits when every place is taken, or behind those already waiting.
    public static func waits(_ a: Activity, state: DomainState) -> Bool {
        guard let cap = a.capacity else { return false }
        return state.confirmedCount(of: a.id) >= cap || !state.waitingList(of: a.id).isEmpty
    }

    /// Already registered (or waiting) for the event: the same mobile; the same enterprise
    /// for the same person, or where either registration is the enterprise's as a whole (no
    /// person named) — an enterprise may send several people; or, with neither enterprise nor
    /// mobile, the same person's name.
    public static func duplicate(in state: DomainState, activity: String, enterprise: String?, person: String?,
                                 phone: String?) -> FieldError? {
        for r in state.registrations(of: activity) where !r.cancelled {
            if let phone, r.phone == phone {
                return FieldError(field: "phone", zh: "该手机号已报名（\(r.state.zh)）", en: "this mobile number is already registered (\(r.state.en))")
            }
            if let enterprise, r.enterprise == enterprise, person == nil || r.person == nil || r.person == person {
                return FieldError(field: "enterprise", zh: "该企业已报名（\(r.state.zh)）", en: "this enterprise is already registered (\(r.state.en))")
            }
            if enterprise == nil, phone == nil, r.enterprise == nil, r.phone == nil, let person, r.person == person {
                return FieldError(field: "person", zh: "\(person)已报名（\(r.state.zh)）", en: "\(person) is already registered (\(r.state.en))")
            }
        }
        return nil
    }

    /// How many of the waiting list move up now: the free places, or all when there is no limit.
    public static func placesToFill(_ a: Activity, state: DomainState) -> Int {
        let waiting = state.waitingList(of: a.id).count
        guard let cap = a.capacity else { return waiting }
        return max(0, min(waiting, cap - state.confirmedCount(of: a.id)))
    }

    /// Moving `r` up is allowed: it is first in line and a place is free.
    public static func promotion(_ r: Registration, of a: Activity, state: DomainState) -> FieldError? {
        if let e = changeable(a) { return e }
        guard r.waitlisted, !r.cancelled else {
            return FieldError(field: "registration", zh: "不在候补名单上", en: "not on the waiting list")
        }
        if state.waitingList(of: a.id).first?.id != r.id {
            return FieldError(field: "registration", zh: "候补须按报名先后递补", en: "the waiting list moves up in order")
        }
        if let cap = a.capacity, state.confirmedCount(of: a.id) >= cap {
            return FieldError(field: "registration", zh: "没有空出的名额", en: "no place is free")
        }
        return nil
    }

    // MARK: Contests and meetings

    public static func contest(_ a: Activity) -> FieldError? {
        if a.type != .contest { return FieldError(field: "activity", zh: "不是大赛类活动", en: "not a contest") }
        if a.status == .cancelled { return FieldError(field: "activity", zh: "大赛已取消", en: "the contest was cancelled") }
        return nil
    }

    /// The same team with the same project title is entered once per contest.
    public static func duplicateEntry(in state: DomainState, contest: String, team: String, title: String) -> FieldError? {
        let (t, p) = (Venue.key(team), Venue.key(title))
        guard state.contestEntries.values.contains(where: { $0.activity == contest && Venue.key($0.team) == t && Venue.key($0.title) == p })
        else { return nil }
        return FieldError(field: "title", zh: "该团队已以此项目参赛", en: "this team has already entered this project")
    }

    /// Agenda, decisions and action items belong to meetings that were not cancelled.
    public static func minutes(_ a: Activity) -> FieldError? {
        if !a.type.keepsMinutes {
            return FieldError(field: "activity", zh: "只有专班例会和企业恳谈会记录议程与督办事项",
                              en: "only task-force meetings and symposiums keep an agenda and action items")
        }
        if a.status == .cancelled { return FieldError(field: "activity", zh: "会议已取消", en: "the meeting was cancelled") }
        return nil
    }

    /// An action item falls due on or after its meeting's day.
    public static func due(_ due: LocalDate, meeting: Activity) -> FieldError? {
        due < meeting.start.date
            ? FieldError(field: "due", zh: "期限不能早于会议日期（\(meeting.start.date)）", en: "due before the meeting (\(meeting.start.date))") : nil
    }

    /// Done on or after its meeting's day.
    public static func done(_ date: LocalDate, meeting: Activity?) -> FieldError? {
        guard let meeting, date < meeting.start.date else { return nil }
        return FieldError(field: "date", zh: "办结日期不能早于会议日期（\(meeting.start.date)）", en: "done before the meeting (\(meeting.start.date))")
    }
}

extension FieldChecks {
    /// Records a rule's error, if it gave one.
    public mutating func add(rule error: FieldError?) {
        if let error { fail(error.field, zh: error.zh, en: error.en) }
    }
}
