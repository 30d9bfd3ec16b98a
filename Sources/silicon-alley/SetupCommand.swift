import ArgumentParser
import Foundation
import SiliconAlleyCore

/// `silicon-alley setup`, run once by root: several OS logins on one journal, written only
/// through this program.
///
/// - a group (made if missing) that owns a directory of its own, 2770 root:GROUP, and
///   the journal in it, 0660 root:GROUP, created and seeded here (root is its first admin);
/// - this binary installed set-group-ID to that group (2755 root:GROUP): operators are
///   *not* members, so they reach the journal through the program and nothing else;
/// - `/etc/silicon-alley.conf` naming the journal, so nobody has to.
struct SetupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "setup",
        abstract: "Root, once: a group, a journal directory only it may enter, and this binary installed set-group-ID to it.")

    @Option(help: "The group that owns the journal (made if missing; operators must not be members).")
    var group = "silicon-alley"
    @Option(help: "The shared journal (its directory is given to the group and holds nothing else).")
    var journal = "/var/lib/silicon-alley/journal.jsonl"
    @Option(help: "Where to install this binary, set-group-ID to the group.")
    var install = "/usr/local/bin/silicon-alley"
    @Option(help: "Where to write the system configuration naming the journal.")
    var config = SystemConfig.defaultPath
    @Option(name: .customLong("admin"), help: "A login to make admin of the journal (repeatable).")
    var admins: [String] = []

    func validate() throws {
        guard group.range(of: #"^[a-z_][a-z0-9_-]{0,31}$"#, options: .regularExpression) != nil else {
            throw ValidationError("--group: “\(group)” is not a group name")
        }
        for p in [journal, install, config] where !p.hasPrefix("/") {
            throw ValidationError("\(p): give an absolute path")
        }
        for a in admins where !OperatorRules.isLogin(a) { throw ValidationError("--admin: “\(a)” is not a login") }
    }

    func run() throws {
        guard getuid() == 0 else {
            printErr("setup: must be run by root (e.g. sudo silicon-alley setup …); nothing changed")
            throw ExitCode(1)
        }
        let gid = try ensureGroup()
        let (dir, name) = split(journal)
        try ensureDirectory(dir, name: name, gid: gid)
        try ensureJournal(gid: gid)
        try installBinary(gid: gid)
        try writeConfig()
        print("setup: done. Operators run \(install) (it finds \(journal) through \(config)); add them with:")
        print("  \(install) operators add LOGIN --role operator|clerk|viewer")
        let members = groupMembers(gid)
        if !members.isEmpty {
            printErr("setup: warning: \(members.joined(separator: ", ")) \(members.count == 1 ? "is a member" : "are members") of \(group) and can edit the journal by hand; remove with: gpasswd -d LOGIN \(group)")
        }
    }

    // MARK: Steps

    private func ensureGroup() throws -> gid_t {
        if let g = getgrnam(group) { return g.pointee.gr_gid }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: FileManager.default.isExecutableFile(atPath: "/usr/sbin/groupadd") ? "/usr/sbin/groupadd" : "/sbin/groupadd")
        p.arguments = ["--system", group]
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0, let g = getgrnam(group) else { throw CLIError("setup: groupadd \(group) failed (status \(p.terminationStatus))") }
        print("setup: made group \(group) (gid \(g.pointee.gr_gid))")
        return g.pointee.gr_gid
    }

    /// The journal's directory, 2770 root:GROUP. An existing directory is taken over only if
    /// it holds nothing but this journal's files: its group and mode change.
    private func ensureDirectory(_ dir: String, name: String, gid: gid_t) throws {
        var st = stat()
        if lstat(dir, &st) == 0 {
            guard st.st_mode & S_IFMT == S_IFDIR else { throw CLIError("setup: \(dir) is not a directory") }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []
            let foreign = entries.filter { $0 != name && !$0.hasPrefix(name + ".") && $0 != "receipts" }
            if !foreign.isEmpty {
                throw CLIError("setup: \(dir) holds other files (\(foreign.sorted().prefix(5).joined(separator: ", "))): give the journal a directory of its own")
            }
        } else {
            try FileManager.default.createDirectory(atPath: parent(dir), withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o755])
            guard mkdir(dir, 0o700) == 0 else { throw CLIError("setup: mkdir \(dir): \(String(cString: strerror(errno)))") }
        }
        // chown first: it would clear the set-group-ID bit chmod sets.
        guard chown(dir, 0, gid) == 0, chmod(dir, 0o2770) == 0 else {
            throw CLIError("setup: \(dir): \(String(cString: strerror(errno)))")
        }
        // Files already there (an existing single-user journal moved in): the group's, not others'.
        for entry in (try? FileManager.default.subpathsOfDirectory(atPath: dir)) ?? [] {
            let p = dir + "/" + entry
            guard lstat(p, &st) == 0 else { continue }
            if st.st_mode & S_IFMT == S_IFDIR {
                _ = chown(p, 0, gid); _ = chmod(p, 0o2770)
            } else if st.st_mode & S_IFMT == S_IFREG {
                _ = chown(p, st.st_uid, gid)
                _ = chmod(p, (st.st_mode & 0o770) | 0o060)
            }
        }
        print("setup: \(dir) is 2770 root:\(group)")
    }

    private func ensureJournal(gid: gid_t) throws {
        var created = false
        let fd = open(journal, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        if fd >= 0 {
            created = true
            close(fd)
        } else if errno != EEXIST {
            throw CLIError("setup: \(journal): \(String(cString: strerror(errno)))")
        }
        guard chown(journal, 0, gid) == 0, chmod(journal, 0o660) == 0 else {
            throw CLIError("setup: \(journal): \(String(cString: strerror(errno)))")
        }
        let store: JournalStore
        do {
            store = try JournalStore(path: journal)   // an empty new file is seeded: root is its first admin
        } catch {
            throw CLIError("setup: \(journal): \(error)")
        }
        print(created ? "setup: made \(journal) (0660 root:\(group)), seeded with the plan's catalogue; head #\(store.head.seq)"
                      : "setup: \(journal) is 0660 root:\(group); head #\(store.head.seq)")
        for login in admins where store.state.role(of: login) != .admin {
            do {
                try store.perform(AssignRole(login: login, role: .admin))
                print("setup: \(login) is admin")
            } catch {
                printErr("setup: \(login) not made admin: \(error) (an admin can: operators add \(login) --role admin)")
            }
        }
    }

    /// A copy of this very binary, set-group-ID to the group; written beside the target and
    /// renamed over it, so a running copy is never overwritten in place.
    private func installBinary(gid: gid_t) throws {
        let me = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let bytes = try Data(contentsOf: URL(fileURLWithPath: me))
        try FileManager.default.createDirectory(atPath: parent(install), withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o755])
        let tmp = install + ".tmp.\(getpid())"
        unlink(tmp)
        let fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o700)
        guard fd >= 0 else { throw CLIError("setup: \(tmp): \(String(cString: strerror(errno)))") }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: false)
        handle.write(bytes)
        // chown before chmod: chown clears the set-group-ID bit.
        let ok = fsync(fd) == 0 && fchown(fd, 0, gid) == 0 && fchmod(fd, 0o2755) == 0
        let e = errno
        close(fd)
        guard ok, rename(tmp, install) == 0 else {
            unlink(tmp)
            throw CLIError("setup: install \(install): \(String(cString: strerror(ok ? errno : e)))")
        }
        print("setup: installed \(install) (2755 root:\(group), set-group-ID)")
    }

    private func writeConfig() throws {
        let text = SystemConfig(journal: journal, group: group).text
        let tmp = config + ".tmp.\(getpid())"
        try FileManager.default.createDirectory(atPath: parent(config), withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o755])
        guard FileManager.default.createFile(atPath: tmp, contents: Data(text.utf8)),
              chown(tmp, 0, 0) == 0, chmod(tmp, 0o644) == 0, rename(tmp, config) == 0 else {
            unlink(tmp)
            throw CLIError("setup: \(config): \(String(cString: strerror(errno)))")
        }
        print("setup: wrote \(config)")
    }

    // MARK: Helpers

    private func split(_ path: String) -> (String, String) {
        let url = URL(fileURLWithPath: path)
        return (url.deletingLastPathComponent().path, url.lastPathComponent)
    }

    private func parent(_ path: String) -> String { URL(fileURLWithPath: path).deletingLastPathComponent().path }

    /// Logins in the group (listed members, or with it as their primary group), besides root.
    private func groupMembers(_ gid: gid_t) -> [String] {
        var out: Set<String> = []
        if let g = getgrgid(gid), var p = g.pointee.gr_mem {
            while let m = p.pointee {
                out.insert(String(cString: m))
                p += 1
            }
        }
        setpwent()
        while let pw = getpwent() {
            if pw.pointee.pw_gid == gid { out.insert(String(cString: pw.pointee.pw_name)) }
        }
        endpwent()
        out.remove("root")
        return out.sorted()
    }
}
