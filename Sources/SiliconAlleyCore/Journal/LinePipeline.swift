import Crypto
import Foundation

/// Reads a file's lines on a second thread and turns each into a `T` there (parsing,
/// hashing), handing batches to the caller in file order while it does the rest — so a
/// large read uses both cores. At most a few batches wait, so memory stays small.
final class LinePipeline<T>: @unchecked Sendable {
    typealias Item = (length: Int, value: T)

    // Everything below is guarded by `condition`.
    private let condition = NSCondition()
    private var ready: [[Item]] = []
    private var done = false
    private var cancelled = false
    private var failure: JournalError?
    private(set) var end = 0
    private(set) var unterminated = 0
    /// SHA-256 (hex) of every complete line read, newlines included, when asked for.
    private(set) var digest: String?
    /// What the consumer is done with, freed on this thread between batches: freeing a
    /// decoded line costs about as much as making it, and the consumer is the busier thread.
    private var trash: [Any] = []

    /// `transform` runs on the second thread; `stopAfter` ends the read early (a damaged line).
    init(fd: Int32, start: Int, path: String,
         transform: @escaping @Sendable (ArraySlice<UInt8>, inout LineCodec.Interner) -> T,
         stopAfter: @escaping @Sendable (T) -> Bool = { _ in false }, hashing: Bool = false) {
        let thread = Thread { [self] in run(fd: fd, start: start, path: path, transform: transform, stopAfter: stopAfter, hashing: hashing) }
        thread.start()
    }

    /// Stops reading and waits until the thread has let go of the file descriptor (the
    /// caller may close it next). Safe to call more than once.
    func stop() {
        condition.lock()
        cancelled = true
        condition.broadcast()
        while !done { condition.wait() }
        condition.unlock()
    }

    private func run(fd: Int32, start: Int, path: String,
                     transform: (ArraySlice<UInt8>, inout LineCodec.Interner) -> T, stopAfter: (T) -> Bool, hashing: Bool) {
        var hasher = SHA256()
        // Small reads: the batches waiting for the consumer are the memory here.
        var reader = ChunkedLineReader(fd: fd, start: start, chunkSize: 1 << 20)
        var interner = LineCodec.Interner()
        var batch: [Item] = []
        batch.reserveCapacity(1024)
        defer {
            condition.lock()
            done = true
            condition.broadcast()
            condition.unlock()
        }
        func hand(_ b: [Item]) -> Bool {
            condition.lock()
            while ready.count >= 3 && !cancelled { condition.wait() }
            if cancelled { condition.unlock(); return false }
            ready.append(b)
            condition.broadcast()
            var garbage: [Any] = []
            swap(&garbage, &trash)
            condition.unlock()
            garbage.removeAll()
            return true
        }
        do {
            while let bytes = try reader.nextLine(path: path) {
                if hashing {
                    bytes.withUnsafeBytes { hasher.update(bufferPointer: $0) }
                    hasher.update(data: [0x0A])
                }
                let value = transform(bytes, &interner)
                batch.append((bytes.count + 1, value))
                if stopAfter(value) { break }
                if batch.count == 1024 {
                    guard hand(batch) else { return }
                    batch.removeAll(keepingCapacity: true)
                }
            }
            if !batch.isEmpty { guard hand(batch) else { return } }
            condition.lock()
            end = reader.offset
            unterminated = reader.unterminatedCount
            if hashing { digest = ChainHash.hex(hasher.finalize()) }
            condition.unlock()
        } catch {
            condition.lock()
            failure = error
            condition.unlock()
        }
    }

    /// Hands over something to be freed on the reading thread (freed here once it has finished).
    func dispose(_ garbage: Any) {
        condition.lock()
        if done {
            condition.unlock()
            return  // `garbage` goes when this returns
        }
        trash.append(garbage)
        condition.unlock()
    }

    /// The next batch, nil when the reading thread has finished.
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

}
