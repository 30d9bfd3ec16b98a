import Testing
@testable import SiliconAlleyCore

/// The packed USCC must behave exactly as the string it replaced: same text, same order,
/// same equality, same bytes in the journal and the snapshot.
@Suite struct CreditCodeTests {
    @Test(arguments: ["91110101MA01ABCD3X", "911101010000000000", "\u{7F}\u{7F}\u{7F}\u{7F}\u{7F}\u{7F}\u{7F}\u{7F}\u{7F}\u{7F}\u{7F}\u{7F}\u{7F}\u{7F}\u{7F}\u{7F}\u{7F}\u{7F}",
                      "", "91110101MA01ABCD3", "91110101MA01ABCD3XY", "91110101MA01ABCD3３"])
    func keepsItsText(text: String) {
        let code = CreditCode(text)
        #expect(code.text == text)
        #expect(code.description == text)
        #expect(code.withUTF8 { Array($0) } == Array(text.utf8))
        let fromBytes = Array(text.utf8).withUnsafeBytes { CreditCode(utf8: $0) }
        #expect(fromBytes == code)
        #expect(fromBytes.hashValue == code.hashValue)
    }

    @Test func ordersAsItsText() {
        // Packed against packed, and against codes kept as text (other lengths, non-ASCII).
        var g = SystemRandomNumberGenerator()
        let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
        var texts = (0..<300).map { _ in String((0..<18).map { _ in alphabet.randomElement(using: &g)! }) }
        texts += ["91110101MA01ABCD3", "91110101MA01ABCD3XZ", "9111010１MA01ABCD3X", "", "0", "Z"]
        texts += texts.prefix(5)  // equal codes too
        for a in texts {
            for b in texts.prefix(40) {
                #expect((CreditCode(a) < CreditCode(b)) == (a < b), "\(a) vs \(b)")
                #expect((CreditCode(a) == CreditCode(b)) == (a == b))
            }
        }
    }

    @Test func anEnterpriseWritesItsCodeUnderTheOldMember() throws {
        var e = Enterprise(id: "ent-1", name: "甲", uscc: TestData.uscc(1), industry: "ai", place: "gehua",
                           address: "5层", tier: "core", area: Area(hundredths: 100), headcount: 3,
                           settled: LocalDate(year: 2024, month: 1, day: 2), contact: "李四", phone: "13912345678")
        e.movedOutOn = LocalDate(year: 2025, month: 1, day: 1)
        e.movedOutReason = "迁出"
        e.moves = []
        guard case .object(let o) = try JSONValueEncoder().encode(e) else { Issue.record("not an object"); return }
        #expect(Set(o.keys) == ["id", "name", "uscc", "industry", "place", "address", "tier", "area", "headcount",
                                "settled", "contact", "phone", "status", "movedOutOn", "movedOutReason",
                                "qualifications", "support", "moves"])
        #expect(o.dictionary["uscc"] == .string(TestData.uscc(1)))
        // Setting the text sets the code.
        e.uscc = TestData.uscc(2)
        #expect(e.creditCode == CreditCode(TestData.uscc(2)))
    }
}
