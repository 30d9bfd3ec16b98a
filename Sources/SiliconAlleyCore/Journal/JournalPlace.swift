#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The directory that holds a journal and its side files (snapshot, torn tail, quarantine,
/// receipts), opened once: every file is reached from it by name (`openat`), so the path
/// cannot be re-pointed between a check and a use.
///
/// Two kinds of place:
/// - **private** (one user): files 0600, directories 0700, whatever the umask;
/// - **shared** (`silicon-alley setup`: a directory owned by root and the journal's group,
///   set-group-ID, not open to others): files 0660 (appended to by every login) or 0640
///   (replaced whole), directories 2770. When this binary holds that group's privilege
///   (`Privilege`), it uses it here and nowhere else — and only if the directory and the
///   journal file are root's and the group's, so `--journal` cannot point it elsewhere.
public final class JournalPlace: @unchecked Sendable {
    public let directory: String
    /// The journal's file name inside `directory`.
    public let name: String
    let dirfd: Int32
    /// The binary's group privilege applies to files here.
    public let privileged: Bool
    /// Files get group modes (the directory is set-group-ID and group-writable).
    public let shared: Bool

    public enum FileKind {
        /// The journal and side files other logins append to.
        case appended
        /// Files written whole and renamed into place (snapshots, receipts).
        case replaced
        case directory
    }

    public var path: String { directory == "/" ? "/" + name : directory + "/" + name }
    /// The path with the directory's symlinks resolved: one journal, one name (witnesses key on it).
    public let canonicalPath: String

    /// Opens the journal's directory; `create` makes missing directories (0700) first.
    public init(journalPath: String, createDirectories: Bool) throws(JournalError) {
        let (dir, file) = Self.split(journalPath)
        guard !file.isEmpty, file != ".", file != ".." else { throw .io(path: journalPath, operation: "open (not a file name)", errno: EINVAL) }
        if createDirectories {
            var st = stat()
            if stat(dir, &st) != 0 && errno == ENOENT {
                // A directory still to be made is not the shared one: the privilege has no use here.
                Privilege.relinquish()
                try Self.makeDirectories(dir)
            }
        }
        directory = dir
        name = file
        var fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if fd < 0 && (errno == EACCES || errno == EPERM) && Privilege.sharedGroup != nil {
            fd = Privilege.withGroup { open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        }
        if fd < 0 { throw .io(path: dir, operation: "open directory", errno: errno) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { let e = errno; close(fd); throw .io(path: dir, operation: "stat", errno: e) }
        shared = st.st_mode & S_ISGID != 0 && st.st_mode & 0o070 != 0
        let group = Privilege.sharedGroup
        let trusted = group != nil && st.st_uid == 0 && st.st_gid == group! && st.st_mode & 0o002 == 0
        if group != nil && !trusted {
            // Not the shared journal's directory: the privilege may touch nothing here.
            close(fd)
            Privilege.relinquish()
            fd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if fd < 0 { throw .io(path: dir, operation: "open directory", errno: errno) }
        }
        dirfd = fd
        privileged = trusted
        canonicalPath = Self.canonical(dir) + "/" + file
    }

    private static func canonical(_ dir: String) -> String {
        guard let p = realpath(dir, nil) else { return dir }
        defer { free(p) }
        let s = String(cString: p)
        return s == "/" ? "" : s
    }

    deinit { close(dirfd) }

    /// A subdirectory of this place (made with the place's directory mode when missing).
    public func subdirectory(_ sub: String) throws(JournalError) -> JournalPlace {
        let mode = self.mode(.directory)
        let made = run { mkdirat(dirfd, sub, mode) }
        if made == 0 {
            // mkdir's mode passes through the umask, and set-group-ID needs chmod anyway.
            _ = run { fchmodat(dirfd, sub, mode, 0) }
        } else if errno != EEXIST {
            throw .io(path: directory + "/" + sub, operation: "mkdir", errno: errno)
        }
        return try JournalPlace(parent: self, sub: sub)
    }

    private init(parent: JournalPlace, sub: String) throws(JournalError) {
        directory = parent.directory + "/" + sub
        name = parent.name
        privileged = parent.privileged
        canonicalPath = parent.canonicalPath
        let flags = O_RDONLY | O_DIRECTORY | O_CLOEXEC | (parent.privileged ? O_NOFOLLOW : 0)
        let fd = parent.run { openat(parent.dirfd, sub, flags) }
        if fd < 0 { throw .io(path: directory, operation: "open directory", errno: errno) }
        dirfd = fd
        var st = stat()
        shared = fstat(fd, &st) == 0 && st.st_mode & S_ISGID != 0 && st.st_mode & 0o070 != 0
    }

    /// The mode a new file of this kind gets here.
    public func mode(_ kind: FileKind) -> mode_t {
        switch (kind, shared) {
        case (.appended, false), (.replaced, false): return 0o600
        case (.directory, false): return 0o700
        case (.appended, true): return 0o660
        case (.replaced, true): return 0o640
        case (.directory, true): return 0o2770
        }
    }

    /// Runs one system call with the group privilege when this is the shared place.
    func run<T>(_ call: () -> T) -> T {
        privileged ? Privilege.withGroup(call) : call()
    }

    /// Opens `file` here. With `create`, a missing file is made with the kind's mode (set
    /// after creation, so the umask cannot widen or narrow it); `created` says which.
    func openFile(_ file: String, _ flags: Int32, create kind: FileKind? = nil) -> (fd: Int32, created: Bool) {
        let base = flags | O_CLOEXEC | (privileged ? O_NOFOLLOW : 0)
        if let kind {
            let mode = self.mode(kind)
            let fd = run { openat(dirfd, file, base | O_CREAT | O_EXCL, mode) }
            if fd >= 0 {
                fchmod(fd, mode)
                return (fd, true)
            }
            if errno != EEXIST { return (-1, false) }
        }
        return (run { openat(dirfd, file, base) }, false)
    }

    /// stat of a file here (without following a final symlink in the shared place).
    func fileStatus(_ file: String) -> stat? {
        var st = stat()
        let r = run { fstatat(dirfd, file, &st, privileged ? AT_SYMLINK_NOFOLLOW : 0) }
        return r == 0 ? st : nil
    }

    func exists(_ file: String) -> Bool { fileStatus(file) != nil }

    func renameFile(_ from: String, _ to: String) -> Bool {
        run { renameat(dirfd, from, dirfd, to) } == 0
    }

    func removeFile(_ file: String) {
        _ = run { unlinkat(dirfd, file, 0) }
    }

    /// Names in this directory that start with `prefix`.
    func names(startingWith prefix: String) -> [String] {
        let fd = run { dup(dirfd) }
        guard fd >= 0, let dir = fdopendir(fd) else { if fd >= 0 { close(fd) }; return [] }
        defer { closedir(dir) }
        rewinddir(dir)
        var out: [String] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(cString: raw.bindMemory(to: CChar.self).baseAddress!)
            }
            if name.hasPrefix(prefix) { out.append(name) }
        }
        return out
    }

