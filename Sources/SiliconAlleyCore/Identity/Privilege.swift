#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The shared setup installs the binary set-group-ID to the journal's group, and operators
/// are not in that group: only this program can write the shared journal. The group is
/// dropped at start (files the user names — themes, CSV imports, exports — are opened as
/// the user) and taken up again only around the system calls that reach the shared
/// journal's directory (`JournalPlace`), which must be the one `setup` made.
public enum Privilege {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var group: gid_t?

    /// The group this binary is set-group-ID to, while it may still be used.
    public static var sharedGroup: gid_t? { lock.withLock { group } }

    /// First thing in `main`: remembers a set-group-ID privilege and puts it aside
    /// (effective gid = real gid). A set-user-ID privilege is not how this program is
    /// installed: it is given up for good.
    public static func dropAtStart() {
        lock.withLock {
            if geteuid() != getuid() {
                if setreuid(getuid(), getuid()) != 0 { fatal("cannot give up the set-user-ID privilege") }
            }
            let real = getgid(), effective = getegid()
            guard real != effective else { return }
            if setegid(real) != 0 { fatal("cannot put the group privilege aside") }
            group = effective
        }
    }

    /// Gives the group up for good: the journal is not the shared one, so nothing this
    /// process does may use it.
    public static func relinquish() {
        lock.withLock {
            guard group != nil else { return }
            let real = getgid()
            if setregid(real, real) != 0 { fatal("cannot give up the group privilege") }
            group = nil
        }
    }

    /// Runs `body` with the group as effective gid (if this process has it), then puts it
    /// aside again. Process-wide, so calls are serialised and kept to single system calls.
    static func withGroup<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        guard let g = group else { return try body() }
        if setegid(g) != 0 { fatal("cannot take up the group privilege") }
        defer { if setegid(getgid()) != 0 { fatal("cannot put the group privilege aside") } }
        return try body()
    }

    private static func fatal(_ what: String) -> Never {
        let message = "silicon-alley: \(what): \(String(cString: strerror(errno)))\n"
        _ = message.withCString { write(2, $0, strlen($0)) }
        exit(70)
    }
}
