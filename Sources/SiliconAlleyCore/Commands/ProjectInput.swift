/// A project as typed into a form: text, not yet validated. The edit form starts from
/// `init(editing:)`, so every field the record has is there to change.
public struct ProjectInput: Sendable, Hashable {
    public var name = ""
    public var category: ProjectCategory = .other
    /// A special action's id, full or short name (科创街区焕新升级).
    public var action = ""
    /// Units by id or name (`UnitDirectory.resolve`).
    public var leadUnit = ""
    public var partners: [String] = []
    /// A catalogue place by id or name.
    public var place = ""
    /// 规模拓展 or 效能提升 (or their English names).
    public var phase = ""
    public var fastTrack = false
    /// YYYY-MM-DD.
    public var start = ""
    public var target = ""
    /// An operator's login.
    public var owner = ""

    public init(name: String = "", category: ProjectCategory = .other, action: String = "", leadUnit: String = "",
                partners: [String] = [], place: String = "", phase: String = "", fastTrack: Bool = false,
                start: String = "", target: String = "", owner: String = "") {
        self.name = name
        self.category = category
        self.action = action
        self.leadUnit = leadUnit
        self.partners = partners
        self.place = place
        self.phase = phase
        self.fastTrack = fastTrack
        self.start = start
        self.target = target
        self.owner = owner
    }

    /// The form for editing `p`, filled from the record. A catalogue project with no action
    /// of its own (journals seeded before the catalogue linked them) shows the plan's, so the
    /// first edit writes it.
    public init(editing p: Project, catalog: Catalog = .plan) {
        self.init(name: p.name, category: p.category, action: ProjectView.action(of: p, catalog: catalog) ?? "",
                  leadUnit: p.leadUnit ?? "", partners: p.partners, place: p.place ?? "", phase: p.phase ?? "",
                  fastTrack: p.fastTrack, start: p.start?.description ?? "", target: p.target?.description ?? "",
                  owner: p.owner ?? "")
    }

    /// Every field checked; the project as it would be written, built on `base` (the record
    /// being edited: its milestones, steps, notes, status stay) or new with `id`.
    func validated(id: String, base: Project?, planner p: Planner, checks: inout FieldChecks) -> Project? {
        let before = checks.errors.count
        let units = p.units
        let n = checks.required(name, field: "name", maxLength: 100)
        var actionId: String?
        let a = action.trimmingCharacters(in: .whitespaces)
        if !a.isEmpty {
            actionId = p.catalog.actions.first { $0.id == a || $0.zh == a || $0.short == a || $0.en.lowercased() == a.lowercased() }?.id
            if actionId == nil { checks.fail("action", zh: "未知专项行动“\(a)”", en: "unknown special action “\(a)”") }
        } else if let planned = base?.catalogId.flatMap(p.catalog.project(id:)), planned.action != nil {
            checks.fail("action", zh: "计划已将该项目归入专项行动，可改为另一项，不能清空",
                        en: "the plan links this project to a special action: change it, do not clear it")
        }
        let lead = checks.unitId(leadUnit, in: units, field: "leadUnit")
        let partnerIds = checks.unitIds(partners, in: units, field: "partners")
        let pl = checks.place(place, in: p.catalog)
        var ph: String?
        if !phase.trimmingCharacters(in: .whitespaces).isEmpty {
            ph = ProjectPhase.find(phase)
            if ph == nil { checks.fail("phase", zh: "阶段应为“规模拓展”或“效能提升”", en: "the phase is 规模拓展 or 效能提升") }
        }
        let s = checks.date(start, field: "start", required: false)
        let t = checks.date(target, field: "target", required: false)
        let o = owner.trimmingCharacters(in: .whitespaces)
        guard checks.errors.count == before, let n else { return nil }
        var project = base ?? Project(id: id, name: n, category: category,
                                      status: s.map { $0 <= p.today } == true ? .active : .planned)
        project.name = n
        project.category = category
        project.action = actionId
        project.leadUnit = lead
        project.partners = partnerIds
        project.place = pl?.id
        project.tier = pl?.tier
        project.phase = ph
        project.fastTrack = fastTrack
        project.start = s
        project.target = t
        project.owner = o.isEmpty ? nil : o
        let problems = ProjectRules.record(project, before: base, in: p.state, catalog: p.catalog)
        for e in problems { checks.fail(e.field, zh: e.zh, en: e.en) }
        return problems.isEmpty ? project : nil
    }
}
