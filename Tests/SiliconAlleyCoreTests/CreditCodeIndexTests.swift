import Foundation
import Testing
@testable import SiliconAlleyCore

/// The USCC index of a state read from a snapshot is built only when first used: until
/// then it must answer, refuse and move exactly as a replayed one does.
@Suite struct CreditCodeIndexTests {
    let dir = TempDir("codes")
    var path: String { dir.file("journal.jsonl") }

    /// Five enterprises, a snapshot, and a store opened on it.
    private func fromSnapshot() throws -> JournalStore {
        let writer = try JournalStore.fresh(in: dir)
        for n in 1...5 { try writer.register(n) }
        try writer.writeSnapshot()
        let store = try JournalStore(path: path, actor: TestData.admin)
        #expect(store.snapshotSeq > 0)
        return store
    }

    /// Every enterprise is found by its code, and only by its own.
    private func expectConsistent(_ s: DomainState, sourceLocation: SourceLocation = #_sourceLocation) {
        for (id, e) in s.enterprises {
            #expect(s.enterprise(uscc: e.uscc)?.id == id, sourceLocation: sourceLocation)
        }
        #expect(s.enterprise(uscc: TestData.uscc(999)) == nil, sourceLocation: sourceLocation)
    }

    @Test func aSnapshotsIndexIsDeferredAndStillFindsEveryCode() throws {
        let store = try fromSnapshot()
        #expect(store.state.usccIndex.isDeferred)
        expectConsistent(store.state)
        // A lookup builds it for every copy; the state itself still says deferred.
        #expect(store.state.usccIndex.isDeferred)
        let replayed = try JournalStore(path: path, actor: TestData.admin, useSnapshot: false)
        #expect(!replayed.state.usccIndex.isDeferred)
        expectConsistent(replayed.state)
    }

    @Test func registeringAFirmsCodeFromTheSnapshotIsRefused() throws {
        let store = try fromSnapshot()
        var input = TestData.enterprise(6)
        input.uscc = TestData.uscc(3)
        #expect(throws: CommandRejected.self) { try store.perform(RegisterEnterprise(input), today: TestData.today) }
        // A new code registers, and the index is built from then on.
        let sixth = try store.register(6)
        #expect(!store.state.usccIndex.isDeferred)
        #expect(store.state.enterprise(uscc: TestData.uscc(6))?.id == sixth.id)
        expectConsistent(store.state)
    }

    /// The console lets go of a replayed state's index too: it answers and refuses the same.
    @Test func aReplayedIndexLetGoOfIsBuiltAgainWhenNeeded() throws {
        let writer = try JournalStore.fresh(in: dir)
        for n in 1...5 { try writer.register(n) }
        let store = try JournalStore(path: path, actor: TestData.admin, useSnapshot: false)
        #expect(!store.state.usccIndex.isDeferred)
        store.deferDerivedIndexes()
        #expect(store.state.usccIndex.isDeferred)
        expectConsistent(store.state)
        var input = TestData.enterprise(6)
        input.uscc = TestData.uscc(2)
        #expect(throws: CommandRejected.self) { try store.perform(RegisterEnterprise(input), today: TestData.today) }
        _ = try store.register(6)
        #expect(!store.state.usccIndex.isDeferred)
        expectConsistent(store.state)
    }

    @Test func changingACodeAfterTheSnapshotFreesTheOldOne() throws {
        let store = try fromSnapshot()
        let third = try #require(store.state.enterprise(uscc: TestData.uscc(3)))
        var input = TestData.enterprise(3)
        input.uscc = TestData.uscc(30)
        try store.perform(EditEnterprise(id: third.id, input: input, basedOn: nil), today: TestData.today)
        #expect(store.state.enterprise(uscc: TestData.uscc(3)) == nil)
        #expect(store.state.enterprise(uscc: TestData.uscc(30))?.id == third.id)
        // The freed code registers again; the taken one does not.
        try store.register(3)
        var taken = TestData.enterprise(7)
        taken.uscc = TestData.uscc(30)
        #expect(throws: CommandRejected.self) { try store.perform(RegisterEnterprise(taken), today: TestData.today) }
        expectConsistent(store.state)
        let replayed = try JournalStore(path: path, actor: TestData.admin, useSnapshot: false)
        expectConsistent(replayed.state)
        #expect(replayed.state == store.state)
    }

    /// Replay re-checks the rule after a snapshot too: a forged second registration of a
    /// code the snapshot holds is damage, for the store that reads the snapshot and for verify.
    @Test func aForgedDuplicateAfterTheSnapshotIsDamage() throws {
        let forgery = try Forgery()
        for n in 1...3 { try forgery.store.register(n) }
        try forgery.store.writeSnapshot()
        let seq = try forgery.nextSeq()
        try forgery.append(EventKind.enterpriseRegistered, "ent-\(seq)",
                           Forgery.enterpriseData(id: "ent-\(seq)", uscc: TestData.uscc(2)))
        let reopened = try JournalStore(path: forgery.path, actor: TestData.admin)
        #expect(reopened.snapshotSeq > 0)
        #expect(reopened.damage?.line == seq)
        try forgery.expectBroken(at: seq, "already registered")
    }

