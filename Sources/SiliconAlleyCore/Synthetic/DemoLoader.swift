/// `silicon-alley demo`: a deterministic synthetic dataset appended through the normal
/// command path, in batches (one lock and one fsync per batch) as an import would be.
/// Several loaders may run on one journal at once: a batch refused because another
/// process took a USCC first is regenerated and retried. Each part of the plan has its
/// own file (`Demo*.swift`), run in the order below: later parts refer to earlier ones.
public struct DemoLoader {
    public var enterprises = 200
    public var apartments = 40
    public var activities = 20
    public var tickets = 100
    public var seed: UInt64 = 1
    public var batchSize = 250

    public init() {}

    public struct Summary: Sendable {
        public var lines = 0
        public var batches = 0
        public var retries = 0
    }

    /// The least role that may load it: it writes statistics, apartments and events.
    public static let requiredRole = Role.operator

    /// `meter` hears how far the enterprises have come (0…1) and the lines written so far.
    public func run(on store: JournalStore, progress: @escaping (String) -> Void = { _ in },
                    meter: ((Double, Int) -> Void)? = nil) throws -> Summary {
        if store.role < Self.requiredRole {
            throw CommandRejected(field: "role", zh: "\(store.actor) 的角色是\(store.role.zh)，演示数据需要\(Self.requiredRole.zh)",
                                  en: "\(store.actor) is \(store.role.en); demo data needs \(Self.requiredRole.en)")
        }
        let run = DemoRun(store: store, seed: seed, batchSize: batchSize, progress: progress)
        run.meter = meter
        try run.enterprises(enterprises)
        try run.statistics()
        try run.housing(apartments)
        try run.activities(activities)
        try run.projects()
        try run.tickets(tickets)
        return run.summary
    }
}
