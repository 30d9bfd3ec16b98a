/// Small readings of one project that every projects query shares.
public enum ProjectView {
    /// The special action a project serves: its own, or — for a catalogue project of a journal
    /// seeded before the catalogue linked 5+N projects to actions — the plan's link
    /// (`data/catalog/projects.json`). Such journals need no migration line; the first edit
    /// of the project writes the action into the record (`ProjectInput(editing:)`).
    public static func action(of p: Project, catalog: Catalog = .plan) -> String? {
        p.action ?? p.catalogId.flatMap(catalog.project(id:))?.action
    }

    /// The catalogue place's name, if it has one.
    public static func placeName(of p: Project, catalog: Catalog = .plan, english: Bool) -> String? {
        p.place.flatMap(catalog.place(id:)).map { english ? $0.en : $0.zh }
    }

    /// "name · place" as the list shows it (just the name when there is no place).
    public static func nameAndPlace(of p: Project, catalog: Catalog = .plan, english: Bool) -> String {
        guard let place = placeName(of: p, catalog: catalog, english: english), place != p.name else { return p.name }
        return "\(p.name) · \(place)"
    }

    /// The earliest-due milestone not yet done.
    public static func nextMilestone(of p: Project) -> Milestone? {
        p.milestones.filter { $0.done == nil }.min { ($0.due, $0.id) < ($1.due, $1.id) }
    }

    /// The approval step under way (steps go in order, so at most one is open).
    public static func currentStep(of p: Project) -> ApprovalStep? {
        p.approval.last { $0.done == nil }
    }

    /// Projects in the list's order: the plan's categories in turn, each in the order created.
    public static func listOrder(_ a: Project, _ b: Project) -> Bool {
        (a.category.order, seq(of: a.id), a.id) < (b.category.order, seq(of: b.id), b.id)
    }

    /// "prj-17" → 17 (the seq of the line that created it).
    static func seq(of id: String) -> Int { Int(id.split(separator: "-").last ?? "") ?? Int.max }
}
