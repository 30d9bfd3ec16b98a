#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One operator's view of a shared journal: the file, the state folded from it, and the
/// only way to change it (`perform`). Several processes may hold stores on one file.
///
/// Read-only is a mode, not an error: a viewer, a file this login may only read, a
/// read-only file system, a damaged line, or history changed since this login last saw it
/// all open the store, with `readOnlyReason` saying why; only writing is refused.
public final class JournalStore {
    public let path: String
    public let actor: String
    public let catalog: Catalog
    /// `.readOnly`: opened for reading on purpose (`verify`, `export`, `report`): never
    /// creates, seeds, repairs or writes anything, snapshots included.
    public let access: JournalFile.Access
    private let place: JournalPlace
    private var file: JournalFile
    public private(set) var state: DomainState
    /// Things the operator must read, in both languages: a torn tail moved aside (with the
    /// side file), a snapshot not believed, history changed. `takeJournalNotices` empties it.
    public private(set) var journalNotices: [JournalNotice] = []
    /// Replaying more lines than this at start-up writes a fresh snapshot.
    public var snapshotEvery = 20_000
    /// The seq the state was loaded from a snapshot at (0: replayed from the first line),
    /// or the seq of the last snapshot this store wrote.
    public private(set) var snapshotSeq = 0
    /// Where this login's witnesses are kept (nil: none, e.g. in tests of other things).
    public let witnesses: WitnessStore?
    /// The line a witness saw change, until an admin acknowledges it.
    public private(set) var historyChange: HistoryChange?
    private var witnessRecordedAt = 0.0
    private var witnessedSeq = 0
    private var witnessWarned = false

    /// Goes up each time the state is rebuilt from a replaced file: views built from the
    /// old state must start over rather than merge.
    public private(set) var reloads = 0

    public struct HistoryChange: Sendable, Equatable {
        /// The seq this login last saw, whose line now has another hash or is gone.
        public var line: Int
        public var seenHash: String
        /// The hash that line has now ("" when the journal is shorter).
        public var currentHash: String
    }

    public var role: Role { state.role(of: actor) }
    public var head: (seq: Int, hash: String) { (state.lastSeq, state.lastHash) }
    /// A damaged line stops all writing until repaired.
    public var damage: (line: Int, reason: String)? { file.damage }
    public var snapshotPath: String { place.path + ".snapshot" }
    /// The journal's path with its directory's symlinks resolved.
    public var canonicalPath: String { place.canonicalPath }
    /// The shared setup's directory, written through the binary's group privilege.
    public var isShared: Bool { place.privileged }

    /// Why nothing can be written now, or nil. The console shows `short` on its status line.
    public var readOnlyReason: ReadOnlyReason? {
        if access == .readOnly { return .requested }
        if let e = file.writeRefusal { return e == EROFS ? .readOnlyFileSystem : .fileNotWritable }
        if let d = damage { return .damaged(line: d.line, reason: d.reason) }
        if let h = historyChange { return .historyChanged(line: h.line) }
        if role == .viewer { return .viewer(login: actor) }
        return nil
    }

    public var isReadOnly: Bool { readOnlyReason != nil }

    /// True when this login could clear a history change now (`acknowledgeHistory`).
    public var canAcknowledgeHistory: Bool {
        historyChange != nil && role == .admin && access == .readWrite && file.writable && damage == nil
    }

