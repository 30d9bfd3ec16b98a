import Foundation
import Testing
@testable import SiliconAlleyCore

/// A chain whose hashes were all recomputed from some line on verifies; each login's
/// witness (the last head it saw) catches it.
@Suite struct WitnessTests {
    let dir = TempDir("witness")
    let stateA = TempDir("state-a")
    let stateB = TempDir("state-b")
    var path: String { dir.file("journal.jsonl") }
    var alice: WitnessStore { WitnessStore(directory: stateA.file("silicon-alley")) }
    var bob: WitnessStore { WitnessStore(directory: stateB.file("silicon-alley")) }

    /// Keeps lines 1..<from and writes new ones after them with recomputed hashes: a
    /// history that verifies but is not the one seen.
    private func rewrite(from: Int, registering numbers: [Int]) throws {
        let kept = Array(TestData.lines(path).prefix(from - 1))
        try TestData.write(kept.flatMap { $0 }, to: path)
        let last = try Array(kept.last!.dropLast()).withUnsafeBufferPointer { b throws(LineCodec.DecodeError) in try LineCodec.decode(b) }
        var prev = last.hash
        var bytes: [UInt8] = []
        for (i, n) in numbers.enumerated() {
            let seq = from + i
            let e = Enterprise(id: "ent-\(seq)", name: "改写\(n)有限公司", uscc: TestData.uscc(n), industry: "ai")
            let (b, line) = LineCodec.encode(.init(kind: EventKind.enterpriseRegistered, entity: e.id, data: try JSONValueEncoder().encode(e)),
                                             seq: seq, time: Timestamp.now(), actor: TestData.admin, prev: prev, txnIndex: 1, txnCount: 1)
            bytes += b
            prev = line.hash
        }
        try TestData.appendRaw(bytes, to: path)
    }

    @Test func aRewrittenHistoryVerifiesButTheWitnessSeesIt() throws {
        let store = try JournalStore(path: path, actor: TestData.admin, witnesses: alice)
        for n in 1...4 { try store.register(n) }
        let seen = store.head.seq
        store.recordWitness()
        let from = seen - 2
        try rewrite(from: from, registering: [71, 72, 73])
        #expect(try JournalVerifier.verify(path: path).damage == nil, "the chain itself is whole")

        let again = try JournalStore(path: path, actor: TestData.admin, witnesses: alice)
        #expect(again.historyChange?.line == seen)
        #expect(again.readOnlyReason == .historyChanged(line: seen))
        #expect(again.readOnlyReason?.en.contains("history changed since you last saw it (line \(seen))") == true)
        #expect(again.takeJournalNotices().contains(.historyChanged(line: seen)))
        #expect(throws: JournalError.notWritable(.historyChanged(line: seen))) { try again.register(9) }
        // verify with the same witness fails too, and the warning survives a restart.
        let report = try JournalVerifier.verify(path: path, witnesses: alice)
        #expect(!report.isClean)
        #expect(try JournalStore(path: path, actor: TestData.admin, witnesses: alice).historyChange?.line == seen)
    }

    @Test func aShorterJournalIsAChangedHistory() throws {
        let store = try JournalStore(path: path, actor: TestData.admin, witnesses: alice)
        for n in 1...3 { try store.register(n) }
        let seen = store.head.seq
        store.recordWitness()
        try TestData.write(TestData.lines(path).dropLast(2).flatMap { $0 }, to: path)
        let again = try JournalStore(path: path, actor: TestData.admin, witnesses: alice)
        #expect(again.historyChange == .init(line: seen, seenHash: store.head.hash, currentHash: ""))
    }

    @Test func anAdminAcknowledgesItForEveryoneWhoLookedBefore() throws {
        let store = try JournalStore(path: path, actor: TestData.admin, witnesses: alice)
        try store.perform(AssignRole(login: "bob", role: .operator))
        try store.perform(AssignRole(login: "carol", role: .admin))
        for n in 1...3 { try store.register(n) }
        store.recordWitness()
        _ = try JournalStore(path: path, actor: "bob", witnesses: bob)   // bob looks too
        let seen = store.head.seq
        try rewrite(from: seen - 1, registering: [81, 82])

        // An operator may not acknowledge.
        let b = try JournalStore(path: path, actor: "bob", witnesses: bob)
        #expect(b.historyChange?.line == seen)
        #expect(!b.canAcknowledgeHistory)
        #expect(throws: CommandRejected.self) { try b.acknowledgeHistory() }

        let a = try JournalStore(path: path, actor: TestData.admin, witnesses: alice)
        #expect(a.canAcknowledgeHistory)
        let lines = try a.acknowledgeHistory()
        #expect(lines.map(\.kind) == [EventKind.historyAcknowledged])
        #expect(lines.first?.data["line"]?.intValue == Int64(seen))
        #expect(a.historyChange == nil && a.readOnlyReason == nil)
        try a.register(5)

        // Bob looked before the acknowledgement: told, and no longer read-only.
        let b2 = try JournalStore(path: path, actor: "bob", witnesses: bob)
        #expect(b2.historyChange == nil)
        #expect(b2.takeJournalNotices().contains(.historyChangeAcknowledged(line: seen, by: TestData.admin, seq: lines[0].seq)))
        #expect(b2.readOnlyReason == nil)
    }

    @Test func aDamagedJournalNeverMovesTheWitnessBack() throws {
        let store = try JournalStore(path: path, actor: TestData.admin, witnesses: alice)
        for n in 1...3 { try store.register(n) }
        store.recordWitness()
        let seen = store.head.seq
        try TestData.flipByte(inLine: seen - 2, of: path)
        let damaged = try JournalStore(path: path, actor: TestData.admin, witnesses: alice)
        #expect(damaged.damage?.line == seen - 2)
        damaged.recordWitness()
        #expect(alice.read(journal: damaged.canonicalPath)?.seq == seen, "still the line last seen whole")
    }

    @Test func aWitnessIsTheUsersOwnFile() throws {
        let store = try JournalStore(path: path, actor: TestData.admin, witnesses: alice)
        try store.register(1)
        store.recordWitness()
        let file = alice.file(for: store.canonicalPath)
        let st = try FileManager.default.attributesOfItem(atPath: file)
        #expect((st[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        let d = try FileManager.default.attributesOfItem(atPath: alice.directory)
        #expect((d[.posixPermissions] as? NSNumber)?.intValue == 0o700)
        #expect(alice.read(journal: store.canonicalPath)?.seq == store.head.seq)
        #expect(WitnessStore.forUser(environment: ["XDG_STATE_HOME": "/x/state", "HOME": "/home/u"])?.directory == "/x/state/silicon-alley")
        #expect(WitnessStore.forUser(environment: ["HOME": "/home/u"])?.directory == "/home/u/.local/state/silicon-alley")
    }
}
