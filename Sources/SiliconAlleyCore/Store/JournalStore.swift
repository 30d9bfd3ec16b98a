#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One operator's view of a shared journal: the file, the state folded from it, and the
/// only way to change it (`perform`). Several processes may hold stores on one file.
public final class JournalStore {
    public let path: String
    public let actor: String
    public let catalog: Catalog
    private var file: JournalFile
    public private(set) var state: DomainState
    /// Things the operator should read: a torn tail moved aside, a snapshot ignored.
    public private(set) var notices: [String] = []
    /// Replaying more lines than this at start-up writes a fresh snapshot.
    public var snapshotEvery = 20_000

    /// Goes up each time the state is rebuilt from a replaced file: views built from the
    /// old state must start over rather than merge.
    public private(set) var reloads = 0

    public var role: Role { state.role(of: actor) }
    public var head: (seq: Int, hash: String) { (state.lastSeq, state.lastHash) }
    /// A damaged line stops all writing until repaired.
    public var damage: (line: Int, reason: String)? { file.damage }
    public var snapshotPath: String { path + ".snapshot" }

    /// Opens (and on first use creates and seeds) the journal at `path`.
    public init(path: String, actor: String = Identity.currentLogin(), catalog: Catalog = .plan,
                useSnapshot: Bool = true, seed: Bool = true) throws {
        self.path = path
        self.actor = actor
        self.catalog = catalog
        try FileIO.makeDirectories(FileIO.directory(of: path))
        file = try JournalFile(path: path)
        state = DomainState()
        if useSnapshot { loadSnapshot() }
        let fromSeq = state.lastSeq
        try file.withExclusiveLock {
            try catchUp(holdingLock: true)
            if state.lastSeq == 0 && file.damage == nil && seed {
                try writeGenesis()
            }
        }
        if useSnapshot && state.lastSeq - fromSeq >= snapshotEvery && file.damage == nil {
            try? writeSnapshot()
        }
    }

    public static func defaultPath(environment: [String: String]) -> String {
        if let p = environment["SILICON_ALLEY_JOURNAL"], !p.isEmpty { return p }
        let base: String
        if let x = environment["XDG_DATA_HOME"], x.hasPrefix("/") { base = x }
        else { base = (environment["HOME"] ?? ".") + "/.local/share" }
        return base + "/silicon-alley/journal.jsonl"
    }

    public func takeNotices() -> [String] {
        defer { notices.removeAll() }
        return notices
    }

    // MARK: Reading others' lines

    /// Picks up lines other processes appended (no lock: an unfinished batch is left for
    /// the next call). Returns the new lines; a replaced file is reloaded from scratch.
    @discardableResult
    public func refresh() throws -> [JournalLine] {
        if file.isReplaced {
            guard access(path, F_OK) == 0 else {
                // Moved or deleted: keep showing what we have; never create an empty journal here.
                throw JournalError.io(path: path, operation: "open (the journal file is gone)", errno: ENOENT)
            }
            notices.append("journal file was replaced; reloaded \(path)")
            file = try JournalFile(path: path, create: false)
            state = DomainState()
            reloads += 1
            loadSnapshot()
            var all: [JournalLine] = []
            try file.readNew(holdingLock: false) { line in
                try state.apply(line)
                all.append(line)
            }
            return all
        }
        guard file.size > file.consumed || file.damage != nil else { return [] }
        var new: [JournalLine] = []
        try file.readNew(holdingLock: false) { line in
            try state.apply(line)
            new.append(line)
        }
        return new
    }

    private func catchUp(holdingLock: Bool) throws {
        try file.readNew(holdingLock: holdingLock) { try state.apply($0) }
        notices.append(contentsOf: file.noteRead())
    }

    // MARK: Changing

    /// Runs commands as one batch: lock, catch up, check the role and validate each
    /// against the state as it now is (later commands see earlier ones), write every
    /// line in one write, fsync, unlock. All or nothing.
    @discardableResult
    public func perform(_ commands: [any Command], today: LocalDate = .today()) throws -> [JournalLine] {
        if commands.isEmpty { return [] }
        if file.isReplaced { try refresh() }
        return try file.withExclusiveLock {
            // Replaced between the check above and the lock: writing now would go to the
            // old, unlinked file. Refuse; the next tick reloads and the operator retries.
            if file.isReplaced { throw JournalError.replaced }
            try catchUp(holdingLock: true)
            if let d = file.damage { throw JournalError.readOnly(line: d.line, reason: d.reason) }
            let drafts = try plan(commands, today: today)
            return try write(drafts)
        }
    }

