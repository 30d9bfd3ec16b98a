import SiliconAlleyCore

/// The criteria another pane sends with `.goto(.projects, …)` (the overview's figures), read
/// into the list's filter one by one, so a value with spaces (an English unit name) stays
/// whole and each criterion that cannot be read is named rather than silently dropped.
enum ProjectTargetReader {
    static func read(_ t: PaneTarget, units: UnitDirectory, catalog: Catalog) -> (filter: ProjectFilter, problems: [String]) {
        var f = ProjectFilter(text: t.filter ?? "")
        var problems: [String] = []
        for (key, value) in t.criteria.sorted(by: { $0.key < $1.key }) {
            let v = value.trimmingCharacters(in: .whitespaces)
            var ok = true
            switch key {
            case "category", "类别":
                f.category = ProjectCategory.find(v)
                ok = f.category != nil
            case "status", "状态":
                f.status = ProjectStatus.find(v)
                ok = f.status != nil
            case "unit", "leadUnit", "单位", "牵头单位":
                f.leadUnit = units.resolve(v)?.id
                ok = f.leadUnit != nil
            case "due", "到期":
                f.dueWithinDays = Int(v).flatMap { $0 >= 0 ? $0 : nil }
                ok = f.dueWithinDays != nil
            case "action", "专项行动":
                f.action = catalog.actions.first { $0.id == v || $0.zh == v || $0.short == v || $0.en.lowercased() == v.lowercased() }?.id
                ok = f.action != nil
            case "overlimit", "审批超时":
                f.overLimitOnly = ["yes", "true", "1", "是"].contains(v.lowercased())
                ok = f.overLimitOnly || ["no", "false", "0", "否"].contains(v.lowercased())
            case "late", "逾期":
                switch v.lowercased() {
                case "yes", "true", "1", "是": f.lateOnly = true
                case "no", "false", "0", "否": f.lateOnly = false
                default: ok = false
                }
            default:
                ok = false
            }
            if !ok { problems.append("\(key)=\(value)") }
        }
        return (f, problems)
    }
}
