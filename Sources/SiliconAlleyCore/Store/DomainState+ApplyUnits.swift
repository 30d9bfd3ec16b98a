/// Units operators added (`unit.added`), checked with `UnitRules` as `AddUnit` does.
/// Returns false for another kind.
extension DomainState {
    mutating func applyUnit(_ line: JournalLine) throws -> Bool {
        guard line.kind == EventKind.unitAdded else { return false }
        let u = try JSONValueDecoder().decode(OrgUnit.self, from: line.data)
        guard u.id == line.entity else { throw broken(line, "the record's id \(u.id) is not the line's entity \(line.entity)") }
        try checkNewId(line, prefix: "unit")
        try check(UnitRules.add(u, units: unitDirectory(.plan)), line)
        addedUnits[u.id] = u
        return true
    }
}
