import Foundation
import Testing
@testable import SiliconAlleyCore

@Suite struct JournalSnapshotTests {
    let dir = TempDir("snap")
    var path: String { dir.file("journal.jsonl") }
    var snapshot: String { path + ".snapshot" }

    /// A journal with enterprises, qualifications, tickets and a batch, then a snapshot,
    /// then more lines after it.
    private func journalWithSnapshotAndTail() throws -> JournalStore {
        let store = try JournalStore.fresh(in: dir)
        for n in 1...5 { try store.register(n) }
        let first = store.state.enterprises.keys.sorted()[0]
        try store.perform(GrantQualification(enterprise: first, qualification: "srdi", granted: "2024-01-02", expires: "2027-01-01"),
                          today: TestData.today)
        try store.perform([AcceptTicket(enterprise: first, type: .talent, description: "子女入学协调"),
                           AcceptTicket(enterprise: first, type: .policy, measure: "2-1", description: "申请房租补贴")],
                          today: TestData.today)
        try store.writeSnapshot()
        #expect(FileManager.default.fileExists(atPath: snapshot))
        // More lines after the snapshot, some from another store on the same file.
        let other = try JournalStore(path: path, actor: TestData.admin, useSnapshot: false)
        for n in 6...8 { try other.register(n) }
        try store.perform(AcceptTicket(enterprise: first, type: .other, description: "其他咨询"), today: TestData.today)
        try store.perform(MarkEnterpriseMovedOut(id: first, date: "2025-06-01", reason: "迁出"), today: TestData.today)
        return store
    }

    private func fullReplay() throws -> DomainState {
        try JournalStore(path: path, actor: TestData.admin, useSnapshot: false).state
    }

    @Test func snapshotPlusTailEqualsFullReplay() throws {
        let writer = try journalWithSnapshotAndTail()
        let viaSnapshot = try JournalStore(path: path, actor: TestData.admin)
        #expect(viaSnapshot.takeNotices().filter { $0.contains("snapshot") }.isEmpty)
        let replay = try fullReplay()
        #expect(viaSnapshot.state == replay)
        #expect(viaSnapshot.state == writer.state)
        #expect(replay.enterprises.count == 8 && replay.tickets.count == 3)
        // And it keeps writing on the right chain.
        try viaSnapshot.register(9)
        #expect(try JournalVerifier.verify(path: path).isClean)
        #expect(try fullReplay() == viaSnapshot.state)
    }

    /// A snapshot's versions are decoded after the load; lines after the snapshot go over
    /// them. Every version reads as a full replay's, and "what changed since" is exact.
    @Test func versionsFromTheSnapshotAndAfterItAreAReplaysOnes() throws {
        let writer = try journalWithSnapshotAndTail()
        let snapshotSeq = try #require(SnapshotCodec.parseHeader(ArraySlice(TestData.bytes(snapshot).prefix { $0 != 0x0A }))).seq
        let viaSnapshot = try JournalStore(path: path, actor: TestData.admin)
        let replay = try fullReplay()
        for (entity, seq) in replay.versions {
            #expect(viaSnapshot.state.version(of: entity) == seq, "\(entity)")
        }
        #expect(viaSnapshot.state.versions.count == replay.versions.count)
        for after in [0, snapshotSeq - 1, snapshotSeq, replay.lastSeq - 1] {
            let a = viaSnapshot.state.versions.changed(after: after).map(\.key).sorted()
            let b = replay.versions.changed(after: after).map(\.key).sorted()
            #expect(a == b, "after \(after)")
        }
        // An edit based on a version from the snapshot is accepted, and the registry's
        // search sees it as a change.
        let before = EnterpriseSearch(state: viaSnapshot.state, today: TestData.today)
        let id = viaSnapshot.state.enterprises.keys.sorted()[1]
        let old = try #require(viaSnapshot.state.enterprises[id])
        try viaSnapshot.perform(EditEnterprise(id: id, input: EnterpriseInput(name: "阿尔法改名有限公司", uscc: old.uscc, industry: old.industry),
                                               basedOn: viaSnapshot.state.version(of: id)), today: TestData.today)
        #expect(viaSnapshot.state.version(of: id) == viaSnapshot.head.seq)
        let after = before.updated(to: viaSnapshot.state, today: TestData.today)
        let rebuilt = EnterpriseSearch(state: viaSnapshot.state, today: TestData.today)
        #expect((0..<after.count).map { after.record($0).name } == (0..<rebuilt.count).map { rebuilt.record($0).name })
        #expect((0..<after.count).contains { after.record($0).name == "阿尔法改名有限公司" })
        #expect(writer.state.version(of: id) != viaSnapshot.state.version(of: id))
    }

