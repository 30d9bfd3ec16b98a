import SiliconAlleyCore

/// An enterprise as a row of the registry table.
enum EnterpriseRowPresenter {
    static func badges(_ e: Enterprise, catalog: Catalog, today: LocalDate, _ l: Language) -> String {
        // In catalogue order, so badges line up the same way on every row.
        catalog.qualifications.filter { e.holds($0.id, on: today) }
            .map { $0.badge(l) }.joined(separator: " ")
    }

    static func place(_ e: Enterprise, catalog: Catalog, _ l: Language) -> String {
        e.place.flatMap { catalog.place(id: $0) }.map { $0.text(l) } ?? ""
    }

    static func industry(_ e: Enterprise, catalog: Catalog, _ l: Language) -> String {
        catalog.industry(id: e.industry).map { $0.short(l) } ?? e.industry
    }

    static func status(_ s: EnterpriseStatus, _ l: Language) -> String { s.text(l) }

    static func area(_ a: Area?) -> String { a?.formatted ?? "" }
}
