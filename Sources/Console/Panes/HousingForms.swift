import SiliconAlleyCore
import TerminalUI

/// The housing pane's forms. Field ids are the commands' field names, so each refusal goes
/// beside its field; refusals about the selected unit or lease (not on the form) go to the
/// status line with their label. Nothing is written until every field passes.
enum HousingForms {
    /// The same day a year on (28 February for a 29 February).
    static func yearLater(_ d: LocalDate) -> LocalDate {
        LocalDate(year: d.year + 1, month: d.month, day: d.day) ?? LocalDate(year: d.year + 1, month: d.month, day: d.day - 1) ?? d.adding(days: 365)
    }

    static func date(_ v: [String: FieldValue], _ key: String) -> LocalDate? {
        LocalDate(v.text(key).trimmingCharacters(in: .whitespaces))
    }

    /// Talents found by name (or its pinyin), record id, employer or the last four
    /// characters of the ID number, each shown masked with where they stand now: those
    /// neither waiting nor housed first, then the waiting list, then tenants.
    static func talentFinder(_ ctx: ShellContext) -> @Sendable (String) -> [ReferenceCandidate] {
        struct Row: Sendable { var candidate: ReferenceCandidate; var match: NameMatch; var rank: Int }
        let s = ctx.store.state
        let l = ctx.language
        let index = HousingIndex(s)
        let places = Dictionary(WaitingList.ordered(s).enumerated().map { ($1.talent, $0 + 1) }, uniquingKeysWith: { a, _ in a })
        let rows: [Row] = s.talents.values.sorted { NameCollation.less($0.name, $1.name) }.map { t in
            let summary = TalentSummary(t, in: s)
            var now = ""
            var rank = 0
            if let lease = index.activeByTalent[t.id], let a = s.apartments[lease.apartment] {
                now = HousingPresenter.leaseShort(lease.status, l) + " " + a.unit
                rank = 2
            } else if let p = places[t.id] {
                now = l.t("轮候第 \(p) 位", "waiting, place \(p)")
                rank = 1
            }
            return Row(candidate: ReferenceCandidate(id: t.id, columns: [summary.name, summary.maskedIDNumber, now]),
                       match: NameMatch([summary.name, t.id, summary.employerName ?? "", String(summary.maskedIDNumber.suffix(4))]), rank: rank)
        }
        return { query in
            let q = query.trimmingCharacters(in: .whitespaces)
            guard !q.isEmpty else { return [] }
            let found = rows.filter { $0.match.matches(q) }
            return Array((found.filter { $0.rank == 0 } + found.filter { $0.rank == 1 } + found.filter { $0.rank == 2 }).prefix(6).map(\.candidate))
        }
    }

    // MARK: Units

