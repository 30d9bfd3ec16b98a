/// Folding one journal line into the state, re-checking it with the rules its command
/// used: what the console would never write, replay never accepts. The envelope rules
/// (first line, role, time, entity) are in `+Envelope.swift`; this file holds the journal's
/// own kinds, operators, enterprises and statistics; each other domain has its own file.
extension DomainState {
    public enum ApplyError: LineRuleError, CustomStringConvertible {
        /// The line's data cannot be read as its kind.
        case malformed(seq: Int, kind: String, reason: String)
        /// The line reads, but breaks a rule its command checks (what the console would never
        /// write, replay never accepts): an unknown reference, a duplicate, a date out of order.
        case broken(seq: Int, kind: String, rule: String)
        public var description: String {
            switch self {
            case .malformed(let seq, let kind, let reason): return "line \(seq) (\(kind)): \(reason)"
            case .broken(let seq, let kind, let rule): return "line \(seq) (\(kind)) breaks a rule: \(rule)"
            }
        }
        /// The reason without the line number, as damage reports it beside the line.
        public var reason: String {
            switch self {
            case .malformed(_, let kind, let reason): return "\(kind): \(reason)"
            case .broken(_, let kind, let rule): return "\(kind) breaks a rule: \(rule)"
            }
        }
    }

    /// The error for a line that breaks `rule`.
    func broken(_ line: JournalLine, _ rule: String) -> ApplyError {
        .broken(seq: line.seq, kind: line.kind, rule: rule)
    }

    /// The catalogue replay checks ids against: the plan's, built into the program.
    static var rules: Catalog { .plan }

    /// A written line: every rule, the actor's role and the time included.
    public mutating func apply(_ line: JournalLine) throws {
        try apply(line, planned: false)
    }

    /// `planned`: a line of a batch being planned, not yet written — it has no time yet,
    /// so the time rules wait for the real line; every other rule holds.
    public mutating func apply(_ line: JournalLine, planned: Bool) throws {
        let time = try checkEnvelope(line, planned: planned)
        // Bookkeeping before the data: this shape measured a third faster on replay (the
        // optimizer's doing). A line that fails still advances these; the reader then stops
        // at it as damage, so nothing builds on them.
        lastSeq = line.seq
        lastDigest = line.hashDigest
        lastTime = max(lastTime, time)
        kindCounts[line.kind, default: 0] += 1
        versions[line.entity] = line.seq
        do {
            try applyData(line)
        } catch let e as ApplyError {
            throw e
        } catch {
            throw ApplyError.malformed(seq: line.seq, kind: line.kind, reason: "\(error)")
        }
    }

