import Foundation

/// 发展目标, as the plan defines it: "展示区内专精特新企业及国家高新技术企业数量占全区比重较
/// 2023年底提升50%以上". The share is showcase-zone enterprises holding any qualification the
/// catalogue counts toward the target (专精特新, 国高新 — `countsTowardTarget`), each enterprise
/// once, over the district's total from the dated district statistics. The target is met
/// when the share is at least 1.5 times the end-2023 share ("以上" includes the number itself).
///
/// Everything is dated: an enterprise counts in the tier it was in on the day (its moves
/// are dated), with the qualifications valid that day (grant, expiry, revocation); the
/// district total is the latest statistic on or before the day. The baseline is the
/// official end-2023 zone count when one was entered, else the count rebuilt from the
/// registry; the figure says which.
public struct HeadlineKPI: Sendable, Equatable {
    public static let baselineDate = LocalDate(year: 2023, month: 12, day: 31)!
    public static let deadline = LocalDate(year: 2026, month: 12, day: 31)!
    /// ×1.5, kept as a fraction so "met" is exact at the boundary.
    public static let target = 1.5
    static let targetNumerator = 3, targetDenominator = 2

    public struct Figure: Sendable, Equatable {
        public var date: LocalDate
        /// Zone enterprises holding a counted qualification, each once.
        public var zoneEnterprises: Int
        /// The same, counting qualifications (an enterprise holding both counts twice):
        /// the variant shown beside the plan's figure where the two differ.
        public var zoneQualifications: Int
        /// True when `zoneEnterprises` is the official figure of the statistic, not rebuilt.
        public var official: Bool
        /// The district statistic used (the latest on or before `date`).
        public var statistic: DistrictStatistic?

        /// The denominator: the district's enterprise count when entered, else the two
        /// qualification counts added (the screen says which).
        public var districtTotal: Int? { statistic?.districtTotal }
        public var denominatorIsEnterprises: Bool { statistic?.enterpriseCount != nil }
        public var statisticDate: LocalDate? { statistic?.date }

        public var share: Double? {
            guard let d = districtTotal, d > 0 else { return nil }
            return Double(zoneEnterprises) / Double(d)
        }

        /// More zone enterprises than the district statistic counts in all: the registry has
        /// outgrown the statistic (firms registered, or qualifications entered, after it was
        /// recorded; the zone is part of the district), and the share would read over 100%.
        public var exceedsDistrict: Bool {
            guard let d = districtTotal, d > 0 else { return false }
            return zoneEnterprises > d
        }

        /// Qualifications over the district's two counts added.
        public var qualificationShare: Double? {
            guard let s = statistic, s.srdiCount + s.highTechCount > 0 else { return nil }
            return Double(zoneQualifications) / Double(s.srdiCount + s.highTechCount)
        }
    }

    public var now: Figure
    public var baseline: Figure
    /// Quarter ends from the baseline to the day asked about (that day last).
    public var trend: [Figure]

    public init(state: DomainState, asOf date: LocalDate, catalog: Catalog = .plan) {
        let counted = catalog.targetQualifications.map(\.id)
        var quarters: [LocalDate] = []
        var q = Self.baselineDate
        while q < date {
            quarters.append(q)
            q = Self.nextQuarterEnd(after: q)
        }
        // Every date in one pass over the registry (a pass per date cost seconds at 500k).
        let all = Self.figures(state, [date, Self.baselineDate] + quarters, counted: counted, officialAt: 1)
        now = all[0]
        baseline = all[1]
        trend = quarters.indices.map { $0 == 0 && quarters[0] == Self.baselineDate ? all[1] : all[2 + $0] } + [now]
    }

    /// The same figure for the same state and day, computed once: the overview and the
    /// registry both show it, and at half a million enterprises it costs a noticeable pass.
    public static func shared(state: DomainState, asOf date: LocalDate, catalog: Catalog = .plan) -> HeadlineKPI {
        // The catalogue enters the figure only through the qualifications it counts.
        let key = Memo.Key(seq: state.lastSeq, hash: state.lastHash, date: date, counted: catalog.targetQualifications.map(\.id))
        if let hit = Memo.shared.get(key) { return hit }
        let k = HeadlineKPI(state: state, asOf: date, catalog: catalog)
        Memo.shared.put(key, k)
        return k
    }

    private final class Memo: @unchecked Sendable {
        struct Key: Equatable { var seq: Int, hash: String, date: LocalDate, counted: [String] }
        static let shared = Memo()
        private let lock = NSLock()
        private var entry: (Key, HeadlineKPI)?
        func get(_ k: Key) -> HeadlineKPI? { lock.withLock { entry.flatMap { $0.0 == k ? $0.1 : nil } } }
        func put(_ k: Key, _ v: HeadlineKPI) { lock.withLock { entry = (k, v) } }
    }