    static func addUnit(building: String?, _ ctx: ShellContext, onSaved: @escaping (ShellContext, String) -> Void) -> FormSession {
        var form = Form(title: ctx.t("新增公寓", "Add a unit"), fields: [
            FormField(id: "building", label: ctx.t("楼栋", "Building"), required: true),
            FormField(id: "unit", label: ctx.t("房号", "Unit no."), required: true),
            FormField(id: "floor", label: ctx.t("楼层", "Floor"), required: true),
            FormField(id: "position", label: ctx.t("位置（第几列）", "Place on floor"), kind: .integer),
            FormField(id: "layout", label: ctx.t("户型", "Layout"), required: true),
            FormField(id: "area", label: ctx.t("面积 (m²)", "Area (m²)"), kind: .area, required: true),
            FormField(id: "rent", label: ctx.t("月租 (元)", "Monthly rent (yuan)"), kind: .money, required: true),
        ])
        form.set(field: "building", to: .text(building ?? ""))
        form.setNote(field: "floor", note: ctx.t("如 5、5F、B1", "e.g. 5, 5F, B1"))
        form.setNote(field: "position", note: ctx.t("留空：该层下一位", "blank: the next free place"))
        return FormSession(form: form, action: .command { v in
            AddApartment(building: v.text("building"), unit: v.text("unit"), floor: v.text("floor"), position: v.text("position"),
                         layout: v.text("layout"), area: v.text("area"), rent: v.text("rent"))
        }, saved: { ctx, lines in
            let a = lines.first.flatMap { ctx.store.state.apartments[$0.entity] }
            return ctx.t("已新增公寓 ", "unit added: ") + (a.map(HousingPresenter.label) ?? "")
        }, afterSave: { ctx, lines in
            if let id = lines.first?.entity { onSaved(ctx, id) }
            return .none
        }, footer: { v, ctx in
            let s = ctx.store.state
            let b = v.text("building").trimmingCharacters(in: .whitespaces)
            guard !b.isEmpty else { return [] }
            let units = s.apartments.values.filter { !$0.retired && $0.building == b }
            guard !units.isEmpty else { return [ctx.t("新楼栋：保存后出现在入住图中", "A new building: it joins the grid once saved")] }
            var line = ctx.t("该楼现有 \(units.count) 套", "The building has \(units.count) units")
            if let f = try? FloorNumber.parse(v.text("floor")) {
                let onFloor = units.filter { $0.floor == f }.compactMap(\.position)
                line += ctx.t("；\(FloorNumber.label(f)) 已有 \(onFloor.count) 套，位置留空即第 \((onFloor.max() ?? 0) + 1) 位",
                              "; \(FloorNumber.label(f)) has \(onFloor.count), a blank place means place \((onFloor.max() ?? 0) + 1)")
            }
            return [line]
        })
    }

    static func setStatus(_ u: UnitSummary, _ ctx: ShellContext) -> FormSession {
        let l = ctx.language
        let a = u.apartment
        var form = Form(title: ctx.t("公寓状态 · ", "Unit status · ") + HousingPresenter.label(a), fields: [
            FormField(id: "status", label: ctx.t("设为", "Set to"), kind: .choice([
                Choice(ApartmentStatus.maintenance.rawValue, ApartmentStatus.maintenance.text(l)),
                Choice(ApartmentStatus.reserved.rawValue, ApartmentStatus.reserved.text(l)),
                Choice(ApartmentStatus.vacant.rawValue, ctx.t("空置（结束维修或预留）", "vacant (hold ends)")),
            ]), required: true),
            FormField(id: "note", label: ctx.t("说明", "Note")),
        ])
        form.set(field: "status", to: .choice((a.hold == nil ? ApartmentStatus.maintenance : .vacant).rawValue))
        form.setNote(field: "note", note: ctx.t("维修内容，或为谁、为何预留", "what is repaired, or for whom it is kept"))
        let id = a.id
        return FormSession(form: form, action: .command { v in
            SetApartmentStatus(apartment: id, status: ApartmentStatus(rawValue: v.text("status")) ?? .maintenance, note: v.text("note"))
        }, saved: { ctx, _ in
            let now = ctx.store.state.apartments[id].map { HousingIndex(ctx.store.state).status(of: $0) }
            return ctx.t("已设为", "now ") + (now?.text(ctx.language) ?? "")
        })
    }

    static func retire(_ u: UnitSummary, _ ctx: ShellContext) -> FormSession {
        let label = HousingPresenter.label(u.apartment)
        let form = Form(title: ctx.t("停用公寓 · ", "Retire a unit · ") + label, fields: [
            FormField(id: "reason", label: ctx.t("停用原因", "Reason"), required: true),
        ])
        let id = u.apartment.id
        var session = FormSession(form: form, action: .command { v in RetireApartment(apartment: id, reason: v.text("reason")) },
                                  saved: { ctx, _ in ctx.t("已停用 ", "retired: ") + label + ctx.t("（记录保留）", " (kept on record)") },
                                  confirm: { _, ctx in
                                      ctx.t("停用 \(label)？停用后它不再出现在入住图和列表中，记录和历史保留，不能恢复。",
                                            "Retire \(label)? It leaves the grid and the lists for good; its record and history stay.")
                                  })
        session.confirmTitle = Phrase("确认停用", "Retire?")
        session.confirmYes = Phrase("停用", "Retire")
        return session
    }

