import Foundation
import Testing
@testable import SiliconAlleyCore

@Suite struct JournalDamageTests {
    let dir = TempDir("damage")
    var path: String { dir.file("journal.jsonl") }

    /// The seeded batch, then `singles` enterprises, one line each.
    private func journal(singles: Int) throws -> JournalStore {
        let store = try JournalStore.fresh(in: dir)
        for n in 1...singles { try store.register(n) }
        return store
    }

    @Test func byteFlipInAMiddleLineMakesTheJournalReadOnlyUntilRepaired() throws {
        let original = try journal(singles: 10)
        let total = original.head.seq
        let bad = total - 4
        let linesBefore = TestData.lines(path)
        try TestData.flipByte(inLine: bad, of: path)

        let store = try JournalStore(path: path, actor: TestData.admin)
        #expect(store.damage?.line == bad)
        #expect(store.head.seq == bad - 1, "lines before the damage are still read")
        let before = TestData.size(path)
        do {
            try store.register(99)
            Issue.record("a damaged journal accepted a write")
        } catch let e as JournalError {
            guard case .readOnly(let line, _) = e else { Issue.record("wrong error \(e)"); return }
            #expect(line == bad)
        }
        #expect(TestData.size(path) == before)

        let report = try JournalVerifier.verify(path: path)
        #expect(report.damage?.line == bad)
        #expect(!report.isClean)
        #expect(report.lines == bad - 1)

        let repaired = try JournalVerifier.repair(path: path)
        #expect(repaired.isClean)
        #expect(repaired.repairs.contains { $0.contains("line \(bad)") })
        let side = dir.entries(startingWith: "journal.jsonl.quarantine-")
        #expect(side.count == 1)
        // The quarantined lines are kept byte for byte (the flipped one as it now is).
        let kept = TestData.lines(dir.file(side.first ?? "none"))
        #expect(kept.count == total - bad + 1)
        #expect(Array(kept.dropFirst()) == Array(linesBefore[bad...]))
        #expect(TestData.lines(path) == Array(linesBefore.prefix(bad - 1)))

        let after = try JournalStore(path: path, actor: TestData.admin)
        #expect(after.damage == nil)
        let line = try after.perform(RegisterEnterprise(TestData.enterprise(99)), today: TestData.today)
        #expect(line.first?.seq == bad)
        #expect(try JournalVerifier.verify(path: path).isClean)
    }

    @Test func replacedLineWithAValidHashBreaksTheChain() throws {
        // A line re-hashed after editing passes its own check but not the chain.
        _ = try journal(singles: 6)
        var lines = TestData.lines(path)
        let k = lines.count - 2
        let edited = String(decoding: lines[k - 1].dropLast(), as: UTF8.self)
            .replacingOccurrences(of: "测试企业", with: "篡改企业")
        lines[k - 1] = LineCodecTests.rehash(Array(edited.utf8)) + [0x0A]
        try TestData.write(lines.flatMap { $0 }, to: path)
        let report = try JournalVerifier.verify(path: path)
        #expect(report.damage?.line == k + 1, "the edited line hashes, the next one's prev does not match")
    }

    @Test func tornLastLineIsMovedAsideByTheNextWriter() throws {
        let original = try journal(singles: 3)
        let acknowledged = original.state
        let sizeBefore = TestData.size(path)
        // Half of a real line, without its newline: a crash in the middle of a write.
        let (bytes, _) = LineCodec.encode(.init(kind: EventKind.enterpriseRegistered, entity: "ent-x", data: .object([:])),
                                          seq: original.head.seq + 1, time: Timestamp.now(), actor: TestData.admin,
                                          prev: original.head.hash, txnIndex: 1, txnCount: 1)
        let half = Array(bytes.prefix(bytes.count / 2))
        try TestData.appendRaw(half, to: path)

        // verify sees trailing bytes, not damage, and moves nothing.
        let report = try JournalVerifier.verify(path: path)
        #expect(report.damage == nil && report.trailingBytes == half.count)
        #expect(TestData.size(path) == sizeBefore + half.count)
        // A reader without the lock leaves it alone too.
        #expect(try original.refresh().isEmpty)

        let store = try JournalStore(path: path, actor: TestData.admin)
        let notices = store.takeNotices()
        #expect(notices.contains { $0.contains("torn") && $0.contains(".torn") }, "notices: \(notices)")
        #expect(store.damage == nil)
        #expect(store.state == acknowledged, "nothing acknowledged is lost")
        #expect(TestData.size(path) == sizeBefore)
        #expect(TestData.bytes(path + ".torn") == half + [0x0A])
        try store.register(50)
        #expect(try JournalVerifier.verify(path: path).isClean)
    }

