/// Why the journal could not be read or written.
public enum JournalError: Error, Sendable, CustomStringConvertible, Equatable {
    case io(path: String, operation: String, errno: Int32)
    /// A damaged line that is not the last: the store goes read-only until repaired.
    case badLine(line: Int, reason: String)
    case readOnly(line: Int, reason: String)
    /// The file at the path is no longer the one we opened (moved, replaced, restored).
    case replaced
    /// The store is in read-only mode for this reason (not a damaged line: that is `readOnly`).
    case notWritable(ReadOnlyReason)

    public var description: String {
        switch self {
        case .io(let path, let op, let e):
            return "\(op) \(path): \(String(cString: strerror(e)))"
        case .badLine(let line, let reason):
            return "journal line \(line) is damaged: \(reason)"
        case .readOnly(let line, let reason):
            return "journal is read-only: line \(line) is damaged (\(reason)); run `silicon-alley verify --repair`"
        case .replaced:
            return "the journal file was replaced by another file; reloading"
        case .notWritable(let reason):
            return "journal is read-only: \(reason.en)"
        }
    }
}

/// A well-chained line that the reader's fold refused: `reason` names the rule it breaks,
/// and the reader reports it beside the line number as it does a broken hash.
public protocol LineRuleError: Error {
    var reason: String { get }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