    /// Opens the journal at `path`; with `seed` (and read-write access), a missing journal
    /// is created and seeded. The shared journal is never created here (`setup` makes it).
    public init(path: String, actor: String = Identity.currentLogin(), catalog: Catalog = .plan,
                useSnapshot: Bool = true, seed: Bool = true, access: JournalFile.Access = .readWrite,
                witnesses: WitnessStore? = nil, snapshotAtOpen: Bool = true,
                progress: ((LoadProgress) -> Void)? = nil) throws {
        self.path = path
        self.actor = actor
        self.catalog = catalog
        self.access = access
        self.witnesses = witnesses
        let creating = seed && access == .readWrite
        place = try JournalPlace(journalPath: path, createDirectories: creating)
        if !creating && !place.exists(place.name) {
            // Read-only commands never create a journal (nor a directory for one).
            throw JournalError.io(path: path, operation: "open (no journal here)", errno: ENOENT)
        }
        file = try JournalFile(place: place, access: access, create: creating)
        place.register(path: path)
        state = DomainState()
        journalNotices.append(contentsOf: file.noteRead())
        var vouchedAt: Int?
        if useSnapshot { vouchedAt = loadSnapshot(progress: progress) }
        let fromSeq = state.lastSeq
        snapshotSeq = fromSeq
        try readAll(seed: creating, progress: progress)
        if let v = vouchedAt, file.damage?.line == v {
            // The line that vouched for the snapshot is itself damage: believe nothing of it.
            journalNotices.append(.snapshotIgnored(reason: "the journal line that vouches for it (\(v)) is damaged"))
            snapshotSeq = 0
            try reload()
        }
        if let r = readOnlyReason, r == .fileNotWritable || r == .readOnlyFileSystem {
            journalNotices.append(.openedReadOnly(r))
        }
        checkWitness()
        // The console writes it on a thread of its own instead (`beginSnapshot`): nobody waits.
        if useSnapshot && snapshotAtOpen && snapshotDue {
            try? writeSnapshot()
        }
    }

    /// Lets go of the USCC index until it is next needed (it is derived from the records;
    /// 8 bytes a record): a console after a full replay, whose first registration or code
    /// lookup then builds it again, as after a snapshot start.
    public func deferDerivedIndexes() {
        state.deferCodeIndex()
    }

    /// More than `snapshotEvery` lines lie between the last snapshot and the head, and this
    /// login could write one now.
    public var snapshotDue: Bool {
        state.lastSeq - snapshotSeq >= snapshotEvery && !isReadOnly && role >= WriteSnapshot().requiredRole
    }

    /// Catches up from wherever the state stands; a writable store does it under the lock
    /// (moving a torn tail aside) and seeds an empty new journal.
    private func readAll(seed: Bool, progress: ((LoadProgress) -> Void)? = nil) throws {
        if file.writable {
            // The bulk without the lock (other operators keep writing meanwhile); then the
            // rest, a torn tail and the seed under it.
            try catchUp(holdingLock: false, progress: progress)
            // A damaged line stops here: read again, the batch it broke would be applied twice.
            if file.damage != nil { return }
            try file.withExclusiveLock {
                try catchUp(holdingLock: true)
                if seed && state.lastSeq == 0 && file.damage == nil && file.size == 0 {
                    try writeGenesis()
                }
            }
        } else {
            try catchUp(holdingLock: false, progress: progress)
            if file.damage == nil && file.trailing > 0 {
                journalNotices.append(.incompleteTail(bytes: file.trailing, afterLine: state.lastSeq))
            }
        }
    }

    /// The state again from the first line (no snapshot).
    private func reload() throws {
        file = try JournalFile(place: place, access: access, create: false)
        state = DomainState()
        reloads += 1
        try readAll(seed: false)
    }

    public static func defaultPath(environment: [String: String]) -> String {
        if let p = environment["SILICON_ALLEY_JOURNAL"], !p.isEmpty { return p }
        let base: String
        if let x = environment["XDG_DATA_HOME"], x.hasPrefix("/") { base = x }
        else { base = (environment["HOME"] ?? ".") + "/.local/share" }
        return base + "/silicon-alley/journal.jsonl"
    }

    /// The notices, in English, emptied (the CLI prints them; see `takeJournalNotices`).
    public var notices: [String] { journalNotices.map(\.en) }

    public func takeNotices() -> [String] {
        takeJournalNotices().map(\.en)
    }

    public func takeJournalNotices() -> [JournalNotice] {
        defer { journalNotices.removeAll() }
        return journalNotices
    }

    // MARK: Reading others' lines

