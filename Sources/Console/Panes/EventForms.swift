import SiliconAlleyCore
import TerminalUI

/// The events pane's forms for an event and its registrations. Field ids are the commands'
/// field names, so every refusal lands beside its field (a venue clash beside the venue,
/// naming the other event and its time).
enum EventForms {
    static func types(_ l: Language) -> [Choice] { ActivityType.allCases.map { Choice($0.rawValue, $0.label.text(l)) } }

    /// The journal's units (the catalogue's and those added), by id; short name first so a
    /// few letters find them.
    static func units(_ ctx: ShellContext) -> [Choice] {
        let en = ctx.language == .en
        return ctx.store.state.unitDirectory(ctx.store.catalog).all.map { u in
            let short = u.shortName(english: en), full = u.name(english: en)
            return Choice(u.id, short == full ? full : short + " · " + full)
        }
    }

    static func industries(_ ctx: ShellContext) -> [Choice] {
        [Choice("", ctx.t("—（不注明）", "— (none)"))] + ctx.store.catalog.industries.map { Choice($0.id, $0.text(ctx.language)) }
    }

    static func places(_ ctx: ShellContext) -> [Choice] { ctx.store.catalog.places.map { Choice($0.id, $0.text(ctx.language)) } }

    /// The plan's places matching what was typed (all of them for Space), then the typed
    /// name itself as an outside venue when it names no place.
    static func venueFinder(_ ctx: ShellContext) -> @Sendable (String) -> [ReferenceCandidate] {
        let places = ctx.store.catalog.places
        let l = ctx.language
        return { query in
            let q = query.trimmingCharacters(in: .whitespaces)
            let lower = q.lowercased()
            let ascii = lower.utf8.allSatisfy { (0x61...0x7A).contains($0) }
            let found = places.filter { p in
                q.isEmpty || p.zh.contains(q) || p.en.lowercased().contains(lower) || p.id == lower || (ascii && PinyinKey(p.zh).matches(lower))
            }.map { ReferenceCandidate(id: $0.id, columns: [$0.text(l), l.t("目录地点", "catalogue place")]) }
            // Part of a place's name: that place is meant (the command would refuse the part as a venue).
            guard !q.isEmpty, !places.contains(where: { $0.zh.contains(q) || $0.en.lowercased().contains(lower) || $0.id == lower }) else { return found }
            return found + [ReferenceCandidate(id: q, columns: [q, l.t("场外场地（按此名称）", "outside venue, as typed")])]
        }
    }

    static func fields(_ ctx: ShellContext, withType: Bool) -> [FormField] {
        let l = ctx.language
        var f: [FormField] = []
        if withType { f.append(FormField(id: "type", label: l.t("类型", "Type"), kind: .choice(types(l)), required: true)) }
        f += [
            FormField(id: "title", label: l.t("名称", "Title"), required: true),
            FormField(id: "date", label: l.t("日期", "Date"), kind: .date, required: true),
            FormField(id: "start", label: l.t("开始 (HH:MM)", "Starts (HH:MM)"), required: true),
            FormField(id: "end", label: l.t("结束", "Ends"), required: true),
            FormField(id: "venue", label: l.t("地点", "Venue"), kind: .reference(venueFinder(ctx)), required: true),
            FormField(id: "room", label: l.t("房间", "Room")),
            FormField(id: "organiser", label: l.t("主办单位", "Organiser"), kind: .choice(units(ctx)), required: true),
            FormField(id: "capacity", label: l.t("名额", "Capacity"), kind: .integer),
            FormField(id: "industry", label: l.t("产业（研讨必填）", "Industry (seminars)"), kind: .choice(industries(ctx))),
        ]
        return f
    }