    /// Two copies share a deferred index; one registers (and builds its own), the other
    /// still answers for its own records.
    @Test func copiesOfADeferredStateAnswerForThemselves() throws {
        let store = try fromSnapshot()
        let before = store.state
        #expect(before.usccIndex.isDeferred)
        try store.register(6)
        #expect(before.enterprise(uscc: TestData.uscc(6)) == nil)
        #expect(store.state.enterprise(uscc: TestData.uscc(6)) != nil)
        expectConsistent(before)
        expectConsistent(store.state)
    }
}

/// The table under the index: slots of a seq and hash bits, confirmed against the records.
@Suite struct CreditCodeTableTests {
    private func records(_ n: Int, id: (Int) -> String = { "ent-\($0)" }) -> RecordMap<Enterprise> {
        var m = RecordMap<Enterprise>()
        for i in 1...n { m[id(i)] = Enterprise(id: id(i), name: "企业\(i)", uscc: TestData.uscc(i), industry: "ai") }
        return m
    }

    @Test func findsEveryCodeThroughGrowthAndNothingElse() {
        let m = records(3_000)
        var t = CreditCodeTable()   // from empty: grows many times
        for (id, e) in m { t.insert(e.creditCode, id: id) }
        #expect(t.count == 3_000)
        for (id, e) in m { #expect(t.id(of: e.creditCode, in: m) == id) }
        for n in 3_001...3_100 { #expect(t.id(of: CreditCode(TestData.uscc(n)), in: m) == nil) }
    }

    @Test func aRemovedCodeIsGoneAndItsSlotReused() {
        var m = records(100)
        var t = CreditCodeIndex.derive(m)
        let code = CreditCode(TestData.uscc(7)), moved = CreditCode(TestData.uscc(700))
        t.remove(code, in: m)
        t.insert(moved, id: "ent-7")
        m["ent-7"]?.uscc = TestData.uscc(700)
        #expect(t.id(of: code, in: m) == nil)
        #expect(t.id(of: moved, in: m) == "ent-7")
        #expect(t.count == 100)
        for i in 1...100 where i != 7 { #expect(t.id(of: CreditCode(TestData.uscc(i)), in: m) == "ent-\(i)") }
    }

    /// A slot is only believed when the record it names holds the code: a record whose
    /// code changed behind the table's back is not found under the old one.
    @Test func aSlotIsConfirmedAgainstTheRecord() {
        var m = records(10)
        let t = CreditCodeIndex.derive(m)
        m["ent-3"]?.uscc = TestData.uscc(333)
        #expect(t.id(of: CreditCode(TestData.uscc(3)), in: m) == nil)
    }

    /// Inserting a code already held gives its holder and changes nothing; a new one goes in,
    /// into a removed slot when the walk passes one.
    @Test func insertNewFindsTheHolderOrAddsTheCode() {
        var m = records(500)
        var t = CreditCodeTable()
        for i in 1...500 { #expect(t.insertNew(CreditCode(TestData.uscc(i)), id: "ent-\(i)", in: m) == nil) }
        for i in stride(from: 1, through: 500, by: 7) {
            #expect(t.insertNew(CreditCode(TestData.uscc(i)), id: "ent-900", in: m) == "ent-\(i)")
        }
        #expect(t.count == 500)
        t.remove(CreditCode(TestData.uscc(3)), in: m)
        m["ent-3"]?.uscc = TestData.uscc(3_000)
        #expect(t.insertNew(CreditCode(TestData.uscc(3_000)), id: "ent-3", in: m) == nil)
        #expect(t.count == 500)
        for i in 1...500 { #expect(t.id(of: m["ent-\(i)"]!.creditCode, in: m) == "ent-\(i)") }
    }

    @Test(arguments: ["ent-0", "ent-007", "ent-+5", "ent-4294967295", "ent-x1", "enterprise-1", "E1", ""])
    func idsOfAnotherShapeAreKeptAside(id: String) {
        #expect(CreditCodeTable.seq(of: id) == nil)
        let e = Enterprise(id: id, name: "旧企业", uscc: TestData.uscc(1), industry: "ai")
        var m = RecordMap<Enterprise>()
        m[id] = e
        var t = CreditCodeTable()
        t.insert(e.creditCode, id: id)
        #expect(t.id(of: e.creditCode, in: m) == id)
        t.remove(e.creditCode, in: m)
        #expect(t.id(of: e.creditCode, in: m) == nil && t.count == 0)
    }

    @Test func theSeqOfAnIdRoundTrips() {
        #expect(CreditCodeTable.seq(of: "ent-1") == 1)
        #expect(CreditCodeTable.seq(of: "ent-4294967294") == 4_294_967_294)
    }
}