    // MARK: Talents and the waiting list

    /// The ID number and the mobile are checked as they are typed, once complete.
    static func talentLiveCheck(_ v: [String: FieldValue], _ ctx: ShellContext) -> [String: String] {
        var out: [String: String] = [:]
        let id = v.text("idNumber").trimmingCharacters(in: .whitespaces)
        if id.count >= 18 {
            do {
                let normal = try ResidentID.validate(id, field: "idNumber", today: ctx.today)
                if let other = ctx.store.state.talents.values.first(where: { $0.idNumber == normal }) {
                    out["idNumber"] = ctx.t("该证件号已登记：", "already registered: ") + other.name
                }
            } catch {
                out["idNumber"] = error.text(ctx.language)
            }
        }
        let phone = v.text("phone").trimmingCharacters(in: .whitespaces)
        if phone.count >= 11 {
            do { _ = try Mobile.validate(phone, field: "phone") } catch { out["phone"] = error.text(ctx.language) }
        }
        return out
    }

    static func register(_ ctx: ShellContext) -> FormSession {
        var form = Form(title: ctx.t("登记人才", "Register a talent"), fields: [
            FormField(id: "name", label: ctx.t("姓名", "Name"), required: true),
            FormField(id: "idNumber", label: ctx.t("身份证号", "Resident ID"), required: true),
            FormField(id: "phone", label: ctx.t("手机", "Mobile"), required: true),
            FormField(id: "employer", label: ctx.t("工作单位", "Employer"), kind: .reference(TicketForms.applicantFinder(ctx)), required: true),
            FormField(id: "category", label: ctx.t("人才类别", "Category"), required: true),
        ])
        form.setNote(field: "employer", note: ctx.t("输入企业名称、拼音首字母或信用代码", "type the name, its pinyin initials or the USCC"))
        return FormSession(form: form, action: .command { v in
            RegisterTalent(name: v.text("name"), idNumber: v.text("idNumber"), phone: v.text("phone"),
                           employer: v.text("employer"), category: v.text("category"))
        }, saved: { ctx, lines in
            let name = lines.first.flatMap { ctx.store.state.talents[$0.entity]?.name } ?? ""
            return ctx.t("已登记 \(name)：现在可申请轮候（Esc 跳过）", "\(name) registered: apply for the waiting list now (Esc skips)")
        }, afterSave: { ctx, lines in
            // Registering is usually for the waiting list: the application form follows.
            guard let t = lines.first.flatMap({ ctx.store.state.talents[$0.entity] }) else { return .none }
            return .openForm(apply(talent: TalentSummary(t, in: ctx.store.state), ctx))
        }, liveCheck: talentLiveCheck)
    }

    static func apply(talent: TalentSummary?, _ ctx: ShellContext) -> FormSession {
        let l = ctx.language
        let priorities = HousingApplication.priorities.map { p -> Choice in
            let word = p == HousingApplication.priorities.lowerBound ? l.t("（最先）", " (first)")
                : (p == HousingApplication.priorities.upperBound ? l.t("（最后）", " (last)") : "")
            return Choice(String(p), String(p) + word)
        }
        var form = Form(title: ctx.t("申请轮候", "Apply for the waiting list"), fields: [
            FormField(id: "talent", label: ctx.t("人才", "Talent"), kind: .reference(talentFinder(ctx)), required: true),
            FormField(id: "priority", label: ctx.t("优先级", "Priority"), kind: .choice(priorities), required: true),
            FormField(id: "appliedOn", label: ctx.t("申请日期", "Applied on"), kind: .date),
            FormField(id: "note", label: ctx.t("备注", "Note")),
        ])
        if let t = talent { form.set(field: "talent", to: .reference(id: t.id), label: t.name) }
        form.set(field: "priority", to: .choice(String(HousingApplication.defaultPriority)))
        form.set(field: "appliedOn", to: .text(ctx.today.description))
        form.matcher = ChoiceMatcher.matches
        return FormSession(form: form, action: .command { v in
            ApplyForHousing(talent: v.text("talent"), priority: v.text("priority"), appliedOn: v.text("appliedOn"), note: v.text("note"))
        }, saved: { ctx, lines in
            let s = ctx.store.state
            guard let id = lines.first?.entity, let app = s.applications[id] else { return "" }
            let place = (WaitingList.ordered(s).firstIndex { $0.id == id } ?? 0) + 1
            let name = s.talents[app.talent]?.name ?? ""
            return ctx.t("\(name) 已加入轮候，第 \(place) 位", "\(name) is on the waiting list, place \(place)")
        }, footer: { v, ctx in
            var lines = [ctx.t("1 最先；同一优先级按申请日期，再按登记先后", "1 comes first; then by the date applied, then by entry")]
            if let p = Int(v.text("priority")) {
                let on = date(v, "appliedOn") ?? ctx.today
                let ahead = WaitingList.ordered(ctx.store.state).filter { $0.effectivePriority < p || ($0.effectivePriority == p && $0.appliedOn <= on) }.count
                lines.append(ctx.t("将排在第 \(ahead + 1) 位（现有 \(WaitingList.ordered(ctx.store.state).count) 人轮候）",
                                   "It will be place \(ahead + 1) (\(WaitingList.ordered(ctx.store.state).count) waiting now)"))
            }
            return lines
        })
    }

