import Foundation
import Testing
import SiliconAlleyCore

/// A district server in miniature, for tests run as root: throwaway OS logins (an admin, an
/// operator, a viewer, and one more in the journal's group), `silicon-alley setup` run into
/// a temp directory, and a way to run the installed binary as any of them. Users and group
/// are removed when the server goes away.
final class SharedServer {
    let base: TempDir
    let suffix: String
    let group: String
    let admin: String, op: String, viewer: String, member: String
    var journal: String { base.file("shared/journal.jsonl") }
    var binary: String { base.file("bin/silicon-alley") }
    var config: String { base.file("silicon-alley.conf") }
    private var users: [String] = []
    let setup: SiliconAlleyBinary.Result

    struct Failure: Error, CustomStringConvertible { var description: String }

    init() throws {
        base = TempDir("mu")
        chmod(base.path, 0o755)   // the logins must reach the binary and their state directories
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        suffix = String((0..<6).map { _ in letters.randomElement()! })
        group = "sag" + suffix
        admin = "saa" + suffix
        op = "sao" + suffix
        viewer = "sav" + suffix
        member = "sam" + suffix
        for u in [admin, op, viewer, member] {
            try Self.run(["/usr/sbin/useradd", "-M", "-s", "/bin/sh", u])
            users.append(u)
            let state = base.file("state-\(u)")
            try FileManager.default.createDirectory(atPath: state, withIntermediateDirectories: true)
            guard let pw = getpwnam(u) else { throw Failure(description: "no user \(u) after useradd") }
            chown(state, pw.pointee.pw_uid, pw.pointee.pw_gid)
            chmod(state, 0o700)
        }
        setup = try SiliconAlleyBinary.run(["setup", "--group", group, "--journal", base.file("shared/journal.jsonl"),
                                            "--install", base.file("bin/silicon-alley"), "--config", base.file("silicon-alley.conf"),
                                            "--admin", admin], scratch: base)
        guard setup.status == 0 else { throw Failure(description: "setup failed (\(setup.status)): \(setup.stderr)\(setup.stdout)") }
        // One login wrongly in the group, to show what the group itself would allow.
        try Self.run(["/usr/sbin/usermod", "-a", "-G", group, member])
    }

    deinit {
        for u in users { _ = try? Self.run(["/usr/sbin/userdel", u]) }
        _ = try? Self.run(["/usr/sbin/groupdel", group])
    }

    /// Runs a shell command line as `login` (su, no login shell), with that login's own
    /// state directory; returns status and output.
    func shell(_ login: String, _ command: String) throws -> SiliconAlleyBinary.Result {
        let id = UUID().uuidString
        let out = base.file("out-\(id)"), err = base.file("err-\(id)")
        _ = FileManager.default.createFile(atPath: out, contents: nil)
        _ = FileManager.default.createFile(atPath: err, contents: nil)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/su")
        p.arguments = ["-s", "/bin/sh", login, "-c", "XDG_STATE_HOME=\(TmuxSession.quote(base.file("state-\(login)"))); export XDG_STATE_HOME; " + command]
        p.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        p.standardOutput = FileHandle(forWritingAtPath: out)
        p.standardError = FileHandle(forWritingAtPath: err)
        try p.run()
        p.waitUntilExit()
        defer { unlink(out); unlink(err) }
        return .init(status: p.terminationStatus, reason: p.terminationReason,
                     stdout: (try? String(contentsOfFile: out, encoding: .utf8)) ?? "",
                     stderr: (try? String(contentsOfFile: err, encoding: .utf8)) ?? "")
    }

    /// The installed binary as `login`, with `environment` set on its command line.
    func run(_ login: String, _ arguments: [String], environment: [String: String] = [:]) throws -> SiliconAlleyBinary.Result {
        let env = environment.sorted { $0.key < $1.key }.map { TmuxSession.quote("\($0.key)=\($0.value)") }.joined(separator: " ")
        let args = arguments.map(TmuxSession.quote).joined(separator: " ")
        return try shell(login, (env.isEmpty ? "" : "env \(env) ") + TmuxSession.quote(binary) + " " + args)
    }

    /// Writes a CSV of enterprises the login owns (0600), for `import`.
    func csv(for login: String, names: [(String, Int)]) throws -> String {
        var text = "企业名称,统一社会信用代码,行业\n"
        for (name, n) in names {
            let digits = String(n)
            text += "\(name),\(USCC.make(first17: "91110101" + String(repeating: "0", count: 9 - digits.count) + digits)!),人工智能\n"
        }
        let path = base.file("\(login)-\(UUID().uuidString.prefix(8)).csv")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        guard let pw = getpwnam(login) else { throw Failure(description: "no user \(login)") }
        chown(path, pw.pointee.pw_uid, pw.pointee.pw_gid)
        chmod(path, 0o600)
        return path
    }

    static func run(_ argv: [String]) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: argv[0])
        p.arguments = Array(argv.dropFirst())
        p.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        p.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw Failure(description: "\(argv.joined(separator: " ")) failed (\(p.terminationStatus))") }
    }

    static func mode(_ path: String) -> (mode: Int, uid: UInt32, gid: UInt32)? {
        var st = stat()
        guard lstat(path, &st) == 0 else { return nil }
        return (Int(st.st_mode & 0o7777), st.st_uid, st.st_gid)
    }

    var gid: UInt32 { getgrnam(group).map { $0.pointee.gr_gid } ?? 0 }
}