    /// Picks up lines other processes appended (no lock: an unfinished batch is left for
    /// the next call). Returns the new lines; a replaced file is reloaded from scratch.
    @discardableResult
    public func refresh() throws -> [JournalLine] {
        if file.isReplaced {
            guard file.exists else {
                // Moved or deleted: keep showing what we have; never create an empty journal here.
                throw JournalError.io(path: path, operation: "open (the journal file is gone)", errno: ENOENT)
            }
            journalNotices.append(.fileReplaced(path: path))
            var all: [JournalLine] = []
            try rebuildState { all.append($0) }
            checkWitness()
            return all
        }
        guard file.size > file.consumed || file.damage != nil else { return [] }
        var new: [JournalLine] = []
        try file.readNew(holdingLock: false) { line in
            try state.apply(line)
            new.append(line)
        }
        for line in new where line.kind == EventKind.historyAcknowledged {
            // Another login's `verify --repair` cut the journal: say where the lines went.
            if let side = line.data["quarantine"]?.stringValue, let first = line.data["line"]?.intValue {
                journalNotices.append(.quarantinedElsewhere(first: Int(first), by: line.actor, sideFile: side))
            }
        }
        if !new.isEmpty { recordWitness(throttled: true) }
        return new
    }

    private func catchUp(holdingLock: Bool, progress: ((LoadProgress) -> Void)? = nil) throws {
        if let progress {
            let total = file.size
            let report = { (done: Int, lines: Int) in
                progress(LoadProgress(phase: .replay, bytesDone: done, bytesTotal: total, lines: lines))
            }
            try file.readNew(holdingLock: holdingLock, progress: report) { try state.apply($0) }
        } else {
            try file.readNew(holdingLock: holdingLock) { try state.apply($0) }
        }
        journalNotices.append(contentsOf: file.noteRead())
    }

    // MARK: Changing

    /// Runs commands as one batch: lock, catch up, check the role and validate each
    /// against the state as it now is (later commands see earlier ones), write every
    /// line in one write, fsync, unlock. All or nothing.
    @discardableResult
    public func perform(_ commands: [any Command], today: LocalDate = .today()) throws -> [JournalLine] {
        if commands.isEmpty { return [] }
        if file.isReplaced { try refresh() }
        if access == .readOnly || !file.writable {
            // Say what the role says first (a viewer's demo is refused as a viewer's).
            try refresh()
            try checkRoles(commands)
            throw JournalError.notWritable(readOnlyReason ?? .requested)
        }
        return try file.withExclusiveLock {
            // Replaced between the check above and the lock: writing now would go to the
            // old, unlinked file. Refuse; the next tick reloads and the operator retries.
            if file.isReplaced { throw JournalError.replaced }
            try catchUp(holdingLock: true)
            if let d = file.damage { throw JournalError.readOnly(line: d.line, reason: d.reason) }
            try checkRoles(commands)
            if let h = historyChange { throw JournalError.notWritable(.historyChanged(line: h.line)) }
            let drafts = try plan(commands, today: today)
            let lines = try write(drafts, plannedFor: today)
            recordWitness(throttled: true)
            return lines
        }
    }

    private func checkRoles(_ commands: [any Command]) throws {
        let role = state.role(of: actor)
        for (index, command) in commands.enumerated() where role < command.requiredRole {
            let r = CommandRejected(field: "role",
                                    zh: "\(actor) 的角色是\(role.zh)，此操作需要\(command.requiredRole.zh)",
                                    en: "\(actor) is \(role.en); this needs \(command.requiredRole.en)")
            if commands.count > 1 { throw BatchRejected(index: index, rejection: r) }
            throw r
        }
    }

