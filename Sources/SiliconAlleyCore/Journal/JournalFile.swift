#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The journal file itself: reading what is new, appending under an exclusive lock,
/// moving a torn tail aside. Knows lines and batches, not the domain.
public final class JournalFile {
    public let path: String
    private var fd: Int32
    public private(set) var device: UInt64 = 0
    public private(set) var inode: UInt64 = 0
    /// Bytes read and accepted: always the end of a complete batch.
    public private(set) var consumed: Int = 0
    public private(set) var lastSeq = 0
    public private(set) var lastHash = ChainHash.genesis
    /// Where the last accepted line starts: a snapshot names it so it can be checked.
    public private(set) var lastLineStart = 0
    /// Set once a damaged line is found; appends are refused from then on.
    public private(set) var damage: (line: Int, reason: String)? {
        didSet { if damage != nil { damageSeenAtSize = size } }
    }
    private var damageSeenAtSize = -1
    /// What was repaired or noticed, for the operator to read.
    public private(set) var notices: [String] = []

    /// `create: false` when reopening a journal that must already exist (after it was
    /// replaced): a missing file is an error, not a new empty journal.
    public init(path: String, create: Bool = true) throws(JournalError) {
        self.path = path
        fd = open(path, O_RDWR | O_CLOEXEC | (create ? O_CREAT : 0), 0o644)
        if fd < 0 { throw .io(path: path, operation: "open", errno: errno) }
        var st = stat()
        if fstat(fd, &st) != 0 { throw .io(path: path, operation: "stat", errno: errno) }
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
    }

    deinit { close(fd) }

    /// Start reading after a snapshot instead of from the beginning.
    public func resume(at offset: Int, seq: Int, hash: String, lineStart: Int) {
        consumed = offset
        lastLineStart = lineStart
        lastSeq = seq
        lastHash = hash
    }

    public var size: Int {
        var st = stat()
        return fstat(fd, &st) == 0 ? Int(st.st_size) : 0
    }

    /// True when the path now names a different file than the one we hold open (or none).
    public var isReplaced: Bool {
        var st = stat()
        guard stat(path, &st) == 0 else { return true }
        return UInt64(st.st_dev) != device || UInt64(st.st_ino) != inode
    }

    public func noteRead() -> [String] {
        defer { notices.removeAll() }
        return notices
    }

    // MARK: Locking

    public func withExclusiveLock<T>(_ body: () throws -> T) throws -> T {
        while flock(fd, LOCK_EX) != 0 {
            if errno != EINTR { throw JournalError.io(path: path, operation: "lock", errno: errno) }
        }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }

    // MARK: Reading

    /// Reads complete batches written since the last call and hands each line to `apply`.
    /// With `holdingLock`, an incomplete tail cannot be a write in progress, so it is torn:
    /// it is moved to a side file. Without the lock it is simply left for later.
    public func readNew(holdingLock: Bool, apply: (JournalLine) throws -> Void) throws {
        // Damage is looked at again once the file has changed (nothing past it was
        // consumed): after `verify --repair`, or a read that raced a writer, it clears.
        if damage != nil {
            if !holdingLock && size == damageSeenAtSize { return }
            damage = nil
        }
        // Nothing new (the common case before an append): skip the reader and its buffer.
        let available = size - consumed
        if available == 0 { return }
        let lines = DecodedLines(fd: fd, start: consumed, path: path, parallel: available >= DecodedLines.parallelThreshold)
        var pending: [JournalLine] = []
        var pendingBytes = 0
        var pendingLastStart = 0
        var expectSeq = lastSeq + 1
        var expectPrev = lastHash
        while let (length, result) = try lines.next() {
            let lineNumber = expectSeq  // seq == line number in an intact journal
            let decoded: JournalLine
            switch result {
            case .success(let line): decoded = line
            case .failure(let error):
                damage = (lineNumber, error.description)
                return
            }
            if decoded.seq != expectSeq {
                damage = (lineNumber, "sequence \(decoded.seq) where \(expectSeq) was expected")
                return
            }
            if decoded.prev != expectPrev {
                damage = (lineNumber, "prev does not match the hash of line \(expectSeq - 1)")
                return
            }
            if decoded.txnIndex != pending.count + 1 || (pending.first.map { $0.txnCount != decoded.txnCount } ?? false) {
                damage = (lineNumber, "batch position \(decoded.txnIndex)/\(decoded.txnCount) out of order")
                return
            }
            pending.append(decoded)
            pendingLastStart = consumed + pendingBytes
            pendingBytes += length
            expectSeq += 1
            expectPrev = decoded.hash
            if decoded.txnIndex == decoded.txnCount {
                for k in pending.indices {
                    do {
                        try apply(pending[k])
                    } catch let e as LineRuleError {
                        // Well chained but breaking a rule: named like a broken hash.
                        damage = (pending[k].seq, e.reason)
                        return
                    } catch {
                        // Well chained but meaningless to the model: damage, not a crash.
                        damage = (pending[k].seq, "data does not fit: \(error)")
                        return
                    }
                }
                consumed += pendingBytes
                lastLineStart = pendingLastStart
                lastSeq = decoded.seq
                lastHash = decoded.hash
                pending.removeAll(keepingCapacity: true)
                pendingBytes = 0
            }
        }
        let end = lines.end + lines.unterminated
        if holdingLock && end > consumed {
            try moveTornTail(from: consumed, to: end, batchLines: pending.count)
        }
    }