    /// `verify`'s digest of a large state is encoded on two threads: the same bytes, so the
    /// same digest, as the one-pass encoding a snapshot is written with.
    @Test func theTwoThreadDigestEqualsTheOnePassOne() throws {
        let store = try journalWithSnapshotAndTail()
        for n in 9...40 { try store.register(n) }
        let s = store.state
        let onePass = SnapshotCodec.digest(of: s, parallelFrom: .max)
        #expect(SnapshotCodec.digest(of: s, parallelFrom: 0) == onePass)
        var written: [UInt8] = []
        try SnapshotCodec.body(s) { written.append(contentsOf: $0) }
        #expect(ChainHash.sha256Hex(written) == onePass)
        // Every record counts: one field changed changes both.
        var changed = s
        changed.enterprises[s.enterprises.keys.sorted().last!]?.headcount = 999_999
        #expect(SnapshotCodec.digest(of: changed, parallelFrom: 0) == SnapshotCodec.digest(of: changed, parallelFrom: .max))
        #expect(SnapshotCodec.digest(of: changed, parallelFrom: 0) != onePass)
    }

    @Test func snapshotIsReallyUsed() throws {
        // Proves the happy path above did not just replay: a byte flipped in a line before
        // the snapshot's is not read again (full replay and verify see it; the snapshot is
        // a cache of what was verified when it was written).
        let writer = try journalWithSnapshotAndTail()
        try TestData.flipByte(inLine: 3, of: path)
        let viaSnapshot = try JournalStore(path: path, actor: TestData.admin)
        #expect(viaSnapshot.damage == nil)
        #expect(viaSnapshot.state == writer.state)
        #expect(try JournalVerifier.verify(path: path).damage?.line == 3)
    }

    /// The issue's case: the body edited and the header's digest recomputed. The journal
    /// line that vouches for the snapshot still names the old digest: not believed, and
    /// `verify` says the snapshot does not match.
    @Test func editedSnapshotWithRecomputedDigestIsNotBelieved() throws {
        _ = try journalWithSnapshotAndTail()
        let (header, body) = try split()
        // The creator's login in the body's createdBy frame, replaced by another of the same length.
        let login = Array(TestData.admin.utf8)
        let at = try #require((0...(body.count - login.count)).first { Array(body[$0..<($0 + login.count)]) == login })
        var newBody = body
        newBody.replaceSubrange(at..<(at + login.count), with: Array("mallory".prefix(login.count).utf8))
        #expect(newBody != body)
        var h = header
        h["digest"] = .string(ChainHash.sha256Hex(newBody))
        try rewrite(header: h, body: newBody)
        try expectIgnored()
        #expect(try JournalStore(path: path, actor: TestData.admin).state.createdBy == TestData.admin)
        // Believed, it would have changed the creator: the edit reaches the state.
        let fd = open(snapshot, O_RDONLY)
        defer { close(fd) }
        let bodyStart = try #require(TestData.bytes(snapshot).firstIndex(of: 0x0A)) + 1
        let forged = SnapshotCodec.readBody(fd: fd, start: bodyStart, digest: ChainHash.sha256Hex(newBody))
        #expect(forged?.createdBy == String("mallory".prefix(TestData.admin.count)))
        let report = try JournalVerifier.verify(path: path)
        guard case .mismatch(let why) = report.snapshot else { Issue.record("verify: \(report.snapshot)"); return }
        #expect(why.contains("digest"))
        #expect(!report.isClean)
    }

    /// A snapshot the journal vouches for, but written (by hand, with a journal line forged
    /// to vouch for it) from another state: replay recomputes the digest and `verify` fails.
    @Test func verifyRecomputesTheVouchedState() throws {
        let store = try JournalStore.fresh(in: dir)
        try store.register(1)
        var fake = store.state
        fake.createdBy = "someone-else"
        #expect(FileManager.default.createFile(atPath: snapshot, contents: nil))
        let digest = try writeSnapshot(fake)
        try appendVouch(seq: store.head.seq, digest: digest, prev: store.head.hash)
        let report = try JournalVerifier.verify(path: path)
        guard case .mismatch(let why) = report.snapshot else { Issue.record("verify: \(report.snapshot)"); return }
        #expect(why.contains("replay up to line \(store.head.seq) gives another state"))
        // The honest snapshot verifies.
        try FileManager.default.removeItem(atPath: snapshot)
        let honest = try JournalStore(path: dir.file("honest.jsonl"), actor: TestData.admin)
        try honest.register(1)
        try honest.writeSnapshot()
        #expect(try JournalVerifier.verify(path: dir.file("honest.jsonl")).snapshot == .matches(seq: honest.head.seq - 1))
    }

