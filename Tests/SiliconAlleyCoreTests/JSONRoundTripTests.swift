import Foundation
import Testing
@testable import SiliconAlleyCore

@Suite struct JSONRoundTripTests {
    private func roundTrip(_ v: JSONValue) throws -> (text: String, back: JSONValue) {
        let text = JSONWriter.string(v)
        return (text, try JSONParser.parse(text))
    }

    @Test func stringsSurviveWithCJKEscapesAndAstralCharacters() throws {
        let samples = [
            "硅巷运营控制台", "东城区·青龙胡同 12 号", "quote \" backslash \\ slash /", "tab\tcr\rlf\n",
            "emoji 🚀 and 𠀋 (U+2000B)", "mixed 中文 English ｆｕｌｌ", "",
        ]
        for s in samples {
            let (text, back) = try roundTrip(.string(s))
            #expect(back == .string(s), "round trip of \(s.debugDescription)")
            #expect(!text.utf8.contains(0x0A) && !text.utf8.contains(0x0D))
        }
    }

    @Test func everyControlCharacterAndLineSeparatorIsEscaped() throws {
        var scalars = (0x00...0x1F).map { Unicode.Scalar(UInt32($0))! }
        scalars += [Unicode.Scalar(0x7F)!, Unicode.Scalar(0x2028)!, Unicode.Scalar(0x2029)!]
        for u in scalars {
            let s = "a\(Character(u))b"
            let (text, back) = try roundTrip(.string(s))
            #expect(back == .string(s), "U+\(String(u.value, radix: 16))")
            // The raw character never reaches the text: only its escape does.
            #expect(!text.unicodeScalars.contains(u), "U+\(String(u.value, radix: 16)) written raw: \(text.debugDescription)")
            #expect(text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F && $0.value != 0x2028 && $0.value != 0x2029 })
        }
        // All of them in one string, as a key too.
        let all = String(String.UnicodeScalarView(scalars))
        let (text, back) = try roundTrip(.object([all: .string(all)]))
        #expect(back == .object([all: .string(all)]))
        #expect(!text.utf8.contains(0x0A))
    }

    @Test func surrogatePairEscapesDecode() throws {
        #expect(try JSONParser.parse(#""\ud83d\ude80""#) == .string("🚀"))
        #expect(try JSONParser.parse(#""\u4E2D\u6587""#) == .string("中文"))
        #expect(try JSONParser.parse(#""\u0000""#) == .string("\u{0}"))
        #expect(throws: JSONParseError.self) { try JSONParser.parse(#""\ud83d""#) }          // lone high
        #expect(throws: JSONParseError.self) { try JSONParser.parse(#""\ude80""#) }          // lone low
        #expect(throws: JSONParseError.self) { try JSONParser.parse(#""\ud83d\u0041""#) }    // high + non-low
        #expect(throws: JSONParseError.self) { try JSONParser.parse(#""\u12G4""#) }
        #expect(throws: JSONParseError.self) { try JSONParser.parse(#""\u12""#) }
    }

    @Test func invalidUTF8IsRejected() {
        let bad: [[UInt8]] = [
            [0x22, 0xFF, 0x22],                  // never valid
            [0x22, 0xC3, 0x22],                  // truncated 2-byte sequence
            [0x22, 0xE4, 0xB8, 0x22],            // truncated CJK
            [0x22, 0xC0, 0xAF, 0x22],            // overlong "/"
            [0x22, 0xED, 0xA0, 0x80, 0x22],      // UTF-8-encoded surrogate
            [0x22, 0x5C, 0x6E, 0xFF, 0x22],      // after an escape (slow path)
        ]
        for b in bad {
            #expect(throws: JSONParseError.self, "\(b)") { try JSONParser.parse(b) }
        }
    }

    @Test(arguments: [
        "", " ", "{", "}", "[1,]", "[,1]", "{\"a\":1,}", "{\"a\" 1}", "{a:1}", "{\"a\":1 \"b\":2}", "01", "1.", ".5", "-",
        "1e", "+1", "tru", "nul", "falsey", "\"abc", "\"a\nb\"", "\"a\u{1}b\"", "[1] [2]", "{\"a\":1,\"a\":2}", "'x'",
        "\"\\x\"", "NaN", "[" + String(repeating: "[", count: 80) + String(repeating: "]", count: 81),
    ])
    func malformedDocumentsAreRejected(text: String) {
        #expect(throws: JSONParseError.self) { try JSONParser.parse(text) }
    }

    @Test func numbersAndLiteralsRoundTrip() throws {
        let values: [JSONValue] = [.int(0), .int(-1), .int(Int64.max), .int(Int64.min), .double(0.5), .double(-1.25e-7),
                                   .double(1.5e300), .bool(true), .bool(false), .null, .array([]), .object([:])]
        for v in values {
            #expect(try roundTrip(v).back == v, "\(v)")
        }
        #expect(try JSONParser.parse(" [ 1 , 2.0 , -3e2 ] ") == .array([.int(1), .double(2), .double(-300)]))
    }

    @Test func keysAreSortedByUTF8Bytes() throws {
        let obj: JSONValue = .object(["b": .int(1), "a": .int(2), "中": .int(3), "Z": .int(4), "aa": .object(["y": .null, "x": .null])])
        let text = JSONWriter.string(obj)
        #expect(text == #"{"Z":4,"a":2,"aa":{"x":null,"y":null},"b":1,"中":3}"#)
        // Canonical: same value, same bytes, whatever order the dictionary was built in.
        var other = JSONObject()
        for k in ["中", "aa", "Z", "b", "a"] { other[k] = obj[k] }
        #expect(JSONWriter.string(.object(other)) == text)
        #expect(try JSONParser.parse(text) == obj)
    }

