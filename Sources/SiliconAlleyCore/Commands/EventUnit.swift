/// A unit as events show it: the id written to the journal and its names.
public struct UnitRef: Sendable, Hashable {
    public let id: String
    public let name: Phrase
}

/// The one place where events resolve a unit: an event's organiser and an action item's
/// owner, for the commands, for replay and for display. Units are the journal's unit list
/// (the catalogue's plus those operators added: `UnitDirectory`); free text is never a unit.
public enum EventUnit {
    public static func resolve(_ text: String, state: DomainState, catalog: Catalog) -> UnitRef? {
        guard let u = UnitDirectory(catalog: catalog, state: state).resolve(text) else { return nil }
        return UnitRef(id: u.id, name: Phrase(u.zh, u.en))
    }

    /// The name to show for a unit id; a name older journals held as typed shows as itself.
    public static func name(_ id: String, state: DomainState, catalog: Catalog) -> Phrase {
        resolve(id, state: state, catalog: catalog)?.name ?? Phrase(same: id)
    }
}

extension FieldChecks {
    /// A unit typed or picked on a form: the id to write, or an error naming `field`.
    public mutating func eventUnit(_ text: String, state: DomainState, catalog: Catalog, field: String) -> String? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.isEmpty { fail(field, zh: "必填（选择一个单位）", en: "required (choose a unit)"); return nil }
        guard let u = EventUnit.resolve(t, state: state, catalog: catalog) else {
            fail(field, zh: "“\(t)”不是已登记的单位，请从单位列表中选择", en: "“\(t)” is not a known unit: choose one from the list")
            return nil
        }
        return u.id
    }
}