    /// Plans every command of a batch. Its own function so that no planner or scratch
    /// state outlives it: `write` then folds the lines into a uniquely held state and
    /// nothing is copied (a copy of a large state cost tens of milliseconds per append).
    private func plan(_ commands: [any Command], today: LocalDate) throws -> [LineCodec.Draft] {
        let role = state.role(of: actor)
        for (index, command) in commands.enumerated() where role < command.requiredRole {
            let r = CommandRejected(field: "role",
                                    zh: "\(actor) 的角色是\(role.zh)，此操作需要\(command.requiredRole.zh)",
                                    en: "\(actor) is \(role.en); this needs \(command.requiredRole.en)")
            if commands.count > 1 { throw BatchRejected(index: index, rejection: r) }
            throw r
        }
        if commands.count == 1 {
            var planner = Planner(state: state, actor: actor, today: today, catalog: catalog)
            try commands[0].plan(&planner)
            return planner.drafts
        }
        // A later command in the batch must see what the earlier ones did: one scratch
        // copy per batch, and each planner is gone before the scratch changes.
        var scratch = state
        var drafts: [LineCodec.Draft] = []
        for (index, command) in commands.enumerated() {
            let planned: [LineCodec.Draft]
            do {
                planned = try Self.planOne(command, on: scratch, actor: actor, today: today, catalog: catalog)
            } catch {
                throw BatchRejected(index: index, rejection: error)
            }
            for line in Self.provisional(planned, after: scratch, actor: actor, batchOffset: drafts.count) {
                try scratch.apply(line, planned: true)
            }
            drafts.append(contentsOf: planned)
        }
        return drafts
    }

    private static func planOne(_ command: any Command, on state: DomainState, actor: String, today: LocalDate,
                                catalog: Catalog) throws(CommandRejected) -> [LineCodec.Draft] {
        var planner = Planner(state: state, actor: actor, today: today, catalog: catalog)
        try command.plan(&planner)
        return planner.drafts
    }

    @discardableResult
    public func perform(_ command: any Command, today: LocalDate = .today()) throws -> [JournalLine] {
        try perform([command], today: today)
    }

    /// Appends drafts without a command's validation. For tooling and tests that must
    /// write what the console never would (e.g. hostile text); still admin-only, still chained.
    @discardableResult
    public func appendUnchecked(_ drafts: [LineCodec.Draft]) throws -> [JournalLine] {
        try file.withExclusiveLock {
            try catchUp(holdingLock: true)
            guard state.role(of: actor) == .admin else {
                throw CommandRejected(field: "role", zh: "需要管理员", en: "needs admin")
            }
            // What the model cannot apply must not reach the file.
            var scratch = state
            for line in Self.provisional(drafts, after: state, actor: actor, batchOffset: 0) { try scratch.apply(line, planned: true) }
            return try write(drafts)
        }
    }

    /// Encodes with real seqs and hashes, one write + fsync, then folds into the state.
    /// The caller holds the lock.
    private func write(_ drafts: [LineCodec.Draft]) throws -> [JournalLine] {
        if let d = file.damage { throw JournalError.readOnly(line: d.line, reason: d.reason) }
        let time = writeTime()
        var bytes: [UInt8] = []
        var lines: [JournalLine] = []
        var prev = file.lastHash
        for (i, draft) in drafts.enumerated() {
            let (b, line) = LineCodec.encode(draft, seq: file.lastSeq + 1 + i, time: time, actor: actor, prev: prev,
                                             txnIndex: i + 1, txnCount: drafts.count)
            bytes.append(contentsOf: b)
            lines.append(line)
            prev = line.hash
        }
        try file.append(bytes, lines: lines)
        for line in lines { try state.apply(line) }
        return lines
    }

    /// Now, unless the clock stands more than a minute behind the journal's latest line
    /// (stepped back): then that latest time, the least change that keeps replay's time rule.
    private func writeTime() -> String {
        let now = Timestamp.now()
        guard let t = Timestamp.milliseconds(now), t < state.lastTime - DomainState.clockSlackMilliseconds else { return now }
        return Timestamp.format(milliseconds: state.lastTime)
    }

