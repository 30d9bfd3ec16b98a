import SiliconAlleyCore

/// Everything about one event for its detail view: what, when, where, who organises it;
/// registrations (holding a place, the waiting list in order, cancelled; mobiles masked) and
/// check-in; a contest's ranked entries with each judge's score, awards and where winners
/// went; a meeting's agenda, decisions, its own action items and those carried over from
/// earlier meetings; and the record's history from the journal. Free text an operator typed
/// is shown with any mobile number in it masked.
enum EventDetailPresenter {
    static func lines(_ d: EventDetail, ctx: ShellContext) -> [(label: String, value: String)] {
        let l = ctx.language
        let today = ctx.today
        let s = d.summary
        let a = d.activity
        var out: [(label: String, value: String)] = []
        func add(_ label: String, _ values: [String]) {
            for (i, v) in values.enumerated() { out.append((i == 0 ? label : "", v)) }
        }
        func free(_ text: String) -> String { Mobile.maskAll(in: text) }

        out.append((l.t("类型", "Type"), a.type.label.text(l) + (s.industry.map { " · " + $0.text(l) } ?? "")))
        out.append((l.t("时间", "When"), a.whenText + "  " + EventWords.weekday(a.start.date).text(l)))
        out.append((l.t("地点", "Venue"), s.venue.text(l)))
        out.append((l.t("主办单位", "Organiser"), s.organiser.text(l)))
        out.append((l.t("名额", "Capacity"), a.capacity.map(String.init) ?? l.t("不限", "no limit")))
        var status = a.status.label.text(l)
        if a.status == .scheduled { status += " · " + s.registration.label.text(l) }
        if a.status == .scheduled && a.isPast(today: today) { status += l.t("（已结束，未标记举办：按 h）", " (over, not marked held: press h)") }
        out.append((l.t("状态", "Status"), status))
        if let o = a.outcome {
            out.append((a.status == .cancelled ? l.t("取消原因", "Cancelled because") : l.t("成果", "Outcome"), free(o)))
        }

        // Registrations and check-in.
        out.append((l.t("报名", "Registrations"),
                    l.t("已报名 \(s.placesText.split(separator: " ").first ?? "") · 候补 \(d.waiting.count) · 已取消 \(d.cancelled.count)",
                        "holding a place \(s.placesText.split(separator: " ").first ?? "") · waiting \(d.waiting.count) · cancelled \(d.cancelled.count)")))
        if !d.confirmed.isEmpty || a.capacity != nil { out.append((l.t("签到", "Check-in"), checkIn(d, today: today, l))) }
        func who(_ r: EventDetail.RegistrationRow) -> String {
            [r.who.isEmpty ? "—" : r.who, r.phone ?? ""].filter { !$0.isEmpty }.joined(separator: "  ")
        }
        add(l.t("已报名", "Holding a place"), d.confirmed.map { r in
            who(r) + "  " + r.state.label.text(l) + (r.registration.promoted ? l.t("（候补转正）", " (moved up)") : "")
        })
        add(l.t("候补", "Waiting list"), d.waiting.map { r in
            l.t("第 \(r.position ?? 0) 位  ", "#\(r.position ?? 0)  ") + who(r)
        })
        add(l.t("已取消报名", "Cancelled"), d.cancelled.map(who))

        if let c = d.contest {
            out.append((l.t("大赛进程", "Pipeline"), pipeline(c.counts, l)))
            if c.rows.isEmpty { out.append((l.t("参赛项目", "Entries"), l.t("还没有参赛项目：按 E 登记", "no entries yet: press E"))) }
            add(l.t("参赛项目", "Entries"), c.rows.map { entry($0, l) })
        }

        if a.type.keepsMinutes {
            add(l.t("议程", "Agenda"), a.agenda.isEmpty ? [l.t("（未定：按 P 填写）", "(none yet: press P)")]
                : a.agenda.enumerated().map { "\($0.offset + 1). " + free($0.element) })
            add(l.t("决定", "Decisions"), a.decisions.isEmpty ? ["—"] : a.decisions.map(free))
            add(l.t("督办事项", "Action items"), d.actionItems.isEmpty ? ["—"] : d.actionItems.map { item($0, today: today, l, meeting: false) })
            if !d.carriedOver.isEmpty {
                add(l.t("前次未办结", "Carried over"), d.carriedOver.map { item($0, today: today, l, meeting: true) })
            }
        }

        let related = Set([a.id] + (d.contest?.rows.map(\.id) ?? []) + (d.actionItems + d.carriedOver).map(\.id))
        add(l.t("历史", "History"), ctx.journal.history(of: related).reversed().map { line in
            "\(BeijingTime.format(line.time).prefix(16)) \(line.actor)  " + EventKindLabel.label(line.kind, l)
                + " " + free(history(line, event: a.id, state: ctx.store.state, l))
        })
        return out
    }

