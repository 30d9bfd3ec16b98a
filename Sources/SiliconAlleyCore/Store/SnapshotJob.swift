#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A snapshot being written off the operator's path: a copy of the state (copy-on-write:
/// nothing is duplicated until the store's own state changes), written to a temp file
/// beside the journal by `run()` on any thread. The store vouches for it afterwards
/// (`JournalStore.completeSnapshot`) and only then renames it into place.
public final class SnapshotJob: @unchecked Sendable {
    let header: SnapshotCodec.Header
    /// Let go of once written: the line that vouches for the snapshot changes the store's
    /// state, and a copy still held here would make that change copy whole tables (25 MB).
    private var state: DomainState?
    private let place: JournalPlace
    private let tmp: String
    private var fd: Int32
    // Set by `run` (any thread), read by the store's thread: guarded by `lock`.
    private let lock = NSLock()
    private var result: Result<String, Error>?

    /// The temp file is opened here, on the store's thread (through the shared setup's
    /// privilege when there is one); `run` only writes to the descriptor.
    init(state: DomainState, header: SnapshotCodec.Header, place: JournalPlace) throws {
        self.state = state
        self.header = header
        self.place = place
        Self.removeStale(in: place)
        tmp = place.name + ".snapshot.tmp.\(getpid()).\(Self.next())"
        place.removeFile(tmp)
        let (fd, _) = place.openFile(tmp, O_WRONLY | O_TRUNC, create: .replaced)
        if fd < 0 { throw JournalError.io(path: place.directory + "/" + tmp, operation: "open", errno: errno) }
        self.fd = fd
    }

    deinit { discard() }

    /// Temp files left by processes that are gone (a console hung up while it wrote one).
    /// Another login's live process answers EPERM, not ESRCH: its file stays.
    private static func removeStale(in place: JournalPlace) {
        let prefix = place.name + ".snapshot.tmp."
        for name in place.names(startingWith: prefix) {
            guard let pid = Int32(name.dropFirst(prefix.count).prefix { $0 != "." }), pid != getpid() else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { place.removeFile(name) }
        }
    }

    nonisolated(unsafe) private static var counter = 0
    private static let counterLock = NSLock()
    private static func next() -> Int { counterLock.withLock { counter += 1; return counter } }

    /// The state of the store's head line the snapshot stands for.
    public var seq: Int { header.seq }

    /// Writes the body and the header, and fsyncs. Call once, on any thread.
    public func run() {
        let r = write()
        lock.withLock { result = r }
    }

    /// The state is taken out first, so no copy is left by the time the store can vouch.
    private func write() -> Result<String, Error> {
        let path = place.directory + "/" + tmp
        let taken = lock.withLock { () -> DomainState? in
            defer { state = nil }
            return state
        }
        guard let state = taken else {
            return .failure(JournalError.io(path: path, operation: "snapshot written twice", errno: EINVAL))
        }
        return Result { () throws -> String in
            let h = header
            let digest = try SnapshotCodec.write(state, to: fd, path: path) { digest in
                var full = h
                full.digest = digest
                return full
            }
            if fsync(fd) != 0 { throw JournalError.io(path: path, operation: "fsync", errno: errno) }
            return digest
        }
    }

    public var isFinished: Bool { lock.withLock { result != nil } }
    var digest: String? { lock.withLock { try? result?.get() } }
    var failure: Error? {
        lock.withLock {
            if case .failure(let e)? = result { return e }
            return nil
        }
    }

    /// Renames the written file into place (the store has just vouched for it).
    func install() throws {
        if fd >= 0 { close(fd); fd = -1 }
        if !place.renameFile(tmp, place.name + ".snapshot") {
            let e = errno
            place.removeFile(tmp)
            throw JournalError.io(path: place.directory + "/" + place.name + ".snapshot", operation: "rename", errno: e)
        }
        place.syncDirectory()
    }

    /// The process is leaving while `run` may still be writing: the temp file's name goes
    /// (the descriptor closes with the process).
    public func abandon() {
        place.removeFile(tmp)
    }

    /// Gives the temp file up (the journal moved on, or the write failed). Idempotent.
    func discard() {
        if fd >= 0 {
            close(fd)
            fd = -1
            place.removeFile(tmp)
        }
    }
}
