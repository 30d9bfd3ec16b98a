/// The rules every line obeys whatever its kind, checked against the state as it stood
/// before the line: the journal's first line, the actor's role, the time, the entity.
/// A domain's own rules live in its `+Apply…` file and throw `broken(line, rule)` the same way.
extension DomainState {
    /// A line's time may fall behind the latest time before it by at most this much
    /// (a clock stepped back by NTP); the writer never writes further back than that.
    public static let clockSlackMilliseconds: Int64 = 60_000

    /// Checks the envelope; returns the line's time in milliseconds (the state's latest
    /// time for a line being planned, which has no time yet).
    mutating func checkEnvelope(_ line: JournalLine, planned: Bool) throws -> Int64 {
        // Exactly one journal.created, and it is line 1.
        let isBirth = line.kind == EventKind.journalCreated
        if isBirth != (line.seq == 1) {
            throw broken(line, isBirth ? "journal.created may only be line 1" : "line 1 must be journal.created")
        }
        if line.entity.isEmpty { throw broken(line, "the entity is empty") }
        guard case .object(let data) = line.data else { throw broken(line, "data is not an object") }
        let kind = memo.kind(line.kind)
        // Where the line carries a whole record, the record is the entity.
        if kind.wholeRecord {
            guard case .string(let s)? = data["id"], s == line.entity else {
                throw broken(line, "entity “\(line.entity)” is not the record's id \(data["id"].map { "\($0)" } ?? "(none)")")
            }
        }
        try checkRole(line, needed: kind.role)
        if planned { return lastTime }
        guard let t = line.timeMilliseconds else {
            throw broken(line, "time “\(line.time)” is not a UTC time of the form 2026-01-31T08:00:00.000Z")
        }
        if t < lastTime - Self.clockSlackMilliseconds {
            throw broken(line, "time \(line.time) goes back more than a minute (latest before it: \(Timestamp.format(milliseconds: lastTime)))")
        }
        return t
    }

    /// The actor's role at this line must permit its kind (`EventKind.requiredRole`).
    private mutating func checkRole(_ line: JournalLine, needed: Role?) throws {
        guard let needed else {
            if line.kind == EventKind.journalCreated { return }
            throw broken(line, "unknown kind “\(line.kind)”: no command writes it (a newer program's line?)")
        }
        // The journal's creator is its admin until the first role is assigned (the birth batch).
        let role: Role
        if operators.isEmpty && line.actor == createdBy {
            role = .admin
        } else if let known = memo.role(of: line.actor) {
            role = known
        } else {
            role = self.role(of: line.actor)
            memo.remember(line.actor, role)
        }
        if role >= needed || allowedInBatch(line, role: role) { return }
        throw broken(line, "\(line.actor) is \(role.en) here; \(line.kind) needs \(needed.en)")
    }

    /// Kinds a lower role writes only as part of a batch its own command writes — checked
    /// precisely, so the role table need not be loosened for them.
    func allowedInBatch(_ line: JournalLine, role: Role) -> Bool {
        switch line.kind {
        case EventKind.supportGranted:
            // A clerk closing an approved 政策申报 records its support in the same batch.
            return role >= .clerk && supportClosesApprovedTicket(line)
        default:
            return false
        }
    }

    /// The Beijing date of a written line (what its command saw as "today"), nil for a
    /// line being planned. Rules against "today" allow a day either side: the command's
    /// clock and time zone are not the journal's.
    func lineDate(_ line: JournalLine) -> LocalDate? {
        line.timeMilliseconds.map(Timestamp.beijingDate(milliseconds:))
    }

    /// A command's "not after today" rule on replay: `date` (what the line says was done
    /// when) is not after the line's own date, with the day either side.
    func checkNotAfterLineDate(_ date: LocalDate, _ what: String, _ line: JournalLine) throws {
        if let today = lineDate(line), date > today.adding(days: 1) {
            throw broken(line, "\(what) \(date), after the line's date \(today)")
        }
    }

    /// The creating line's id must be `<prefix>-<its seq>`, as `Planner.newId` makes it:
    /// a line that claimed a later id would make an honest later line a duplicate.
    func checkNewId(_ line: JournalLine, prefix: String) throws {
        if line.entity != "\(prefix)-\(line.seq)" {
            throw broken(line, "a new record's id must be \(prefix)-\(line.seq), not “\(line.entity)”")
        }
    }

    /// The same for a record created inside another (a project's milestone or blocker): the
    /// line's entity is the project, the new record's id is still `<prefix>-<the line's seq>`.
    func checkNewId(_ id: String, prefix: String, _ line: JournalLine) throws {
        if id != "\(prefix)-\(line.seq)" {
            throw broken(line, "a new record's id must be \(prefix)-\(line.seq), not “\(id)”")
        }
    }

    /// A `*.updated`-style line may change only these members.
    func checkChangedMembers(_ line: JournalLine, allowed: Set<String>) throws -> JSONObject {
        guard let changes = line.data["changes"]?.objectValue else { throw broken(line, "missing changes") }
        if changes.isEmpty { throw broken(line, "changes nothing") }
        for key in changes.keys where !allowed.contains(key) {
            throw broken(line, "may not change “\(key)”")
        }
        return changes
    }
}
