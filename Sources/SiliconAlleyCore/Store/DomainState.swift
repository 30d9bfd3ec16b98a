/// Everything the journal says, folded into current records. A value type: the console
/// reads it, only `apply` changes it, and replaying the same lines gives the same state.
public struct DomainState: Sendable, Equatable {
    public var lastSeq = 0
    public var lastDigest = ChainDigest.genesis
    /// `lastDigest` as 64 hex digits (set only with such).
    public var lastHash: String {
        get { lastDigest.hex }
        set {
            guard let d = ChainDigest(hex: newValue) else { preconditionFailure("a line's hash is 64 lowercase hex digits") }
            lastDigest = d
        }
    }
    public var createdBy: String?
    /// The latest line time so far (ms since 1970): a line may not go back more than a minute.
    public var lastTime: Int64 = 0
    /// The newest admin acknowledgement of changed history, if any (witnesses read it).
    public var historyAcknowledgement: HistoryAcknowledgement?
    /// Replay's lookups, remembered between lines (always equal: not part of what a state is).
    var memo = ReplayMemo()
    public var operators: [String: OperatorRecord] = [:]
    public var enterprises = RecordMap<Enterprise>()
    /// USCC → enterprise id, for uniqueness and lookup: 8 bytes a record, built on first
    /// use after a snapshot (see `CreditCodeIndex`).
    public internal(set) var usccIndex = CreditCodeIndex()
    public var statistics: [String: DistrictStatistic] = [:]
    public var projects: [String: Project] = [:]
    /// Units operators added (`unit.added`); the catalogue's are not repeated here (see `UnitDirectory`).
    public var addedUnits: [String: OrgUnit] = [:]
    public var apartments: [String: Apartment] = [:]
    public var talents: [String: Talent] = [:]
    public var applications: [String: HousingApplication] = [:]
    public var leases: [String: Lease] = [:]
    public var activities: [String: Activity] = [:]
    public var registrations: [String: Registration] = [:]
    /// Event id → its registration ids in the order they were taken (rebuilt from the
    /// registrations when a snapshot is read, so it is not written to one).
    public var registrationsByActivity: [String: [String]] = [:]
    public var contestEntries: [String: ContestEntry] = [:]
    public var actionItems: [String: ActionItem] = [:]
    public var tickets: [String: Ticket] = [:]
    /// 定期评价 and the adjustments decided on them.
    public var evaluations: [String: Evaluation] = [:]
    public var adjustments: [String: Adjustment] = [:]
    /// Years of holidays admins added (`calendar.yearAdded`), by year.
    public var calendarYears: [Int: CalendarYear] = [:]
    /// The working-day calendar every time limit counts on: the years built into the program
    /// (`WorkingDayCalendar.china`) with the journal's added years over them.
    public internal(set) var calendar: WorkingDayCalendar = .china
    /// Year → last receipt number issued; receipts are never reused.
    public var receiptCounters: [String: Int] = [:]
    /// Entity id → the seq of the newest line about it. (The full history is read from
    /// the journal when asked for; keeping every seq here cost more memory than the records.)
    public var versions = EntityVersions()
    /// Event kind → number of lines, for `verify`.
    public var kindCounts: [String: Int] = [:]

    public init() {}

    /// Room in the large tables (enterprises, their codes, versions) for `records` without growing.
    mutating func reserveCapacity(records: Int) {
        enterprises.reserveCapacity(records)
        usccIndex.reserveCapacity(records)
        versions.reserveCapacity(records)
    }

    public func role(of login: String) -> Role {
        guard let op = operators[login], !op.removed else { return .viewer }
        return op.role
    }

    public func enterprise(uscc: String) -> Enterprise? {
        usccIndex.id(of: CreditCode(uscc), in: enterprises).flatMap { enterprises[$0] }
    }

    /// Drops the USCC index until it is next needed (it is derived from the enterprises):
    /// a state read from a snapshot, or records put in directly.
    public mutating func deferCodeIndex() {
        usccIndex = .deferredUntilUsed
    }

    /// The seq of the newest line about an entity (0 if none): forms remember it to
    /// detect that someone else changed the record meanwhile.
    public func version(of entity: String) -> Int {
        versions[entity] ?? 0
    }
}

/// `journal.historyAcknowledged`: an admin accepted the journal as it stood at `seq`.
public struct HistoryAcknowledgement: Codable, Sendable, Hashable {
    public var seq: Int
    /// Line time in milliseconds since 1970.
    public var time: Int64
    public var by: String
    /// The line whose change was acknowledged.
    public var line: Int
}
