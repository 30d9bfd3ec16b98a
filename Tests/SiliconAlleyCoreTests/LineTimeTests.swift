import Testing
@testable import SiliconAlleyCore

/// A line keeps a time in the form this program writes as milliseconds and makes its text
/// on demand; that text must be exactly what was written, and any other text is kept.
@Suite struct LineTimeTests {
    @Test func everyTimeTheParserAcceptsFormatsBackToItsText() {
        var rng = SystemRandomNumberGenerator()
        var texts = ["0001-01-01T00:00:00.000Z", "9999-12-31T23:59:59.999Z", "1969-12-31T23:59:59.999Z",
                     "1970-01-01T00:00:00.000Z", "2024-02-29T12:00:00.500Z", "2026-11-29T08:41:00.123Z"]
        func pad(_ v: Int, _ n: Int) -> String { String(repeating: "0", count: n - String(v).count) + String(v) }
        for _ in 0..<2000 {
            let y = Int.random(in: 1...9999, using: &rng), m = Int.random(in: 1...12, using: &rng)
            let d = Int.random(in: 1...LocalDate.daysInMonth(year: y, month: m), using: &rng)
            texts.append("\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))T\(pad(.random(in: 0...23), 2)):\(pad(.random(in: 0...59), 2)):"
                         + "\(pad(.random(in: 0...59), 2)).\(pad(.random(in: 0...999), 3))Z")
        }
        for t in texts {
            guard let ms = Timestamp.milliseconds(t) else { Issue.record("refused \(t)"); continue }
            #expect(Timestamp.format(milliseconds: ms) == t)
            let line = JournalLine(seq: 1, time: t, actor: "a", kind: "k", entity: "e", data: [:],
                                   prev: ChainDigest.genesis, hash: ChainDigest.genesis)
            #expect(line.time == t && line.timeMilliseconds == ms)
        }
    }

    @Test func otherTextIsKeptAsWritten() {
        for t in ["", "2026-11-29 08:41:00", "2026-02-30T08:41:00.123Z", "0000-01-01T00:00:00.000Z",
                  "2026-11-29T24:00:00.000Z", "2026-11-29T08:41:00.123+08:00", "２０２６"] {
            #expect(Timestamp.milliseconds(t) == nil)
            let line = JournalLine(seq: 1, time: t, actor: "a", kind: "k", entity: "e", data: [:],
                                   prev: ChainDigest.genesis, hash: ChainDigest.genesis)
            #expect(line.time == t && line.timeMilliseconds == nil)
        }
    }

    @Test func aDecodedLineGivesBackItsTimeEitherWay() throws {
        for t in ["2025-06-10T08:00:00.000Z", "yesterday"] {
            let draft = LineCodec.Draft(kind: "k", entity: "e", data: ["x": 1])
            let (bytes, line) = LineCodec.encode(draft, seq: 1, time: t, actor: "a", prev: ChainHash.genesis, txnIndex: 1, txnCount: 1)
            let back = try Array(bytes.dropLast()).withUnsafeBufferPointer { try LineCodec.decode($0) }
            #expect(back == line && back.time == t)
        }
    }
}
