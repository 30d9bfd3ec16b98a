/// Lookups over events' records that commands, replay and queries share.
extension DomainState {
    /// An event's registrations in the order they were taken.
    public func registrations(of activity: String) -> [Registration] {
        (registrationsByActivity[activity] ?? []).compactMap { registrations[$0] }
    }

    /// Registrations holding a place (not cancelled, not waiting).
    public func confirmedCount(of activity: String) -> Int {
        registrations(of: activity).reduce(0) { $0 + ($1.isConfirmed ? 1 : 0) }
    }

    /// The waiting list, first in line first.
    public func waitingList(of activity: String) -> [Registration] {
        registrations(of: activity).filter { $0.waitlisted && !$0.cancelled }
    }

    /// A contest's entries in the order they were entered.
    public func contestEntries(of activity: String) -> [ContestEntry] {
        contestEntries.values.filter { $0.activity == activity }.sorted { RecordID.order($0.id, $1.id) }
    }

    /// A meeting's action items in the order they were added.
    public func actionItems(of activity: String) -> [ActionItem] {
        actionItems.values.filter { $0.activity == activity }.sorted { RecordID.order($0.id, $1.id) }
    }

    /// Files a registration under its event, keeping the order they were taken in
    /// (replay appends; reading a snapshot meets them in any order).
    mutating func indexRegistration(_ r: Registration) {
        var ids = registrationsByActivity[r.activity] ?? []
        let order = r.order
        if let last = ids.last, let lastReg = registrations[last], lastReg.order > order {
            let at = ids.firstIndex { (registrations[$0]?.order ?? Int.max) > order } ?? ids.count
            ids.insert(r.id, at: at)
        } else {
            ids.append(r.id)
        }
        registrationsByActivity[r.activity] = ids
    }
}