    /// Plans every command of a batch. Its own function so that no planner or scratch
    /// state outlives it: `write` then folds the lines into a uniquely held state and
    /// nothing is copied (a copy of a large state cost tens of milliseconds per append).
    private func plan(_ commands: [any Command], today: LocalDate) throws -> [LineCodec.Draft] {
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

    /// Validates commands against the state as it is now, writing nothing: a form shows
    /// every error at once before it asks to save. (`perform` checks again under the lock.)
    public func check(_ commands: [any Command], today: LocalDate = .today()) -> Error? {
        do { _ = try plan(commands, today: today); return nil } catch { return error }
    }

    @discardableResult
    public func perform(_ command: any Command, today: LocalDate = .today()) throws -> [JournalLine] {
        try perform([command], today: today)
    }

    /// Appends drafts without a command's validation. For tooling and tests that must
    /// write what the console never would (e.g. hostile text); still admin-only, still chained,
    /// and still only what replay accepts.
    @discardableResult
    public func appendUnchecked(_ drafts: [LineCodec.Draft]) throws -> [JournalLine] {
        if access == .readOnly || !file.writable { throw JournalError.notWritable(readOnlyReason ?? .requested) }
        return try file.withExclusiveLock {
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

    /// Encodes with real seqs and hashes, folds the lines into the state, then one write +
    /// fsync. The caller holds the lock.
    /// `plannedFor`: the "today" the commands were planned with, named in the refusal when a
    /// batch planned for a day far from the clock breaks a dated rule on replay.
    private func write(_ drafts: [LineCodec.Draft], plannedFor today: LocalDate? = nil) throws -> [JournalLine] {
        if let d = file.damage { throw JournalError.readOnly(line: d.line, reason: d.reason) }
        let time = writeTime()
        var bytes: [UInt8] = []
        var lines: [JournalLine] = []
        var prev = file.lastDigest
        for (i, draft) in drafts.enumerated() {
            let (b, line) = LineCodec.encode(draft, seq: file.lastSeq + 1 + i, time: time, actor: actor, prev: prev,
                                             txnIndex: i + 1, txnCount: drafts.count)
            bytes.append(contentsOf: b)
            lines.append(line)
            prev = line.hashDigest
        }
        // Applied first, written after: a line the state refuses is never written, so it can
        // never damage the journal. Either failure leaves the state ahead of the file: it is
        // read again (slow, and only on a failed disk or a line nothing should have planned).
        do {
            for line in lines { try state.apply(line) }
        } catch {
            try? rebuildState()
            let reason = (error as? LineRuleError)?.reason ?? "\(error)"
            // Replay checks dated rules against the line's own Beijing date, a day either side:
            // a batch planned for a day further from the clock can fail them. Otherwise a
            // command's rules and replay's disagree: a bug.
            if let today, let ms = Timestamp.milliseconds(time),
               case let day = Timestamp.beijingDate(milliseconds: ms), abs(today.days(until: day)) > 1 {
                throw CommandRejected(field: "today",
                                      zh: "按 \(today) 办理，但本机时钟是 \(day)：日志不会接受这一行（\(reason)）",
                                      en: "planned for \(today) but the clock says \(day): the journal would refuse the line (\(reason))")
            }
            throw CommandRejected(field: "journal",
                                  zh: "内部错误：这一操作要写的记录不合日志的规则（\(reason)），什么也没有写入",
                                  en: "internal error: this change would write a line the journal's rules refuse (\(reason)); nothing was written")
        }
        do {
            try file.append(bytes, lines: lines)
        } catch {
            try? rebuildState()
            throw error
        }
        return lines
    }

    /// The state again from the journal file as it stands (replaced by another, or a change
    /// was applied and not written): from the snapshot if there is one, then the lines after it.
    private func rebuildState(_ each: (JournalLine) -> Void = { _ in }) throws {
        file = try JournalFile(place: place, access: access, create: false)
        journalNotices.append(contentsOf: file.noteRead())
        state = DomainState()
        reloads += 1
        _ = loadSnapshot()
        try file.readNew(holdingLock: false) { line in
            try state.apply(line)
            each(line)
        }
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
                        prev: s.lastDigest, hash: s.lastDigest, txnIndex: batchOffset + i + 1, txnCount: batchOffset + drafts.count)
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
        // Units by id (journals seeded before units were data hold the Chinese name, which
        // resolves the same way); each 5+N project serves the special action the catalogue links.
        let office = catalog.unit(id: "task-force-office")?.id
        let units = UnitDirectory(catalog: catalog, state: state)
        for action in catalog.actions.sorted(by: { $0.order < $1.order }) {
            let id = p.newId("prj")
            p.emit(EventKind.projectCreated, id, record: Project(
                id: id, name: action.zh, category: .action, catalogId: action.id, action: action.id, leadUnit: office,
                phase: "规模拓展", status: .active))
        }
        for planned in catalog.projects {
            let id = p.newId("prj")
            p.emit(EventKind.projectCreated, id, record: Project(
                id: id, name: planned.zh, category: planned.category == .industry5N ? .industry5N : .space5N,
                catalogId: planned.id, action: planned.action, leadUnit: office,
                partners: planned.partners.map { units.resolve($0)?.id ?? $0 },
                place: planned.placeId, tier: planned.tier, phase: "规模拓展", status: planned.core ? .active : .planned))
        }
        _ = try write(p.drafts)
    }

    // MARK: Snapshots

    /// State at the current head, written atomically, and vouched for by the journal: the
    /// body's digest goes into a `journal.snapshotted` line right after the line the
    /// snapshot stands for. A snapshot file whose digest no such line names is never read,
    /// so editing one (the login that wrote it owns it) cannot change what anyone sees.
    /// Holds the lock throughout (the CLI's way); the console uses `beginSnapshot`.
    public func writeSnapshot() throws {
        if access == .readOnly || !file.writable { throw JournalError.notWritable(readOnlyReason ?? .requested) }
        try file.withExclusiveLock {
            if file.isReplaced { throw JournalError.replaced }
            try catchUp(holdingLock: true)
            let job = try makeSnapshotJob()
            job.run()
            guard try vouch(job) else { throw JournalError.replaced }
        }
    }

    /// Starts a snapshot of the state as it is now, to be written by `job.run()` on any
    /// thread while this store goes on (no lock is held meanwhile). `completeSnapshot`
    /// then vouches for it — if no line was written in between; otherwise it is dropped.
    public func beginSnapshot() throws -> SnapshotJob {
        if access == .readOnly || !file.writable { throw JournalError.notWritable(readOnlyReason ?? .requested) }
        if file.isReplaced { throw JournalError.replaced }
        return try makeSnapshotJob()
    }

    /// Vouches for a finished job under the lock and puts its file in place. False (and
    /// the file removed) when the journal moved on since `beginSnapshot`, or the job failed.
    @discardableResult
    public func completeSnapshot(_ job: SnapshotJob) throws -> Bool {
        guard job.isFinished else { return false }
        return try file.withExclusiveLock {
            if file.isReplaced { job.discard(); return false }
            try catchUp(holdingLock: true)
            return try vouch(job)
        }
    }

    private func makeSnapshotJob() throws -> SnapshotJob {
        if let d = file.damage { throw JournalError.readOnly(line: d.line, reason: d.reason) }
        try checkRoles([WriteSnapshot()])
        if let h = historyChange { throw JournalError.notWritable(.historyChanged(line: h.line)) }
        let counts = ["enterprises": state.enterprises.count, "versions": state.versions.count]
        let header = SnapshotCodec.Header(counts: counts, seq: state.lastSeq, hash: state.lastHash, offset: file.consumed,
                                          lineStart: file.lastLineStart, digest: "")
        return try SnapshotJob(state: state, header: header, place: place)
    }

    /// The caller holds the lock and has caught up: the vouching line right after the
    /// line the snapshot stands for, then the rename (a crash leaves a vouching line and
    /// no file, never the reverse).
    private func vouch(_ job: SnapshotJob) throws -> Bool {
        if let e = job.failure { job.discard(); throw e }
        guard let digest = job.digest, state.lastSeq == job.header.seq, state.lastHash == job.header.hash,
              file.consumed == job.header.offset, file.damage == nil, historyChange == nil else {
            job.discard()
            return false
        }
        do {
            try checkRoles([WriteSnapshot()])
            _ = try write([LineCodec.Draft(kind: EventKind.journalSnapshotted, entity: "journal",
                                           data: .object(["seq": .int(Int64(job.header.seq)), "digest": .string(digest)]))])
            try job.install()
        } catch {
            job.discard()
            throw error
        }
        snapshotSeq = job.header.seq
        return true
    }

    /// Trusts a snapshot only if the journal vouches for it: its line at the snapshot's seq
    /// has the snapshot's hash, the next line is a `journal.snapshotted` naming the body's
    /// digest, and the body hashes to it. Otherwise it is ignored (and said so) and the
    /// journal is replayed. Returns the vouching line's seq when the snapshot was used.
    private func loadSnapshot(progress: ((LoadProgress) -> Void)? = nil) -> Int? {
        let (fd, _) = place.openFile(place.name + ".snapshot", O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        func ignore(_ why: String) -> Int? {
            journalNotices.append(.snapshotIgnored(reason: why))
            return nil
        }
        var reader = ChunkedLineReader(fd: fd, start: 0)
        guard let first = try? reader.nextLine(path: snapshotPath), let h = SnapshotCodec.parseHeader(first) else {
            return ignore("unreadable header (or written by an older build)")
        }
        guard let line = file.line(from: h.lineStart, to: h.offset), line.seq == h.seq, line.hash == h.hash else {
            return ignore("it does not match the journal's line \(h.seq)")
        }
        guard let vouch = file.line(startingAt: h.offset), vouch.seq == h.seq + 1, vouch.prev == h.hash,
              vouch.kind == EventKind.journalSnapshotted, vouch.data["seq"]?.intValue == Int64(h.seq),
              vouch.data["digest"]?.stringValue == h.digest else {
            return ignore("no journal.snapshotted line after line \(h.seq) names its digest")
        }
        guard let s = SnapshotCodec.readBody(fd: fd, start: reader.offset, digest: h.digest, counts: h.counts, split: h.split,
                                             progress: progress) else {
            return ignore("its contents do not match the digest the journal recorded, or could not be read")
        }
        guard s.lastSeq == h.seq, let head = ChainDigest(hex: h.hash), s.lastDigest == head else {
            return ignore("its state is not at line \(h.seq)")
        }
        state = s
        file.resume(at: h.offset, seq: h.seq, hash: head, lineStart: h.lineStart)
        return vouch.seq
    }

    // MARK: Witnesses

    /// Compares the journal with what this login last saw of it. A line at the witnessed
    /// seq with another hash, or a journal shorter than that, makes the store read-only
    /// until an admin acknowledges it — unless an admin already did after this login looked.
    private func checkWitness() {
        historyChange = nil
        guard let witnesses else { return }
        switch witnesses.check(journal: canonicalPath, file: file, state: state) {
        case .consistent:
            break
        case .acknowledged(let line, let by, let seq):
            journalNotices.append(.historyChangeAcknowledged(line: line, by: by, seq: seq))
        case .changed(let line, let seen, let current):
            historyChange = HistoryChange(line: line, seenHash: seen, currentHash: current)
            journalNotices.append(.historyChanged(line: line))
            return
        }
        recordWitness(throttled: false)
    }

    /// Remembers the head as seen (throttled: at most every few seconds while lines arrive).
    /// Never while a history change is unacknowledged: the warning must survive a restart.
    public func recordWitness(throttled: Bool = false) {
        // Nor past a damaged line: the head is then short of what was seen, and moving the
        // witness back would let a later fix of that line hide a rewrite behind it.
        guard let witnesses, historyChange == nil, file.damage == nil, state.lastSeq > 0, state.lastSeq != witnessedSeq else { return }
        let t = Double(Timestamp.milliseconds(Timestamp.now()) ?? 0) / 1000
        if throttled && t - witnessRecordedAt < 5 { return }
        do {
            if let w = try witnesses.record(journal: canonicalPath, file: file) {
                witnessRecordedAt = t
                witnessedSeq = w.seq
            }
        } catch {
            // Without a witness a rewritten history goes unnoticed next time: say so, once.
            if !witnessWarned { journalNotices.append(.witnessUnavailable(directory: witnesses.directory, reason: "\(error)")) }
            witnessWarned = true
            witnessRecordedAt = t
        }
    }

    /// An admin accepts the journal as it now stands (journaled as
    /// `journal.historyAcknowledged`); this login's witness moves to the new head.
    @discardableResult
    public func acknowledgeHistory() throws -> [JournalLine] {
        guard let h = historyChange else {
            throw CommandRejected(field: "history", zh: "没有需要确认的历史改动", en: "no history change to acknowledge")
        }
        if access == .readOnly || !file.writable { throw JournalError.notWritable(readOnlyReason ?? .requested) }
        let lines: [JournalLine] = try file.withExclusiveLock {
            try catchUp(holdingLock: true)
            if let d = file.damage { throw JournalError.readOnly(line: d.line, reason: d.reason) }
            try checkRoles([AcknowledgeHistory()])
            return try write([LineCodec.Draft(kind: EventKind.historyAcknowledged, entity: "journal", data: .object([
                "line": .int(Int64(h.line)), "was": .string(h.seenHash), "now": .string(h.currentHash),
            ]))])
        }
        historyChange = nil
        recordWitness(throttled: false)
        return lines
    }

    /// After `verify --repair` cut the journal at `firstMovedLine`: the admin's
    /// acknowledgement that history from there on is gone (to the quarantine file).
    func acknowledgeRepair(firstMovedLine: Int, sideFile: String) throws {
        try file.withExclusiveLock {
            try catchUp(holdingLock: true)
            if let d = file.damage { throw JournalError.readOnly(line: d.line, reason: d.reason) }
            try checkRoles([AcknowledgeHistory()])
            _ = try write([LineCodec.Draft(kind: EventKind.historyAcknowledged, entity: "journal", data: .object([
                "line": .int(Int64(firstMovedLine)), "was": .string(""), "now": .string(""), "quarantine": .string(sideFile),
            ]))])
        }
    }

    deinit { recordWitness(throttled: false) }

    // MARK: Receipts

    /// Writes a ticket's receipt as a text file (laid out for A4) in `receipts/` beside the
    /// journal and returns its path.
    @discardableResult
    public func writeReceipt(_ ticket: Ticket) throws -> String {
        let p = ReceiptText.printout(ticket, state: state, catalog: catalog)
        return try writePrintout(p.fileName, text: PrintLayout.text(p, paper: .a4))
    }

    /// Whether `receipts/NAME` beside the journal exists (a receipt printed before).
    public func hasPrintout(_ name: String) -> Bool {
        JournalPlace.statForReading(place.directory + "/receipts/" + name) != nil
    }

    /// Writes a window printout (a receipt, a supplement notice) as `receipts/NAME` beside the
    /// journal — with the journal's file modes, through the shared setup's privilege when
    /// there is one — and returns its path. The name is reduced to letters, digits, '-' and '.'.
    @discardableResult
    public func writePrintout(_ name: String, text: String) throws -> String {
        try checkRoles([WriteReceipt()])
        let dir = try place.subdirectory("receipts")
        let safe = name.filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." }.drop { $0 == "." }
        guard !safe.isEmpty else { throw CommandRejected(field: "file", zh: "文件名无效", en: "not a file name") }
        let file = String(safe)
        try dir.writeAtomically(file) { fd, tmp in try FileIO.writeAll(fd, Array(text.utf8), path: tmp) }
        return dir.directory + "/" + file
    }
}

/// Housekeeping that writes a journal line, with the role it needs.
private struct WriteSnapshot: Command {
    var requiredRole: Role { EventKind.requiredRole[EventKind.journalSnapshotted] ?? .admin }
    func plan(_ p: inout Planner) throws(CommandRejected) {}
}

/// Receipts are the service window's: a clerk's or above.
private struct WriteReceipt: Command {
    var requiredRole: Role { .clerk }
    func plan(_ p: inout Planner) throws(CommandRejected) {}
}

private struct AcknowledgeHistory: Command {
    var requiredRole: Role { EventKind.requiredRole[EventKind.historyAcknowledged] ?? .admin }
    func plan(_ p: inout Planner) throws(CommandRejected) {}
}

/// A batch refused because one of its commands was: which one (0-based) and why.
public struct BatchRejected: Error, Sendable, CustomStringConvertible {
    public let index: Int
    public let rejection: CommandRejected
    public var description: String { "item \(index + 1): \(rejection)" }
}