    static func withdraw(_ e: WaitingList.Entry, _ ctx: ShellContext) -> FormSession {
        let form = Form(title: ctx.t("撤回轮候申请 · ", "Withdraw an application · ") + e.talent.name, fields: [
            FormField(id: "reason", label: ctx.t("撤回原因", "Reason"), required: true),
        ])
        let id = e.application.id
        let name = e.talent.name
        return FormSession(form: form, action: .command { v in WithdrawApplication(application: id, reason: v.text("reason")) },
                           saved: { ctx, _ in ctx.t("已撤回 \(name) 的申请（记录保留）", "\(name)'s application withdrawn (kept on record)") })
    }

    // MARK: Leases

    static func termFields(_ ctx: ShellContext) -> [FormField] {
        [FormField(id: "start", label: ctx.t("开始日期", "Starts"), kind: .date, required: true),
         FormField(id: "end", label: ctx.t("结束日期", "Ends"), kind: .date, required: true),
         FormField(id: "rent", label: ctx.t("月租 (元)", "Monthly rent (yuan)"), kind: .money)]
    }

    static func prefillTerm(_ form: inout Form, _ ctx: ShellContext) {
        form.set(field: "start", to: .text(ctx.today.description))
        form.set(field: "end", to: .text(yearLater(ctx.today).description))
    }

    /// What a blank rent means (a money field's note shows how the typed amount reads).
    static func blankRent(_ v: [String: FieldValue], _ rent: Money, _ ctx: ShellContext) -> [String] {
        guard v.text("rent").trimmingCharacters(in: .whitespaces).isEmpty else { return [] }
        return [ctx.t("月租留空：按公寓月租 ", "Rent left blank: the unit's ") + HousingPresenter.monthly(rent, ctx.language)]
    }

    /// Who an allocation of `unit` for the typed term would go to, as the footer and the
    /// question before saving say it.
    static func firstEligible(_ unit: String, _ v: [String: FieldValue], _ ctx: ShellContext) -> (place: Int, entry: WaitingList.Entry)? {
        guard let s = date(v, "start"), let e = date(v, "end"), s < e,
              let app = WaitingList.firstEligible(apartment: unit, start: s, end: e, in: ctx.store.state) else { return nil }
        let entries = WaitingList.entries(ctx.store.state, on: ctx.today)
        guard let entry = entries.first(where: { $0.application.id == app.id }) else { return nil }
        return (entry.place, entry)
    }

    static func describe(_ e: WaitingList.Entry, _ ctx: ShellContext) -> String {
        ctx.t("轮候第 \(e.place) 位 ", "place \(e.place) on the waiting list, ") + HousingPresenter.person(e.talent)
            + ctx.t("（优先级 \(e.application.effectivePriority)，\(e.application.appliedOn) 申请）",
                    " (priority \(e.application.effectivePriority), applied \(e.application.appliedOn))")
    }

