import Foundation
import Testing
import SiliconAlleyCore

/// Several OS logins on one server, for real: `setup` as root, then the installed
/// set-group-ID binary run as throwaway logins through `su`. Needs root (CI runs as root);
/// skipped otherwise.
@Suite(.enabled(if: getuid() == 0, "needs root: it creates throwaway OS users and groups"), .serialized, .timeLimit(.minutes(3)))
struct MultiUserTests {
    @Test func setupMakesTheSharedLayout() throws {
        let s = try SharedServer()
        let dir = try #require(SharedServer.mode(s.base.file("shared")))
        #expect(dir.mode == 0o2770 && dir.uid == 0 && dir.gid == s.gid, "directory \(String(dir.mode, radix: 8))")
        let journal = try #require(SharedServer.mode(s.journal))
        #expect(journal.mode == 0o660 && journal.uid == 0 && journal.gid == s.gid, "journal \(String(journal.mode, radix: 8))")
        let binary = try #require(SharedServer.mode(s.binary))
        #expect(binary.mode == 0o2755 && binary.uid == 0 && binary.gid == s.gid, "binary \(String(binary.mode, radix: 8))")
        #expect(SystemConfig.read(path: s.config) == SystemConfig(journal: s.journal, group: s.group))
        let lines = JournalFileCheck.rawLines(s.journal).compactMap { try? JournalFileCheck.decode($0) }
        #expect(lines.first?.kind == EventKind.journalCreated && lines.first?.actor == "root")
        #expect(lines.contains { $0.kind == EventKind.operatorAssigned && $0.data["login"]?.stringValue == s.admin })
        // Run again: nothing breaks, nothing is seeded twice.
        let again = try SiliconAlleyBinary.run(["setup", "--group", s.group, "--journal", s.journal, "--install", s.binary,
                                                "--config", s.config], scratch: s.base)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(JournalFileCheck.rawLines(s.journal).count == lines.count)
        #expect(again.stderr.contains("\(s.member) is a member of \(s.group)"), "the member is named: \(again.stderr)")
    }

