/// 参赛登记: a team's project in a contest, with its enterprise if it has one.
public struct EnterContest: Command {
    public var activity, team, title, enterprise: String
    public var requiredRole: Role { .operator }

    public init(activity: String, team: String, title: String, enterprise: String = "") {
        self.activity = activity
        self.team = team
        self.title = title
        self.enterprise = enterprise
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let a = checks.reference(activity, in: p.state.activities, field: "activity", zh: "活动", en: "event")
        if let a { checks.add(rule: ActivityRules.contest(a)) }
        let tm = checks.required(team, field: "team", maxLength: 100)
        let tt = checks.required(title, field: "title", maxLength: 100)
        let ent = enterprise.trimmingCharacters(in: .whitespaces).isEmpty ? nil
            : checks.enterprise(enterprise, in: p.state, field: "enterprise")?.id
        if let a, let tm, let tt { checks.add(rule: ActivityRules.duplicateEntry(in: p.state, contest: a.id, team: tm, title: tt)) }
        try checks.finish()
        let id = p.newId("entry")
        p.emit(EventKind.contestEntered, id, record: ContestEntry(id: id, activity: a!.id, team: tm!, title: tt!, enterprise: ent))
    }
}

/// 评分: one judge's score (0–100) for an entry; each judge scores an entry once.
public struct ScoreContestEntry: Command {
    public var entry, judge, score: String
    public var requiredRole: Role { .operator }

    public init(entry: String, judge: String, score: String) {
        self.entry = entry
        self.judge = judge
        self.score = score
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let e = checks.reference(entry, in: p.state.contestEntries, field: "entry", zh: "参赛项目", en: "contest entry")
        let j = checks.required(judge, field: "judge", maxLength: 50)
        let s = checks.check { () throws(FieldError) -> ContestScore in try ContestScore.parse(score) }
        if let e, let j { checks.add(rule: ContestRules.score(e, judge: j, state: p.state)) }
        try checks.finish()
        p.emit(EventKind.contestScored, e!.id, record: JudgeScore(judge: j!, score: s!))
    }
}

/// 获奖: an award (一等奖, 优秀奖 …) for an entry; an entry wins once.
public struct AwardContestEntry: Command {
    public var entry, award: String
    public var requiredRole: Role { .operator }

    public init(entry: String, award: String) {
        self.entry = entry
        self.award = award
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let e = checks.reference(entry, in: p.state.contestEntries, field: "entry", zh: "参赛项目", en: "contest entry")
        let aw = checks.required(award, field: "award", maxLength: 50)
        if let e { checks.add(rule: ContestRules.award(e, state: p.state)) }
        try checks.finish()
        p.emit(EventKind.contestAwarded, e!.id, .object(["award": .string(aw!)]))
    }
}

/// 关联企业: a winning entry's enterprise in the registry. `registered` says the enterprise
/// was registered out of the contest (see `ContestWinner.registerAndLink`), which must then
/// have happened after the entry.
public struct LinkContestEntry: Command {
    public var entry, enterprise: String
    public var registered: Bool
    public var requiredRole: Role { .operator }

    public init(entry: String, enterprise: String, registered: Bool = false) {
        self.entry = entry
        self.enterprise = enterprise
        self.registered = registered
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let e = checks.reference(entry, in: p.state.contestEntries, field: "entry", zh: "参赛项目", en: "contest entry")
        let ent = checks.enterprise(enterprise, in: p.state, field: "enterprise")
        if let e, let ent { checks.add(rule: ContestRules.link(e, enterprise: ent.id, registered: registered, state: p.state)) }
        try checks.finish()
        p.emit(EventKind.contestEnterpriseLinked, e!.id, .object(["enterprise": .string(ent!.id), "registered": .bool(registered)]))
    }
}

/// 就地孵化: a winning entry incubated at one of the plan's places from a date.
public struct IncubateContestEntry: Command {
    public var entry, place, date: String
    public var requiredRole: Role { .operator }

