import Foundation
import Testing
@testable import SiliconAlleyCore

@Suite struct LineCodecTests {
    private let draft = LineCodec.Draft(kind: EventKind.enterpriseRegistered, entity: "ent-12", data: .object([
        "name": .string("硅巷\u{2028}科技\n\"有限\"公司"), "n": .int(-5), "ok": .bool(true), "list": .array([.null, .double(2.5)]),
    ]))

    private func decode(_ bytes: [UInt8]) throws(LineCodec.DecodeError) -> JournalLine {
        // The codec takes a line without its "\n".
        let body = bytes.last == 0x0A ? Array(bytes.dropLast()) : bytes
        return try body.withUnsafeBufferPointer { b throws(LineCodec.DecodeError) in try LineCodec.decode(b) }
    }

    @Test func encodeThenDecodeGivesTheSameLine() throws {
        let prev = ChainHash.sha256Hex(Array("previous".utf8))
        let (bytes, line) = LineCodec.encode(draft, seq: 12, time: "2025-06-10T08:00:00.000Z", actor: "alice", prev: prev,
                                             txnIndex: 1, txnCount: 1)
        #expect(bytes.last == 0x0A)
        #expect(bytes.filter { $0 == 0x0A }.count == 1, "one line, one newline")
        let back = try decode(bytes)
        #expect(back == line)
        #expect(back.seq == 12 && back.prev == prev && back.actor == "alice" && back.data == draft.data)
        #expect(back.hash.count == 64 && back.hash != prev)
        // No txn member for a batch of one.
        #expect(!String(decoding: bytes, as: UTF8.self).contains(#""txn""#))
        // The stated member order: the story first, the chain last.
        let text = String(decoding: bytes, as: UTF8.self)
        let order = ["\"v\":", "\"seq\":", "\"time\":", "\"actor\":", "\"kind\":", "\"entity\":", "\"data\":", "\"prev\":", "\"hash\":"]
        let positions = order.map { text.range(of: $0)!.lowerBound }
        #expect(positions == positions.sorted())
    }