    @Test func writerOutputIsOneLineForNestedHostileData() throws {
        let hostile: JSONValue = .object([
            "line\nkey": .array([.string("\u{2028}\u{2029}\r\n\u{1B}[31m"), .object(["\u{7F}": .string("\u{0}")])]),
        ])
        let (text, back) = try roundTrip(hostile)
        #expect(back == hostile)
        #expect(!text.contains("\n") && !text.contains("\r") && !text.contains("\u{2028}"))
    }

    // MARK: Model records through JSONValueEncoder / JSONValueDecoder

    private func recordRoundTrip<T: Codable & Equatable>(_ record: T) throws {
        let value = try JSONValueEncoder().encode(record)
        // Through the text form too, as the journal stores it.
        let reparsed = try JSONParser.parse(JSONWriter.string(value))
        #expect(reparsed == value)
        let back = try JSONValueDecoder().decode(T.self, from: reparsed)
        #expect(back == record)
    }

    @Test func enterpriseWithQualificationsAndSupportRoundTrips() throws {
        var e = Enterprise(id: "ent-7", name: "北京硅巷\"智能\"科技有限公司\n", uscc: TestData.uscc(7), industry: "ai",
                           place: "gehua", address: "5层 501室", tier: "core", area: Area(hundredths: 12_050),
                           headcount: 42, settled: LocalDate(year: 2024, month: 2, day: 29), contact: "李四", phone: "13912345678")
        var q = QualificationHolding(type: "srdi", granted: LocalDate(year: 2023, month: 1, day: 1)!,
                                     expires: LocalDate(year: 2026, month: 1, day: 1))
        q.revoked = LocalDate(year: 2025, month: 3, day: 3)
        q.revokeReason = "复核未通过"
        e.qualifications = [q, QualificationHolding(type: "hnte", granted: LocalDate(year: 2024, month: 5, day: 5)!, expires: nil)]
        e.support = [SupportGrant(measure: "1-1", amount: Money(fen: 1_000_000), kind: nil,
                                  date: LocalDate(year: 2024, month: 6, day: 1)!, note: "房租补贴", ticket: "tkt-3")]
        e.status = .movedOut
        e.movedOutOn = LocalDate(year: 2025, month: 1, day: 1)
        try recordRoundTrip(e)

        // Absent optionals are left out, not written as null.
        let minimal = Enterprise(id: "ent-1", name: "甲", uscc: TestData.uscc(1), industry: "ai")
        let v = try JSONValueEncoder().encode(minimal)
        #expect(v["place"] == nil && v["area"] == nil)
        #expect(v["qualifications"] == .array([]))
        try recordRoundTrip(minimal)
    }

    @Test func projectAndTicketRoundTrip() throws {
        let p = Project(id: "prj-3", name: "人工智能产业配套", category: .industry5N, catalogId: "x", action: nil,
                        leadUnit: "专班办公室", partners: ["东城区科信局", "国资"], place: "gehua", tier: "core", phase: "规模拓展",
                        status: .active, fastTrack: true,
                        milestones: [Milestone(id: "m1", title: "签约", due: LocalDate(year: 2025, month: 9, day: 1)!, done: nil)],
                        approval: [ApprovalStep(step: .review, started: LocalDate(year: 2025, month: 1, day: 2)!, limitDays: 30, done: nil)],
                        notes: [ProgressNote(date: LocalDate(year: 2025, month: 2, day: 3)!, text: "进展顺利\u{2028}", actor: "alice")])
        try recordRoundTrip(p)

        var t = Ticket(id: "tkt-9", receipt: "QL-2025-000009", enterprise: "ent-7", applicantName: nil, applicantPhone: nil,
                       service: "policy-application", channel: .online, measure: "2-1", description: "申请房租补贴",
                       documents: ["business-licence", "application-form"], unit: "science-tech-bureau",
                       status: .closed, acceptedOn: LocalDate(year: 2025, month: 6, day: 1)!, due: nil, limitDays: 10,
                       supplements: [TicketSupplement(requestedOn: LocalDate(year: 2025, month: 6, day: 2)!, documents: ["financial-statements"],
                                                      note: "原件", remaining: 9, receivedOn: LocalDate(year: 2025, month: 6, day: 4)!)],
                       handovers: [TicketHandover(date: LocalDate(year: 2025, month: 6, day: 3)!, from: "service-platform",
                                                  unit: "science-tech-bureau", reason: "按职责")])
        t.approved = false
        t.closedOn = LocalDate(year: 2025, month: 6, day: 9)
        t.result = "不符合条件"
        try recordRoundTrip(t)
    }

    @Test func decoderReportsTypeMismatches() {
        let bad: JSONValue = .object(["id": .int(3), "name": .string("x")])
        #expect(throws: (any Error).self) { try JSONValueDecoder().decode(Enterprise.self, from: bad) }
        #expect(throws: (any Error).self) { try JSONValueDecoder().decode(LocalDate.self, from: .string("2025-02-30")) }
    }

    /// A Double written by the encoder reads back (the decoder once recursed without end on
    /// it). Run in a child process so a regression cannot take the test run down.
    struct WithDouble: Codable, Equatable { var ratio: Double }

    @Test
    func doubleFieldsRoundTrip() async {
        await #expect(processExitsWith: .success) {
            let v = try JSONValueEncoder().encode(WithDouble(ratio: 0.25))
            let back = try JSONValueDecoder().decode(WithDouble.self, from: v)
            if back != WithDouble(ratio: 0.25) { exit(1) }
        }
    }
}