    static func notes(_ form: inout Form, _ ctx: ShellContext) {
        form.setNote(field: "end", note: ctx.t("HH:MM，或跨天 YYYY-MM-DD HH:MM", "HH:MM, or YYYY-MM-DD HH:MM on a later day"))
        form.setNote(field: "venue", note: ctx.t("空格列出目录地点；场外场地直接输入名称", "Space lists the plan's places; type an outside venue's name"))
        form.setNote(field: "room", note: ctx.t("只用于目录地点", "catalogue places only"))
    }

    static func input(_ v: [String: FieldValue], type: ActivityType) -> ActivityInput {
        ActivityInput(title: v.text("title"), type: type, date: v.text("date"), start: v.text("start"), end: v.text("end"),
                      venue: v.text("venue"), room: v.text("room"), organiser: v.text("organiser"),
                      capacity: v.text("capacity"), industry: v.text("industry"))
    }

    /// Lines under the form: how long, and a clash with another booking as soon as the
    /// date, times and venue are there (the same rule the save uses).
    static func footer(_ v: [String: FieldValue], _ ctx: ShellContext, type: ActivityType?, excluding: String?) -> [String] {
        var out: [String] = []
        if let d = LocalDate(v.text("date").trimmingCharacters(in: .whitespaces)),
           let (h, m) = LocalDateTime.clock(v.text("start")), let start = LocalDateTime(date: d, hour: h, minute: m) {
            let e = v.text("end").trimmingCharacters(in: .whitespaces)
            let end = e.count > 5 ? LocalDateTime(e) : LocalDateTime.clock(e).flatMap { LocalDateTime(date: d, hour: $0.0, minute: $0.1) }
            if let end, end > start {
                let minutes = start.minutes(until: end)
                out.append(EventWords.weekday(d).text(ctx.language) + "  " + ctx.t("时长 ", "lasts ")
                           + (minutes >= 60 ? ctx.t("\(minutes / 60) 小时", "\(minutes / 60) h") : "")
                           + (minutes % 60 > 0 ? ctx.t(" \(minutes % 60) 分", " \(minutes % 60) min") : ""))
                let venue = v.text("venue")
                if !venue.isEmpty, let place = try? Venue.resolve(venue, room: v.text("room"), catalog: ctx.store.catalog),
                   let other = ActivityRules.clash(in: ctx.store.state, venue: place, start: start, end: end, excluding: excluding) {
                    out.append("⚠ " + ActivityRules.clashError(other, catalog: ctx.store.catalog).text(ctx.language))
                }
            }
        }
        if (type ?? ActivityType(rawValue: v.text("type"))) == .seminar && v.text("industry").isEmpty {
            out.append(ctx.t("研讨活动须注明产业", "a seminar needs an industry"))
        }
        return out
    }

    static func create(_ ctx: ShellContext, on date: LocalDate, then select: @escaping (String) -> Void) -> FormSession {
        var form = Form(title: ctx.t("新建活动", "New event"), fields: fields(ctx, withType: true))
        form.matcher = ChoiceMatcher.matches
        form.set(field: "date", to: .text(date.description))
        notes(&form, ctx)
        return FormSession(form: form, action: .command { v in
            CreateActivity(input(v, type: ActivityType(rawValue: v.text("type")) ?? .meeting))
        }, saved: { ctx, lines in
            guard let a = lines.first.flatMap({ ctx.store.state.activities[$0.entity] }) else { return "" }
            select(a.id)
            return ctx.t("已新建：", "created: ") + a.title + " · " + a.whenText
        }, footer: { v, ctx in footer(v, ctx, type: nil, excluding: nil) })
    }