    static func allocate(_ u: UnitSummary, _ ctx: ShellContext) -> FormSession {
        let label = HousingPresenter.label(u.apartment)
        var form = Form(title: ctx.t("分配公寓 · ", "Allocate · ") + label, fields: termFields(ctx))
        prefillTerm(&form, ctx)
        let id = u.apartment.id
        var session = FormSession(form: form, action: .command { v in
            AllocateApartment(apartment: id, start: v.text("start"), end: v.text("end"), rent: v.text("rent"))
        }, saved: { ctx, lines in
            let s = ctx.store.state
            let name = lines.last.flatMap { s.leases[$0.entity] }.flatMap { s.talents[$0.talent]?.name } ?? ""
            return ctx.t("已分配 \(label) 给 \(name)（待入住，入住时按 i）", "\(label) allocated to \(name) (moving in: i checks in)")
        }, footer: { v, ctx in
            let rent = blankRent(v, u.apartment.rent, ctx)
            guard let first = firstEligible(id, v, ctx) else {
                guard let start = date(v, "start"), let end = date(v, "end") else {
                    return rent + [ctx.t("填好开始和结束日期后显示分配给谁", "Who it goes to shows once both dates are filled in")]
                }
                if end <= start { return rent + [ctx.t("结束日须晚于开始日", "The end must be after the start")] }
                return rent + [ctx.t("轮候名单中没有可分配的人（都已有租约或租期冲突）", "Nobody on the waiting list can take it (all housed or with a clashing lease)")]
            }
            let e = first.entry
            return rent + [ctx.t("分配给：轮候第 \(e.place) 位 ", "Goes to: place \(e.place) on the waiting list, ") + e.talent.name,
                           "        " + e.talent.maskedIDNumber + " " + e.talent.maskedPhone
                               + ctx.t(" · 优先级 \(e.application.effectivePriority) · \(e.application.appliedOn) 申请",
                                       " · priority \(e.application.effectivePriority) · applied \(e.application.appliedOn)"),
                           ctx.t("F10 后先确认，再写入", "F10 asks before anything is written")]
        }, confirm: { v, ctx in
            guard let first = firstEligible(id, v, ctx) else { return nil }
            return ctx.t("把 \(label) 分配给", "Allocate \(label) to ") + describe(first.entry, ctx)
                + ctx.t("？写入后为待入住。", "? The lease then awaits check-in.")
        })
        session.confirmTitle = Phrase("确认分配", "Allocate?")
        session.confirmYes = Phrase("分配", "Allocate")
        return session
    }

    static func sign(_ u: UnitSummary, _ ctx: ShellContext) -> FormSession {
        let label = HousingPresenter.label(u.apartment)
        var form = Form(title: ctx.t("签约 · ", "Sign a lease · ") + label,
                        fields: [FormField(id: "talent", label: ctx.t("人才", "Talent"), kind: .reference(talentFinder(ctx)), required: true)]
                            + termFields(ctx))
        prefillTerm(&form, ctx)
        form.setNote(field: "talent", note: ctx.t("输入姓名、拼音首字母或证件号后四位", "type the name, its pinyin initials or the ID's last four"))
        let id = u.apartment.id
        let hold = u.apartment.hold
        return FormSession(form: form, action: .command { v in
            SignLease(apartment: id, talent: v.text("talent"), start: v.text("start"), end: v.text("end"), rent: v.text("rent"))
        }, saved: { ctx, lines in
            let s = ctx.store.state
            let name = lines.last.flatMap { s.leases[$0.entity] }.flatMap { s.talents[$0.talent]?.name } ?? ""
            return ctx.t("已签约：\(label) · \(name)（待入住）", "lease signed: \(label) · \(name) (moving in)")
        }, footer: { v, ctx in
            let rent = blankRent(v, u.apartment.rent, ctx)
            guard hold?.kind == .reserved else { return rent }
            return rent + [ctx.t("签约将解除预留", "Signing releases the reservation") + (hold?.note.map { ctx.t("（", " (") + $0 + ctx.t("）", ")") } ?? "")]
        })
    }

