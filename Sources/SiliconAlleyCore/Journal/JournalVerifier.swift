#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `silicon-alley verify`: reads every line from the start, checks each hash and the
/// chain, and reports counts and the head. With repair it moves a torn tail, or a damaged
/// line and everything after it, into side files so writing can resume.
public struct VerifyReport: Sendable {
    public var lines = 0
    public var headSeq = 0
    public var headHash = ChainHash.genesis
    public var kindCounts: [String: Int] = [:]
    public var entityCounts: [String: Int] = [:]
    public var damage: (line: Int, reason: String)?
    /// Bytes after the last complete batch (a torn write or one in progress).
    public var trailingBytes = 0
    public var repairs: [String] = []

    public var isClean: Bool { damage == nil && trailingBytes == 0 }
}

public enum JournalVerifier {
    public static func verify(path: String) throws -> VerifyReport {
        guard access(path, F_OK) == 0 else { throw JournalError.io(path: path, operation: "open", errno: ENOENT) }
        let file = try JournalFile(path: path)
        var report = VerifyReport()
        var state = DomainState()
        try file.readNew(holdingLock: false) { line in
            try state.apply(line)
            report.lines += 1
        }
        report.headSeq = file.lastSeq
        report.headHash = file.lastHash
        report.kindCounts = state.kindCounts
        report.entityCounts = counts(state)
        report.damage = file.damage
        if file.damage == nil { report.trailingBytes = file.size - file.consumed }
        return report
    }

    /// Under the journal's lock: a torn tail goes to `<journal>.torn`; from a damaged line
    /// on, every line goes to `<journal>.quarantine-<time>` (kept, never deleted) and the
    /// journal is cut there, so its chain is whole again. Those lines can be read back
    /// from the side file and re-entered by hand.
    public static func repair(path: String) throws -> VerifyReport {
        guard access(path, F_OK) == 0 else { throw JournalError.io(path: path, operation: "open", errno: ENOENT) }
        let file = try JournalFile(path: path)
        var repairs: [String] = []
        try file.withExclusiveLock {
            // Fold into a state too: a line the model cannot apply is damage as well.
            var state = DomainState()
            try file.readNew(holdingLock: true) { try state.apply($0) }
            repairs.append(contentsOf: file.noteRead())
            if let damage = file.damage {
                let start = file.consumed
                let end = file.size
                let side = path + ".quarantine-" + Timestamp.now().replacingOccurrences(of: ":", with: "")
                try file.moveRange(start: start, end: end, to: side)
                repairs.append("line \(damage.line) was damaged (\(damage.reason)); it and the \(end - start) bytes after it moved to \(side)")
            }
        }
        var report = try verify(path: path)
        report.repairs = repairs
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