    static func edit(_ a: Activity, _ ctx: ShellContext) -> FormSession {
        let c = ctx.store.catalog
        var form = Form(title: ctx.t("编辑活动 · ", "Edit event · ") + a.title + " (" + a.type.label.text(ctx.language) + ")",
                        fields: fields(ctx, withType: false))
        form.matcher = ChoiceMatcher.matches
        let i = ActivityInput(a, catalog: c)
        form.set(field: "title", to: .text(i.title))
        form.set(field: "date", to: .text(i.date))
        form.set(field: "start", to: .text(i.start))
        form.set(field: "end", to: .text(i.end))
        switch a.venue {
        case let .place(id, _):
            form.set(field: "venue", to: .reference(id: id), label: c.place(id: id)?.text(ctx.language) ?? id)
        case let .outside(name):
            form.set(field: "venue", to: .reference(id: name), label: name)
        }
        form.set(field: "room", to: .text(i.room))
        form.set(field: "organiser", to: .choice(EventUnit.resolve(a.organiser, state: ctx.store.state, catalog: c)?.id ?? a.organiser))
        form.set(field: "capacity", to: .text(i.capacity))
        form.set(field: "industry", to: .choice(a.industry ?? ""))
        notes(&form, ctx)
        let version = ctx.store.state.version(of: a.id)
        let (id, type) = (a.id, a.type)
        return FormSession(form: form, action: .command { v in
            EditActivity(activity: id, input: input(v, type: type), basedOn: version)
        }, saved: { ctx, lines in
            lines.count > 1 ? ctx.t("已保存；候补 \(lines.count - 1) 位递补", "saved; \(lines.count - 1) moved up from the waiting list") : ctx.t("已保存", "saved")
        }, footer: { v, ctx in footer(v, ctx, type: type, excluding: id) })
    }

    /// 已举办, with what came of it.
    static func held(_ a: Activity, _ ctx: ShellContext) -> FormSession {
        let form = Form(title: ctx.t("标记已举办 · ", "Mark as held · ") + a.title, fields: [
            FormField(id: "note", label: ctx.t("成果（可不填）", "Outcome (optional)")),
        ])
        let id = a.id
        return FormSession(form: form, action: .command { v in SetActivityStatus(activity: id, status: .held, note: v.text("note")) },
                           saved: { ctx, _ in ctx.t("已标记为已举办", "marked as held") })
    }

    /// 取消活动: the reason is required; the venue's slot is freed.
    static func cancel(_ a: Activity, _ ctx: ShellContext) -> FormSession {
        let form = Form(title: ctx.t("取消活动 · ", "Cancel the event · ") + a.title + " · " + a.whenText, fields: [
            FormField(id: "note", label: ctx.t("取消原因", "Reason"), required: true),
        ])
        let id = a.id
        return FormSession(form: form, action: .command { v in SetActivityStatus(activity: id, status: .cancelled, note: v.text("note")) },
                           saved: { ctx, _ in ctx.t("活动已取消，场地已释放", "event cancelled; the venue is free again") })
    }

    /// 报名: an enterprise from the registry (name, USCC or pinyin), a person, or both.
    static func register(_ s: EventSummary, _ ctx: ShellContext) -> FormSession {
        let l = ctx.language
        var form = Form(title: ctx.t("报名 · ", "Register · ") + s.title + " · " + s.activity.whenText, fields: [
            FormField(id: "enterprise", label: l.t("企业", "Enterprise"), kind: .reference(TicketForms.applicantFinder(ctx))),
            FormField(id: "person", label: l.t("或个人姓名", "or a person")),
            FormField(id: "phone", label: l.t("手机", "Mobile")),
        ])
        form.setNote(field: "enterprise", note: l.t("输入名称、信用代码或拼音", "type a name, USCC or pinyin"))
        let id = s.id
        let (cap, confirmed, waiting) = (s.activity.capacity, s.confirmed, s.waiting)
        return FormSession(form: form, action: .command { v in
            RegisterForActivity(activity: id, enterprise: v.text("enterprise"), person: v.text("person"), phone: v.text("phone"))
        }, saved: { ctx, lines in
            guard let r = lines.first.flatMap({ ctx.store.state.registrations[$0.entity] }) else { return "" }
            let who = [r.enterprise.flatMap { ctx.store.state.enterprises[$0]?.name }, r.person].compactMap { $0 }.joined(separator: " · ")
            if r.waitlisted {
                let n = ctx.store.state.waitingList(of: r.activity).firstIndex { $0.id == r.id }.map { $0 + 1 } ?? 0
                return ctx.t("名额已满，\(who) 进入候补第 \(n) 位", "full: \(who) is #\(n) on the waiting list")
            }
            return ctx.t("已报名：", "registered: ") + who
        }, footer: { _, ctx in
            guard let cap else { return [ctx.t("不限名额；已报名 \(confirmed)", "no limit; \(confirmed) registered")] }
            let full = confirmed >= cap || waiting > 0
            return [ctx.t("名额 \(confirmed)/\(cap)", "places \(confirmed)/\(cap)") + (waiting > 0 ? ctx.t(" · 候补 \(waiting)", " · waiting \(waiting)") : "")
                    + (full ? ctx.t("：已满，新报名进入候补第 \(waiting + 1) 位", ": full, a new registration waits as #\(waiting + 1)") : "")]
        })
    }

