import Foundation
import Testing
@testable import SiliconAlleyCore

/// Read-only is a mode: the store opens, says why, and refuses only writing.
@Suite struct ReadOnlyModeTests {
    let dir = TempDir("readonly")
    var path: String { dir.file("journal.jsonl") }

    @Test func aReadOnlyOpenNeverCreatesAJournalNorItsDirectory() throws {
        let missing = dir.file("sub/dir/journal.jsonl")
        #expect(throws: JournalError.self) { try JournalStore(path: missing, access: .readOnly) }
        #expect(throws: JournalError.self) { try JournalStore(path: path, seed: false) }
        #expect(!FileManager.default.fileExists(atPath: dir.file("sub")))
        #expect(!FileManager.default.fileExists(atPath: path))
        #expect(throws: JournalError.self) { try JournalVerifier.verify(path: path) }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func requestedReadOnlyReadsEverythingAndWritesNothing() throws {
        let writer = try JournalStore.fresh(in: dir)
        let e = try writer.register(1)
        let size = TestData.size(path)
        let reader = try JournalStore(path: path, actor: TestData.admin, access: .readOnly)
        #expect(reader.state == writer.state)
        #expect(reader.readOnlyReason == .requested)
        #expect(reader.role == .admin, "the role is still the login's")
        #expect(throws: JournalError.notWritable(.requested)) {
            try reader.perform(EditEnterprise(id: e.id, input: TestData.enterprise(1, name: "改名科技有限公司"), basedOn: nil), today: TestData.today)
        }
        #expect(throws: JournalError.self) { try reader.writeSnapshot() }
        #expect(TestData.size(path) == size)
        #expect(!FileManager.default.fileExists(atPath: path + ".snapshot"))
        // Others' lines still arrive.
        try writer.register(2)
        #expect(try reader.refresh().count == 1)
    }

    @Test func aReadOnlyOpenLeavesATornTailWhereItIs() throws {
        _ = try JournalStore.fresh(in: dir)
        try TestData.appendRaw(Array(#"{"v":1,"seq":"#.utf8), to: path)
        let size = TestData.size(path)
        let reader = try JournalStore(path: path, actor: TestData.admin, access: .readOnly)
        #expect(TestData.size(path) == size)
        #expect(!FileManager.default.fileExists(atPath: path + ".torn"))
        #expect(reader.takeJournalNotices().contains { if case .incompleteTail = $0 { return true } else { return false } })
    }

    @Test func aViewerIsReadOnlyWithTheRoleMessage() throws {
        _ = try JournalStore.fresh(in: dir)
        let viewer = try JournalStore(path: path, actor: "guest")
        #expect(viewer.readOnlyReason == .viewer(login: "guest"))
        #expect(viewer.readOnlyReason?.short.en == "read-only: viewer")
        let size = TestData.size(path)
        let e = #expect(throws: CommandRejected.self) { try viewer.register(1) }
        #expect(e?.error(for: "role")?.en == "guest is viewer; this needs clerk")
        #expect(TestData.size(path) == size)
        // A demo by a viewer is refused as a whole, not retried into nothing.
        #expect(throws: CommandRejected.self) { try DemoLoader().run(on: viewer) }
        #expect(TestData.size(path) == size)
    }

    @Test(.enabled(if: getuid() == 0, "a read-only bind mount needs root"))
    func aReadOnlyFileSystemOpensReadOnly() throws {
        let source = TempDir("ro-source")
        let writer = try JournalStore(path: source.file("journal.jsonl"), actor: TestData.admin)
        try writer.register(1)
        let mount = TempDir("ro-mount")
        try ReadOnlyMount.bind(source.path, at: mount.path)
        defer { ReadOnlyMount.unmount(mount.path) }
        // Its own scope: the store lets go of the mount before it is unmounted.
        try {
            let store = try JournalStore(path: mount.file("journal.jsonl"), actor: TestData.admin, witnesses: nil)
            #expect(store.readOnlyReason == .readOnlyFileSystem)
            #expect(store.state == writer.state)
            #expect(store.takeJournalNotices().contains(.openedReadOnly(.readOnlyFileSystem)))
            #expect(throws: JournalError.notWritable(.readOnlyFileSystem)) { try store.register(2) }
            #expect(try JournalVerifier.verify(path: mount.file("journal.jsonl")).isClean)
            // Others writing to the file (through the writable path) still show up.
            try writer.register(3)
            #expect(try store.refresh().count == 1)
            // A new journal cannot be made there: a clear error, not a crash.
            #expect(throws: JournalError.self) { try JournalStore(path: mount.file("new.jsonl")) }
        }()
    }

    @Test(.enabled(if: getuid() != 0, "root may write any file: the multi-user end-to-end tests check this with a throwaway login"))
    func aFileWithoutWritePermissionOpensReadOnly() throws {
        let writer = try JournalStore.fresh(in: dir)
        try writer.register(1)
        chmod(path, 0o444)
        let store = try JournalStore(path: path, actor: TestData.admin)
        #expect(store.readOnlyReason == .fileNotWritable)
        #expect(store.state == writer.state)
    }
}

/// `mount --bind` + a read-only remount, for tests run as root.
enum ReadOnlyMount {
    static func bind(_ source: String, at target: String) throws {
        for args in [["--bind", source, target], ["-o", "remount,bind,ro", target]] {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/mount")
            p.arguments = args
            try p.run()
            p.waitUntilExit()
            guard p.terminationStatus == 0 else {
                unmount(target)
                throw CocoaError(.fileWriteNoPermission, userInfo: [NSLocalizedDescriptionKey: "mount \(args) failed"])
            }
        }
    }

    /// Unmounts; lazily if something still holds it, so no test leaves a mount behind.
    static func unmount(_ target: String) {
        for args in [[target], ["-l", target]] {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/bin/umount")
            p.arguments = args
            p.standardError = FileHandle(forWritingAtPath: "/dev/null")
            try? p.run()
            p.waitUntilExit()
            if p.terminationStatus == 0 { return }
        }
    }
}
