/// 登记企业: a new enterprise; its USCC must be unique in the registry.
public struct RegisterEnterprise: Command {
    public var input: EnterpriseInput
    public var requiredRole: Role { .clerk }

    public init(_ input: EnterpriseInput) { self.input = input }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let id = p.newId("ent")
        let e = input.validated(id: id, catalog: p.catalog, checks: &checks)
        // Checked whatever else is wrong with the form: every error at once, this one too.
        if let code = try? USCC.validate(input.uscc), let existing = p.state.enterprise(uscc: code) {
            checks.fail("uscc", zh: "该代码已登记：\(existing.name)", en: "already registered: \(existing.name)")
        }
        try checks.finish()
        p.emit(EventKind.enterpriseRegistered, id, record: e!)
    }
}

/// 编辑企业: changes the fields given; refuses if someone else changed the record since `basedOn`.
public struct EditEnterprise: Command {
    public var id: String
    public var input: EnterpriseInput
    public var basedOn: Int?
    public var requiredRole: Role { .operator }

    public init(id: String, input: EnterpriseInput, basedOn: Int?) {
        self.id = id
        self.input = input
        self.basedOn = basedOn
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        guard let old = checks.enterprise(id, in: p.state, field: "enterprise") else {
            try checks.finish(); return
        }
        try p.checkVersion(old.id, basedOn: basedOn)
        let new = input.validated(id: old.id, catalog: p.catalog, checks: &checks)
        // As for a new one: the duplicate is named with the form's other errors.
        if let code = try? USCC.validate(input.uscc), code != old.uscc, let other = p.state.enterprise(uscc: code) {
            checks.fail("uscc", zh: "该代码已登记：\(other.name)", en: "already registered: \(other.name)")
        }
        try checks.finish()
        guard let form = new else { return }
        // Only what the form carries changes; qualifications, support and status stay.
        var updated = old
        updated.name = form.name
        updated.uscc = form.uscc
        updated.industry = form.industry
        updated.place = form.place
        updated.tier = form.tier
        updated.address = form.address
        updated.area = form.area
        updated.headcount = form.headcount
        updated.settled = form.settled
        updated.contact = form.contact
        updated.phone = form.phone
        let enc = JSONValueEncoder()
        guard case .object(let a) = try! enc.encode(old), case .object(let b) = try! enc.encode(updated) else { return }
        var changes: [String: JSONValue] = [:]
        for key in Set(a.keys).union(b.keys) where a[key] != b[key] {
            changes[key] = b[key] ?? .null
        }
        if changes.isEmpty {
            throw CommandRejected(field: "record", zh: "没有改动", en: "nothing changed")
        }
        p.emitChanges(EventKind.enterpriseUpdated, old.id, changes)
    }
}

/// 迁移楼宇: a new building (and so tier) inside the district.
public struct MoveEnterprise: Command {
    public var id: String
    public var place: String
    public var address: String
    /// The day it moved (empty: today). The headline target counts the enterprise in the
    /// tier it was in on each day, so the date matters.
    public var date: String
    public var requiredRole: Role { .operator }

    public init(id: String, place: String, address: String, date: String = "") {
        self.id = id
        self.place = place
        self.address = address
        self.date = date
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let e = checks.enterprise(id, in: p.state, field: "enterprise")
        if place.trimmingCharacters(in: .whitespaces).isEmpty { checks.fail("place", zh: "必填", en: "required") }
        let newPlace = checks.place(place, in: p.catalog)
        let addr = checks.optionalText(address, field: "address", maxLength: 100)
        if let e, e.status == .movedOut { checks.fail("enterprise", zh: "企业已迁出", en: "has moved out") }
        let day = checks.date(date, field: "date", required: false) ?? p.today
        if day > p.today { checks.fail("date", zh: "迁移日期不能晚于今天", en: "the move is dated after today") }
        if let e, let settled = e.settled, day < settled {
            checks.fail("date", zh: "迁移日期早于入驻日期 \(settled)", en: "the move is dated before the enterprise settled (\(settled))")
        }
        if let e, let last = e.moves?.last, day < last.date {
            checks.fail("date", zh: "早于上一次迁移 \(last.date)", en: "before its last move (\(last.date))")
        }
        try checks.finish()
        guard let newPlace else { return }
        p.emit(EventKind.enterpriseMoved, e!.id, .object([
            "changes": .object(JSONObject([
                "place": .string(newPlace.id), "tier": .string(newPlace.tier),
                "address": addr.map(JSONValue.string) ?? .null,
            ])),
            "date": .string(day.description),
        ]))
    }
}