    static func who(_ r: EventDetail.RegistrationRow) -> String {
        [r.who, r.phone ?? ""].filter { !$0.isEmpty }.joined(separator: "  ")
    }

    /// 签到: one of those holding a place.
    static func checkIn(_ d: EventDetail, _ ctx: ShellContext) -> FormSession {
        let rows = d.confirmed.filter { !$0.registration.attended }
        let options = rows.map { Choice($0.id, who($0)) }
        var form = Form(title: ctx.t("签到 · ", "Check in · ") + d.activity.title, fields: [
            FormField(id: "registration", label: ctx.t("报名人", "Registered"), kind: .choice(options), required: true),
        ])
        form.matcher = ChoiceMatcher.matches
        form.setNote(field: "registration", note: ctx.t("输入名称或拼音筛选，Enter 选定", "type to narrow, Enter picks"))
        if options.count == 1 { form.set(field: "registration", to: .choice(options[0].id)) }
        let names = Dictionary(uniqueKeysWithValues: rows.map { ($0.id, who($0)) })
        return FormSession(form: form, action: .command { v in UpdateRegistration(registration: v.text("registration"), change: .attended) },
                           submitLabel: Phrase("签到", "check in"), saved: { ctx, lines in
            ctx.t("已签到：", "checked in: ") + (lines.first.flatMap { names[$0.entity] } ?? "")
        })
    }

    /// 取消报名: a place given back goes to the first on the waiting list.
    static func unregister(_ d: EventDetail, _ ctx: ShellContext) -> FormSession {
        let rows = d.confirmed.filter { !$0.registration.attended } + d.waiting
        let options = rows.map { r in Choice(r.id, who(r) + (r.position.map { ctx.t("（候补第 \($0) 位）", " (waiting #\($0))") } ?? "")) }
        var form = Form(title: ctx.t("取消报名 · ", "Cancel a registration · ") + d.activity.title, fields: [
            FormField(id: "registration", label: ctx.t("报名人", "Registered"), kind: .choice(options), required: true),
        ])
        form.matcher = ChoiceMatcher.matches
        let firstWaiting = d.waiting.first.map(who)
        let byID = Dictionary(uniqueKeysWithValues: rows.map { ($0.id, $0) })
        return FormSession(form: form, action: .command { v in UpdateRegistration(registration: v.text("registration"), change: .cancelled) },
                           saved: { ctx, lines in
            lines.count > 1 ? ctx.t("已取消报名；\(firstWaiting ?? "") 由候补递补", "registration cancelled; \(firstWaiting ?? "") moved up from the waiting list")
                            : ctx.t("已取消报名", "registration cancelled")
        }, confirm: { v, ctx in
            guard let r = byID[v.text("registration")] else { return nil }
            let moves = r.position == nil && firstWaiting != nil
                ? ctx.t("候补第 1 位（\(firstWaiting!)）将递补。", " The first on the waiting list (\(firstWaiting!)) moves up.") : ""
            return ctx.t("取消“\(who(r))”的报名？", "Cancel “\(who(r))”'s registration?") + moves
        })
    }
}