    /// fsync of the directory itself, so a rename or a new file survives a crash.
    func syncDirectory() {
        fsync(dirfd)
    }

    /// Temp file, fsync, rename, fsync the directory: a reader sees the old file or the new.
    func writeAtomically(_ file: String, kind: FileKind = .replaced, produce: (Int32, String) throws -> Void) throws {
        let tmp = file + ".tmp.\(getpid())"
        removeFile(tmp)
        let (fd, _) = openFile(tmp, O_WRONLY | O_TRUNC, create: kind)
        if fd < 0 { throw JournalError.io(path: directory + "/" + tmp, operation: "open", errno: errno) }
        do {
            try produce(fd, directory + "/" + tmp)
        } catch {
            close(fd); removeFile(tmp); throw error
        }
        if fsync(fd) != 0 { let e = errno; close(fd); removeFile(tmp); throw JournalError.io(path: directory + "/" + tmp, operation: "fsync", errno: e) }
        close(fd)
        if !renameFile(tmp, file) { let e = errno; removeFile(tmp); throw JournalError.io(path: directory + "/" + file, operation: "rename", errno: e) }
        syncDirectory()
    }

    // MARK: Paths

    static func split(_ path: String) -> (directory: String, name: String) {
        guard let slash = path.lastIndex(of: "/") else { return (".", path) }
        let d = String(path[..<slash])
        return (d.isEmpty ? "/" : d, String(path[path.index(after: slash)...]))
    }

    /// mkdir -p, each new directory 0700 whatever the umask (existing ones are left alone).
    static func makeDirectories(_ dir: String) throws(JournalError) {
        var current = dir.hasPrefix("/") ? "" : "."
        for part in dir.split(separator: "/") {
            current += "/" + part
            if mkdir(current, 0o700) == 0 {
                chmod(current, 0o700)
            } else if errno != EEXIST {
                throw .io(path: current, operation: "mkdir", errno: errno)
            }
        }
    }

    // MARK: Places in use, by path

    private final class Weak: @unchecked Sendable {
        weak var place: JournalPlace?
        init(_ p: JournalPlace) { place = p }
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var inUse: [String: Weak] = [:]

    /// Remembers the place a store opened (for as long as the store keeps it), so readers
    /// given only the path (the journal pane's index) reach the file the same way.
    func register(path: String) {
        Self.lock.withLock {
            Self.inUse = Self.inUse.filter { $0.value.place != nil }
            Self.inUse[path] = Weak(self)
        }
    }

    static func registered(_ path: String) -> JournalPlace? {
        lock.withLock { inUse[path]?.place }
    }

    /// Opens a journal file for reading by its path: through the place a store opened for
    /// it when there is one, else as the user.
    public static func openForReading(_ path: String) -> Int32 {
        if let place = registered(path) { return place.openFile(place.name, O_RDONLY).fd }
        return open(path, O_RDONLY | O_CLOEXEC)
    }

    /// stat by path, the same way.
    public static func statForReading(_ path: String) -> stat? {
        if let place = registered(path) { return place.fileStatus(place.name) }
        var st = stat()
        return stat(path, &st) == 0 ? st : nil
    }
}
