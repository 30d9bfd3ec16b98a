import Testing
@testable import SiliconAlleyCore

@Suite struct ValidationResidentIDTests {
    let today = LocalDate(year: 2025, month: 6, day: 1)!

    @Test func acceptsValidAndNormalizesX() throws {
        #expect(try ResidentID.validate("11010519491231002X", today: today) == "11010519491231002X")
        #expect(try ResidentID.validate(" 11010519491231002x ", today: today) == "11010519491231002X")
        #expect(try ResidentID.validate("110101199003074477", today: today) == "110101199003074477")
        #expect(try ResidentID.validate("１１０１０１１９９００３０７４４７７", today: today) == "110101199003074477")
    }

    @Test func wrongCheck() {
        let e = #expect(throws: FieldError.self) { try ResidentID.validate("110101199003074478", today: today) }
        #expect(e?.zh == "校验位应为 7")
        #expect(e?.field == "residentID")
    }

    @Test func wrongLengthAndCharacters() {
        let short = #expect(throws: FieldError.self) { try ResidentID.validate("110101900307447", today: today) }
        #expect(short?.en == "should be 18 characters, got 15")
        let x = #expect(throws: FieldError.self) { try ResidentID.validate("1101011990030X4477", today: today) }
        #expect(x?.en == "illegal character 'X' at position 14")
    }

    @Test func birthDateMustBeRealPastAndAfter1900() {
        let feb30 = ResidentID.make(first17: "11010119900230447")!
        let e = #expect(throws: FieldError.self) { try ResidentID.validate(feb30, today: today) }
        #expect(e?.zh.contains("19900230") == true)
        let leap = ResidentID.make(first17: "11010120000229447")!
        #expect(ResidentID.isValid(leap, today: today))
        let notLeap = ResidentID.make(first17: "11010119000229447")!
        #expect(!ResidentID.isValid(notLeap, today: today))
        #expect(!ResidentID.isValid("440524188001010014", today: today))
        let future = ResidentID.make(first17: "11010120250602447")!
        #expect(throws: FieldError.self) { try ResidentID.validate(future, today: today) }
        let onToday = ResidentID.make(first17: "11010120250601447")!
        #expect(ResidentID.isValid(onToday, today: today))
    }

    @Test func birthDateAndMask() {
        #expect(ResidentID.birthDate(of: "11010519491231002X") == LocalDate(year: 1949, month: 12, day: 31))
        #expect(ResidentID.masked("11010519491231002X") == "110105********002X")
        #expect(ResidentID.masked("123") == "***")
    }
}
