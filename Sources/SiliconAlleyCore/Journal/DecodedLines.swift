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
    private let producer: Producer?
    private var buffer: [Item] = []
    private var position = 0
    /// File offset just past the last complete line, and bytes after it with no newline.
    private(set) var end = 0
    private(set) var unterminated = 0

    init(fd: Int32, start: Int, path: String, parallel: Bool) {
        self.path = path
        if parallel {
            producer = Producer(fd: fd, start: start, path: path)
        } else {
            producer = nil
            reader = ChunkedLineReader(fd: fd, start: start)
            end = start
        }
    }

    deinit { producer?.cancel() }

    func next() throws -> Item? {
        if let producer {
            if position == buffer.count {
                guard let batch = try producer.take() else {
                    (end, unterminated) = (producer.end, producer.unterminated)
                    return nil
                }
                buffer = batch
                position = 0
            }
            defer { position += 1 }
            return buffer[position]
        }
        guard let bytes = try reader!.nextLine(path: path) else {
            (end, unterminated) = (reader!.offset, reader!.unterminatedCount)
            return nil
        }
        let result = bytes.withUnsafeBufferPointer { buf in
            Result { () throws(LineCodec.DecodeError) -> JournalLine in try LineCodec.decode(buf, interner: &interner) }
        }
        return (bytes.count + 1, result)
    }

    /// The second thread: reads and decodes batches ahead of the consumer, a few at most.
    private final class Producer: @unchecked Sendable {
        // Everything below is guarded by `condition`.
        private let condition = NSCondition()
        private var ready: [[Item]] = []
        private var done = false
        private var cancelled = false
        private var failure: JournalError?
        private(set) var end = 0
        private(set) var unterminated = 0

        init(fd: Int32, start: Int, path: String) {
            let thread = Thread { [self] in run(fd: fd, start: start, path: path) }
            thread.start()
        }

        private func run(fd: Int32, start: Int, path: String) {
            // Small reads: the decoded batches waiting for the consumer are the memory here.
            var reader = ChunkedLineReader(fd: fd, start: start, chunkSize: 1 << 20)
            var interner = LineCodec.Interner()
            var batch: [Item] = []
            batch.reserveCapacity(1024)
            func hand(_ b: [Item]) -> Bool {
                condition.lock()
                defer { condition.unlock() }
                while ready.count >= 3 && !cancelled { condition.wait() }
                if cancelled { return false }
                ready.append(b)
                condition.broadcast()
                return true
            }
            do {
                while let bytes = try reader.nextLine(path: path) {
                    let result = bytes.withUnsafeBufferPointer { buf in
                        Result { () throws(LineCodec.DecodeError) -> JournalLine in try LineCodec.decode(buf, interner: &interner) }
                    }
                    batch.append((bytes.count + 1, result))
                    // A damaged line ends the useful part of the read: hand it over and stop.
                    if case .failure = result { break }
                    if batch.count == 1024 {
                        guard hand(batch) else { return }
                        batch.removeAll(keepingCapacity: true)
                    }
                }
                if !batch.isEmpty { guard hand(batch) else { return } }
                condition.lock()
                end = reader.offset
                unterminated = reader.unterminatedCount
            } catch let e as JournalError {
                condition.lock()
                failure = e
            } catch {
                condition.lock()
                failure = .io(path: path, operation: "read", errno: EIO)
            }
            done = true
            condition.broadcast()
            condition.unlock()
        }

        /// The next batch, nil when the producer has finished.
        func take() throws -> [Item]? {
            condition.lock()
            defer { condition.unlock() }
            while ready.isEmpty && !done { condition.wait() }
            if !ready.isEmpty {
                let b = ready.removeFirst()
                condition.broadcast()
                return b
            }
            if let failure { throw failure }
            return nil
        }

        func cancel() {
            condition.lock()
            cancelled = true
            condition.broadcast()
            condition.unlock()
        }
    }
}