    static func checkIn(_ d: EventDetail, today: LocalDate, _ l: Language) -> String {
        let a = d.activity
        if a.status == .cancelled { return l.t("活动已取消", "the event was cancelled") }
        let came = d.confirmed.filter { $0.registration.attended }.count
        if today < a.start.date { return l.t("从活动当天（\(a.start.date)）开始", "opens on the event's day (\(a.start.date))") }
        let percent = EventWords.percent(Double(came) / Double(max(1, d.confirmed.count)))
        let rate = d.confirmed.isEmpty ? "" : l.t("（\(percent)）", " (\(percent))")
        return l.t("已签到 \(came) / \(d.confirmed.count)", "\(came) of \(d.confirmed.count) checked in") + rate
            + (a.isPast(today: today) ? "" : l.t("；按 i 签到", "; press i to check in"))
    }

    static func pipeline(_ c: ContestPipeline.Counts, _ l: Language) -> String {
        ContestStage.allCases.map { $0.label.text(l) + " \(c.count($0))" }.joined(separator: " → ")
            + (c.newEnterprises > 0 ? l.t("（新登记 \(c.newEnterprises)）", " (\(c.newEnterprises) newly registered)") : "")
    }

    static func entry(_ r: ContestPipeline.Row, _ l: Language) -> String {
        var s = (r.rank.map { "#\($0) " } ?? "— ") + r.entry.team + " · " + r.entry.title
        if let avg = r.average {
            s += l.t("  均分 ", "  mean ") + avg.description + " (" + r.entry.scores.map { "\($0.judge) \($0.score)" }.joined(separator: ", ") + ")"
        } else {
            s += l.t("  未评分", "  not scored")
        }
        if let award = r.entry.award { s += "  " + award }
        if let name = r.enterpriseName {
            s += l.t("  企业：", "  enterprise: ") + name + (r.entry.enterpriseRegistered ? l.t("（大赛后新登记）", " (registered from the contest)") : "")
        }
        if let place = r.incubatedAt {
            s += l.t("  孵化：", "  incubated: ") + place.text(l) + (r.entry.incubatedOn.map { " " + $0.description } ?? "")
        }
        return s + "  [" + r.stage.label.text(l) + "]"
    }

    static func item(_ r: ActionItemBoard.Row, today: LocalDate, _ l: Language, meeting: Bool) -> String {
        var s = Mobile.maskAll(in: r.item.text) + " · " + r.unit.text(l) + l.t(" · 期限 ", " · due ") + r.item.due.description
            + " · " + EventWords.itemState(r, today: today, l)
        if meeting { s += " · " + r.meetingTitle + (r.meetingDate.map { " " + $0.description } ?? "") }
        return s
    }

    /// A history line's gist; lines about an entry or an item name it first.
    static func history(_ line: JournalLine, event: String, state: DomainState, _ l: Language) -> String {
        let gist = JournalRowPresenter.summary(line, state: state, l)
        guard line.entity != event else { return gist }
        let name = EntityName.of(line.entity, in: state)
        return name + (gist.isEmpty || gist == name ? "" : " · " + gist)
    }
}