    static func leaseTitle(_ zh: String, _ en: String, _ lease: Lease, _ unit: Apartment, _ ctx: ShellContext) -> String {
        let who = ctx.store.state.talents[lease.talent]?.name ?? ""
        return ctx.t(zh, en) + " · " + HousingPresenter.label(unit) + " · " + who
    }

    static func checkIn(_ lease: Lease, unit: Apartment, _ ctx: ShellContext) -> FormSession {
        var form = Form(title: leaseTitle("入住", "Check in", lease, unit, ctx), fields: [
            FormField(id: "date", label: ctx.t("入住日期", "Moved in on"), kind: .date, required: true),
            FormField(id: "note", label: ctx.t("房屋状况", "Condition"), required: true),
        ])
        form.set(field: "date", to: .text(max(ctx.today, lease.start).description))
        let id = lease.id
        let label = HousingPresenter.label(unit)
        return FormSession(form: form, action: .command { v in CheckInLease(lease: id, date: v.text("date"), note: v.text("note")) },
                           saved: { ctx, _ in ctx.t("已入住：", "checked in: ") + label },
                           footer: { _, ctx in [ctx.t("租期 \(lease.start) → \(lease.end)", "Term \(lease.start) → \(lease.end)")] })
    }

    static func checkOut(_ lease: Lease, unit: Apartment, _ ctx: ShellContext) -> FormSession {
        var form = Form(title: leaseTitle("退房", "Check out", lease, unit, ctx), fields: [
            FormField(id: "date", label: ctx.t("退房日期", "Moved out on"), kind: .date, required: true),
            FormField(id: "note", label: ctx.t("房屋状况", "Condition"), required: true),
        ])
        form.set(field: "date", to: .text(ctx.today.description))
        let id = lease.id
        let label = HousingPresenter.label(unit)
        return FormSession(form: form, action: .command { v in CheckOutLease(lease: id, date: v.text("date"), note: v.text("note")) },
                           saved: { ctx, _ in ctx.t("已退房：\(label) 空出", "checked out: \(label) is free") },
                           footer: { _, ctx in
                               [ctx.t("入住 \(lease.checkIn?.description ?? "—") · 租期至 \(lease.end)", "Moved in \(lease.checkIn?.description ?? "—") · term to \(lease.end)")]
                           })
    }

    static func renew(_ lease: Lease, unit: Apartment, _ ctx: ShellContext) -> FormSession {
        var form = Form(title: leaseTitle("续签", "Renew", lease, unit, ctx), fields: [
            FormField(id: "end", label: ctx.t("新的结束日期", "New end"), kind: .date, required: true),
            FormField(id: "rent", label: ctx.t("新月租 (元)", "New monthly rent"), kind: .money),
        ])
        form.set(field: "end", to: .text(yearLater(lease.end).description))
        let current = lease.monthlyRent(apartment: unit) ?? unit.rent
        let id = lease.id
        let label = HousingPresenter.label(unit)
        return FormSession(form: form, action: .command { v in RenewLease(lease: id, end: v.text("end"), rent: v.text("rent")) },
                           saved: { ctx, _ in
                               let end = ctx.store.state.leases[id]?.end.description ?? ""
                               return ctx.t("已续签：\(label) 至 \(end)", "renewed: \(label) to \(end)")
                           },
                           footer: { v, ctx in
                               var lines = [ctx.t("现租期 \(lease.start) → \(lease.end)", "Current term \(lease.start) → \(lease.end)")]
                               if v.text("rent").trimmingCharacters(in: .whitespaces).isEmpty {
                                   lines.append(ctx.t("月租留空：不变，", "Rent left blank: unchanged, ") + HousingPresenter.monthly(current, ctx.language))
                               }
                               return lines
                           })
    }