    /// Writes `s` as a snapshot standing for the store's head; returns its digest.
    private func writeSnapshot(_ s: DomainState) throws -> String {
        let lines = TestData.lines(path)
        let end = lines.reduce(0) { $0 + $1.count }
        let start = end - (lines.last?.count ?? 0)
        let fd = open(snapshot, O_WRONLY | O_TRUNC)
        defer { close(fd) }
        return try SnapshotCodec.write(s, to: fd, path: snapshot) { digest in
            .init(counts: [:], seq: s.lastSeq, hash: s.lastHash, offset: end, lineStart: start, digest: digest)
        }
    }

    private func appendVouch(seq: Int, digest: String, prev: String) throws {
        let (bytes, _) = LineCodec.encode(.init(kind: EventKind.journalSnapshotted, entity: "journal",
                                                data: .object(["seq": .int(Int64(seq)), "digest": .string(digest)])),
                                          seq: seq + 1, time: Timestamp.now(), actor: TestData.admin, prev: prev, txnIndex: 1, txnCount: 1)
        try TestData.appendRaw(bytes, to: path)
    }

    @Test func snapshotWithWrongDigestIsIgnored() throws {
        _ = try journalWithSnapshotAndTail()
        let (header, body) = try split()
        var h = header
        h["digest"] = .string(ChainHash.sha256Hex(Array("something else".utf8)))
        try rewrite(header: h, body: body)
        try expectIgnored()
    }

    @Test func snapshotWithEditedBodyIsIgnored() throws {
        _ = try journalWithSnapshotAndTail()
        let (header, body) = try split()
        var b = body
        let i = try #require(b.firstIndex(of: UInt8(ascii: "3")))
        b[i] = UInt8(ascii: "4")
        try rewrite(header: header, body: b)
        try expectIgnored()
    }

    @Test(arguments: ["seq", "hash", "lineStart", "offset"])
    func snapshotThatDoesNotMatchItsJournalLineIsIgnored(field: String) throws {
        _ = try journalWithSnapshotAndTail()
        let (header, body) = try split()
        var h = header
        switch field {
        case "seq": h["seq"] = .int(header["seq"]!.intValue! - 1)
        case "hash": h["hash"] = .string(String(repeating: "ab", count: 32))
        case "lineStart": h["lineStart"] = .int(header["lineStart"]!.intValue! - 1)
        default: h["offset"] = .int(header["offset"]!.intValue! + 7)
        }
        try rewrite(header: h, body: body)
        try expectIgnored()
    }

    @Test func snapshotOfAnotherJournalIsIgnored() throws {
        _ = try journalWithSnapshotAndTail()
        // The journal is replaced by a different one with the same number of lines.
        let replacement = TempDir("snap-other")
        let other = try JournalStore(path: replacement.file("j.jsonl"), actor: TestData.admin)
        for n in 101...111 { try other.register(n) }
        try FileManager.default.removeItem(atPath: path)
        try FileManager.default.copyItem(atPath: replacement.file("j.jsonl"), toPath: path)
        try expectIgnored(enterprises: 11)
    }

    @Test func garbageSnapshotIsIgnored() throws {
        _ = try journalWithSnapshotAndTail()
        try TestData.write(Array("not a snapshot".utf8), to: snapshot)
        try expectIgnored()
    }

    // MARK: Helpers

    private func expectIgnored(enterprises: Int = 8, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let store = try JournalStore(path: path, actor: TestData.admin)
        let notices = store.takeNotices()
        #expect(notices.contains { $0.contains("snapshot ignored") }, "notices: \(notices)", sourceLocation: sourceLocation)
        #expect(store.state == (try fullReplay()), sourceLocation: sourceLocation)
        #expect(store.state.enterprises.count == enterprises, sourceLocation: sourceLocation)
    }

    private func split() throws -> (header: JSONObject, body: [UInt8]) {
        let bytes = TestData.bytes(snapshot)
        let nl = try #require(bytes.firstIndex(of: 0x0A))
        let header = try #require(try JSONParser.parse(Array(bytes[..<nl])).objectValue)
        return (header, Array(bytes[(nl + 1)...]))
    }

    private func rewrite(header: JSONObject, body: [UInt8]) throws {
        var out: [UInt8] = []
        JSONWriter.write(.object(header), into: &out)
        out.append(0x0A)
        out += body
        try TestData.write(out, to: snapshot)
    }
}
