/// The units a journal knows: the catalogue's (data/catalog/units.json) followed by those
/// operators added (`unit.added`, in the order added). Journals from before units were data
/// have no `unit.added` lines and keep working with the catalogue alone.
///
/// Records store a unit's id. `resolve` also takes a name, so that what a person types, and
/// what journals written before ids were used hold (the unit's Chinese name), find the unit.
public struct UnitDirectory: Sendable {
    public let catalog: Catalog
    /// The journal's own units, by id.
    public let added: [String: OrgUnit]

    public init(catalog: Catalog = .plan, state: DomainState) {
        self.catalog = catalog
        added = state.addedUnits
    }

    /// Every unit: the catalogue's in its order, then the added ones oldest first.
    public var all: [OrgUnit] {
        catalog.units + added.values.sorted { UnitDirectory.seq(of: $0.id) < UnitDirectory.seq(of: $1.id) }
    }

    /// The units that handle service-window requests (承办单位).
    public var windowUnits: [OrgUnit] { all.filter(\.window) }

    public func unit(id: String) -> OrgUnit? { catalog.unit(id: id) ?? added[id] }

    /// The unit a text names exactly: its id, Chinese name, short name or English name (any
    /// case), after trimming and full-width → half-width. Nil for anything else: a name that
    /// is merely close is free text, and free text is refused.
    public func resolve(_ text: String) -> OrgUnit? {
        let t = TextNormalization.trimmedHalfWidth(text)
        if t.isEmpty { return nil }
        if let u = unit(id: t) { return u }
        let lower = t.lowercased()
        return all.first { $0.zh == t || $0.short == t || $0.en.lowercased() == lower }
    }

    /// Type-ahead for a unit picker: units whose names contain the text or match it as
    /// pinyin (`kxj` → 区科信局), in directory order. Everything for an empty query.
    public func matching(_ query: String, windowOnly: Bool = false) -> [OrgUnit] {
        (windowOnly ? windowUnits : all).filter { u in
            NameMatch([u.zh, u.short ?? "", u.en, u.id]).matches(query)
        }
    }

    /// How to show a stored reference (an id, or a legacy name): the unit's short or full
    /// name in the language asked for; the stored text itself if it names no unit.
    public func displayName(_ reference: String?, english: Bool, short: Bool = true) -> String {
        guard let reference, !reference.isEmpty else { return "" }
        guard let u = resolve(reference) else { return reference }
        return short ? u.shortName(english: english) : u.name(english: english)
    }

    /// The names a new unit may not reuse: another unit's id, Chinese, short or English name.
    public func nameClash(_ names: [String], ignoring id: String? = nil) -> OrgUnit? {
        let wanted = Set(names.filter { !$0.isEmpty }.map { $0.lowercased() })
        return all.first { u in
            u.id != id && !wanted.isDisjoint(with: [u.id, u.zh, u.short ?? "", u.en].filter { !$0.isEmpty }.map { $0.lowercased() })
        }
    }

    /// "unit-42" → 42: added units are listed in the order their lines were written.
    static func seq(of id: String) -> Int {
        Int(id.split(separator: "-").last ?? "") ?? Int.max
    }
}

extension DomainState {
    /// The catalogue's units and the journal's, for lookups and pickers.
    public func unitDirectory(_ catalog: Catalog = .plan) -> UnitDirectory { UnitDirectory(catalog: catalog, state: self) }
}
