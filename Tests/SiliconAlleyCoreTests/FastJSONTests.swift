import Foundation
import Testing
@testable import SiliconAlleyCore

@Suite struct FastJSONTests {
    func sample() -> [Enterprise] {
        var full = Enterprise(id: "ent-1", name: "北京青龙智能科技有限公司", uscc: TestData.uscc(1), industry: "ai", place: "gehua",
                              address: "6F", tier: "showcase", area: Area(hundredths: 124_050), headcount: 86,
                              settled: LocalDate("2024-03-18"), contact: "李静", phone: "13800138000")
        var q = QualificationHolding(type: "srdi", granted: LocalDate("2024-06-01")!, expires: LocalDate("2027-05-31"))
        q.revoked = LocalDate("2025-01-02")
        q.revokeReason = "复核未通过"
        full.qualifications = [q, QualificationHolding(type: "hnte", granted: LocalDate("2023-11-20")!, expires: nil)]
        full.support = [SupportGrant(measure: "2-1", amount: Money(yuan: 500_000), kind: nil, date: LocalDate("2025-04-02")!, note: "QL-2025-000001", ticket: "tkt-9"),
                        SupportGrant(measure: "4-2", amount: nil, kind: "人才公寓", date: LocalDate("2025-05-02")!, note: nil, ticket: nil)]
        full.status = .movedOut
        full.movedOutOn = LocalDate("2026-01-05")
        full.movedOutReason = "迁往海淀"
        let bare = Enterprise(id: "ent-2", name: "x", uscc: TestData.uscc(2), industry: "metaverse")
        return [full, bare]
    }

    @Test func fastReadingEqualsCodable() throws {
        for e in sample() {
            let value = try JSONValueEncoder().encode(e)
            let viaCodable = try JSONValueDecoder().decode(Enterprise.self, from: value)
            let fast = try #require(Enterprise(fast: value))
            #expect(fast == viaCodable)
            #expect(fast == e)
        }
    }

    @Test func wrongTypesFallBackToCodable() throws {
        var value = try JSONValueEncoder().encode(sample()[1])
        guard case .object(var o) = value else { return }
        o["headcount"] = .string("86")
        value = .object(o)
        #expect(Enterprise(fast: value) == nil)
        #expect(throws: (any Error).self) { try JSONValueDecoder().decode(Enterprise.self, from: value) }
    }
}
