#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The journal as it stood at the end of a day (Beijing time): every line written up to
/// then, each hash and the chain checked, folded into a state with every rule. What "as
/// of" means for reports: the same report whenever it is made, anchored on the last line
/// of that day.
public enum JournalAsOf {
    public struct Past: Sendable {
        public var state: DomainState
        public var head: (seq: Int, hash: String)
    }

    public struct Damaged: Error, CustomStringConvertible {
        public let line: Int
        public let reason: String
        public var description: String { "journal line \(line): \(reason)" }
    }

    public static func state(path: String, through day: LocalDate) throws -> Past {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw JournalError.io(path: path, operation: "open", errno: errno) }
        defer { close(fd) }
        var reader = ChunkedLineReader(fd: fd, start: 0)
        var state = DomainState()
        var expect = (seq: 1, prev: ChainDigest.genesis)
        while let bytes = try reader.nextLine(path: path) {
            let line: JournalLine
            do { line = try Array(bytes).withUnsafeBufferPointer { try LineCodec.decode($0) } } catch {
                throw Damaged(line: expect.seq, reason: "\(error)")
            }
            guard line.seq == expect.seq, line.prevDigest == expect.prev else {
                throw Damaged(line: expect.seq, reason: "out of sequence or off the chain")
            }
            // Lines are in time order (replay refuses going back): the first after the day ends it.
            if let d = line.timeMilliseconds.map(Timestamp.beijingDate(milliseconds:)) ?? beijingDay(line.time), d > day { break }
            do { try state.apply(line) } catch { throw Damaged(line: line.seq, reason: "\(error)") }
            expect = (line.seq + 1, line.hashDigest)
        }
        return Past(state: state, head: (state.lastSeq, state.lastHash))
    }

    /// The Beijing calendar day of a journal time ("2026-11-29T21:01:05.120Z" → 2026-11-30).
    static func beijingDay(_ iso: String) -> LocalDate? {
        let u = Array(iso.utf8)
        guard u.count >= 13, let date = LocalDate(String(decoding: u[0..<10], as: UTF8.self)),
              let hour = Int(String(decoding: u[11..<13], as: UTF8.self)) else { return nil }
        return hour + 8 >= 24 ? date.adding(days: 1) : date
    }
}
