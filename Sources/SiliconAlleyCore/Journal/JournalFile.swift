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
    public private(set) var lastDigest = ChainDigest.genesis
    public var lastHash: String { lastDigest.hex }
    /// Where the last accepted line starts: a snapshot names it so it can be checked.
    public private(set) var lastLineStart = 0
    /// Set once a damaged line is found; appends are refused from then on.
    public private(set) var damage: (line: Int, reason: String)? {
        didSet { if damage != nil { damageSeenAtSize = size } }
    }
    private var damageSeenAtSize = -1
    /// What was repaired or noticed, for the operator to read.
    public private(set) var notices: [JournalNotice] = []

    /// The directory and name it was opened through (side files go beside it).
    public let place: JournalPlace
    /// False when the file could only be opened for reading.
    public let writable: Bool
    /// Why it could not be opened for writing (EACCES, EPERM, EROFS), if asked to.
    public let writeRefusal: Int32?

    public enum Access: Sendable { case readWrite, readOnly }

    /// Opens the journal at `place`. `create` makes a missing file (never in the shared
    /// place: `setup` makes that one). A file the user may only read, or on a read-only
    /// file system, is opened for reading: `writable` is false and `writeRefusal` says why.
    public init(place: JournalPlace, access: Access = .readWrite, create: Bool = true) throws(JournalError) {
        self.place = place
        path = place.path
        var refusal: Int32?
        var opened: (fd: Int32, created: Bool) = (-1, false)
        if access == .readWrite {
            opened = place.openFile(place.name, O_RDWR, create: create && !place.privileged ? .appended : nil)
            if opened.fd < 0 && [EACCES, EPERM, EROFS].contains(errno) {
                refusal = errno
            } else if opened.fd < 0 {
                throw .io(path: path, operation: "open", errno: errno)
            }
        }
        if opened.fd < 0 {
            opened = place.openFile(place.name, O_RDONLY)
            if opened.fd < 0 { throw .io(path: path, operation: "open", errno: errno) }
        }
        fd = opened.fd
        writable = refusal == nil && access == .readWrite
        writeRefusal = refusal
        var st = stat()
        if fstat(fd, &st) != 0 { let e = errno; close(fd); throw .io(path: path, operation: "stat", errno: e) }
        guard st.st_mode & S_IFMT == S_IFREG else { close(fd); throw .io(path: path, operation: "open (not a regular file)", errno: EINVAL) }
        if place.privileged && (st.st_uid != 0 || st.st_gid != Privilege.sharedGroup ?? 0) {
            // In the shared directory, only the file `setup` made is the journal.
            close(fd)
            throw .io(path: path, operation: "open (not the shared journal `silicon-alley setup` made)", errno: EPERM)
        }
        device = UInt64(st.st_dev)
        inode = UInt64(st.st_ino)
        if writable && !opened.created && st.st_uid == geteuid() && st.st_mode & 0o007 != 0 {
            // Written by an older build (0644): personal data is not for other logins.
            let narrower = mode_t(st.st_mode & 0o7770)
            if fchmod(fd, narrower) == 0 {
                notices.append(.modeNarrowed(file: path, mode: narrower))
            }
        }
    }

    /// Opens the journal at `path` through its directory (see `JournalPlace`).
    public convenience init(path: String, access: Access = .readWrite, create: Bool = true) throws(JournalError) {
        try self.init(place: JournalPlace(journalPath: path, createDirectories: false), access: access, create: create)
    }

    deinit { close(fd) }

    /// Start reading after a snapshot instead of from the beginning.
    public func resume(at offset: Int, seq: Int, hash: ChainDigest, lineStart: Int) {
        consumed = offset
        lastLineStart = lineStart
        lastSeq = seq
        lastDigest = hash
    }

    public var size: Int {
        var st = stat()
        return fstat(fd, &st) == 0 ? Int(st.st_size) : 0
    }

    /// True when the path now names a different file than the one we hold open (or none).
    public var isReplaced: Bool {
        guard let st = place.fileStatus(place.name) else { return true }
        return UInt64(st.st_dev) != device || UInt64(st.st_ino) != inode
    }

    /// The path still names a file (replaced or not).
    public var exists: Bool { place.exists(place.name) }

    public func noteRead() -> [JournalNotice] {
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
    /// `progress` hears (bytes read up to, lines applied) every few thousand lines.
    public func readNew(holdingLock: Bool, progress: ((Int, Int) -> Void)? = nil,
                        apply: (JournalLine) throws -> Void) throws {
        // Damage is looked at again once the file has changed (nothing past it was
        // consumed): after `verify --repair`, or a read that raced a writer, it clears.
        if damage != nil {
            if !holdingLock && size == damageSeenAtSize { return }
            damage = nil
        }
        // Nothing new (the common case before an append): skip the reader and its buffer.
        let available = size - consumed
        if available == 0 { return }
        let lines = DecodedLines(fd: fd, start: consumed, path: path, parallel: available >= DecodedLines.parallelThreshold,
                                 after: (lastSeq, lastDigest))
        var pending: [JournalLine] = []
        var pendingBytes = 0
        var pendingLastStart = 0
        var expectSeq = lastSeq + 1
        var applied = 0
        while let (length, result) = try lines.next() {
            let lineNumber = expectSeq  // seq == line number in an intact journal
            let decoded: JournalLine
            switch result {
            case .success(let line): decoded = line
            case .failure(let error):
                damage = (lineNumber, error.description)
                return
            }
            // Its seq and prev were checked against the line before as it was decoded.
            if decoded.txnIndex != pending.count + 1 || (pending.first.map { $0.txnCount != decoded.txnCount } ?? false) {
                damage = (lineNumber, "batch position \(decoded.txnIndex)/\(decoded.txnCount) out of order")
                return
            }
            let lastOfBatch = decoded.txnIndex == decoded.txnCount
            let seq = decoded.seq
            pending.append(consume decoded)
            pendingLastStart = consumed + pendingBytes
            pendingBytes += length
            expectSeq += 1
            if lastOfBatch {
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
                lastSeq = seq
                lastDigest = pending[pending.count - 1].hashDigest
                if let progress, applied / 4096 != (applied + pending.count) / 4096 {
                    progress(consumed, applied + pending.count)
                }
                applied += pending.count
                // Their batch still holds them: it is freed on the decoding thread (`DecodedLines`).
                pending.removeAll(keepingCapacity: true)
                pendingBytes = 0
            }
        }
        let end = lines.end + lines.unterminated
        trailing = end - consumed
        if holdingLock && writable && end > consumed {
            try moveTornTail(from: consumed, to: end, batchLines: pending.count)
        }
    }

    /// Bytes after the last complete batch at the last read: a write in progress, or a
    /// torn tail the next writer moves aside.
    public private(set) var trailing = 0

    private func moveTornTail(from start: Int, to end: Int, batchLines: Int) throws {
        let side = place.name + ".torn"
        let moved = try moveRange(start: start, end: end, to: side)
        notices.append(.tornTailMoved(bytes: end - start, afterLine: lastSeq, completeLines: batchLines,
                                      lines: moved, sideFile: place.directory + "/" + side))
        trailing = 0
    }

    /// Appends bytes [start, end) to a side file beside the journal (fsynced) and cuts the
    /// journal at start; returns how many lines moved (a partial last one counts). The
    /// caller holds the lock.
    func moveRange(start: Int, end: Int, to side: String) throws -> Int {
        guard writable else { throw JournalError.io(path: path, operation: "repair (opened read-only)", errno: writeRefusal ?? EBADF) }
        var torn = [UInt8](repeating: 0, count: end - start)
        let n = torn.withUnsafeMutableBytes { pread(fd, $0.baseAddress, end - start, off_t(start)) }
        if n < 0 { throw JournalError.io(path: path, operation: "read", errno: errno) }
        let sidePath = place.directory + "/" + side
        let (sfd, _) = place.openFile(side, O_WRONLY | O_APPEND, create: .appended)
        if sfd < 0 { throw JournalError.io(path: sidePath, operation: "open", errno: errno) }
        defer { close(sfd) }
        if torn.last != 0x0A { torn.append(0x0A) }
        let lines = torn.reduce(0) { $1 == 0x0A ? $0 + 1 : $0 }
        try FileIO.writeAll(sfd, torn, path: sidePath)
        if fsync(sfd) != 0 { throw JournalError.io(path: sidePath, operation: "fsync", errno: errno) }
        place.syncDirectory()
        if ftruncate(fd, off_t(start)) != 0 { throw JournalError.io(path: path, operation: "truncate", errno: errno) }
        if fsync(fd) != 0 { throw JournalError.io(path: path, operation: "fsync", errno: errno) }
        damage = nil
        return lines
    }

    /// The line that starts at `start` (up to its newline), decoded and checked.
    public func line(startingAt start: Int) -> JournalLine? {
        guard start >= 0 else { return nil }
        var reader = ChunkedLineReader(fd: fd, start: start, chunkSize: 1 << 16)
        guard let bytes = try? reader.nextLine(path: path) else { return nil }
        return try? bytes.withUnsafeBufferPointer { b throws(LineCodec.DecodeError) in try LineCodec.decode(b) }
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
        guard writable else { throw JournalError.io(path: path, operation: "write (opened read-only)", errno: writeRefusal ?? EBADF) }
        guard let last = lines.last else { return }
        precondition(lines.first!.seq == lastSeq + 1 && lines.first!.prevDigest == lastDigest, "append without catching up")
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
        lastDigest = last.hashDigest
    }
}
