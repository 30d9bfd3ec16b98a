/// Leases ending soon (到期提醒): running leases whose term ends within a window, soonest
/// first. A lease past its end and not yet checked out is listed too (days left below 0).
public enum LeaseExpiry {
    public static let defaultDays = 60

    public struct Entry: Sendable, Hashable {
        public var lease: Lease
        public var unit: Apartment
        public var tenant: TalentSummary
        /// Days from today to the end (negative: overdue).
        public var daysLeft: Int
    }

    /// Ends on or before `today + days`.
    public static func within(days: Int = defaultDays, of today: LocalDate, in s: DomainState) -> [Entry] {
        let limit = today.adding(days: days)
        return s.leases.values.filter { $0.isActive && $0.end <= limit }.compactMap { l -> Entry? in
            guard let a = s.apartments[l.apartment], let t = s.talents[l.talent] else { return nil }
            return Entry(lease: l, unit: a, tenant: TalentSummary(t, in: s), daysLeft: today.days(until: l.end))
        }.sorted { $0.daysLeft != $1.daysLeft ? $0.daysLeft < $1.daysLeft : $0.unit.label < $1.unit.label }
    }
}
