/// 大赛 → 孵化 → 企业: contest entries ranked by their judges' mean score, and how many
/// reached each stage of the pipeline (for one contest or all of them).
public struct ContestPipeline: Sendable {
    public struct Row: Sendable, Identifiable {
        public let entry: ContestEntry
        public let average: ContestScore?
        /// 1 for the best mean score, equal scores sharing a rank; nil before any score.
        public let rank: Int?
        public let stage: ContestStage
        public let contestTitle: String
        public let enterpriseName: String?
        public let incubatedAt: Phrase?
        public var id: String { entry.id }
    }

    /// Entries that reached each stage (an entry counts in every stage it reached).
    public struct Counts: Sendable, Equatable {
        public var entered = 0, scored = 0, awarded = 0, incubated = 0, enterprise = 0
        /// Of `enterprise`, those registered out of the contest (new to the registry).
        public var newEnterprises = 0

        public func count(_ stage: ContestStage) -> Int {
            switch stage {
            case .entered: return entered
            case .scored: return scored
            case .awarded: return awarded
            case .incubated: return incubated
            case .enterprise: return enterprise
            }
        }
    }

    public let rows: [Row]
    public let counts: Counts

    /// `contest` nil: every contest's entries (ranked within their own contest).
    public init(_ state: DomainState, contest: String? = nil, catalog: Catalog = .plan) {
        let entries = state.contestEntries.values.filter { contest == nil || $0.activity == contest }
        var counts = Counts()
        var rows: [Row] = []
        for (contestID, group) in Dictionary(grouping: entries, by: \.activity) {
            let averages = group.map { ($0, $0.averageScore) }
            let scoredSorted = averages.compactMap(\.1).sorted(by: >)
            for (e, avg) in averages {
                let rank = avg.map { a in (scoredSorted.firstIndex(of: a) ?? 0) + 1 }
                rows.append(Row(entry: e, average: avg, rank: rank, stage: e.stage,
                                contestTitle: state.activities[contestID]?.title ?? contestID,
                                enterpriseName: e.enterprise.map { state.enterprises[$0]?.name ?? $0 },
                                incubatedAt: e.incubatedAt.map { id in catalog.place(id: id).map { Phrase($0.zh, $0.en) } ?? Phrase(same: id) }))
            }
            for e in group {
                counts.entered += 1
                if !e.scores.isEmpty { counts.scored += 1 }
                if e.award != nil { counts.awarded += 1 }
                if e.incubated { counts.incubated += 1 }
                if e.award != nil && e.enterprise != nil {
                    counts.enterprise += 1
                    if e.enterpriseRegistered { counts.newEnterprises += 1 }
                }
            }
        }
        self.rows = rows.sorted {
            ($0.contestTitle, $0.rank ?? Int.max, RecordID.sequence(of: $0.id) ?? Int.max)
                < ($1.contestTitle, $1.rank ?? Int.max, RecordID.sequence(of: $1.id) ?? Int.max)
        }
        self.counts = counts
    }

    /// (stage, count) in pipeline order, for a bar or a row of figures.
    public var stages: [(stage: ContestStage, count: Int)] { ContestStage.allCases.map { ($0, counts.count($0)) } }
}