    @Test func theActorIsTheRealLoginWhateverTheEnvironmentSays() throws {
        let s = try SharedServer()
        let r = try s.run(s.admin, ["operators", "add", s.op, "--role", "operator"],
                          environment: ["USER": "root", "LOGNAME": "root", "SUDO_USER": "root", "SILICON_ALLEY_JOURNAL": s.journal])
        #expect(r.status == 0, "\(r.stderr)")
        let last = try JournalFileCheck.decode(try #require(JournalFileCheck.rawLines(s.journal).last))
        #expect(last.actor == s.admin && last.kind == EventKind.operatorAssigned && last.data["login"]?.stringValue == s.op)
        let csv = try s.csv(for: s.op, names: [("环境变量无效科技有限公司", 4401)])
        let imp = try s.run(s.op, ["import", "enterprises", csv, "--journal", s.journal], environment: ["USER": s.admin, "LOGNAME": s.admin])
        #expect(imp.status == 0, "\(imp.stderr)")
        let line = try JournalFileCheck.decode(try #require(JournalFileCheck.rawLines(s.journal).last))
        #expect(line.actor == s.op && line.kind == EventKind.enterpriseRegistered)
        #expect(try JournalVerifier.verify(path: s.journal).isClean)
    }

    @Test func aViewerCannotWriteThroughTheCLIOrTheFile() throws {
        let s = try SharedServer()
        #expect(try s.run(s.admin, ["operators", "add", s.viewer, "--role", "viewer", "--journal", s.journal]).status == 0)
        let size = TestSize.of(s.journal)
        let demo = try s.run(s.viewer, ["demo", "--journal", s.journal, "--enterprises", "3"])
        #expect(demo.status != 0)
        #expect(demo.stderr.contains("\(s.viewer) is viewer"), "\(demo.stderr)")
        let csv = try s.csv(for: s.viewer, names: [("查看者企业有限公司", 4402)])
        let imp = try s.run(s.viewer, ["import", "enterprises", csv, "--journal", s.journal])
        #expect(imp.status != 0 && imp.stderr.contains("is viewer"), "\(imp.stderr)")
        let add = try s.run(s.viewer, ["operators", "add", s.viewer, "--role", "admin", "--journal", s.journal])
        #expect(add.status != 0 && add.stderr.contains("needs admin"), "\(add.stderr)")
        // The file itself: not readable, not writable, the directory not even listable.
        #expect(try s.shell(s.viewer, "cat \(TmuxSession.quote(s.journal))").status != 0)
        #expect(try s.shell(s.viewer, "echo forged >> \(TmuxSession.quote(s.journal))").status != 0)
        #expect(try s.shell(s.viewer, "ls \(TmuxSession.quote(s.base.file("shared")))").status != 0)
        #expect(TestSize.of(s.journal) == size)
        // Reading through the program works: verify, export and report open it read-only.
        let v = try s.run(s.viewer, ["verify", "--journal", s.journal])
        #expect(v.status == 0, "\(v.stderr)")
        let x = try s.run(s.viewer, ["export", "enterprises", "--journal", s.journal])
        #expect(x.status == 0 && x.stdout.hasPrefix("企业名称"), "\(x.stderr)")
        #expect(try s.run(s.viewer, ["report", "--journal", s.journal]).stdout.contains("日志锚点"))
        #expect(TestSize.of(s.journal) == size)
        // Whereas a login in the group could write the file by hand: why operators are not members.
        #expect(try s.shell(s.member, "head -c 20 \(TmuxSession.quote(s.journal))").status == 0)
    }

    @Test func theGroupPrivilegeReachesTheSharedJournalAndNothingElse() throws {
        let s = try SharedServer()
        #expect(try s.run(s.admin, ["operators", "add", s.op, "--role", "operator", "--journal", s.journal]).status == 0)
        // A journal elsewhere is the operator's own: made as the login, without the group.
        let own = s.base.file("own-\(s.op)")
        try FileManager.default.createDirectory(atPath: own, withIntermediateDirectories: true)
        let pw = try #require(getpwnam(s.op))
        chown(own, pw.pointee.pw_uid, pw.pointee.pw_gid)
        let demo = try s.run(s.op, ["demo", "--journal", own + "/j.jsonl", "--enterprises", "2", "--apartments", "0", "--events", "0", "--tickets", "0"])
        #expect(demo.status == 0, "\(demo.stderr)")
        let made = try #require(SharedServer.mode(own + "/j.jsonl"))
        #expect(made.uid == pw.pointee.pw_uid && made.gid == pw.pointee.pw_gid && made.mode == 0o600)
        // Nor can it make a new journal, or any file, in the shared directory.
        let sneaky = try s.run(s.op, ["demo", "--journal", s.base.file("shared/mine.jsonl"), "--enterprises", "1"])
        #expect(sneaky.status != 0)
        #expect(!FileManager.default.fileExists(atPath: s.base.file("shared/mine.jsonl")))
        let out = try s.run(s.op, ["export", "enterprises", "--journal", s.journal, "--output", s.base.file("shared/out.csv")])
        #expect(out.status != 0)
        #expect(!FileManager.default.fileExists(atPath: s.base.file("shared/out.csv")))
        // Files the user names are opened as the user: a CSV only the group may read is refused.
        let groupOnly = try s.csv(for: s.op, names: [("组内文件科技有限公司", 4403)])
        chown(groupOnly, 0, s.gid)
        chmod(groupOnly, 0o640)
        let imp = try s.run(s.op, ["import", "enterprises", groupOnly, "--journal", s.journal])
        #expect(imp.status != 0 && imp.stderr.contains("cannot read"), "\(imp.stderr)")
        // The default journal comes from the system configuration only when no path is given.
        #expect(try JournalVerifier.verify(path: s.journal).isClean)
    }

    @Test func aJournalTheLoginMayOnlyReadOpensReadOnly() throws {
        let s = try SharedServer()
        let dir = s.base.file("plain")
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        chmod(dir, 0o755)
        let path = dir + "/j.jsonl"
        let store = try JournalStore(path: path)
        try store.perform(AssignRole(login: s.op, role: .operator))
        chmod(path, 0o644)
        let size = TestSize.of(path)
        let demo = try s.run(s.op, ["demo", "--journal", path, "--enterprises", "1"])
        #expect(demo.status != 0)
        #expect(demo.stderr.contains("this login may only read the journal file"), "\(demo.stderr)")
        #expect(try s.run(s.op, ["verify", "--journal", path]).status == 0)
        #expect(TestSize.of(path) == size)
    }

    /// The operator's change shows up on the viewer's open console within a second.
    @Test(.enabled(if: TmuxSession.available, "tmux is not installed"))
    func anOperatorsChangeReachesAViewersOpenConsoleWithinASecond() async throws {
        let s = try SharedServer()
        #expect(try s.run(s.admin, ["operators", "add", s.op, "--role", "operator", "--journal", s.journal]).status == 0)
        #expect(try s.run(s.admin, ["operators", "add", s.viewer, "--role", "viewer", "--journal", s.journal]).status == 0)
        let tmuxDir = TempDir("mu-tmux")
        let console = try TmuxSession(["--journal", s.journal, "--pane", "enterprises"], environment: ["XDG_STATE_HOME": s.base.file("state-\(s.viewer)")],
                                      binary: s.binary, runAs: s.viewer, dir: tmuxDir)
        try await console.waitFor("硅巷运营控制台", timeout: 10)
        try await console.waitFor(s.viewer)
        let name = "实时同步\(s.suffix)科技有限公司"
        let csv = try s.csv(for: s.op, names: [(name, 4404)])
        let imp = try s.run(s.op, ["import", "enterprises", csv, "--journal", s.journal])
        #expect(imp.status == 0, "\(imp.stderr)")
        let written = Date()
        try await console.waitFor(String(name.prefix(6)), timeout: 5)
        let elapsed = Date().timeIntervalSince(written)
        #expect(elapsed <= 1.0, "the viewer saw the change after \(elapsed) s")
        // The viewer's console writes nothing, whatever keys it gets.
        let size = TestSize.of(s.journal)
        try await console.sendKeys("n")
        try await console.type("查看者不能登记")
        try await console.sendKeys("C-s")
        try await Task.sleep(for: .milliseconds(500))
        #expect(TestSize.of(s.journal) == size)
        try await console.sendKeys("Escape", "y", "Escape", "q")
        _ = try? await console.waitForExit(timeout: 5)
    }

}

/// Modes do not depend on the umask: the binary under umask 000, 077 and 022.
@Suite struct UmaskTests {
    @Test func filesKeepTheirModesUnderAnyUmask() throws {
        for mask in ["000", "077", "022"] {
            let dir = TempDir("umask")
            let j = dir.file("j/journal.jsonl")
            let binary = try SiliconAlleyBinary.require()
            let demo = "umask \(mask); \(TmuxSession.quote(binary)) demo --journal \(TmuxSession.quote(j)) --enterprises 2 --apartments 0 --events 0 --tickets 0"
            #expect(try SiliconAlleyBinary.shell(demo, scratch: dir).status == 0)
            try JournalFileCheck.appendTornTail(to: j)
            #expect(try SiliconAlleyBinary.shell(demo, scratch: dir).status == 0)
            var lines = JournalFileCheck.rawLines(j)
            lines[lines.count - 1][30] ^= 1
            try Data(lines.flatMap { $0 }).write(to: URL(fileURLWithPath: j))
            chmod(j, 0o600)
            #expect(try SiliconAlleyBinary.shell("umask \(mask); \(TmuxSession.quote(binary)) verify --repair --journal \(TmuxSession.quote(j))",
                                                 scratch: dir).status == 0)
            let quarantine = try #require(try FileManager.default.contentsOfDirectory(atPath: dir.file("j")).first { $0.contains("quarantine") })
            for f in [j, j + ".torn", dir.file("j/" + quarantine)] {
                #expect(SharedServer.mode(f)?.mode == 0o600, "umask \(mask): \(f) is \(String(SharedServer.mode(f)?.mode ?? -1, radix: 8))")
            }
            #expect(SharedServer.mode(dir.file("j"))?.mode == 0o700)
            let state = try FileManager.default.contentsOfDirectory(atPath: dir.file("state/silicon-alley"))
            #expect(state.allSatisfy { SharedServer.mode(dir.file("state/silicon-alley/" + $0))?.mode == 0o600 })
        }
    }
}

enum TestSize {
    static func of(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? -1
    }
}
