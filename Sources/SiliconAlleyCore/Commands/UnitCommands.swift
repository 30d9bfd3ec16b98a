/// 新增单位: a unit the catalogue does not list (a bureau, a subdistrict, a partner), so it
/// can lead projects and own blockers. Its names must be new; it is never deleted.
public struct AddUnit: Command {
    public var zh: String
    public var en: String
    public var short: String
    public var kind: OrgUnit.Kind
    /// Handles service-window requests (承办单位).
    public var window: Bool
    public var role: String
    public var requiredRole: Role { .operator }

    public init(zh: String, en: String = "", short: String = "", kind: OrgUnit.Kind = .government, window: Bool = false, role: String = "") {
        self.zh = zh
        self.en = en
        self.short = short
        self.kind = kind
        self.window = window
        self.role = role
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let z = checks.required(zh, field: "zh", maxLength: 50)
        let e = checks.optionalText(en, field: "en", maxLength: 100)
        let s = checks.optionalText(short, field: "short", maxLength: 12)
        let r = checks.optionalText(role, field: "role", maxLength: 200)
        guard let z else { try checks.finish(); return }
        // No English name given: the Chinese one stands in (a name is data, like a company's).
        let unit = OrgUnit(id: p.newId("unit"), zh: z, en: e ?? z, short: s, kind: kind, window: window, role: r ?? "")
        checks.add(UnitRules.add(unit, units: p.units))
        try checks.finish()
        p.emit(EventKind.unitAdded, unit.id, record: unit)
    }
}
