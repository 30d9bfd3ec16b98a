import Testing
@testable import SiliconAlleyCore

@Suite struct ValidationUSCCTests {
    // Published codes of real companies: the validator must accept them.
    @Test(arguments: ["91330100799655058B", "9144030071526726XG", "91110000802100433B", "91350100M000100Y43"])
    func acceptsRealCodes(code: String) throws {
        #expect(try USCC.validate(code) == code)
    }

    @Test func normalizesCaseSpacesAndFullWidth() throws {
        #expect(try USCC.validate("  91110000802100433b ") == "91110000802100433B")
        #expect(try USCC.validate("９１１１００００８０２１００４３３Ｂ") == "91110000802100433B")
        #expect(try USCC.validate("\u{3000}91110000802100433B") == "91110000802100433B")
    }

    @Test func wrongLengthSaysHowMany() {
        let e = #expect(throws: FieldError.self) { try USCC.validate("9111000080210043") }
        #expect(e?.field == "uscc")
        #expect(e?.zh.contains("16") == true)
        #expect(e?.en == "should be 18 characters, got 16")
    }

    @Test func emptyIsRejected() {
        let e = #expect(throws: FieldError.self) { try USCC.validate("   ") }
        #expect(e?.zh == "不能为空")
    }

    @Test(arguments: [("91110000802100I33B", "I", 15), ("91110000802100O33B", "O", 15),
                      ("9111000080210043SB", "S", 17), ("V1110000802100433B", "V", 1),
                      ("911100008021004Z3B", "Z", 16), ("91110000802100-33B", "-", 15)])
    func illegalCharacterNamesItAndPosition(code: String, char: String, position: Int) {
        let e = #expect(throws: FieldError.self) { try USCC.validate(code) }
        #expect(e?.en == "illegal character '\(char)' at position \(position)")
        #expect(e?.zh == "第 \(position) 位字符“\(char)”不合法")
    }

    @Test func wrongCheckCharacterSaysWhatItShouldBe() {
        let e = #expect(throws: FieldError.self) { try USCC.validate("91110000802100433C") }
        #expect(e?.zh == "校验位应为 B")
        #expect(e?.en == "check character should be B")
        #expect(e?.description == "uscc: check character should be B")
    }

    @Test func customFieldName() {
        let e = #expect(throws: FieldError.self) { try USCC.validate("123", field: "creditCode") }
        #expect(e?.field == "creditCode")
    }

    @Test func unknownAuthorityOrTypeIsRejected() throws {
        // B is in the charset but assigned to no registration authority.
        let b = USCC.make(first17: "B1110000802100433")!
        #expect(throws: FieldError.self) { try USCC.validate(b) }
        let zeroType = USCC.make(first17: "90110000802100433")!
        #expect(throws: FieldError.self) { try USCC.validate(zeroType) }
        // Other authorities' codes pass: 5 民政, 1 机构编制, N 农业, Y 其他.
        for prefix in ["53", "12", "N2", "Y1", "A1"] {
            let code = USCC.make(first17: prefix + "110000MJ0000005")!
            #expect(try USCC.validate(code) == code)
        }
    }

    @Test func checkCharacterAndMake() {
        #expect(USCC.checkCharacter(for: "91110000802100433") == "B")
        #expect(USCC.checkCharacter(for: "9111000080210043") == nil)
        #expect(USCC.checkCharacter(for: "9111000080210043I") == nil)
        #expect(USCC.make(first17: "91110000802100433") == "91110000802100433B")
        #expect(USCC.weights.prefix(4) == [1, 3, 9, 27])
        #expect(USCC.charset.count == 31)
    }

    @Test func everySingleCharacterChangeIsCaught() {
        // MOD 31 with weights coprime to 31 detects any single substitution.
        let code = Array("91110000802100433B")
        for i in 2..<17 {
            for c in USCC.charset where c != code[i] {
                var changed = code
                changed[i] = c
                #expect(!USCC.isValid(String(changed)))
            }
        }
    }
}

/// Replay's byte-level checks say what `validate` says of a stored (normalised) code.
@Suite struct NormalizedCodeTests {
    @Test func usccFastCheckAgreesWithValidate() {
        var g = SplitMix64(seed: 7)
        let alphabet = Array("0123456789ABCDEFGHJKLMNPQRTUWXYZIOSV ９a-")
        var checked = 0
        for i in 0..<20_000 {
            var code: String
            if i % 2 == 0, let made = USCC.make(first17: String((0..<17).map { _ in USCC.charset[Int(g.next() % 31)] })) {
                code = made
                // Now and then one character changed, for codes that are almost right.
                if i % 4 == 0 {
                    var chars = Array(code)
                    chars[Int(g.next() % 18)] = alphabet[Int(g.next() % UInt64(alphabet.count))]
                    code = String(chars)
                }
            } else {
                code = String((0..<Int(g.next() % 20)).map { _ in alphabet[Int(g.next() % UInt64(alphabet.count))] })
            }
            let slow = (try? USCC.validate(code)) == code
            #expect(USCC.isValidNormalized(code) == slow, "\(code)")
            if slow { checked += 1 }
        }
        #expect(checked > 300, "enough valid codes among them: \(checked)")
    }

    @Test func mobileFastCheckAgreesWithValidate() {
        var g = SplitMix64(seed: 9)
        let digits = Array("0123456789+- ")
        for _ in 0..<20_000 {
            let s = String((0..<(9 + Int(g.next() % 5))).map { _ in digits[Int(g.next() % UInt64(digits.count))] })
            let t = g.next() % 2 == 0 ? "1" + String("3456789".randomElement(using: &g)!) + s.prefix(9) : s
            #expect(Mobile.isValidNormalized(t) == ((try? Mobile.validate(t)) == t), "\(t)")
        }
    }
}
