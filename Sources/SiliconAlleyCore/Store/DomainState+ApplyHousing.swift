/// Talent housing's lines folded into the state (人才公寓). Returns false for another kind.
extension DomainState {
    mutating func applyHousing(_ line: JournalLine) throws -> Bool {
        let d = line.data
        let id = line.entity
        let dec = JSONValueDecoder()
        switch line.kind {
        case EventKind.apartmentAdded: apartments[id] = try dec.decode(Apartment.self, from: d)
        case EventKind.apartmentUpdated: try patch(&apartments, id, d, line)
        case EventKind.talentRegistered: talents[id] = try dec.decode(Talent.self, from: d)
        case EventKind.talentUpdated: try patch(&talents, id, d, line)
        case EventKind.housingApplied: applications[id] = try dec.decode(HousingApplication.self, from: d)
        case EventKind.housingApplicationUpdated: try patch(&applications, id, d, line)
        case EventKind.leaseSigned: leases[id] = try dec.decode(Lease.self, from: d)
        case EventKind.leaseUpdated: try patch(&leases, id, d, line)
        default: return false
        }
        return true
    }
}
