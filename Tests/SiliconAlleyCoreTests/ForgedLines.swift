import Foundation
import Testing
@testable import SiliconAlleyCore

/// A journal made through the real commands, then lines written by hand with `LineCodec`:
/// each with a correct hash and chain, as someone who can write the file (or recompute
/// hashes) would forge them. Replay must still refuse what the console would never write.
final class Forgery {
    let dir = TempDir("forge")
    var path: String { dir.file("journal.jsonl") }
    let store: JournalStore

    init() throws {
        store = try JournalStore.fresh(in: dir)
    }

    /// The file's last line, decoded.
    func head() throws -> JournalLine {
        let last = try #require(TestData.lines(path).last)
        return try Array(last.dropLast()).withUnsafeBufferPointer { b throws(LineCodec.DecodeError) in try LineCodec.decode(b) }
    }

    /// Appends `drafts` as one batch after the head, hash-chained; returns the first seq.
    @discardableResult
    func append(_ drafts: [LineCodec.Draft], actor: String = TestData.admin, time: String = Timestamp.now()) throws -> Int {
        let h = try head()
        var bytes: [UInt8] = []
        var prev = h.hash
        for (i, d) in drafts.enumerated() {
            let (b, line) = LineCodec.encode(d, seq: h.seq + 1 + i, time: time, actor: actor, prev: prev,
                                             txnIndex: i + 1, txnCount: drafts.count)
            bytes += b
            prev = line.hash
        }
        try TestData.appendRaw(bytes, to: path)
        return h.seq + 1
    }

    @discardableResult
    func append(_ kind: String, _ entity: String, _ data: JSONValue, actor: String = TestData.admin,
                time: String = Timestamp.now()) throws -> Int {
        try append([LineCodec.Draft(kind: kind, entity: entity, data: data)], actor: actor, time: time)
    }

    /// The next seq a line would get.
    func nextSeq() throws -> Int { try head().seq + 1 }

    /// What `verify` says (and a store opened on the file agrees): the damaged line and why.
    func damage(sourceLocation: SourceLocation = #_sourceLocation) throws -> (line: Int, reason: String)? {
        let report = try JournalVerifier.verify(path: path)
        let reopened = try JournalStore(path: path, actor: TestData.admin)
        #expect(reopened.damage?.line == report.damage?.line, "the store and verify disagree", sourceLocation: sourceLocation)
        return report.damage
    }

    /// Expects `verify` to stop at `line` naming a rule that contains `rule`.
    func expectBroken(at line: Int, _ rule: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let d = try damage(sourceLocation: sourceLocation)
        #expect(d?.line == line, "damage \(d.map { "\($0)" } ?? "none"), expected line \(line)", sourceLocation: sourceLocation)
        #expect(d?.reason.contains(rule) == true, "reason “\(d?.reason ?? "none")” does not name “\(rule)”", sourceLocation: sourceLocation)
    }

    func expectClean(sourceLocation: SourceLocation = #_sourceLocation) throws {
        let d = try damage(sourceLocation: sourceLocation)
        #expect(d == nil, "unexpected damage \(d.map { "\($0)" } ?? "")", sourceLocation: sourceLocation)
    }

    /// An enterprise's record as the command writes it, as JSON, with changes applied.
    static func enterpriseData(id: String, uscc: String = TestData.uscc(500), _ edit: (inout Enterprise) -> Void = { _ in }) -> JSONValue {
        var e = Enterprise(id: id, name: "伪造科技有限公司", uscc: uscc, industry: "ai", place: "gehua", tier: "showcase")
        edit(&e)
        return try! JSONValueEncoder().encode(e)
    }

    static func changes(_ c: [String: JSONValue]) -> JSONValue {
        .object(["changes": .object(JSONObject(c))])
    }
}