    private func moveTornTail(from start: Int, to end: Int, batchLines: Int) throws {
        let side = path + ".torn"
        try moveRange(start: start, end: end, to: side)
        let what = batchLines > 0 ? "an unfinished batch (\(batchLines) complete lines and a partial one)" : "a partial last line"
        notices.append("torn tail: \(end - start) bytes (\(what)) after line \(lastSeq) moved to \(side)")
    }

    /// Appends bytes [start, end) to a side file (fsynced) and cuts the journal at start.
    /// The caller holds the lock.
    func moveRange(start: Int, end: Int, to side: String) throws {
        var torn = [UInt8](repeating: 0, count: end - start)
        let n = torn.withUnsafeMutableBytes { pread(fd, $0.baseAddress, end - start, off_t(start)) }
        if n < 0 { throw JournalError.io(path: path, operation: "read", errno: errno) }
        let sfd = open(side, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        if sfd < 0 { throw JournalError.io(path: side, operation: "open", errno: errno) }
        defer { close(sfd) }
        if torn.last != 0x0A { torn.append(0x0A) }
        try FileIO.writeAll(sfd, torn, path: side)
        if fsync(sfd) != 0 { throw JournalError.io(path: side, operation: "fsync", errno: errno) }
        if ftruncate(fd, off_t(start)) != 0 { throw JournalError.io(path: path, operation: "truncate", errno: errno) }
        if fsync(fd) != 0 { throw JournalError.io(path: path, operation: "fsync", errno: errno) }
        damage = nil
    }

    /// The line stored at [start, end) (end just past its newline), decoded and checked.
    public func line(from start: Int, to end: Int) -> JournalLine? {
        guard start >= 0, end > start + 1, end - start < 16 << 20 else { return nil }
        var buf = [UInt8](repeating: 0, count: end - start)
        let n = buf.withUnsafeMutableBytes { pread(fd, $0.baseAddress, end - start, off_t(start)) }
        guard n == end - start, buf.last == 0x0A else { return nil }
        return try? buf.withUnsafeBufferPointer { b throws(LineCodec.DecodeError) in
            try LineCodec.decode(UnsafeBufferPointer(rebasing: b[0..<(b.count - 1)]))
        }
    }

    // MARK: Appending

    /// Appends encoded lines in one write and fsyncs. The caller holds the lock and has
    /// caught up, so `lines` continue the chain from `lastSeq`/`lastHash`.
    public func append(_ bytes: [UInt8], lines: [JournalLine]) throws {
        if let damage { throw JournalError.readOnly(line: damage.line, reason: damage.reason) }
        guard let last = lines.last else { return }
        precondition(lines.first!.seq == lastSeq + 1 && lines.first!.prev == lastHash, "append without catching up")
        if lseek(fd, off_t(consumed), SEEK_SET) < 0 { throw JournalError.io(path: path, operation: "seek", errno: errno) }
        try FileIO.writeAll(fd, bytes, path: path)
        if fsync(fd) != 0 { throw JournalError.io(path: path, operation: "fsync", errno: errno) }
        if let lastNewlineBeforeEnd = bytes.dropLast().lastIndex(of: 0x0A) {
            lastLineStart = consumed + lastNewlineBeforeEnd + 1
        } else {
            lastLineStart = consumed
        }
        consumed += bytes.count
        lastSeq = last.seq
        lastHash = last.hash
    }
}
