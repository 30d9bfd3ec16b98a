import Foundation
import Testing
@testable import SiliconAlleyCore

@Suite struct HeadlineKPITests {
    let dir = TempDir("kpi")

    /// Two showcase enterprises and one elsewhere; qualifications granted over time.
    func store() throws -> JournalStore {
        let s = try JournalStore(path: dir.file("j.jsonl"), actor: TestData.admin)
        var a = TestData.enterprise(1); a.place = "gehua"; a.settled = "2022-01-01"     // showcase
        var b = TestData.enterprise(2); b.place = "yonghe"; b.settled = "2024-02-01"    // showcase
        var c = TestData.enterprise(3); c.place = "hangxing"; c.settled = "2022-01-01"  // elsewhere
        try s.perform([RegisterEnterprise(a), RegisterEnterprise(b), RegisterEnterprise(c)])
        try s.perform([
            GrantQualification(enterprise: TestData.uscc(1), qualification: "srdi", granted: "2023-05-01", expires: "2026-04-30"),
            GrantQualification(enterprise: TestData.uscc(1), qualification: "hnte", granted: "2024-03-01", expires: "2027-02-28"),
            GrantQualification(enterprise: TestData.uscc(2), qualification: "hnte", granted: "2024-06-01", expires: "2027-05-31"),
            GrantQualification(enterprise: TestData.uscc(3), qualification: "srdi", granted: "2023-01-01", expires: "2027-01-01"),
            RecordDistrictStatistic(date: "2023-12-31", srdiCount: "40", highTechCount: "60"),
            RecordDistrictStatistic(date: "2025-06-30", srdiCount: "45", highTechCount: "55"),
        ], today: LocalDate("2025-07-01")!)
        return s
    }

    @Test func shareBaselineAndRatio() throws {
        let s = try store()
        let kpi = HeadlineKPI(state: s.state, asOf: LocalDate("2025-07-01")!)
        // Baseline 2023-12-31: only enterprise 1's 专精特新 (c is not in the showcase) = 1 of 100.
        #expect(kpi.baseline.showcaseCount == 1)
        #expect(kpi.baseline.districtCount == 100)
        // Now: 1's 专精特新 and 国高新, 2's 国高新 = 3 of 100 (the 2025-06-30 statistic).
        #expect(kpi.now.showcaseCount == 3)
        #expect(kpi.now.statisticDate == LocalDate("2025-06-30"))
        #expect(abs((kpi.ratio ?? 0) - 3.0) < 1e-9)
        #expect(kpi.progress == 1)
    }

    @Test func pastDatesAndExpiry() throws {
        let s = try store()
        // Before the first statistic there is no share at all.
        #expect(HeadlineKPI.figure(s.state, LocalDate("2023-06-30")!).share == nil)
        // After 1's 专精特新 expired (2026-04-30) it no longer counts.
        #expect(HeadlineKPI.figure(s.state, LocalDate("2026-05-01")!).showcaseCount == 2)
        // Moving out ends the count from that day.
        try s.perform(MarkEnterpriseMovedOut(id: TestData.uscc(2), date: "2025-09-01", reason: "迁出"), today: LocalDate("2025-09-02")!)
        #expect(HeadlineKPI.figure(s.state, LocalDate("2025-08-31")!).showcaseCount == 3)
        #expect(HeadlineKPI.figure(s.state, LocalDate("2025-09-01")!).showcaseCount == 2)
    }

    @Test func unknownMeasureAndMissingApplicantAreRefused() throws {
        let s = try store()
        let before = s.head.seq
        #expect { try s.perform(AcceptTicket(enterprise: TestData.uscc(1), type: .policy, measure: "9-9", description: "x")) } throws: { e in
            (e as? CommandRejected)?.error(for: "measure") != nil
        }
        #expect { try s.perform(AcceptTicket(type: .other, description: "x")) } throws: { e in
            (e as? CommandRejected)?.error(for: "applicant") != nil
        }
        #expect(s.head.seq == before)
    }
}
