/// The rules for units operators add, shared by `AddUnit` and replay (`DomainState+ApplyUnits`).
public enum UnitRules {
    /// A unit an operator adds: a name no other unit uses, a kind an operator may give.
    public static func add(_ u: OrgUnit, units: UnitDirectory) -> [FieldError] {
        var e: [FieldError] = []
        if let problem = ProjectRules.check({ () throws(FieldError) in _ = try Required.text(u.zh, field: "zh", maxLength: 50) }) { e.append(problem) }
        if units.unit(id: u.id) != nil { e.append(FieldError(field: "id", zh: "单位编号重复", en: "duplicate unit id")) }
        if let clash = units.nameClash([u.zh, u.short ?? "", u.en]) {
            e.append(FieldError(field: "zh", zh: "与已有单位“\(clash.zh)”重名", en: "another unit has this name (\(clash.en))"))
        }
        if u.kind != .government && u.kind != .partner {
            e.append(FieldError(field: "kind", zh: "新增单位应为政府部门或合作单位", en: "an added unit is a government body or a partner"))
        }
        return e
    }
}
