/// One `demo` run's working state: the store, the generator, the batch being built, and
/// the retry rule for batches another loader raced.
final class DemoRun {
    let store: JournalStore
    let seed: UInt64
    let batchSize: Int
    let today = LocalDate.today()
    let progress: (String) -> Void
    var gen: SyntheticGenerator
    var summary = DemoLoader.Summary()
    var batch: [any Command] = []

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
                let lines = try store.perform(batch, today: today)
                summary.lines += lines.count
                summary.batches += 1
                batch.removeAll()
            } catch let caught where caught is BatchRejected || caught is CommandRejected {
                // A one-command batch is refused as itself, not as a batch item.
                let e = caught as? BatchRejected ?? BatchRejected(index: 0, rejection: caught as! CommandRejected)
                let r = e.rejection
                // The login may not do this at all: no retry makes it so.
                if r.error(for: "role") != nil { throw r }
                if r.error(for: "uscc") != nil || r.error(for: "idNumber") != nil || r.error(for: "unit") != nil {
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

    /// The district baseline and a current figure, once per journal.
    func statistics() throws {
        guard store.state.statistics.isEmpty else { return }
        try add(RecordDistrictStatistic(date: "2023-12-31", srdiCount: "412", highTechCount: "1268", note: "2023年底基线（演示数据）"))
        try add(RecordDistrictStatistic(date: today.description, srdiCount: "468", highTechCount: "1342", note: "演示数据"))
        try flush()
    }

    /// New USCCs (and ID numbers) for records whose code is already taken, carried into
    /// the commands of the batch that refer to them.
    static func renumber(_ commands: [any Command], against state: DomainState, with g: inout SyntheticGenerator) -> [any Command] {
        var renamed: [String: String] = [:]
        let takenIDs = Set(state.talents.values.map(\.idNumber))
        return commands.map { c -> any Command in
            switch c {
            case var r as RegisterEnterprise where state.usccIndex[r.input.uscc] != nil:
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
            case var a as AddApartment where state.apartments.values.contains(where: { $0.building == a.building && $0.unit == a.unit }):
                a.unit += "-\(g.int(in: 100...999))"
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