    @Test func incompleteBatchIsTreatedAsTorn() throws {
        let store = try journal(singles: 2)
        let acknowledged = store.state
        let sizeBefore = TestData.size(path)
        let reader = try JournalStore(path: path, actor: "reader")
        let batch = try store.perform([RegisterEnterprise(TestData.enterprise(20)), RegisterEnterprise(TestData.enterprise(21)),
                                       RegisterEnterprise(TestData.enterprise(22))], today: TestData.today)
        #expect(batch.count == 3)
        // Keep the first two lines of the three: complete lines, incomplete batch.
        let all = TestData.lines(path)
        let cut = all.dropLast().flatMap { $0 }
        try TestData.write(cut, to: path)
        #expect(TestData.size(path) > sizeBefore)

        // Without the lock the unfinished batch is not applied (it may be a write in progress).
        #expect(try reader.refresh().isEmpty)
        #expect(reader.state == acknowledged)
        let v = try JournalVerifier.verify(path: path)
        #expect(v.damage == nil && v.trailingBytes == cut.count - sizeBefore && v.headSeq == acknowledged.lastSeq)

        let next = try JournalStore(path: path, actor: TestData.admin)
        #expect(next.takeNotices().contains { $0.contains(".torn") })
        #expect(next.state == acknowledged)
        #expect(TestData.size(path) == sizeBefore)
        #expect(TestData.lines(path + ".torn") == Array(all.suffix(3).prefix(2)))
        let line = try next.perform(RegisterEnterprise(TestData.enterprise(20)), today: TestData.today)
        #expect(line.first?.seq == acknowledged.lastSeq + 1)
        #expect(try JournalVerifier.verify(path: path).isClean)
    }

    @Test func tornTailIsRepairedByVerifyRepairToo() throws {
        let store = try journal(singles: 2)
        let state = store.state
        try TestData.appendRaw(Array(#"{"v":1,"seq":"#.utf8), to: path)
        let r = try JournalVerifier.repair(path: path)
        #expect(r.isClean && r.headSeq == state.lastSeq)
        #expect(r.repairs.contains { $0.contains("torn") })
        #expect(FileManager.default.fileExists(atPath: path + ".torn"))
    }

    /// A line whose hash and chain hold but whose data does not fit the model (written by
    /// other tooling, or by a buggy or newer build) stops writing at that line like any
    /// other bad line; appendUnchecked refuses to write such a line in the first place.
    @Test
    func wellChainedLineWithBadDataIsDamageNotAFatalError() throws {
        let store = try journal(singles: 2)
        let bad = store.head.seq + 1
        let draft = LineCodec.Draft(kind: EventKind.enterpriseUpdated, entity: "ent-nope",
                                    data: .object(["changes": .object(["name": .string("x")])]))
        #expect(throws: (any Error).self) { try store.appendUnchecked([draft]) }
        #expect(TestData.lines(path).count == bad - 1, "appendUnchecked wrote nothing")
        let (bytes, _) = LineCodec.encode(draft, seq: bad, time: Timestamp.now(), actor: TestData.admin,
                                          prev: store.head.hash, txnIndex: 1, txnCount: 1)
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data(bytes))
        try handle.close()
        #expect(TestData.lines(path).count == bad, "the line is on disk")
        let reopened = try JournalStore(path: path, actor: TestData.admin)
        #expect(reopened.damage?.line == bad)
        #expect(throws: JournalError.self) { try reopened.register(30) }
        #expect(try JournalVerifier.verify(path: path).damage?.line == bad)
        #expect(try JournalVerifier.repair(path: path).isClean)
        #expect(try JournalStore(path: path, actor: TestData.admin).head.seq == bad - 1)
    }
}
