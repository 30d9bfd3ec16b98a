/// Events' lines folded into the state (活动: events, registrations, contests, action items).
/// Returns false for another kind.
extension DomainState {
    mutating func applyActivity(_ line: JournalLine) throws -> Bool {
        let d = line.data
        let id = line.entity
        let dec = JSONValueDecoder()
        switch line.kind {
        case EventKind.activityCreated: activities[id] = try dec.decode(Activity.self, from: d)
        case EventKind.activityUpdated: try patch(&activities, id, d, line)
        case EventKind.registrationAdded: registrations[id] = try dec.decode(Registration.self, from: d)
        case EventKind.registrationUpdated: try patch(&registrations, id, d, line)
        case EventKind.contestEntered: contestEntries[id] = try dec.decode(ContestEntry.self, from: d)
        case EventKind.contestEntryUpdated: try patch(&contestEntries, id, d, line)
        case EventKind.actionItemAdded: actionItems[id] = try dec.decode(ActionItem.self, from: d)
        case EventKind.actionItemUpdated: try patch(&actionItems, id, d, line)
        default: return false
        }
        return true
    }
}
