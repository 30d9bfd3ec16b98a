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
        // Baseline 2023-12-31: only enterprise 1 (专精特新; c is not in the showcase) = 1 of 100.
        #expect(kpi.baseline.zoneEnterprises == 1)
        #expect(kpi.baseline.districtTotal == 100 && !kpi.baseline.denominatorIsEnterprises && !kpi.baseline.official)
        // Now: enterprise 1 (both, counted once) and 2 (国高新) = 2 enterprises of 100; 3 qualifications.
        #expect(kpi.now.zoneEnterprises == 2)
        #expect(kpi.now.zoneQualifications == 3)
        #expect(kpi.now.statisticDate == LocalDate("2025-06-30"))
        #expect(abs((kpi.ratio ?? 0) - 2.0) < 1e-9)
        #expect(kpi.met == true && kpi.gap == 0)
        #expect(kpi.progress == 1)
        #expect(kpi.outgrown == nil && !kpi.now.exceedsDistrict)
        // Quarter ends from the baseline: 2023-12-31, 2024-03-31 … 2025-06-30, then the day asked about.
        #expect(kpi.trend.map(\.date.description) == ["2023-12-31", "2024-03-31", "2024-06-30", "2024-09-30", "2024-12-31",
                                                      "2025-03-31", "2025-06-30", "2025-07-01"])
        // 2024-03-31: enterprise 1 holds both (counted once); 2 settled but gets its 国高新 only in June.
        #expect(kpi.trend[1].zoneEnterprises == 1 && kpi.trend[1].zoneQualifications == 2)
    }

    @Test func pastDatesAndExpiry() throws {
        let s = try store()
        // Before the first statistic there is no share at all.
        #expect(HeadlineKPI.figure(s.state, LocalDate("2023-06-30")!).share == nil)
        // After 1's 专精特新 expired (2026-04-30) enterprise 1 still counts through its 国高新: once.
        #expect(HeadlineKPI.figure(s.state, LocalDate("2026-05-01")!).zoneEnterprises == 2)
        #expect(HeadlineKPI.figure(s.state, LocalDate("2026-05-01")!).zoneQualifications == 2)
        // Moving out ends the count from that day.
        try s.perform(MarkEnterpriseMovedOut(id: TestData.uscc(2), date: "2025-09-01", reason: "迁出"), today: LocalDate("2025-09-02")!)
        #expect(HeadlineKPI.figure(s.state, LocalDate("2025-08-31")!).zoneEnterprises == 2)
        #expect(HeadlineKPI.figure(s.state, LocalDate("2025-09-01")!).zoneEnterprises == 1)
    }

    /// Hand-computed: an enterprise attracted into the showcase in 2025 raises the 2025
    /// figure and leaves the end-2023 baseline alone; an official baseline wins over the
    /// rebuilt one; ×1.5 exactly is met ("以上" includes the number itself).
    @Test func datedTiersOfficialBaselineAndTheBoundary() throws {
        var state = DomainState()
        func add(_ id: String, tier: String?, settled: String, quals: [(String, String)], moves: [TierMove]? = nil) {
            var e = Enterprise(id: id, name: id, uscc: id, industry: "ai", tier: tier, settled: LocalDate(settled)!)
            e.qualifications = quals.map { QualificationHolding(type: $0.0, granted: LocalDate($0.1)!, expires: nil) }
            e.moves = moves
            state.enterprises[id] = e
        }
        // Two showcase enterprises since 2022, one holding both qualifications.
        add("a", tier: "showcase", settled: "2022-01-01", quals: [("srdi", "2022-06-01"), ("hnte", "2022-06-01")])
        add("b", tier: "showcase", settled: "2022-01-01", quals: [("hnte", "2023-03-01")])
        // In the extension zone until it was attracted into the showcase on 2025-04-10.
        add("c", tier: "showcase", settled: "2021-01-01", quals: [("srdi", "2021-05-01")],
            moves: [TierMove(date: LocalDate("2025-04-10")!, fromPlace: "jinyu", fromTier: "extension", toPlace: "gehua", toTier: "showcase")])
        // A unicorn badge counts for nothing.
        add("d", tier: "showcase", settled: "2022-01-01", quals: [("unicorn", "2022-01-01")])
        state.statistics["stat-2023-12-31"] = DistrictStatistic(id: "stat-2023-12-31", date: LocalDate("2023-12-31")!,
                                                                srdiCount: 30, highTechCount: 70, enterpriseCount: 90)
        state.statistics["stat-2025-06-30"] = DistrictStatistic(id: "stat-2025-06-30", date: LocalDate("2025-06-30")!,
                                                                srdiCount: 40, highTechCount: 80, enterpriseCount: 100)
        var kpi = HeadlineKPI(state: state, asOf: LocalDate("2025-06-30")!)
        // Baseline: a and b (c was elsewhere) = 2/90. Now: a, b, c = 3/100. Ratio 3/100 ÷ 2/90 = 1.35: not met.
        #expect(kpi.baseline.zoneEnterprises == 2 && kpi.baseline.denominatorIsEnterprises)
        #expect(kpi.now.zoneEnterprises == 3 && kpi.now.zoneQualifications == 4)
        #expect(abs((kpi.ratio ?? 0) - 1.35) < 1e-9)
        #expect(kpi.met == false)
        // ×1.5 at a district of 100 needs 1.5 × 2/90 × 100 = 3.33… → 4 enterprises: one more.
        #expect(kpi.gap == 1)
        // The official end-2023 figure replaces the rebuilt one and says so.
        state.statistics["stat-2023-12-31"]?.zoneCount = 2
        state.statistics["stat-2025-06-30"]?.enterpriseCount = 90
        kpi = HeadlineKPI(state: state, asOf: LocalDate("2025-06-30")!)
        #expect(kpi.baseline.official && kpi.baseline.zoneEnterprises == 2)
        // Exactly ×1.5 (3/90 ÷ 2/90) is met.
        #expect(kpi.met == true && kpi.gap == 0)
        // A statistic counting fewer firms than the zone holds is outgrown (the zone is part
        // of the district): the figure says so rather than read as a share over 100%.
        state.statistics["stat-2025-06-30"]?.enterpriseCount = 2
        kpi = HeadlineKPI(state: state, asOf: LocalDate("2025-06-30")!)
        #expect(kpi.now.exceedsDistrict && !kpi.baseline.exceedsDistrict)
        #expect(kpi.outgrown?.date == LocalDate("2025-06-30"))
        #expect(HeadlineKPI.outgrownNotice(kpi.outgrown!).en.contains("the zone's 3 firms exceed the 2 of the district statistic of 2025-06-30"))
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

@Suite struct DatedMovesTests {
    let dir = TempDir("moves")

    /// Attracted into the showcase zone on 2025-04-10: counted from then on, not in the
    /// end-2023 baseline; replay keeps the date and refuses a move dated before settling.
    @Test func aMoveIntoTheZoneIn2025CountsFromThen() throws {
        let s = try JournalStore(path: dir.file("j.jsonl"), actor: TestData.admin)
        var e = TestData.enterprise(7)
        e.place = "hangxing"                 // outside the showcase
        e.settled = "2021-03-01"
        let today = LocalDate("2025-07-01")!
        try s.perform([RegisterEnterprise(e),
                       GrantQualification(enterprise: e.uscc, qualification: "srdi", granted: "2022-01-10", expires: "2028-01-09"),
                       RecordDistrictStatistic(date: "2023-12-31", srdiCount: "10", highTechCount: "10", enterpriseCount: "15")],
                      today: today)
        #expect(throws: CommandRejected.self) { try s.perform(MoveEnterprise(id: e.uscc, place: "gehua", address: "", date: "2020-01-01"), today: today) }
        #expect(throws: CommandRejected.self) { try s.perform(MoveEnterprise(id: e.uscc, place: "gehua", address: "", date: "2025-07-02"), today: today) }
        try s.perform(MoveEnterprise(id: e.uscc, place: "gehua", address: "6层", date: "2025-04-10"), today: today)
        let ent = try #require(s.state.enterprise(uscc: e.uscc))
        #expect(ent.tier(on: LocalDate("2023-12-31")!) == "extension")
        #expect(ent.tier(on: LocalDate("2025-04-10")!) == "showcase")
        #expect(HeadlineKPI.figure(s.state, LocalDate("2023-12-31")!).zoneEnterprises == 0)
        #expect(HeadlineKPI.figure(s.state, LocalDate("2025-06-30")!).zoneEnterprises == 1)
        // The same after a full replay.
        let again = try JournalStore(path: s.path, actor: TestData.admin, useSnapshot: false)
        #expect(again.state.enterprise(uscc: e.uscc)?.moves == ent.moves)
        #expect(try JournalVerifier.verify(path: s.path).isClean)
    }
}
