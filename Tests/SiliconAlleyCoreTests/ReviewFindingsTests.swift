import Foundation
import Testing
@testable import SiliconAlleyCore

@Suite struct ReviewFindingsTests {
    let dir = TempDir("review")
    var path: String { dir.file("journal.jsonl") }

    @Test func leadingZerosAreNotJSON() throws {
        let store = try JournalStore(path: path, actor: TestData.admin)
        let (bytes, _) = LineCodec.encode(.init(kind: "x.y", entity: "e", data: .object([:])), seq: 7, time: "t", actor: "a",
                                          prev: store.head.hash, txnIndex: 1, txnCount: 1)
        // Re-hash a copy whose seq is written 007.
        var text = String(decoding: bytes.dropLast(), as: UTF8.self).replacingOccurrences(of: #""seq":7,"#, with: #""seq":007,"#)
        let body = String(text[..<text.range(of: #","hash":""#)!.lowerBound])
        let hash = ChainHash.sha256Hex(Array((body + "}").utf8))
        text = body + #","hash":""# + hash + #""}"#
        let line = Array(text.utf8)
        #expect(throws: LineCodec.DecodeError.self) { try line.withUnsafeBufferPointer { try LineCodec.decode($0) } }
    }

    @Test func damageClearsAfterARepairElsewhere() throws {
        let store = try JournalStore(path: path, actor: TestData.admin)
        try store.perform(RegisterEnterprise(TestData.enterprise(1)))
        let good = store.head.seq
        try store.perform(RegisterEnterprise(TestData.enterprise(2)))
        // Damage the last line, as a disk error would.
        var lines = TestData.lines(path)
        lines[lines.count - 1] = Array(String(decoding: lines[lines.count - 1], as: UTF8.self).replacingOccurrences(of: "测试企业2", with: "测试企业X").utf8)
        try TestData.write(lines.flatMap { $0 }, to: path)
        let reader = try JournalStore(path: path, actor: TestData.admin, useSnapshot: false)
        #expect(reader.damage?.line == good + 1)
        _ = try JournalVerifier.repair(path: path)
        // The running store sees the repaired file and can write again.
        try reader.refresh()
        #expect(reader.damage == nil)
        try reader.perform(RegisterEnterprise(TestData.enterprise(3)))
        #expect(try JournalVerifier.verify(path: path).isClean)
    }

    @Test func theIndexStartsOverWhenTheFileIsCut() throws {
        let store = try JournalStore(path: path, actor: TestData.admin)
        try store.perform(RegisterEnterprise(TestData.enterprise(1)))
        var index = JournalIndex(path: path)
        index.update()
        let before = (index.generation, index.entries.count)
        var lines = TestData.lines(path)
        lines.removeLast()
        try TestData.write(lines.flatMap { $0 }, to: path)
        index.update()
        #expect(index.generation == before.0 + 1)
        #expect(index.entries.count == before.1 - 1)
    }
}

/// A command planned for a "today" the clock does not share: replay checks dated rules
/// against the line's own date, so the store refuses before writing rather than append a
/// line `verify` would call damage.
@Suite struct PlannedDayTests {
    @Test func aGrantPlannedDaysAheadOfTheClockIsRefusedAndNothingIsWritten() throws {
        let dir = TempDir("planned-day")
        let store = try JournalStore(path: dir.file("journal.jsonl"), actor: TestData.admin)
        let e = try store.register(1)
        let ahead = LocalDate.today().adding(days: 5)
        let before = store.state.lastSeq
        do {
            try store.perform(GrantQualification(enterprise: e.id, qualification: "srdi", granted: ahead.description,
                                                 expires: ahead.adding(days: 700).description), today: ahead)
            Issue.record("a grant dated after its line was written")
        } catch let r as CommandRejected {
            #expect(r.error(for: "today")?.en.contains("granted") == true)
        }
        #expect(store.state.lastSeq == before)
        #expect(try JournalStore(path: store.path, actor: TestData.admin, useSnapshot: false).state.lastSeq == before)
        // The same grant dated today is written, and verify accepts it.
        try store.perform(GrantQualification(enterprise: e.id, qualification: "srdi", granted: LocalDate.today().description,
                                             expires: ahead.adding(days: 700).description))
        #expect(try JournalVerifier.verify(path: store.path).isClean)
    }
}

/// A USCC already in the registry is named with the form's other errors, not only once
/// the rest is fixed (the clerk would otherwise meet it on a second F10).
@Suite struct DuplicateCodeWithOtherErrorsTests {
    @Test func registerAndEditNameTheDuplicateBesideTheOtherErrors() throws {
        let dir = TempDir("dup-uscc")
        let store = try JournalStore(path: dir.file("journal.jsonl"), actor: TestData.admin)
        let first = try store.register(1)
        let second = try store.register(2)
        var input = EnterpriseInput(name: "", uscc: first.uscc.lowercased(), industry: "")
        let before = store.head.seq
        do {
            try store.perform(RegisterEnterprise(input))
            Issue.record("written")
        } catch let r as CommandRejected {
            #expect(Set(r.errors.map(\.field)) == ["name", "uscc", "industry"], "\(r)")
            #expect(r.error(for: "uscc")?.zh.contains(first.name) == true)
        }
        input = EnterpriseInput(name: second.name, uscc: first.uscc, industry: "nonsense")
        do {
            try store.perform(EditEnterprise(id: second.id, input: input, basedOn: nil))
            Issue.record("written")
        } catch let r as CommandRejected {
            #expect(Set(r.errors.map(\.field)) == ["uscc", "industry"], "\(r)")
        }
        #expect(store.head.seq == before)
    }
}

/// Housing refusals name people and units, not record ids, and a resident ID already
/// registered is named with the form's other errors.
@Suite struct HousingRefusalWordsTests {
    @Test func aDuplicateIDIsNamedBesideOtherErrorsAndByName() throws {
        let f = try HousingFixture()
        let first = try f.talent(1)
        let r = f.refused(RegisterTalent(name: "", idNumber: HousingFixture.idNumber(1), phone: "12", employer: f.employer, category: "A类"))
        #expect(r?.error(for: "idNumber")?.zh == "该证件号已登记：\(f.state.talents[first]!.name)", "\(String(describing: r))")
        #expect(r?.error(for: "name") != nil && r?.error(for: "phone") != nil)
        #expect(r.map { "\($0)" }?.contains("tal-") == false, "no record id in the words")
    }
}
