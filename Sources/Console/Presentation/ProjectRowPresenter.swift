import SiliconAlleyCore

/// One project as the cells of the list (2 项目督办): category, name · place, lead unit,
/// status, next milestone with its due date first (a date is never cut, the title may be),
/// the approval step under way against its limit, open blockers and the late mark.
enum ProjectRowPresenter {
    /// The category for a column: in full at ≥120 columns, else one short word.
    static func category(_ c: ProjectCategory, short: Bool, _ l: Language) -> String {
        guard short else { return c.text(l) }
        switch c {
        case .action: return l.t("专项", "Action")
        case .industry5N: return l.t("产业", "Ind.")
        case .space5N: return l.t("空间", "Space")
        case .other: return l.t("其他", "Other")
        }
    }

    /// "2026-12-05 决赛", or "—" when every milestone is done (or none is set).
    static func next(_ r: ProjectRow, _ l: Language) -> String {
        guard let m = r.nextMilestone else { return "—" }
        return "\(m.due) \(m.title)"
    }

    /// The step under way: "18/20 联合审批" ("93/— 开工" with no limit set); where the column is
    /// narrow "18/20", or the step's name when it has no limit; "" for none.
    static func step(_ r: ProjectRow, withName: Bool, _ l: Language) -> String {
        guard let s = r.currentStep else { return "" }
        // Days first: a narrow cell cuts the step's name, never the count.
        let used = "\(s.elapsed)/" + (s.limit.map(String.init) ?? "—")
        if withName { return used + " " + s.step.text(l) }
        // Narrow: a step with no limit (开工, 竣工) says which step it is rather than "40/—".
        return s.limit == nil ? s.step.text(l) : used
    }

    /// The worst lateness now: "⚠12天" / "⚠12d"; "" when nothing is late.
    static func late(_ r: ProjectRow, _ l: Language) -> String {
        r.isLate ? "⚠" + days(r.lateDays, l) : ""
    }

    /// "12天" / "12d": a count of calendar days in a narrow cell.
    static func days(_ n: Int, _ l: Language) -> String { l.t("\(n)天", "\(n)d") }

    /// "区科信局", or the task-force office's short name; "—" when no unit is set.
    static func lead(_ r: ProjectRow, _ l: Language) -> String {
        let name = r.leadUnitName(english: l == .en)
        return name.isEmpty ? "—" : name
    }

    static func status(_ s: ProjectStatus, _ l: Language) -> String { s.text(l) }
}
