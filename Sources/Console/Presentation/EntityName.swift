import SiliconAlleyCore

/// The name a person knows a record by, for any entity id in the journal.
enum EntityName {
    static func of(_ id: String, in s: DomainState) -> String {
        if let e = s.enterprises[id] { return e.name }
        if let p = s.projects[id] { return p.name }
        if let a = s.activities[id] { return a.title }
        if let t = s.tickets[id] { return t.receipt }
        if let t = s.talents[id] { return t.name }
        if let a = s.apartments[id] { return "\(a.building) \(a.unit)" }
        if let st = s.statistics[id] { return st.date.description }
        if let r = s.registrations[id] { return s.activities[r.activity]?.title ?? id }
        if let l = s.leases[id] { return s.talents[l.talent]?.name ?? id }
        if let a = s.applications[id] { return s.talents[a.talent]?.name ?? id }
        if let c = s.contestEntries[id] { return c.team + " · " + c.title }
        if let i = s.actionItems[id] { return i.text }
        if let e = s.evaluations[id] { return e.date.description }
        if let a = s.adjustments[id] { return a.text }
        if let u = s.addedUnits[id] { return u.zh }
        if id.hasPrefix("op:") { return String(id.dropFirst(3)) }
        return id
    }
}
