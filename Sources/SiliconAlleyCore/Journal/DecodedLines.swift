import Foundation

/// Journal lines read and decoded (parsed, hash-checked) in file order, with each line's
/// length. A large read decodes on a second thread while the caller folds the lines
/// into the state, so replay uses both cores; a small one stays on the caller's thread.
final class DecodedLines {
    typealias Item = (length: Int, line: Result<JournalLine, LineCodec.DecodeError>)

    /// Bytes to read before a second thread pays off.
    static let parallelThreshold = 8 << 20

    private let path: String
    private var reader: ChunkedLineReader?
    private var interner = LineCodec.Interner()
    private let producer: LinePipeline<Result<JournalLine, LineCodec.DecodeError>>?
    private var buffer: [(length: Int, value: Result<JournalLine, LineCodec.DecodeError>)] = []
    private var previous: [(length: Int, value: Result<JournalLine, LineCodec.DecodeError>)] = []
    private var position = 0
    /// File offset just past the last complete line, and bytes after it with no newline.
    private(set) var end = 0
    private(set) var unterminated = 0

    /// Each line must follow the one before: the next seq, and `prev` the hash of the line
    /// before. Checked where the line is decoded, so the caller's thread never reads a
    /// line's hashes (strings another core just wrote: a cache miss each, a million times).
    struct ChainCheck {
        var seq: Int
        var prev: ChainDigest

        mutating func check(_ decoded: Result<JournalLine, LineCodec.DecodeError>) -> Result<JournalLine, LineCodec.DecodeError> {
            guard case .success(let line) = decoded else { return decoded }
            if line.seq != seq { return .failure(.outOfChain("sequence \(line.seq) where \(seq) was expected")) }
            if line.prevDigest != prev { return .failure(.outOfChain("prev does not match the hash of line \(seq - 1)")) }
            seq += 1
            prev = line.hashDigest
            return decoded
        }
    }

    /// The chain check, kept by the decoding thread (only that thread touches it).
    private final class ChainCursor: @unchecked Sendable {
        var chain: ChainCheck
        init(_ chain: ChainCheck) { self.chain = chain }
    }

    private var chain: ChainCheck

    /// `after`: the seq and hash of the line before `start` (0 and the genesis hash at the top).
    init(fd: Int32, start: Int, path: String, parallel: Bool, after: (seq: Int, hash: ChainDigest)) {
        self.path = path
        chain = ChainCheck(seq: after.seq + 1, prev: after.hash)
        if parallel {
            let cursor = ChainCursor(chain)
            producer = LinePipeline(fd: fd, start: start, path: path) { bytes, interner in
                cursor.chain.check(bytes.withUnsafeBufferPointer { buf in
                    Result { () throws(LineCodec.DecodeError) -> JournalLine in try LineCodec.decode(buf, interner: &interner) }
                })
            } stopAfter: { if case .failure = $0 { return true } else { return false } }
        } else {
            producer = nil
            reader = ChunkedLineReader(fd: fd, start: start)
            end = start
        }
    }

    deinit { producer?.stop() }

    func next() throws -> Item? {
        if let producer {
            if position == buffer.count {
                // A finished batch goes to the decoding thread to be freed, one batch late:
                // lines of a transaction that runs on past its batch are still held by the
                // caller, whose letting go would otherwise free them on this thread.
                if !previous.isEmpty {
                    var done: [(length: Int, value: Result<JournalLine, LineCodec.DecodeError>)] = []
                    swap(&done, &previous)
                    producer.dispose(consume done)
                }
                swap(&previous, &buffer)
                guard let batch = try producer.take() else {
                    buffer = []
                    (end, unterminated) = (producer.end, producer.unterminated)
                    return nil
                }
                buffer = batch
                position = 0
            }
            position += 1
            return (buffer[position - 1].length, buffer[position - 1].value)
        }
        guard let bytes = try reader!.nextLine(path: path) else {
            (end, unterminated) = (reader!.offset, reader!.unterminatedCount)
            return nil
        }
        let result = bytes.withUnsafeBufferPointer { buf in
            Result { () throws(LineCodec.DecodeError) -> JournalLine in try LineCodec.decode(buf, interner: &interner) }
        }
        return (bytes.count + 1, chain.check(result))
    }

}
