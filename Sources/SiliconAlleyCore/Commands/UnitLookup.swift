/// The one way a command takes a unit (牵头单位, 合作单位, 堵点责任单位, an event's organiser, an
/// action item's owner, a ticket's 承办单位): the text must name a unit of the journal's list
/// exactly — its id or a name (`UnitDirectory.resolve`) — and the id is what gets written.
/// Free text is refused with the field named, so every record points at a unit that exists.
extension FieldChecks {
    /// The id of the unit `text` names; nil (with an error recorded) if it names none, or
    /// if it is empty and `required`. Empty and not required: nil, no error.
    public mutating func unitId(_ text: String, in units: UnitDirectory, field: String, required: Bool = true) -> String? {
        if text.trimmingCharacters(in: .whitespaces).isEmpty {
            if required { fail(field, zh: "必填", en: "required") }
            return nil
        }
        guard let u = units.resolve(text) else {
            let t = text.trimmingCharacters(in: .whitespaces)
            fail(field, zh: "未知单位“\(t)”：请从单位列表中选择，或先新增该单位",
                 en: "unknown unit “\(t)”: pick one from the unit list, or add it first")
            return nil
        }
        return u.id
    }

    /// Several units (partners): each resolved, none twice.
    public mutating func unitIds(_ texts: [String], in units: UnitDirectory, field: String) -> [String] {
        var ids: [String] = []
        for t in texts where !t.trimmingCharacters(in: .whitespaces).isEmpty {
            guard let id = unitId(t, in: units, field: field, required: false) else { continue }
            if ids.contains(id) {
                fail(field, zh: "“\(t)”重复", en: "“\(t)” is listed twice")
            } else {
                ids.append(id)
            }
        }
        return ids
    }

    /// A project named by its id (trimmed); the record, whose `id` is what gets written.
    public mutating func project(_ text: String, in state: DomainState, field: String = "project") -> Project? {
        reference(text, in: state.projects, field: field, zh: "项目", en: "project")
    }
}

extension Planner {
    /// The journal's units (catalogue + added) as this command sees them.
    public var units: UnitDirectory { UnitDirectory(catalog: catalog, state: state) }
}
