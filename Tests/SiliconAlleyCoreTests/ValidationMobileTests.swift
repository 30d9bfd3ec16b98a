import Testing
@testable import SiliconAlleyCore

@Suite struct ValidationMobileTests {
    @Test(arguments: ["13912345678", "139 1234 5678", "139-1234-5678", "+86 139 1234 5678",
                      "+8613912345678", "008613912345678", "8613912345678", "１３９１２３４５６７８"])
    func accepts(text: String) throws {
        #expect(try Mobile.validate(text) == "13912345678")
    }

    @Test(arguments: ["", "1391234567", "139123456789", "12912345678", "23912345678",
                      "010-12345678", "1391234567a", "+1 3912345678"])
    func rejects(text: String) {
        let e = #expect(throws: FieldError.self) { try Mobile.validate(text, field: "phone") }
        #expect(e?.field == "phone")
    }

    @Test func messages() {
        let e = #expect(throws: FieldError.self) { try Mobile.validate("12912345678") }
        #expect(e?.en == "should start with 13–19")
        let n = #expect(throws: FieldError.self) { try Mobile.validate("139123") }
        #expect(n?.zh == "手机号应为 11 位，实为 6 位")
    }
}