/// 标记迁出: the enterprise leaves the district. Nothing is deleted.
public struct MarkEnterpriseMovedOut: Command {
    public var id: String
    public var date: String
    public var reason: String
    public var requiredRole: Role { .operator }

    public init(id: String, date: String, reason: String) {
        self.id = id
        self.date = date
        self.reason = reason
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let e = checks.enterprise(id, in: p.state, field: "enterprise")
        let day = checks.date(date, field: "date", required: true)
        let why = checks.required(reason, field: "reason")
        if let e, e.status == .movedOut { checks.fail("enterprise", zh: "已是迁出状态", en: "already moved out") }
        try checks.finish()
        p.emitChanges(EventKind.enterpriseMovedOut, e!.id, [
            "status": .string(EnterpriseStatus.movedOut.rawValue),
            "movedOutOn": .string(day!.description), "movedOutReason": .string(why!),
        ])
    }
}

/// 授予资质: a qualification with its grant date and expiry.
public struct GrantQualification: Command {
    public var enterprise: String
    public var qualification: String
    public var granted: String
    public var expires: String
    public var requiredRole: Role { .operator }

    public init(enterprise: String, qualification: String, granted: String, expires: String) {
        self.enterprise = enterprise
        self.qualification = qualification
        self.granted = granted
        self.expires = expires
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let e = checks.enterprise(enterprise, in: p.state, field: "enterprise")
        let q = checks.qualification(qualification, in: p.catalog)
        let g = checks.date(granted, field: "granted", required: true)
        let x = checks.date(expires, field: "expires", required: false)
        if let g, let x, x < g { checks.fail("expires", zh: "到期日早于授予日", en: "expiry is before the grant date") }
        if let g, g > p.today { checks.fail("granted", zh: "授予日不能晚于今天", en: "grant date is in the future") }
        if let e, let q, e.holds(q.id, on: p.today) {
            checks.fail("qualification", zh: "已持有有效的\(q.badge)", en: "already holds a valid \(q.en)")
        }
        try checks.finish()
        p.emit(EventKind.qualificationGranted, e!.id, record: QualificationHolding(type: q!.id, granted: g!, expires: x))
    }
}

/// 撤销资质.
public struct RevokeQualification: Command {
    public var enterprise: String
    public var qualification: String
    public var date: String
    public var reason: String
    public var requiredRole: Role { .operator }

    public init(enterprise: String, qualification: String, date: String, reason: String) {
        self.enterprise = enterprise
        self.qualification = qualification
        self.date = date
        self.reason = reason
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let e = checks.enterprise(enterprise, in: p.state, field: "enterprise")
        let q = checks.qualification(qualification, in: p.catalog)
        let d = checks.date(date, field: "date", required: true)
        let why = checks.required(reason, field: "reason")
        if let e, let q {
            // The holding a revoke ends (the last unrevoked one, as replay picks it).
            if let held = e.qualifications.last(where: { $0.type == q.id && $0.revoked == nil }) {
                if let d, d < held.granted {
                    checks.fail("date", zh: "撤销日期早于认定日期 \(held.granted)", en: "before the grant date \(held.granted)")
                }
            } else {
                checks.fail("qualification", zh: "该企业没有\(q.badge)资质", en: "holds no \(q.en)")
            }
        }
        try checks.finish()
        p.emit(EventKind.qualificationRevoked, e!.id,
               .object(["type": .string(q!.id), "date": .string(d!.description), "reason": .string(why!)]))
    }
}

/// 记录扶持: support under one of the 15 measures.
public struct RecordSupport: Command {
    public var enterprise: String
    public var measure: String
    public var amount: String
    public var kind: String
    public var date: String
    public var note: String
    public var ticket: String?
    public var requiredRole: Role { .operator }