    /// Today's figure, else the baseline, when its district statistic is outgrown: the
    /// screens and the report name it and ask for a newer statistic rather than show a
    /// share over 100% as if it meant something.
    public var outgrown: Figure? { [now, baseline].first(where: \.exceedsDistrict) }

    /// What to say about an outgrown statistic, in both languages: `short` fits a line of
    /// 80 columns with the key to press; the long form (the report) also names the day.
    public static func outgrownNotice(_ f: Figure, short: Bool = false) -> (zh: String, en: String) {
        let total = f.districtTotal.map(String.init) ?? "—", date = f.statisticDate?.description ?? "—"
        if short {
            let zone = ProgressMeter.grouped(f.zoneEnterprises), all = f.districtTotal.map(ProgressMeter.grouped) ?? "—"
            return ("全区统计 \(date) 已过时：展示区 \(zone) 家 > 全区 \(all) 家",
                    "outdated statistic \(date): zone \(zone) > district \(all)")
        }
        return ("\(f.date) 展示区 \(f.zoneEnterprises) 家多于 \(date) 全区统计的 \(total) 家：统计已过时，请录入新的全区统计",
                "on \(f.date) the zone's \(f.zoneEnterprises) firms exceed the \(total) of the district statistic of \(date): enter a newer statistic")
    }

    public var ratio: Double? {
        guard let n = now.share, let b = baseline.share, b > 0 else { return nil }
        return n / b
    }

    /// Met: now/baseline ≥ 3/2, in whole numbers (no rounding can tip it either way).
    public var met: Bool? {
        guard let nt = now.districtTotal, let bt = baseline.districtTotal, nt > 0, bt > 0, baseline.zoneEnterprises > 0 else { return nil }
        return now.zoneEnterprises * bt * Self.targetDenominator >= Self.targetNumerator * baseline.zoneEnterprises * nt
    }

    /// Qualifying zone enterprises still needed, at today's district total, for ×1.5.
    public var gap: Int? {
        guard let nt = now.districtTotal, let bt = baseline.districtTotal, nt > 0, bt > 0 else { return nil }
        let need = (Self.targetNumerator * baseline.zoneEnterprises * nt + Self.targetDenominator * bt - 1) / (Self.targetDenominator * bt)
        return max(0, need - now.zoneEnterprises)
    }

    /// Progress toward ×1.5 as 0…1 (for the bar).
    public var progress: Double? { ratio.map { min(1, max(0, $0 / Self.target)) } }

    /// The figure for one day. `official`: take the zone count from the statistic when it
    /// carries one (the baseline).
    public static func figure(_ s: DomainState, _ date: LocalDate, counted: [String] = Catalog.plan.targetQualifications.map(\.id),
                              official: Bool = false) -> Figure {
        figures(s, [date], counted: counted, officialAt: official ? 0 : nil)[0]
    }

    /// The figures for several days in one pass over the registry, each record read in
    /// place (not copied out of the table). `officialAt`: the index of the date that takes
    /// the statistic's official zone count when it carries one.
    static func figures(_ s: DomainState, _ dates: [LocalDate], counted: [String], officialAt: Int?) -> [Figure] {
        var enterprises = [Int](repeating: 0, count: dates.count)
        var qualifications = [Int](repeating: 0, count: dates.count)
        s.enterprises.forEachValue { e in
            // Never in the zone on any day: nothing to count (most of the registry).
            if e.tier != "showcase" && (e.moves?.isEmpty ?? true) { return }
            // The counted qualifications it ever held, found once rather than once a day.
            var held: [(kind: Int, holding: QualificationHolding)] = []
            for q in e.qualifications {
                if let k = counted.firstIndex(of: q.type) { held.append((k, q)) }
            }
            if held.isEmpty { return }
            for (i, date) in dates.enumerated() where e.tier(on: date) == "showcase" {
                // Each counted qualification once, however many holdings of it are valid.
                var kinds = 0
                for h in held where h.holding.isValid(on: date) { kinds |= 1 << h.kind }
                if kinds != 0 { enterprises[i] += 1 }
                qualifications[i] += kinds.nonzeroBitCount
            }
        }
        return dates.enumerated().map { i, date in
            let stat = s.statistics.values.filter { $0.date <= date }.max { $0.date < $1.date }
            if i == officialAt, let zone = stat?.zoneCount {
                return Figure(date: date, zoneEnterprises: zone, zoneQualifications: qualifications[i], official: true, statistic: stat)
            }
            return Figure(date: date, zoneEnterprises: enterprises[i], zoneQualifications: qualifications[i], official: false, statistic: stat)
        }
    }

    static func nextQuarterEnd(after d: LocalDate) -> LocalDate {
        let ends = [(3, 31), (6, 30), (9, 30), (12, 31)]
        for (m, day) in ends {
            let e = LocalDate(year: d.year, month: m, day: day)!
            if e > d { return e }
        }
        return LocalDate(year: d.year + 1, month: 3, day: 31)!
    }
}