    /// Lines as they will be, minus the time and the real hash, for planning the rest of a batch.
    private static func provisional(_ drafts: [LineCodec.Draft], after s: DomainState, actor: String,
                                    batchOffset: Int) -> [JournalLine] {
        drafts.enumerated().map { i, d in
            JournalLine(seq: s.lastSeq + 1 + i, time: "", actor: actor, kind: d.kind, entity: d.entity, data: d.data,
                        prev: s.lastHash, hash: s.lastHash, txnIndex: batchOffset + i + 1, txnCount: batchOffset + drafts.count)
        }
    }

    // MARK: A new journal

    /// The first batch: the journal's birth, its creator as first admin, and the plan's
    /// catalogue of projects (six special actions, industry 5+N, space 5+N).
    private func writeGenesis() throws {
        var p = Planner(state: state, actor: actor, today: .today(), catalog: catalog)
        p.emit(EventKind.journalCreated, "journal", .object([
            "format": .int(Int64(FormatVersion.current)),
            "catalog": .string(catalog.digest),
        ]))
        p.emit(EventKind.operatorAssigned, "op:\(actor)", .object(["login": .string(actor), "role": .string(Role.admin.rawValue)]))
        let office = catalog.unit(id: "task-force-office")?.zh
        for action in catalog.actions.sorted(by: { $0.order < $1.order }) {
            let id = p.newId("prj")
            p.emit(EventKind.projectCreated, id, record: Project(
                id: id, name: action.zh, category: .action, catalogId: action.id, action: action.id, leadUnit: office,
                partners: [], place: nil, tier: nil, phase: "规模拓展", status: .active, fastTrack: false,
                milestones: [], approval: [], notes: []))
        }
        for planned in catalog.projects {
            let id = p.newId("prj")
            p.emit(EventKind.projectCreated, id, record: Project(
                id: id, name: planned.zh, category: planned.category == .industry5N ? .industry5N : .space5N,
                catalogId: planned.id, action: nil, leadUnit: office,
                partners: planned.partners.compactMap { catalog.unit(id: $0)?.zh ?? $0 },
                place: planned.placeId, tier: planned.tier, phase: "规模拓展", status: planned.core ? .active : .planned,
                fastTrack: false, milestones: [], approval: [], notes: []))
        }
        _ = try write(p.drafts)
    }

    // MARK: Snapshots

    /// State at the current head, written atomically. The header names the line it
    /// stands for (seq, hash, where that line starts and ends) and the state's own digest.
    public func writeSnapshot() throws {
        let counts = ["enterprises": state.enterprises.count, "usccIndex": state.usccIndex.count, "versions": state.versions.count]
        let (seq, hash, offset, lineStart) = (state.lastSeq, state.lastHash, file.consumed, file.lastLineStart)
        let s = state
        try FileIO.writeAtomically(to: snapshotPath) { fd, tmp in
            try SnapshotCodec.write(s, to: fd, path: tmp) { digest in
                .init(counts: counts, seq: seq, hash: hash, offset: offset, lineStart: lineStart, digest: digest)
            }
        }
    }

    /// Trusts a snapshot only if its digest holds and the journal's line at its seq has
    /// its hash; otherwise it is ignored (and said so) and the journal is replayed.
    private func loadSnapshot() {
        let fd = open(snapshotPath, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return }
        defer { close(fd) }
        func ignore(_ why: String) { notices.append("snapshot ignored: \(why)") }
        var reader = ChunkedLineReader(fd: fd, start: 0)
        guard let first = try? reader.nextLine(path: snapshotPath), let h = SnapshotCodec.parseHeader(first) else {
            return ignore("unreadable header")
        }
        guard let line = file.line(from: h.lineStart, to: h.offset), line.seq == h.seq, line.hash == h.hash else {
            return ignore("it does not match the journal's line \(h.seq)")
        }
        guard let s = SnapshotCodec.readBody(fd: fd, start: reader.offset, digest: h.digest, counts: h.counts) else {
            return ignore("its contents do not match its digest or could not be read")
        }
        guard s.lastSeq == h.seq, s.lastHash == h.hash else { return ignore("its state is not at line \(h.seq)") }
        state = s
        file.resume(at: h.offset, seq: h.seq, hash: h.hash, lineStart: h.lineStart)
    }
}

/// A batch refused because one of its commands was: which one (0-based) and why.
public struct BatchRejected: Error, Sendable, CustomStringConvertible {
    public let index: Int
    public let rejection: CommandRejected
    public var description: String { "item \(index + 1): \(rejection)" }
}
