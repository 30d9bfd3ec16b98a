/// The waiting list (轮候名单): waiting applications by priority (1 first), then the date
/// applied, then the order they were entered. Allocation offers a unit to the first
/// eligible applicant — one who is not housed and has no lease during the offered term.
public enum WaitingList {
    /// One place on the list, ready to show (numbers masked).
    public struct Entry: Sendable, Hashable {
        /// 1-based place in the order.
        public var place: Int
        public var application: HousingApplication
        public var talent: TalentSummary
        /// Whether the talent could take a unit from `today` (no running lease of theirs, none
        /// held into today); allocation for a term starting then would not pass them over.
        public var eligibleNow: Bool
    }

    /// Waiting applications in allocation order.
    public static func ordered(_ s: DomainState) -> [HousingApplication] {
        s.applications.values.filter { $0.status == .waiting }.sorted(by: comesFirst)
    }

    public static func entries(_ s: DomainState, on today: LocalDate) -> [Entry] {
        ordered(s).enumerated().compactMap { i, a in
            guard let t = s.talents[a.talent] else { return nil }
            return Entry(place: i + 1, application: a, talent: TalentSummary(t, in: s),
                         eligibleNow: HousingRules.talentConflicts(t.id, today, today.adding(days: 1), except: nil, in: s).isEmpty)
        }
    }

    /// The first applicant who may take `apartment` for `start..<end`; nil if nobody may.
    public static func firstEligible(apartment: String, start: LocalDate, end: LocalDate, in s: DomainState) -> HousingApplication? {
        ordered(s).first { a in
            s.talents[a.talent] != nil && HousingRules.talentConflicts(a.talent, start, end, except: nil, in: s).isEmpty
        }
    }

    /// Priority, then date applied, then entry order (the seq in the id).
    public static func comesFirst(_ a: HousingApplication, _ b: HousingApplication) -> Bool {
        if a.effectivePriority != b.effectivePriority { return a.effectivePriority < b.effectivePriority }
        if a.appliedOn != b.appliedOn { return a.appliedOn < b.appliedOn }
        let (x, y) = (entryOrder(a.id), entryOrder(b.id))
        return x != y ? x < y : a.id < b.id
    }

    /// Ids are "prefix-seq": the seq of the line that created the record.
    static func entryOrder(_ id: String) -> Int {
        id.split(separator: "-").last.flatMap { Int($0) } ?? Int.max
    }
}
