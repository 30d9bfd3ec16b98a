import Foundation
import Testing
@testable import SiliconAlleyCore

/// Journal, snapshot, side files and receipts are never made readable by others: 0600 for
/// one user; 0660 / 0640 in a group's set-group-ID directory (the shared setup); whatever
/// the umask (the end-to-end tests run the binary under umask 000 as well).
@Suite struct FileModeTests {
    static func mode(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.posixPermissions] as? NSNumber)?.intValue ?? -1
    }

    /// Journal, snapshot, torn side file, quarantine and a receipt in `dir`.
    private func makeEveryFile(in dir: String) throws -> [String: String] {
        let path = dir + "/journal.jsonl"
        let store = try JournalStore(path: path, actor: TestData.admin)
        let e = try store.register(1)
        try store.writeSnapshot()
        try TestData.appendRaw(Array(#"{"v":1,"seq":"#.utf8), to: path)
        _ = try JournalStore(path: path, actor: TestData.admin)   // moves the torn tail
        let t = try store.perform(AcceptTicket(enterprise: e.id, type: .other, description: "咨询"), today: TestData.today)[0].entity
        let receipt = try store.writeReceipt(store.state.tickets[t]!)
        try TestData.flipByte(inLine: store.head.seq, of: path)
        _ = try JournalVerifier.repair(path: path)
        let quarantine = try #require(try FileManager.default.contentsOfDirectory(atPath: dir).first { $0.contains("quarantine") })
        return ["journal": path, "snapshot": path + ".snapshot", "torn": path + ".torn",
                "quarantine": dir + "/" + quarantine, "receipt": receipt, "receipts": dir + "/receipts"]
    }

    @Test func oneUsersFilesAreTheirsAlone() throws {
        let dir = TempDir("modes")
        let files = try makeEveryFile(in: dir.path + "/new/sub")
        for (what, path) in files {
            #expect(Self.mode(path) == (what == "receipts" ? 0o700 : 0o600), "\(what) \(path): \(String(Self.mode(path), radix: 8))")
        }
        #expect(Self.mode(dir.path + "/new") == 0o700)
    }

    @Test func aGroupsSharedDirectoryGivesGroupModes() throws {
        let dir = TempDir("modes-shared")
        chmod(dir.path, 0o2770)
        let files = try makeEveryFile(in: dir.path)
        let expected = ["journal": 0o660, "torn": 0o660, "quarantine": 0o660, "snapshot": 0o640, "receipt": 0o640, "receipts": 0o2770]
        for (what, path) in files {
            #expect(Self.mode(path) == expected[what], "\(what): \(String(Self.mode(path), radix: 8))")
        }
    }

    @Test func anOlderWorldReadableJournalIsNarrowedWhenOpenedForWriting() throws {
        let dir = TempDir("modes-old")
        let path = dir.file("journal.jsonl")
        _ = try JournalStore(path: path, actor: TestData.admin)
        chmod(path, 0o644)
        _ = try JournalStore(path: path, actor: TestData.admin, access: .readOnly)
        #expect(Self.mode(path) == 0o644, "a read-only open changes nothing")
        let store = try JournalStore(path: path, actor: TestData.admin)
        #expect(Self.mode(path) == 0o640)
        #expect(store.takeJournalNotices().contains(.modeNarrowed(file: path, mode: 0o640)))
    }
}

/// What a repair or a torn tail moved, with the side file, as the console shows it.
@Suite struct RepairNoticeTests {
    let dir = TempDir("repair")
    var path: String { dir.file("journal.jsonl") }

    @Test func aTornTailIsNamedWithItsSideFile() throws {
        let store = try JournalStore.fresh(in: dir)
        try store.register(1)
        let head = store.head.seq
        try TestData.appendRaw(Array(#"{"v":1,"seq":99,"time"#.utf8), to: path)
        let next = try JournalStore(path: path, actor: TestData.admin)
        let notices = next.takeJournalNotices()
        let torn = try #require(notices.first { if case .tornTailMoved = $0 { return true } else { return false } })
        #expect(torn.sideFile == path + ".torn")
        #expect(torn.en.contains("after line \(head) moved to \(path).torn"))
        #expect(torn.zh.contains(path + ".torn"))
    }

    @Test func aDamagedLinesWholeBatchGoesWithIt() throws {
        let store = try JournalStore.fresh(in: dir)
        try store.register(1)
        let lines = try store.perform((2...6).map { RegisterEnterprise(TestData.enterprise($0)) }, today: TestData.today)
        try store.register(7)
        let total = store.head.seq
        let bad = lines[2].seq          // the third line of a five-line batch
        try TestData.flipByte(inLine: bad, of: path)
        let r = try JournalVerifier.repair(path: path, actor: TestData.admin)
        let moved = try #require(r.repairNotices.first { if case .quarantined = $0 { return true } else { return false } })
        guard case .quarantined(let first, let last, let damaged, _, let side) = moved else { return }
        #expect(first == lines[0].seq && last == total && damaged == bad)
        #expect(moved.en.contains("lines \(first)–\(total) (its whole batch and everything after it) moved to \(side)"))
        #expect(TestData.lines(side).count == total - first + 1)
        // The cut is journaled as the admin's acknowledgement.
        let after = try JournalStore(path: path, actor: TestData.admin)
        #expect(after.head.seq == first)
        #expect(after.state.historyAcknowledgement?.line == first)
    }

    @Test func anOpenStoreIsToldWhereAnotherLoginsRepairPutTheLines() throws {
        let store = try JournalStore.fresh(in: dir)
        try store.register(1)
        try store.register(2)
        let bad = store.head.seq
        try TestData.flipByte(inLine: bad, of: path)
        let open = try JournalStore(path: path, actor: "guest")
        #expect(open.readOnlyReason == .damaged(line: bad, reason: try #require(open.damage?.reason)))
        let r = try JournalVerifier.repair(path: path, actor: TestData.admin)
        let side = try #require(r.repairNotices.compactMap(\.sideFile).first)
        try open.refresh()
        #expect(open.damage == nil)
        #expect(open.takeJournalNotices().contains(.quarantinedElsewhere(first: bad, by: TestData.admin, sideFile: side)))
        #expect(open.readOnlyReason == .viewer(login: "guest"))
    }

    @Test func onlyAnAdminMovesDamagedLines() throws {
        let store = try JournalStore.fresh(in: dir)
        try store.register(1)
        try store.register(2)
        try TestData.flipByte(inLine: store.head.seq, of: path)
        let size = TestData.size(path)
        #expect(throws: CommandRejected.self) { try JournalVerifier.repair(path: path, actor: "guest") }
        #expect(TestData.size(path) == size)
    }
}
