#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Crypto

/// `silicon-alley verify`: reads every line from the start (opened read-only), checks each
/// hash, the chain and every rule replay checks, and the snapshot against the journal;
/// reports counts and the head. With repair it moves a torn tail, or a damaged line's whole
/// batch and everything after it, into side files so writing can resume.
public struct VerifyReport: Sendable {
    public var lines = 0
    public var headSeq = 0
    public var headHash = ChainHash.genesis
    public var kindCounts: [String: Int] = [:]
    public var entityCounts: [String: Int] = [:]
    public var damage: (line: Int, reason: String)?
    /// Bytes after the last complete batch (a torn write or one in progress).
    public var trailingBytes = 0
    public var snapshot: SnapshotCheck = .none
    /// What this login's witness says of the journal (when a witness store was given).
    public var history: WitnessOutcome = .consistent
    /// What a repair moved, with the side files' names.
    public var repairNotices: [JournalNotice] = []
    public var repairs: [String] { repairNotices.map(\.en) }

    public enum SnapshotCheck: Sendable, Equatable {
        case none
        /// Vouched for by line `seq + 1`, its body hashes to that digest, and replay at `seq`
        /// gives the same state.
        case matches(seq: Int)
        /// Not used by anyone (older build, or its line is gone after a repair).
        case unusable(String)
        /// It claims to be the journal's state and is not: edited, or vouched for falsely.
        case mismatch(String)
    }

    /// The state replay reached, kept so a command that exits right after does not spend
    /// its last second freeing a million records one by one.
    public var state: DomainState?

    public var isClean: Bool {
        if case .mismatch = snapshot { return false }
        if case .changed = history { return false }
        return damage == nil && trailingBytes == 0
    }
}

public enum JournalVerifier {
    /// `progress` hears (bytes read, file size, lines) every few thousand lines.
    public static func verify(path: String, witnesses: WitnessStore? = nil,
                              progress: ((LoadProgress) -> Void)? = nil) throws -> VerifyReport {
        let place = try JournalPlace(journalPath: path, createDirectories: false)
        guard place.exists(place.name) else { throw JournalError.io(path: path, operation: "open", errno: ENOENT) }
        let file = try JournalFile(place: place, access: .readOnly, create: false)
        place.register(path: path)
        var report = VerifyReport()
        var state = DomainState()
        // Room for a record per 700 bytes of journal (a line that registers an enterprise is
        // about 500): growing three tables of half a million keys step by step rehashes every
        // key each time, a sixth of replay's thread. Sized so that a journal of registrations
        // grows them once at most, and one of other lines gets tables no larger than it needs
        // at its size (a table's room doubles: 553k records and 738k both take 2^20 slots).
        state.reserveCapacity(records: min(file.size / 700, 4_000_000))
        let snapshot = SnapshotFile(place: place)
        var stateDigest: String?
        var vouched: String?
        let total = file.size
        let reportProgress = progress.map { p in
            { (done: Int, lines: Int) in p(LoadProgress(phase: .replay, bytesDone: done, bytesTotal: total, lines: lines)) }
        }
        try file.readNew(holdingLock: false, progress: reportProgress) { line in
            try state.apply(line)
            report.lines += 1
            if let s = snapshot?.header.seq {
                // The one expensive check, once: the state the snapshot stands for, from replay.
                if line.seq == s { stateDigest = SnapshotCodec.digest(of: state) }
                if line.seq == s + 1 && line.kind == EventKind.journalSnapshotted { vouched = line.data["digest"]?.stringValue }
            }
        }
        report.headSeq = file.lastSeq
        report.headHash = file.lastHash
        report.kindCounts = state.kindCounts
        report.entityCounts = counts(state)
        report.damage = file.damage
        if file.damage == nil { report.trailingBytes = file.size - file.consumed }
        if let snapshot {
            report.snapshot = snapshot.check(against: file, stateDigest: stateDigest, vouched: vouched)
        } else if place.exists(place.name + ".snapshot") {
            report.snapshot = .unusable("unreadable header (or written by an older build)")
        }
        if let witnesses, file.damage == nil {
            report.history = witnesses.check(journal: place.canonicalPath, file: file, state: state)
            // An unacknowledged change keeps the old witness, so the warning stays.
            if case .changed = report.history {} else { _ = try? witnesses.record(journal: place.canonicalPath, file: file) }
        }
        report.state = state
        return report
    }

