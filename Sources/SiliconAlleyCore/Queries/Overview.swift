import Foundation
/// 总览: every pane's headline figures for one day, as pure numbers; the console lays them
/// out and each figure opens the pane behind it.
public struct Overview: Sendable {
    public struct Count: Sendable, Hashable {
        public var id: String
        public var name: Phrase
        public var count: Int
    }

    public struct Rung: Sendable, Hashable {
        public var qualification: Qualification
        /// Showcase-zone enterprises holding it today.
        public var zone: Int
        /// Every registered enterprise in the district holding it today.
        public var registry: Int
        /// The district statistic's count, for the two the statistics bureau counts.
        public var district: Int?
    }

    public struct MeasureUse: Sendable, Hashable {
        public var measure: Measure
        public var grants: Int
        public var amount: Money
    }

    public let today: LocalDate
    public let kpi: HeadlineKPI
    public let industries: [Count]
    public let tiers: [Count]
    public let ladder: [Rung]
    /// Zone enterprises with 国高新 but not 专精特新: the next rung's candidates.
    public let candidates: Int
    public let expiringWithin90: Int
    public let measures: [MeasureUse]
    public let projectsByStatus: [(status: ProjectStatus, count: Int)]
    public let lateProjects: Int
    public let lateMilestones: Int
    public let stepsOverLimit: Int
    public let housing: BuildingOccupancy
    public let waiting: Int
    public let leasesEndingSoon: Int
    public let eventsNext7Days: Int
    public let openActionItems: Int
    public let lateActionItems: Int
    public let openTickets: Int
    public let ticketsDueToday: Int
    public let overdueTickets: Int
    /// Open tickets whose clock stands still for a 补正 notice.
    public let waitingTickets: Int
    /// The latest evaluation on or before the day, and adjustments not yet carried out.
    public let latestEvaluation: Evaluation?
    public let openAdjustments: Int

    public init(_ s: DomainState, today: LocalDate, catalog: Catalog = .plan) {
        self.today = today
        kpi = HeadlineKPI.shared(state: s, asOf: today, catalog: catalog)
        // One pass over the registry, each record read in place: a filtered copy of half a
        // million records cost 140 MB and a second, and each count was a pass of its own.
        var byIndustry: [String: Int] = [:], byTier: [String: Int] = [:]
        var zoneHolders = [Int](repeating: 0, count: catalog.qualifications.count)
        var holders = [Int](repeating: 0, count: catalog.qualifications.count)
        var candidates = 0, expiring = 0
        var uses: [String: (Int, Int64)] = [:]
        // Each qualification's place in the catalogue, so a record's holdings are read once.
        var position: [String: Int] = [:]
        for (i, q) in catalog.qualifications.enumerated() { position[q.id] = i }
        let srdi = position["srdi"], hnte = position["hnte"]
        s.enterprises.forEachValue { e in
            for g in e.support { uses[g.measure, default: (0, 0)].0 += 1; uses[g.measure, default: (0, 0)].1 += g.amount?.fen ?? 0 }
            guard e.status == .active else { return }
            byIndustry[e.industry, default: 0] += 1
            if let t = e.tier { byTier[t, default: 0] += 1 }
            let zone = e.tier == "showcase"
            // One bit per catalogue qualification (a catalogue lists a handful).
            var valid = 0
            var expiringSoon = false
            for q in e.qualifications where q.isValid(on: today) {
                if let i = position[q.type], i < Int.bitWidth { valid |= 1 << i }
                if let x = q.expires, today.days(until: x) <= 90 { expiringSoon = true }
            }
            if expiringSoon { expiring += 1 }
            guard valid != 0 else { return }
            for i in holders.indices where valid & (1 << i) != 0 {
                holders[i] += 1
                if zone { zoneHolders[i] += 1 }
            }
            if zone, let h = hnte, valid & (1 << h) != 0, !(srdi.map { valid & (1 << $0) != 0 } ?? false) { candidates += 1 }
        }
        industries = catalog.industries.map { i in Count(id: i.id, name: Phrase(i.zh, i.shortEn), count: byIndustry[i.id] ?? 0) }
        tiers = catalog.tiers.map { t in Count(id: t.id, name: Phrase(t.zh, t.en.replacingOccurrences(of: " zone", with: "")), count: byTier[t.id] ?? 0) }
        let latest = s.statistics.values.filter { $0.date <= today }.max { $0.date < $1.date }
        ladder = catalog.qualifications.enumerated().map { i, q in
            Rung(qualification: q, zone: zoneHolders[i], registry: holders[i],
                 district: q.id == "srdi" ? latest?.srdiCount : (q.id == "hnte" ? latest?.highTechCount : nil))
        }
        self.candidates = candidates
        expiringWithin90 = expiring
        measures = catalog.measures.map { m in MeasureUse(measure: m, grants: uses[m.code]?.0 ?? 0, amount: Money(fen: uses[m.code]?.1 ?? 0)) }
        let rows = ProjectList.rows(s, catalog: catalog, today: today)
        projectsByStatus = ProjectStatus.allCases.map { st in (st, rows.filter { $0.status == st }.count) }
        lateProjects = rows.filter(\.isLate).count
        lateMilestones = rows.reduce(0) { $0 + $1.lateMilestones }
        stepsOverLimit = rows.reduce(0) { $0 + $1.lateSteps }
        housing = BuildingOccupancy.total(s)
        waiting = WaitingList.ordered(s).count
        leasesEndingSoon = LeaseExpiry.within(of: today, in: s).count
        eventsNext7Days = UpcomingEvents.list(s, now: LocalDateTime(startOf: today), catalog: catalog)
            .filter { $0.activity.start.date <= today.adding(days: 7) }.count
        let board = ActionItemBoard(s, today: today, catalog: catalog)
        openActionItems = board.open.count
        lateActionItems = board.open.filter { $0.state == .late }.count
        let open = s.tickets.values.filter(\.isOpen)
        openTickets = open.count
        ticketsDueToday = open.filter { $0.isDueToday(today) }.count
        overdueTickets = open.filter { $0.isOverdue(on: today) }.count
        waitingTickets = open.filter(\.isWaiting).count
        latestEvaluation = s.evaluations.values.filter { $0.date <= today }.max { ($0.date, $0.headSeq) < ($1.date, $1.headSeq) }
        openAdjustments = s.adjustments.values.filter { $0.done == nil }.count
    }

    /// Measures used at least once, of the fifteen.
    public var measuresUsed: Int { measures.filter { $0.grants > 0 }.count }
    public var supportTotal: Money { measures.reduce(Money.zero) { $0 + $1.amount } }
}