    @Test func hashDependsOnEveryField() {
        let base = LineCodec.encode(draft, seq: 1, time: "t", actor: "a", prev: ChainHash.genesis, txnIndex: 1, txnCount: 1).line.hash
        let variants = [
            LineCodec.encode(draft, seq: 2, time: "t", actor: "a", prev: ChainHash.genesis, txnIndex: 1, txnCount: 1),
            LineCodec.encode(draft, seq: 1, time: "u", actor: "a", prev: ChainHash.genesis, txnIndex: 1, txnCount: 1),
            LineCodec.encode(draft, seq: 1, time: "t", actor: "b", prev: ChainHash.genesis, txnIndex: 1, txnCount: 1),
            LineCodec.encode(draft, seq: 1, time: "t", actor: "a", prev: String(repeating: "1", count: 64), txnIndex: 1, txnCount: 1),
            LineCodec.encode(draft, seq: 1, time: "t", actor: "a", prev: ChainHash.genesis, txnIndex: 1, txnCount: 2),
            LineCodec.encode(.init(kind: "x", entity: draft.entity, data: draft.data), seq: 1, time: "t", actor: "a",
                             prev: ChainHash.genesis, txnIndex: 1, txnCount: 1),
        ]
        for v in variants { #expect(v.line.hash != base) }
    }

    @Test func flippingAnySingleByteIsDetected() throws {
        let (bytes, line) = LineCodec.encode(draft, seq: 3, time: "2025-06-10T08:00:00.000Z", actor: "alice",
                                             prev: ChainHash.genesis, txnIndex: 2, txnCount: 3)
        let body = Array(bytes.dropLast())
        var undetected: [Int] = []
        for i in body.indices {
            for mask: UInt8 in [0x01, 0x20, 0x80] {
                var b = body
                b[i] ^= mask
                if let back = try? decode(b), back == line || back.hash == line.hash {
                    undetected.append(i)
                }
            }
        }
        #expect(undetected.isEmpty, "flips at \(undetected) decode to a line that still checks")
    }

    @Test func txnMarkersRoundTripAndAreValidated() throws {
        let lines = (1...3).map { i in
            LineCodec.encode(draft, seq: 10 + i, time: "t", actor: "a", prev: ChainHash.genesis, txnIndex: i, txnCount: 3)
        }
        for (i, l) in lines.enumerated() {
            #expect(String(decoding: l.bytes, as: UTF8.self).contains(#""txn":[\#(i + 1),3]"#))
            let back = try decode(l.bytes)
            #expect(back.txnIndex == i + 1 && back.txnCount == 3)
        }
        // A txn marker that makes no sense is refused even with a correct hash.
        for bad in ["[0,3]", "[4,3]", "[1]", "[1,0]", "\"1/3\""] {
            let text = String(decoding: lines[0].bytes.dropLast(), as: UTF8.self)
                .replacingOccurrences(of: #""txn":[1,3]"#, with: #""txn":\#(bad)"#)
            let rehashed = Self.rehash(Array(text.utf8))
            #expect(throws: LineCodec.DecodeError.self, "txn \(bad)") { try decode(rehashed) }
        }
    }

    @Test func theHashMustBeTheLastMember() throws {
        let (bytes, _) = LineCodec.encode(draft, seq: 1, time: "t", actor: "a", prev: ChainHash.genesis, txnIndex: 1, txnCount: 1)
        var text = String(decoding: bytes.dropLast(), as: UTF8.self)
        text.removeLast()  // "}"
        text += #","extra":1}"#
        #expect(throws: LineCodec.DecodeError.self) { try decode(Array(text.utf8)) }
    }

    @Test func newerFormatVersionIsRefused() throws {
        let (bytes, _) = LineCodec.encode(draft, seq: 1, time: "t", actor: "a", prev: ChainHash.genesis, txnIndex: 1, txnCount: 1)
        let text = String(decoding: bytes.dropLast(), as: UTF8.self)
            .replacingOccurrences(of: #"{"v":\#(FormatVersion.current),"#, with: #"{"v":\#(FormatVersion.current + 1),"#)
        do {
            _ = try decode(Self.rehash(Array(text.utf8)))
            Issue.record("a newer version decoded")
        } catch {
            guard case .unsupportedVersion = error else { Issue.record("wrong error \(error)"); return }
        }
    }

    /// Recomputes the trailing hash the way the codec does, so a test can change the body only.
    static func rehash(_ line: [UInt8]) -> [UInt8] {
        let suffix = 9 + 64 + 2
        let body = Array(line[..<(line.count - suffix)])
        let hash = ChainHash.sha256Hex(body + [UInt8(ascii: "}")])
        return body + Array(#","hash":"\#(hash)"}"#.utf8)
    }
}

extension LineCodecTests {
    @Test func aHashThatIsNotHexIsAMismatchAsBefore() throws {
        let (bytes, _) = LineCodec.encode(draft, seq: 3, time: "2025-06-10T08:00:00.000Z", actor: "alice",
                                          prev: ChainHash.genesis, txnIndex: 1, txnCount: 1)
        var b = Array(bytes.dropLast())
        let hashAt = b.count - 2 - 64
        for bad: UInt8 in [0x5A, 0x41, 0x20] {  // Z, an upper-case hex letter, a space
            b[hashAt] = bad
            #expect(throws: LineCodec.DecodeError.self) { try decode(b) }
            if case .badHash? = Result(catching: { () throws(LineCodec.DecodeError) in try decode(b) }).failureValue {} else {
                Issue.record("\(bad): expected a hash mismatch")
            }
        }
    }

    @Test func copiesOfALineAreEqualAndHashAlike() throws {
        let (_, line) = LineCodec.encode(draft, seq: 3, time: "2025-06-10T08:00:00.000Z", actor: "alice",
                                         prev: ChainHash.genesis, txnIndex: 1, txnCount: 1)
        let rebuilt = JournalLine(seq: line.seq, time: line.time, actor: line.actor, kind: line.kind, entity: line.entity,
                                  data: line.data, prev: line.prev, hash: line.hash)
        #expect(rebuilt == line)
        #expect(Set([line, rebuilt]).count == 1)
        let other = JournalLine(seq: line.seq, time: line.time, actor: "bob", kind: line.kind, entity: line.entity,
                                data: line.data, prev: line.prev, hash: line.hash)
        #expect(other != line)
    }
}

private extension Result {
    var failureValue: Failure? { if case .failure(let e) = self { return e } else { return nil } }
}
