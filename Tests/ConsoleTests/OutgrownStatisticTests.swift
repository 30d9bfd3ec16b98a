import Foundation
import Testing
@testable import Console
@testable import SiliconAlleyCore
import TerminalUI

/// A district statistic the registry has outgrown (firms registered or qualifications
/// entered after it) made the headline read "share 4261.1%" on a large demo journal. The
/// screens and the report now name the two counts and ask for a newer statistic.
@Suite struct OutgrownStatisticTests {
    /// One statistic counting 2 firms district-wide, then 3 qualified showcase firms.
    func fixture(_ language: Language, start: PaneID = .enterprises) throws -> ConsoleFixture {
        let f = try ConsoleFixture(language: language, start: start)
        try f.store.perform([RecordDistrictStatistic(date: "2025-01-01", srdiCount: "1", highTechCount: "1")])
        for n in 1...3 {
            try f.store.perform([
                RegisterEnterprise(EnterpriseInput(name: "展示区企业\(n)有限公司", uscc: Samples.uscc(n), industry: "ai",
                                                   place: "gehua", settled: "2024-01-01")),
                GrantQualification(enterprise: Samples.uscc(n), qualification: "srdi", granted: "2024-06-01", expires: "2028-06-01"),
            ])
        }
        f.sync()
        return f
    }

    @Test(arguments: [Language.zh, .en])
    func theRegistryNamesTheCountsInsteadOfAShareOverAHundredPercent(language: Language) throws {
        let f = try fixture(language)
        let kpi = HeadlineKPI(state: f.store.state, asOf: f.today)
        #expect(kpi.outgrown?.zoneEnterprises == 3 && kpi.outgrown?.districtTotal == 2)
        for (w, h) in [(80, 24), (120, 40)] {
            let text = f.screen(w, h)
            let first = text.split(separator: "\n").dropFirst(2).first.map(String.init) ?? ""
            if language == .zh {
                #expect(first.contains("发展目标：全区统计 2025-01-01 已过时：展示区 3 家 > 全区 2 家，按 K"), "\(w)×\(h)\n\(text)")
            } else {
                #expect(first.contains("Target: outdated statistic 2025-01-01: zone 3 > district 2 — press K"), "\(w)×\(h)\n\(text)")
            }
            #expect(!text.contains("150.0%") && !text.contains("%"), "no share is shown: \(text)")
        }
        // Pressing K opens the statistic form the notice asks for.
        f.press(.char("K"))
        #expect(f.screen(120, 40).lowercased().contains(language == .zh ? "全区" : "district"))
    }

    /// At a demo's scale (77,126 zone firms against 1,810) the registry's line still ends
    /// with the key to press at 80 columns, in both languages.
    @Test func largeCountsStillFitEightyColumns() {
        let stat = DistrictStatistic(id: "stat-2026-12-01", date: LocalDate("2026-12-01")!, srdiCount: 900, highTechCount: 910)
        let f = HeadlineKPI.Figure(date: LocalDate("2026-12-01")!, zoneEnterprises: 77_126, zoneQualifications: 80_000,
                                   official: false, statistic: stat)
        let n = HeadlineKPI.outgrownNotice(f, short: true)
        #expect(n.en == "outdated statistic 2026-12-01: zone 77,126 > district 1,810")
        for line in [" 发展目标：" + n.zh + "，按 K", " Target: " + n.en + " — press K"] {
            #expect(DisplayWidth.of(line) <= 80, "\(line)")
        }
    }

    @Test func theOverviewAndTheReportSayItToo() throws {
        let f = try fixture(.zh, start: .dashboard)
        let text = f.screen(120, 40)
        #expect(text.contains("全区统计 2025-01-01 已过时：展示区 3 家 > 全区 2 家"), "\(text)")
        #expect(!text.contains("还需"), "no gap is computed from an outgrown statistic: \(text)")
        let report = PlanReport(state: f.store.state, asOf: f.today, head: f.store.head, language: .en, catalog: f.store.catalog)
        let md = PlanReportWriter.markdown(report)
        #expect(md.contains("exceed the 2 of the district statistic of 2025-01-01"), "\(md)")
    }
}