    /// Under the journal's lock: a torn tail goes to `<journal>.torn`; from a damaged line's
    /// batch on, every line goes to `<journal>.quarantine-<time>` (kept, never deleted) and
    /// the journal is cut there, so its chain is whole again. Those lines can be read back
    /// from the side file and re-entered by hand. With `actor`, moving damaged lines needs
    /// that login to be an admin of the journal's intact part, and the cut is journaled as that
    /// admin's acknowledgement of the changed history (other logins' witnesses saw lines that
    /// are now in the side file: the acknowledgement tells them who moved them and why).
    public static func repair(path: String, actor: String? = nil, witnesses: WitnessStore? = nil) throws -> VerifyReport {
        let place = try JournalPlace(journalPath: path, createDirectories: false)
        guard place.exists(place.name) else { throw JournalError.io(path: path, operation: "open", errno: ENOENT) }
        let file = try JournalFile(place: place, access: .readWrite, create: false)
        guard file.writable else { throw JournalError.io(path: path, operation: "repair (cannot open it for writing)", errno: file.writeRefusal ?? EACCES) }
        var repairs: [JournalNotice] = []
        var firstMoved: (line: Int, side: String)?
        try file.withExclusiveLock {
            // Fold into a state too: a line that breaks a rule is damage as well.
            var state = DomainState()
            try file.readNew(holdingLock: true) { try state.apply($0) }
            repairs.append(contentsOf: file.noteRead())
            if let damage = file.damage {
                if let actor, state.role(of: actor) < .admin {
                    throw CommandRejected(field: "role", zh: "\(actor) 的角色是\(state.role(of: actor).zh)，移走损坏的行需要管理员",
                                          en: "\(actor) is \(state.role(of: actor).en); moving damaged lines aside needs admin")
                }
                let start = file.consumed
                let end = file.size
                let side = place.name + ".quarantine-" + Timestamp.now().replacingOccurrences(of: ":", with: "")
                let first = file.lastSeq + 1
                let moved = try file.moveRange(start: start, end: end, to: side)
                firstMoved = (first, place.directory + "/" + side)
                repairs.append(.quarantined(first: first, last: first + moved - 1, damagedLine: damage.line,
                                            reason: damage.reason, sideFile: place.directory + "/" + side))
            }
        }
        if let actor, let firstMoved {
            let store = try JournalStore(path: path, actor: actor, useSnapshot: false, seed: false)
            try store.acknowledgeRepair(firstMovedLine: firstMoved.line, sideFile: firstMoved.side)
        }
        var report = try verify(path: path, witnesses: witnesses)
        report.repairNotices = repairs
        return report
    }

    static func counts(_ s: DomainState) -> [String: Int] {
        [
            "operators": s.operators.values.filter { !$0.removed }.count,
            "enterprises": s.enterprises.count, "statistics": s.statistics.count, "projects": s.projects.count,
            "addedUnits": s.addedUnits.count,
            "apartments": s.apartments.count, "talents": s.talents.count, "applications": s.applications.count,
            "leases": s.leases.count, "activities": s.activities.count, "registrations": s.registrations.count,
            "contestEntries": s.contestEntries.count, "actionItems": s.actionItems.count, "tickets": s.tickets.count,
        ]
    }
}

/// A snapshot file beside the journal, as `verify` checks it.
private struct SnapshotFile {
    let header: SnapshotCodec.Header
    /// SHA-256 of the body as stored, read and hashed on a thread of its own while replay runs.
    private let body: BackgroundJob<String?>
    var bodyDigest: String? { body.result }

    init?(place: JournalPlace) {
        let (fd, _) = place.openFile(place.name + ".snapshot", O_RDONLY)
        guard fd >= 0 else { return nil }
        var reader = ChunkedLineReader(fd: fd, start: 0)
        guard let first = try? reader.nextLine(path: "snapshot"), let h = SnapshotCodec.parseHeader(first) else {
            close(fd)
            return nil
        }
        header = h
        let start = reader.offset
        body = BackgroundJob {
            defer { close(fd) }
            var hasher = SHA256()
            var buf = [UInt8](repeating: 0, count: 1 << 20)
            var at = start
            while true {
                let n = buf.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(at)) }
                if n < 0 && errno == EINTR { continue }
                if n < 0 { return nil }
                if n == 0 { break }
                buf.withUnsafeBytes { hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: $0[0..<n])) }
                at += n
            }
            return ChainHash.hex(hasher.finalize())
        }
    }

    func check(against file: JournalFile, stateDigest: String?, vouched: String?) -> VerifyReport.SnapshotCheck {
        guard let line = file.line(from: header.lineStart, to: header.offset), line.seq == header.seq, line.hash == header.hash else {
            return .unusable("its line \(header.seq) is not in the journal (stale)")
        }
        guard let vouched else {
            return .mismatch("no journal.snapshotted line after line \(header.seq) vouches for it")
        }
        if vouched != header.digest { return .mismatch("its header's digest is not the one line \(header.seq + 1) recorded") }
        guard let bodyDigest else { return .unusable("it could not be read") }
        if bodyDigest != header.digest { return .mismatch("its contents do not hash to the digest line \(header.seq + 1) recorded") }
        guard let stateDigest else { return .unusable("replay stopped before line \(header.seq)") }
        if stateDigest != header.digest { return .mismatch("replay up to line \(header.seq) gives another state than line \(header.seq + 1) recorded") }
        return .matches(seq: header.seq)
    }
}
