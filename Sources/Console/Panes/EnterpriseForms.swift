import SiliconAlleyCore
import TerminalUI

/// The enterprise pane's forms. Field ids are the commands' field names, so a refused
/// command's reasons land beside the right field.
enum EnterpriseForms {
    static func industries(_ c: Catalog, _ l: Language) -> [Choice] { c.industries.map { Choice($0.id, $0.text(l)) } }
    static func places(_ c: Catalog, _ l: Language) -> [Choice] { c.places.map { Choice($0.id, $0.text(l)) } }

    static func registryFields(_ ctx: ShellContext) -> [FormField] {
        let c = ctx.store.catalog
        return [
            FormField(id: "name", label: ctx.t("企业名称", "Name"), required: true),
            FormField(id: "uscc", label: ctx.t("信用代码", "USCC"), required: true),
            FormField(id: "industry", label: ctx.t("行业", "Industry"), kind: .choice(industries(c, ctx.language)), required: true),
            FormField(id: "place", label: ctx.t("楼宇", "Building"), kind: .choice(places(c, ctx.language))),
            FormField(id: "address", label: ctx.t("楼层房号", "Floor/room")),
            FormField(id: "headcount", label: ctx.t("人数", "Headcount"), kind: .integer),
            FormField(id: "area", label: ctx.t("面积 (m²)", "Area (m²)"), kind: .area),
            FormField(id: "settled", label: ctx.t("入驻日期", "Settled on"), kind: .date),
            FormField(id: "contact", label: ctx.t("联系人", "Contact")),
            FormField(id: "phone", label: ctx.t("手机", "Mobile")),
        ]
    }

    static func input(_ v: [String: FieldValue]) -> EnterpriseInput {
        EnterpriseInput(name: v.text("name"), uscc: v.text("uscc"), industry: v.text("industry"), place: v.text("place"),
                        address: v.text("address"), area: v.text("area"), headcount: v.text("headcount"),
                        settled: v.text("settled"), contact: v.text("contact"), phone: v.text("phone"))
    }

    /// The USCC is checked as it is typed, once it has its 18 characters.
    static func usccLiveCheck(_ v: [String: FieldValue], _ ctx: ShellContext) -> [String: String] {
        let code = v.text("uscc").trimmingCharacters(in: .whitespaces)
        guard code.count >= 18 else { return [:] }
        do {
            let normal = try USCC.validate(code)
            if let other = ctx.store.state.enterprise(uscc: normal) {
                return ["uscc": ctx.t("该代码已登记：", "already registered: ") + other.name]
            }
            return [:]
        } catch {
            return ["uscc": error.text(ctx.language)]
        }
    }

    /// `then`: the registry selects the new record (the next key acts on it).
    static func register(_ ctx: ShellContext, then select: @escaping (String) -> Void = { _ in }) -> FormSession {
        var form = Form(title: ctx.t("登记企业", "Register an enterprise"), fields: registryFields(ctx))
        form.matcher = ChoiceMatcher.matches
        return FormSession(form: form, action: .command { RegisterEnterprise(input($0)) },
                           saved: { ctx, lines in
                               guard let e = lines.first.flatMap({ ctx.store.state.enterprises[$0.entity] }) else { return "" }
                               select(e.id)
                               return ctx.t("已登记：", "registered: ") + e.name
                           },
                           liveCheck: usccLiveCheck, confirm: { v, ctx in sameName(v.text("name"), except: nil, ctx) })
    }