    public init(enterprise: String, measure: String, amount: String, kind: String = "", date: String, note: String = "", ticket: String? = nil) {
        self.enterprise = enterprise
        self.measure = measure
        self.amount = amount
        self.kind = kind
        self.date = date
        self.note = note
        self.ticket = ticket
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let e = checks.enterprise(enterprise, in: p.state, field: "enterprise")
        let m = checks.measure(measure, in: p.catalog)
        let money = checks.optional(amount) { t throws(FieldError) in try Money.parse(t, field: "amount") }
        let inKind = checks.optionalText(kind, field: "kind", maxLength: 100)
        if money == nil && inKind == nil && !checks.errors.contains(where: { $0.field == "amount" }) {
            checks.fail("amount", zh: "金额或扶持方式至少填一项", en: "give an amount or a kind of support")
        }
        let d = checks.date(date, field: "date", required: true)
        let n = checks.optionalText(note, field: "note")
        if let e, e.status == .movedOut { checks.fail("enterprise", zh: "企业已迁出", en: "has moved out") }
        if let e, let ticket {
            // Support from a ticket: that enterprise's ticket, recorded once (replay checks the same).
            if p.state.tickets[ticket]?.enterprise != e.id {
                checks.fail("ticket", zh: "工单“\(ticket)”不属于该企业", en: "ticket “\(ticket)” is not this enterprise's")
            } else if e.support.contains(where: { $0.ticket == ticket }) {
                checks.fail("ticket", zh: "该工单已记录扶持", en: "this ticket's support is already recorded")
            }
        }
        try checks.finish()
        p.emit(EventKind.supportGranted, e!.id,
               record: SupportGrant(measure: m!.code, amount: money, kind: inKind, date: d!, note: n, ticket: ticket))
    }
}

/// 录入全区统计: dated district-wide counts, the denominator of the headline target.
public struct RecordDistrictStatistic: Command {
    public var date: String
    public var srdiCount: String
    public var highTechCount: String
    public var note: String
    /// 全区两项资质企业数（每家一次）: optional; the plan's denominator when given.
    public var enterpriseCount: String
    /// 展示区官方企业数: optional; the official zone figure (used for the end-2023 baseline).
    public var zoneCount: String
    public var requiredRole: Role { .operator }

    public init(date: String, srdiCount: String, highTechCount: String, note: String = "", enterpriseCount: String = "", zoneCount: String = "") {
        self.date = date
        self.srdiCount = srdiCount
        self.highTechCount = highTechCount
        self.note = note
        self.enterpriseCount = enterpriseCount
        self.zoneCount = zoneCount
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let d = checks.date(date, field: "date", required: true)
        let s = checks.check { () throws(FieldError) -> Int in try Count.parse(srdiCount, field: "srdiCount") }
        let h = checks.check { () throws(FieldError) -> Int in try Count.parse(highTechCount, field: "highTechCount") }
        let n = checks.optionalText(note, field: "note")
        let ec = checks.optional(enterpriseCount) { t throws(FieldError) in try Count.parse(t, field: "enterpriseCount") }
        let zc = checks.optional(zoneCount) { t throws(FieldError) in try Count.parse(t, field: "zoneCount") }
        if let d, d > p.today { checks.fail("date", zh: "统计日期不能晚于今天", en: "date is in the future") }
        if let s, let h, s + h == 0 { checks.fail("srdiCount", zh: "全区总数不能为 0", en: "district totals cannot both be 0") }
        if let d, let s, let h {
            checks.add(StatisticRules.problems(DistrictStatistic(id: "", date: d, srdiCount: s, highTechCount: h, enterpriseCount: ec, zoneCount: zc),
                                               in: p.state))
        }
        try checks.finish()
        let id = "stat-\(d!.description)"
        p.emit(EventKind.statisticRecorded, id,
               record: DistrictStatistic(id: id, date: d!, srdiCount: s!, highTechCount: h!, note: n, enterpriseCount: ec, zoneCount: zc))
    }
}