    static func endEarly(_ lease: Lease, unit: Apartment, _ ctx: ShellContext) -> FormSession {
        let movedIn = lease.status == .occupied
        var form = Form(title: leaseTitle("提前结束租约", "End a lease early", lease, unit, ctx), fields: [
            FormField(id: "date", label: ctx.t("结束日期", "Ends on"), kind: .date, required: true),
            FormField(id: "reason", label: ctx.t("原因", "Reason"), required: true),
            FormField(id: "note", label: ctx.t("房屋状况", "Condition"), required: movedIn),
        ])
        form.set(field: "date", to: .text(ctx.today.description))
        let id = lease.id
        let label = HousingPresenter.label(unit)
        var session = FormSession(form: form, action: .command { v in
            EndLeaseEarly(lease: id, date: v.text("date"), reason: v.text("reason"), note: v.text("note"))
        }, saved: { ctx, _ in ctx.t("租约已提前结束（记录保留）：\(label) 空出", "lease ended early (kept on record): \(label) is free") },
           footer: { _, ctx in
            [ctx.t("租期 \(lease.start) → \(lease.end)", "Term \(lease.start) → \(lease.end)")
                + (movedIn ? ctx.t("；租户当天交还公寓", "; the tenant hands the unit back that day") : ctx.t("；尚未入住", "; not moved in yet"))]
        }, confirm: { v, ctx in
            ctx.t("提前结束 \(label) 的租约（\(v.text("date"))）？记录保留，不能撤销。", "End the lease of \(label) early (\(v.text("date")))? It stays on record; this cannot be undone.")
        })
        session.confirmTitle = Phrase("确认提前结束", "End early?")
        session.confirmYes = Phrase("结束租约", "End it")
        return session
    }

    // MARK: Personal data

    /// An admin's reveal of one number: the reason is required, the reveal is journaled
    /// through the one write path before the number is read, and the number is shown in an
    /// overlay of its own, which keeps it only until it is closed.
    static func reveal(_ t: TalentSummary, _ ctx: ShellContext) -> FormSession {
        let l = ctx.language
        var form = Form(title: ctx.t("查看完整号码 · ", "See a full number · ") + t.name, fields: [
            FormField(id: "number", label: ctx.t("号码", "Number"), kind: .choice(PersonalData.Kind.allCases.map { Choice($0.rawValue, l.t($0.zh, $0.en)) }), required: true),
            FormField(id: "reason", label: ctx.t("原因", "Reason"), required: true),
        ])
        form.set(field: "number", to: .choice(PersonalData.Kind.residentID.rawValue))
        let id = t.id
        let name = t.name
        return FormSession(form: form, action: .command { v in
            RevealPersonalData(record: id, number: PersonalData.Kind(rawValue: v.text("number")) ?? .residentID, reason: v.text("reason"))
        }, submitLabel: Phrase("记入日志并查看", "journal it and show"), saved: { ctx, lines in
            ctx.t("已记入日志 #\(lines.first?.seq ?? 0)", "journaled as #\(lines.first?.seq ?? 0)")
        }, afterSave: { ctx, lines in
            guard let line = lines.first, let kind = line.data["number"]?.stringValue.flatMap(PersonalData.Kind.init(rawValue:)),
                  let full = PersonalData.number(kind, of: id, in: ctx.store.state) else {
                return .refuse(ctx.t("记录没有该号码", "the record holds no such number"))
            }
            let l = ctx.language
            return .openDetail(title: ctx.t("完整号码 · ", "Full number · ") + name, lines: [
                (l.t(kind.zh, kind.en), full),
                (l.t("原因", "Reason"), line.data["reason"]?.stringValue ?? ""),
                (l.t("日志", "Journal"), "#\(line.seq) " + EventKindLabel.label(line.kind, l) + " · " + line.actor),
                ("", l.t("只在此处显示：关闭（Esc）后不再显示，也不保存。", "Shown here only: once closed (Esc) it is gone, and it is kept nowhere.")),
            ])
        }, footer: { _, ctx in
            [ctx.t("查看记入日志：谁、看了谁、原因（不记号码本身）", "The reveal is journaled: who, whose, why (not the number)"),
             ctx.t("号码只显示在下一屏，关闭即消失", "The number shows on the next screen only, until it is closed")]
        })
    }
}