    static func edit(_ e: Enterprise, _ ctx: ShellContext) -> FormSession {
        var form = Form(title: ctx.t("编辑企业 · ", "Edit · ") + e.name, fields: registryFields(ctx))
        form.matcher = ChoiceMatcher.matches
        form.set(field: "name", to: .text(e.name))
        form.set(field: "uscc", to: .text(e.uscc))
        form.set(field: "industry", to: .choice(e.industry))
        form.set(field: "place", to: .choice(e.place))
        form.set(field: "address", to: .text(e.address ?? ""))
        form.set(field: "headcount", to: .text(e.headcount.map(String.init) ?? ""))
        form.set(field: "area", to: .text(e.area.map { Self.plain($0) } ?? ""))
        form.set(field: "settled", to: .text(e.settled?.description ?? ""))
        form.set(field: "contact", to: .text(e.contact ?? ""))
        // The mobile is personal data: the form shows it masked and keeps it unless a new one is typed.
        if let phone = e.phone { form.setNote(field: "phone", note: PersonalData.mask(phone, as: .mobile) + ctx.t("（留空不变）", " (blank keeps it)")) }
        let version = ctx.store.state.version(of: e.id)
        let id = e.id
        let kept = e.phone ?? ""
        return FormSession(form: form, action: .command { v in
            var i = input(v)
            if i.phone.trimmingCharacters(in: .whitespaces).isEmpty { i.phone = kept }
            return EditEnterprise(id: id, input: i, basedOn: version)
        },
                           saved: { ctx, _ in ctx.t("已保存", "saved") },
                           confirm: { v, ctx in sameName(v.text("name"), except: id, ctx) })
    }

    /// A second enterprise under the same name is allowed (branches, renamed firms) but
    /// rarely meant: ask first.
    static func sameName(_ name: String, except id: String?, _ ctx: ShellContext) -> String? {
        let n = name.trimmingCharacters(in: .whitespaces)
        guard let other = ctx.store.state.enterprises.values.first(where: { $0.name == n && $0.id != id }) else { return nil }
        return ctx.t("已有同名企业“\(other.name)”（\(other.uscc)，\(other.status.zh)）。仍要保存？",
                     "“\(other.name)” is already registered (\(other.uscc), \(other.status.en)). Save anyway?")
    }

    static func plain(_ a: Area) -> String {
        a.hundredths % 100 == 0 ? String(a.hundredths / 100) : String(format: "%.2f", Double(a.hundredths) / 100)
    }

    static func grantQualification(_ e: Enterprise, _ ctx: ShellContext) -> FormSession {
        let c = ctx.store.catalog
        let options = c.qualifications.map { Choice($0.id, $0.text(ctx.language)) }
        var form = Form(title: ctx.t("授予资质 · ", "Grant a qualification · ") + e.name, fields: [
            FormField(id: "qualification", label: ctx.t("资质", "Qualification"), kind: .choice(options), required: true),
            FormField(id: "granted", label: ctx.t("授予日期", "Granted on"), kind: .date, required: true),
            FormField(id: "expires", label: ctx.t("到期日期", "Expires on"), kind: .date),
        ])
        form.matcher = ChoiceMatcher.matches
        let id = e.id
        return FormSession(form: form, action: .command { v in
            GrantQualification(enterprise: id, qualification: v.text("qualification"), granted: v.text("granted"), expires: v.text("expires"))
        }, saved: { ctx, _ in ctx.t("已授予资质", "qualification granted") })
    }

    static func revokeQualification(_ e: Enterprise, _ ctx: ShellContext) -> FormSession {
        let c = ctx.store.catalog
        let held = e.qualifications.filter { $0.revoked == nil }.compactMap { c.qualification(id: $0.type) }
        var form = Form(title: ctx.t("撤销资质 · ", "Revoke a qualification · ") + e.name, fields: [
            FormField(id: "qualification", label: ctx.t("资质", "Qualification"), kind: .choice(held.map { Choice($0.id, $0.text(ctx.language)) }), required: true),
            FormField(id: "date", label: ctx.t("撤销日期", "Revoked on"), kind: .date, required: true),
            FormField(id: "reason", label: ctx.t("原因", "Reason"), required: true),
        ])
        form.set(field: "date", to: .text(ctx.today.description))
        let id = e.id
        return FormSession(form: form, action: .command { v in
            RevokeQualification(enterprise: id, qualification: v.text("qualification"), date: v.text("date"), reason: v.text("reason"))
        }, saved: { ctx, _ in ctx.t("已撤销资质", "qualification revoked") })
    }

