/// One `demo` run's working state: the store, the generator, the batch being built, and
/// the retry rule for batches another loader raced.
final class DemoRun {
    let store: JournalStore
    let seed: UInt64
    let batchSize: Int
    let today = LocalDate.today()
    let progress: (String) -> Void
    /// How far the enterprises (nearly all of a large demo) have come, 0…1, and lines written.
    var meter: ((Double, Int) -> Void)?
    var gen: SyntheticGenerator
    var summary = DemoLoader.Summary()
    var batch: [any Command] = []
    /// The day the next batches are written as (the window's demo replays past weeks day
    /// by day); nil: today.
    var batchDay: LocalDate?
    /// While set, the lines this run writes are collected (to learn the ids it created).
    private var kept: [JournalLine]?

    init(store: JournalStore, seed: UInt64, batchSize: Int, progress: @escaping (String) -> Void) {
        self.store = store
        self.seed = seed
        self.batchSize = batchSize
        self.progress = progress
        gen = SyntheticGenerator(seed: seed, catalog: store.catalog, referenceDate: .today())
    }

    /// Every enterprise on the journal (ours and other loaders'), in a stable order.
    var enterpriseIds: [String] { store.state.enterprises.keys.sorted() }

    /// Adds a command; writes the batch once it is full.
    func add(_ command: any Command) throws {
        batch.append(command)
        if batch.count >= batchSize { try flush() }
    }

    func flush() throws {
        while !batch.isEmpty {
            do {
                let lines = try store.perform(batch, today: batchDay ?? today)
                summary.lines += lines.count
                summary.batches += 1
                kept?.append(contentsOf: lines)
                batch.removeAll()
            } catch let caught where caught is BatchRejected || caught is CommandRejected {
                // A one-command batch is refused as itself, not as a batch item.
                let e = caught as? BatchRejected ?? BatchRejected(index: 0, rejection: caught as! CommandRejected)
                let r = e.rejection
                // The login may not do this at all: no retry makes it so.
                if r.error(for: "role") != nil { throw r }
                if r.error(for: "uscc") != nil || r.error(for: "idNumber") != nil || r.error(for: "unit") != nil
                    || r.error(for: "position") != nil {
                    // Another loader took a code first: give every clashing record a fresh one.
                    batch = Self.renumber(batch, against: store.state, with: &gen)
                } else {
                    // Another loader leased that flat or filled that event: leave this one out.
                    batch.remove(at: e.index)
                }
                summary.retries += 1
            }
        }
    }

    /// Runs `body` and returns the entities of the lines of `kind` it wrote, in order.
    func keepingLines(of kind: String, _ body: () throws -> Void) throws -> [String] {
        kept = []
        defer { kept = nil }
        try body()
        return (kept ?? []).filter { $0.kind == kind }.map(\.entity)
    }

    /// The district statistics, once per journal, after the enterprises: the baseline, each
    /// quarter's end since, and today. The registry is taken to hold about a quarter of the
    /// district's qualified firms on each date, so the share moves as the registry does
    /// (one statistic for all those quarters made the trend dip, then jump at today's).
    /// The district figures are made up and say so.
    func statistics() throws {
        guard store.state.statistics.isEmpty else { return }
        var dates = [HeadlineKPI.baselineDate]
        var quarter = HeadlineKPI.baselineDate
        while true {
            let next = HeadlineKPI.nextQuarterEnd(after: quarter)
            if next >= today { break }
            dates.append(next)
            quarter = next
        }
        dates.append(today)
        for d in dates {
            let all = store.state.enterprises.values
            let srdi = all.filter { $0.holds("srdi", on: d) }.count
            let hnte = all.filter { $0.holds("hnte", on: d) }.count
            let either = all.filter { $0.holds("srdi", on: d) || $0.holds("hnte", on: d) }.count
            let zone = all.filter { $0.tier(on: d) == "showcase" && ($0.holds("srdi", on: d) || $0.holds("hnte", on: d)) }.count
            let baseline = d == HeadlineKPI.baselineDate
            try add(RecordDistrictStatistic(date: d.description, srdiCount: String(srdi * 4 + 9), highTechCount: String(hnte * 4 + 13),
                                            note: baseline ? "2023年底基线（演示数据）" : "演示数据",
                                            enterpriseCount: String(either * 4 + 15), zoneCount: baseline ? String(zone) : ""))
        }
        try flush()
    }

    /// New USCCs (and ID numbers, and buildings) for records whose code is already taken,
    /// carried into the commands of the batch that refer to them.
    static func renumber(_ commands: [any Command], against state: DomainState, with g: inout SyntheticGenerator) -> [any Command] {
        var renamed: [String: String] = [:]
        let takenIDs = Set(state.talents.values.map(\.idNumber))
        // A building another loader filled first: this batch's units of it move to a new one.
        var movedBuildings: [String: String] = [:]
        var taken = Set(state.apartments.values.map(\.building)).union(commands.compactMap { ($0 as? AddApartment)?.building })
        for case let a as AddApartment in commands where movedBuildings[a.building] == nil {
            let clash = state.apartments.values.contains {
                !$0.retired && $0.building == a.building && ($0.unit == a.unit || ($0.floor.map(String.init) == a.floor && $0.position.map(String.init) == a.position))
            }
            if clash {
                let fresh = freshBuilding(avoiding: taken)
                taken.insert(fresh)
                movedBuildings[a.building] = fresh
            }
        }
        return commands.map { c -> any Command in
            switch c {
            case var r as RegisterEnterprise where state.enterprise(uscc: r.input.uscc) != nil:
                let fresh = g.uscc()
                renamed[r.input.uscc] = fresh
                r.input.uscc = fresh
                return r
            case var q as GrantQualification:
                if let n = renamed[q.enterprise] { q.enterprise = n }
                return q
            case var s as RecordSupport:
                if let n = renamed[s.enterprise] { s.enterprise = n }
                return s
            case var a as AddApartment where movedBuildings[a.building] != nil:
                a.building = movedBuildings[a.building]!
                return a
            case var t as RegisterTalent where takenIDs.contains(t.idNumber):
                t.idNumber = g.person().residentID
                return t
            default:
                return c
            }
        }
    }
}
