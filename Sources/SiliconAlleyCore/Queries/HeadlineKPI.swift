/// 发展目标: the share that showcase-zone 专精特新 and 国高新 enterprises make up of the
/// whole district's, against the 2023-12-31 baseline; the target is a rise of 50% (×1.5).
///
/// The numerator counts qualifications (an enterprise holding both counts twice), because
/// the district statistics are two separate counts and the plan adds them the same way.
/// Limitation: an enterprise's tier is its current one (moves are not replayed by date).
public struct HeadlineKPI: Sendable, Equatable {
    public static let baselineDate = LocalDate(year: 2023, month: 12, day: 31)!
    public static let target = 1.5

    public struct Figure: Sendable, Equatable {
        public var date: LocalDate
        public var showcaseCount: Int
        /// The district statistic used (the latest on or before `date`), if any.
        public var statisticDate: LocalDate?
        public var districtCount: Int?
        public var share: Double? {
            guard let d = districtCount, d > 0 else { return nil }
            return Double(showcaseCount) / Double(d)
        }
    }

    public var now: Figure
    public var baseline: Figure
    public var ratio: Double? {
        guard let n = now.share, let b = baseline.share, b > 0 else { return nil }
        return n / b
    }
    /// Progress toward ×1.5 as 0…1 (for the bar).
    public var progress: Double? { ratio.map { min(1, max(0, $0 / Self.target)) } }

    public init(state: DomainState, asOf date: LocalDate) {
        now = Self.figure(state, date)
        baseline = Self.figure(state, Self.baselineDate)
    }

    public static func figure(_ s: DomainState, _ date: LocalDate) -> Figure {
        var count = 0
        for e in s.enterprises.values where e.tier == "showcase" {
            if let settled = e.settled, settled > date { continue }
            if e.status == .movedOut, let out = e.movedOutOn, out <= date { continue }
            if e.holds("srdi", on: date) { count += 1 }
            if e.holds("hnte", on: date) { count += 1 }
        }
        let stat = s.statistics.values.filter { $0.date <= date }.max { $0.date < $1.date }
        return Figure(date: date, showcaseCount: count, statisticDate: stat?.date,
                      districtCount: stat.map { $0.srdiCount + $0.highTechCount })
    }
}