    static func support(_ e: Enterprise, _ ctx: ShellContext) -> FormSession {
        let c = ctx.store.catalog
        let options = c.measures.map { Choice($0.code, "\($0.code) " + $0.text(ctx.language)) }
        var form = Form(title: ctx.t("记录扶持 · ", "Record support · ") + e.name, fields: [
            FormField(id: "measure", label: ctx.t("措施", "Measure"), kind: .choice(options), required: true),
            FormField(id: "amount", label: ctx.t("金额 (元)", "Amount (yuan)"), kind: .money),
            FormField(id: "kind", label: ctx.t("扶持方式", "In kind")),
            FormField(id: "date", label: ctx.t("日期", "Date"), kind: .date, required: true),
            FormField(id: "note", label: ctx.t("备注", "Note")),
        ])
        form.matcher = ChoiceMatcher.matches
        form.set(field: "date", to: .text(ctx.today.description))
        let id = e.id
        return FormSession(form: form, action: .command { v in
            RecordSupport(enterprise: id, measure: v.text("measure"), amount: v.text("amount"), kind: v.text("kind"), date: v.text("date"), note: v.text("note"))
        }, saved: { ctx, _ in ctx.t("已记录扶持", "support recorded") })
    }

    static func move(_ e: Enterprise, _ ctx: ShellContext) -> FormSession {
        var form = Form(title: ctx.t("迁移楼宇 · ", "Move building · ") + e.name, fields: [
            FormField(id: "place", label: ctx.t("新楼宇", "New building"), kind: .choice(places(ctx.store.catalog, ctx.language)), required: true),
            FormField(id: "address", label: ctx.t("楼层房号", "Floor/room")),
            FormField(id: "date", label: ctx.t("迁移日期", "Moved on"), kind: .date, required: true),
        ])
        form.matcher = ChoiceMatcher.matches
        form.set(field: "date", to: .text(ctx.today.description))
        let id = e.id
        return FormSession(form: form, action: .command { v in MoveEnterprise(id: id, place: v.text("place"), address: v.text("address"), date: v.text("date")) },
                           saved: { ctx, _ in ctx.t("已迁移", "moved") })
    }

    static func moveOut(_ e: Enterprise, _ ctx: ShellContext) -> FormSession {
        var form = Form(title: ctx.t("标记迁出 · ", "Mark as moved out · ") + e.name, fields: [
            FormField(id: "date", label: ctx.t("迁出日期", "Moved out on"), kind: .date, required: true),
            FormField(id: "reason", label: ctx.t("原因", "Reason"), required: true),
        ])
        form.set(field: "date", to: .text(ctx.today.description))
        let id = e.id
        return FormSession(form: form, action: .command { v in MarkEnterpriseMovedOut(id: id, date: v.text("date"), reason: v.text("reason")) },
                           saved: { ctx, _ in ctx.t("已标记迁出（记录保留）", "marked as moved out (the record stays)") })
    }

    static func statistic(_ ctx: ShellContext) -> FormSession {
        var form = Form(title: ctx.t("录入全区统计（发展目标分母）", "District statistic (the target's denominator)"), fields: [
            FormField(id: "date", label: ctx.t("统计日期", "As of"), kind: .date, required: true),
            FormField(id: "srdiCount", label: ctx.t("全区专精特新", "District SRDI"), kind: .integer, required: true),
            FormField(id: "highTechCount", label: ctx.t("全区国高新", "District high-tech"), kind: .integer, required: true),
            FormField(id: "enterpriseCount", label: ctx.t("全区企业数（每家一次）", "District firms (each once)"), kind: .integer),
            FormField(id: "zoneCount", label: ctx.t("展示区企业数（官方）", "Showcase firms (official)"), kind: .integer),
            FormField(id: "note", label: ctx.t("备注", "Note")),
        ])
        form.set(field: "date", to: .text(ctx.today.description))
        return FormSession(form: form, action: .command { v in
            RecordDistrictStatistic(date: v.text("date"), srdiCount: v.text("srdiCount"), highTechCount: v.text("highTechCount"), note: v.text("note"),
                                    enterpriseCount: v.text("enterpriseCount"), zoneCount: v.text("zoneCount"))
        }, saved: { ctx, _ in ctx.t("已录入统计", "statistic recorded") })
    }
}