    public init(entry: String, place: String, date: String) {
        self.entry = entry
        self.place = place
        self.date = date
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let e = checks.reference(entry, in: p.state.contestEntries, field: "entry", zh: "参赛项目", en: "contest entry")
        var pl: Place?
        if place.trimmingCharacters(in: .whitespaces).isEmpty { checks.fail("place", zh: "必填", en: "required") }
        else { pl = checks.place(place, in: p.catalog) }
        let d = checks.date(date, field: "date", required: true)
        if let d, d > p.today { checks.fail("date", zh: "孵化日期不能晚于今天", en: "the incubation date cannot be in the future") }
        if let e, let pl, let d { checks.add(rule: ContestRules.incubate(e, place: pl.id, on: d, state: p.state, catalog: p.catalog)) }
        try checks.finish()
        p.emit(EventKind.contestIncubated, e!.id, .object(["place": .string(pl!.id), "date": .string(d!.description)]))
    }
}

/// A winner registered as a new enterprise and linked to its entry, as one batch (all or
/// nothing): the registry's own `RegisterEnterprise`, then the link by the new USCC.
public enum ContestWinner {
    public static func registerAndLink(entry: String, enterprise input: EnterpriseInput) -> [any Command] {
        [RegisterEnterprise(input), LinkContestEntry(entry: entry, enterprise: input.uscc, registered: true)]
    }
}

/// What scoring, awarding, linking and incubating need, for the commands and replay alike.
enum ContestRules {
    static func contest(of e: ContestEntry, state: DomainState) -> FieldError? {
        guard let a = state.activities[e.activity] else {
            return FieldError(field: "entry", zh: "找不到大赛“\(e.activity)”", en: "no such contest “\(e.activity)”")
        }
        return ActivityRules.contest(a)
    }

    static func score(_ e: ContestEntry, judge: String, state: DomainState) -> FieldError? {
        if let err = contest(of: e, state: state) { return err }
        if e.scores.contains(where: { Venue.key($0.judge) == Venue.key(judge) }) {
            return FieldError(field: "judge", zh: "\(judge)已为该项目评分", en: "\(judge) has already scored this entry")
        }
        return nil
    }

    static func award(_ e: ContestEntry, state: DomainState) -> FieldError? {
        if let err = contest(of: e, state: state) { return err }
        if let a = e.award { return FieldError(field: "entry", zh: "已获奖：\(a)", en: "already awarded: \(a)") }
        return nil
    }

    static func link(_ e: ContestEntry, enterprise: String, registered: Bool, state: DomainState) -> FieldError? {
        if let err = contest(of: e, state: state) { return err }
        if e.award == nil { return FieldError(field: "entry", zh: "只有获奖项目关联企业", en: "only a winning entry is linked to an enterprise") }
        if let other = e.enterprise {
            let name = state.enterprises[other]?.name ?? other
            return FieldError(field: "entry", zh: "已关联企业：\(name)", en: "already linked to \(name)")
        }
        if state.enterprises[enterprise] == nil {
            return FieldError(field: "enterprise", zh: "找不到企业“\(enterprise)”", en: "no such enterprise “\(enterprise)”")
        }
        if registered, (RecordID.sequence(of: enterprise) ?? 0) <= (RecordID.sequence(of: e.id) ?? Int.max) {
            return FieldError(field: "enterprise", zh: "该企业在参赛之前已登记，不是由大赛新登记的",
                              en: "this enterprise was registered before the entry, not out of the contest")
        }
        return nil
    }

    static func incubate(_ e: ContestEntry, place: String, on date: LocalDate, state: DomainState, catalog: Catalog) -> FieldError? {
        if let err = contest(of: e, state: state) { return err }
        if e.award == nil { return FieldError(field: "entry", zh: "只有获奖项目就地孵化", en: "only a winning entry is incubated") }
        if e.incubated { return FieldError(field: "entry", zh: "已在孵化", en: "already incubated") }
        if catalog.place(id: place) == nil { return FieldError(field: "place", zh: "未知地点“\(place)”", en: "unknown place “\(place)”") }
        if let a = state.activities[e.activity], date < a.start.date {
            return FieldError(field: "date", zh: "孵化日期不能早于大赛（\(a.start.date)）", en: "incubated before the contest (\(a.start.date))")
        }
        return nil
    }
}
