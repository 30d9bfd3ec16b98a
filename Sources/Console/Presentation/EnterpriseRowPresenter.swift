import SiliconAlleyCore

/// An enterprise as a row of the registry table.
enum EnterpriseRowPresenter {
    static func badges(_ e: Enterprise, catalog: Catalog, today: LocalDate, _ l: Language) -> String {
        // In catalogue order, so badges line up the same way on every row.
        catalog.qualifications.filter { e.holds($0.id, on: today) }
            .map { l == .zh ? $0.badge : shortEnglish($0.id) }.joined(separator: " ")
    }

    static func shortEnglish(_ id: String) -> String {
        switch id {
        case "srdi": return "SRDI"
        case "little-giant": return "Giant"
        case "hnte": return "HNTE"
        case "unicorn": return "Unicorn"
        case "gazelle": return "Gazelle"
        case "top100-hq": return "Top100"
        default: return id
        }
    }

    static func place(_ e: Enterprise, catalog: Catalog, _ l: Language) -> String {
        e.place.flatMap { catalog.place(id: $0) }.map { $0.text(l) } ?? ""
    }

    static func industry(_ e: Enterprise, catalog: Catalog, _ l: Language) -> String {
        catalog.industry(id: e.industry).map { $0.text(l) } ?? e.industry
    }

    static func status(_ s: EnterpriseStatus, _ l: Language) -> String { s.text(l) }

    static func area(_ a: Area?) -> String { a?.formatted ?? "" }
}