    private mutating func applyData(_ line: JournalLine) throws {
        let d = line.data
        let id = line.entity
        let dec = JSONValueDecoder()
        switch line.kind {
        case EventKind.journalCreated:
            if id != "journal" { throw broken(line, "the entity must be “journal”") }
            createdBy = line.actor
        case EventKind.journalSnapshotted:
            if id != "journal" { throw broken(line, "the entity must be “journal”") }
            guard d["seq"]?.intValue == Int64(line.seq - 1) else { throw broken(line, "must name the line before it") }
            guard let digest = d["digest"]?.stringValue, ChainHash.isHex64(digest) else { throw broken(line, "no state digest") }
        case EventKind.historyAcknowledged:
            if id != "journal" { throw broken(line, "the entity must be “journal”") }
            guard let n = d["line"]?.intValue, n >= 1 else { throw broken(line, "names no line") }
            historyAcknowledgement = HistoryAcknowledgement(seq: line.seq, time: lastTime, by: line.actor, line: Int(n))

        case EventKind.operatorAssigned:
            memo.forgetRoles()
            let login = try field(d, "login", line)
            if !OperatorRules.isLogin(login) { throw broken(line, "“\(login)” is not a login") }
            if id != "op:\(login)" { throw broken(line, "the entity must be op:\(login)") }
            guard let role = Role(rawValue: try field(d, "role", line)) else { throw broken(line, "unknown role") }
            operators[login] = OperatorRecord(login: login, role: role, assignedBy: line.actor, removed: false)
            if OperatorRules.activeAdmins(self) == 0 { throw broken(line, "leaves the journal without an admin") }
        case EventKind.operatorRemoved:
            memo.forgetRoles()
            let login = try field(d, "login", line)
            if id != "op:\(login)" { throw broken(line, "the entity must be op:\(login)") }
            guard let op = operators[login], !op.removed else { throw broken(line, "no operator “\(login)” to remove") }
            operators[login]?.removed = true
            if OperatorRules.activeAdmins(self) == 0 { throw broken(line, "removes the last admin") }

        case EventKind.enterpriseRegistered:
            try checkNewId(line, prefix: "ent")
            let e = try Enterprise(fast: d) ?? dec.decode(Enterprise.self, from: d)
            if let rule = e.brokenRule(catalog: Self.rules) { throw broken(line, rule) }
            if e.status != .active || !e.qualifications.isEmpty || !e.support.isEmpty || !(e.moves ?? []).isEmpty {
                throw broken(line, "a new enterprise is in the district with no qualifications or support yet")
            }
            if let other = usccIndex.insertNew(e.creditCode, id: id, enterprises) {
                throw broken(line, "USCC \(e.uscc) is already registered (\(other))")
            }
            enterprises[id] = e
        case EventKind.enterpriseUpdated, EventKind.enterpriseMoved, EventKind.enterpriseMovedOut:
            try updateEnterprise(line)
        case EventKind.qualificationGranted:
            // Read in the record's box (`withValue`), copied once to change it (`update`).
            try requireEnterprise(line)
            let q = try QualificationHolding(fast: d) ?? dec.decode(QualificationHolding.self, from: d)
            if let rule = q.brokenRule(catalog: Self.rules) { throw broken(line, rule) }
            if q.revoked != nil { throw broken(line, "a new grant is already revoked") }
            if let today = lineDate(line) {
                if q.granted > today.adding(days: 1) { throw broken(line, "granted \(q.granted), after the line's date \(today)") }
                // The command refuses a second valid holding "today"; a day either side for clocks.
                if enterprises.withValue(id, { $0.holds(q.type, on: today.adding(days: -1)) && $0.holds(q.type, on: today.adding(days: 1)) }) == true {
                    throw broken(line, "already holds a valid \(q.type)")
                }
            }
            enterprises.update(id) { $0.qualifications.append(q) }
        case EventKind.qualificationRevoked:
            try requireEnterprise(line)
            let type = try field(d, "type", line)
            let date = try dec.decode(LocalDate.self, from: d["date"] ?? .null)
            if d["reason"]?.stringValue.isBlank ?? true { throw broken(line, "no reason given") }
            guard let (i, granted) = enterprises.withValue(id, { e in
                e.qualifications.lastIndex(where: { $0.type == type && $0.revoked == nil }).map { ($0, e.qualifications[$0].granted) }
            }) ?? nil else {
                throw broken(line, "holds no unrevoked \(type)")
            }
            // The rule `Enterprise.brokenRule` applies to the record, checked where it is broken.
            if date < granted { throw broken(line, "\(type) is revoked \(date), before its grant \(granted)") }
            let reason = d["reason"]?.stringValue
            enterprises.update(id) {
                $0.qualifications[i].revoked = date
                $0.qualifications[i].revokeReason = reason
            }
        case EventKind.supportGranted:
            try requireEnterprise(line)
            let s = try SupportGrant(fast: d) ?? dec.decode(SupportGrant.self, from: d)
            if let rule = s.brokenRule(catalog: Self.rules) { throw broken(line, rule) }
            if enterprises.withValue(id, { $0.status == .movedOut }) == true { throw broken(line, "the enterprise has moved out") }
            if let t = s.ticket {
                guard let ticket = tickets[t], ticket.enterprise == id else { throw broken(line, "ticket \(t) is not this enterprise's") }
                if enterprises.withValue(id, { $0.support.contains(where: { $0.ticket == t }) }) == true {
                    throw broken(line, "ticket \(t) already recorded its support")
                }
            }
            enterprises.update(id) { $0.support.append(s) }
        case EventKind.statisticRecorded:
            let s = try dec.decode(DistrictStatistic.self, from: d)
            if id != "stat-\(s.date)" { throw broken(line, "the entity must be stat-\(s.date)") }
            if s.srdiCount < 0 || s.highTechCount < 0 || (s.srdiCount == 0 && s.highTechCount == 0) {
                throw broken(line, "district counts must be non-negative and not both 0")
            }
            if let today = lineDate(line), s.date > today.adding(days: 1) { throw broken(line, "statistic dated \(s.date), in the future") }
            if let p = StatisticRules.problems(s, in: self).first { throw broken(line, "\(p.field): \(p.en)") }
            statistics[id] = s

        default:
            // The other domains, each in its own file. The envelope refused unknown kinds.
            if try applyProject(line) { return }
            if try applyUnit(line) { return }
            if try applyHousing(line) { return }
            if try applyActivity(line) { return }
            if try applyTicket(line) { return }
            if try applyCalendar(line) { return }
            if try applyEvaluation(line) { return }
            throw broken(line, "no rule folds this kind into the state")
        }
    }

    /// The enterprise a line is about must exist (checked without copying it out).
    private func requireEnterprise(_ line: JournalLine) throws {
        if enterprises.withValue(line.entity, { _ in true }) == nil { throw broken(line, "no enterprise \(line.entity)") }
    }

    /// The enterprise a line is about; it must exist.
    private func enterprise(_ line: JournalLine) throws -> Enterprise {
        guard let e = enterprises[line.entity] else { throw broken(line, "no enterprise \(line.entity)") }
        return e
    }

    /// enterprise.updated / .moved / .movedOut: only their own members change, and the
    /// record that results satisfies every rule a registration does.
    private mutating func updateEnterprise(_ line: JournalLine) throws {
        let old = try enterprise(line)
        switch line.kind {
        case EventKind.enterpriseMoved:
            let changes = try checkChangedMembers(line, allowed: Enterprise.moveMembers)
            if old.status == .movedOut { throw broken(line, "the enterprise has moved out") }
            if changes["place"]?.stringValue == nil { throw broken(line, "a move names no place") }
        case EventKind.enterpriseMovedOut:
            let changes = try checkChangedMembers(line, allowed: Enterprise.movedOutMembers)
            if old.status == .movedOut { throw broken(line, "already moved out") }
            if changes["status"]?.stringValue != EnterpriseStatus.movedOut.rawValue { throw broken(line, "status must become movedOut") }
            if changes["movedOutReason"]?.stringValue.isBlank ?? true {
                throw broken(line, "no reason given")
            }
        default:
            _ = try checkChangedMembers(line, allowed: Enterprise.editableMembers)
        }
        var new = try patched(old, line.entity, line.data, line)
        if line.kind == EventKind.enterpriseMoved {
            // Dated, so the target counts the enterprise where it was on each day. Moves from
            // before moves were dated take the day of their line.
            let day = try line.data["date"].map { try JSONValueDecoder().decode(LocalDate.self, from: $0) } ?? lineDate(line)
            if let day {
                if let today = lineDate(line), day > today.adding(days: 1) { throw broken(line, "moved \(day), after the line's date \(today)") }
                if let settled = old.settled, day < settled { throw broken(line, "moved \(day), before it settled (\(settled))") }
                if let last = old.moves?.last, day < last.date { throw broken(line, "moved \(day), before its last move (\(last.date))") }
                new.moves = (old.moves ?? []) + [TierMove(date: day, fromPlace: old.place, fromTier: old.tier, toPlace: new.place, toTier: new.tier)]
            }
        }
        if let rule = new.brokenRule(catalog: Self.rules) { throw broken(line, rule) }
        if new.creditCode != old.creditCode {
            if let other = usccIndex.id(of: new.creditCode, in: enterprises) {
                throw broken(line, "USCC \(new.uscc) is already registered (\(other))")
            }
            usccIndex.move(from: old.creditCode, to: new.creditCode, id: line.entity, enterprises)
        }
        enterprises[line.entity] = new
    }

    func field(_ d: JSONValue, _ name: String, _ line: JournalLine) throws -> String {
        guard let s = d[name]?.stringValue else {
            throw ApplyError.malformed(seq: line.seq, kind: line.kind, reason: "missing \(name)")
        }
        return s
    }

    /// Field-level change: `{"changes": {...}}` merged into the record. Removing a value
    /// is written as null.
    func patch<T: Codable>(_ dict: inout [String: T], _ id: String, _ d: JSONValue, _ line: JournalLine) throws {
        dict[id] = try patched(dict[id], id, d, line)
    }

    func patched<T: Codable>(_ current: T?, _ id: String, _ d: JSONValue, _ line: JournalLine) throws -> T {
        guard let record = current else {
            throw broken(line, "no record \(id)")
        }
        guard let changes = d["changes"]?.objectValue else {
            throw ApplyError.malformed(seq: line.seq, kind: line.kind, reason: "missing changes")
        }
        // A record's id is its entity for good: no change may touch it.
        if changes["id"] != nil { throw broken(line, "may not change the record's id") }
        guard case .object(var o) = try JSONValueEncoder().encode(record) else { return record }
        for (k, v) in changes {
            if case .null = v { o[k] = nil } else { o[k] = v }
        }
        return try JSONValueDecoder().decode(T.self, from: .object(o))
    }
}
