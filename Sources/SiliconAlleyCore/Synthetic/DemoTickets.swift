/// Demo service-window tickets over the last four weeks, written day by day as the window
/// would have: requests for services across the published list, at the window, by phone and
/// online, from enterprises, registered talents and other people; about one in four missing a
/// document and given a supplement notice at once (most handed in a few days later, some still
/// waiting), a few noticed later during the work, one or two second notices a supervisor
/// allowed, some handed over to another unit, most closed (approved policy applications
/// record their support), a few returned. Each ticket's later steps touch only this run's
/// own tickets, so several loaders on one journal never contend.
extension DemoRun {
    private struct TicketPlan {
        var accept: AcceptTicket
        var day: LocalDate
        var service: Service
        /// Later steps: (day, what), in order.
        var steps: [(day: LocalDate, step: Step)] = []
        enum Step { case notice([String]), secondNotice([String]), handIn, handOver(String), start, close(Bool?), giveBack }
    }

    /// What people come for, by service.
    static let ticketDescriptions: [String: [String]] = [
        "party-general": ["预约党群活动室", "党员学习资料领取"], "party-transfer": ["党组织关系转入"], "party-branch": ["成立党支部咨询"],
        "admin-general": ["法定代表人变更咨询", "经营范围变更"], "admin-change": ["营业执照地址变更"], "admin-settle": ["办理入驻备案"],
        "ip-general": ["著作权登记咨询", "商标注册指导"], "ip-complaint": ["商标侵权投诉"], "ip-patent": ["专利快速预审推荐"],
        "policy-application": ["申请房租补贴", "申报创新龙头产品支持", "申请首台套应用奖励"],
        "talent-general": ["人才认定咨询", "人才落户咨询"], "talent-housing": ["人才公寓申请"], "talent-school": ["子女入学协调"],
        "space-general": ["寻找 300 平米办公空间", "研发场地选址"], "space-courtyard": ["四合院总部选址"],
        "culture-venue": ["预约多功能厅举办发布会"], "culture-show": ["数字艺术展备案"], "sports-booking": ["预约羽毛球场"],
        "sports-card": ["办理员工健身卡"], "dining-booking": ["预订餐厅包间接待客户"], "dining-card": ["办理员工就餐卡"],
        "general-enquiry": ["政策咨询", "办事指南咨询"],
    ]

    func tickets(_ count: Int) throws {
        guard count > 0 else { return }
        let catalog = store.catalog
        let entIds = store.state.enterprises.values.filter { $0.status == .active }.map(\.id).sorted()
        let talentIds = store.state.talents.keys.sorted()
        let units = store.state.unitDirectory(catalog).windowUnits.map(\.id)
        let services = catalog.services.filter(\.isOffered)
        var plans: [TicketPlan] = []
        for _ in 0..<count {
            let service = gen.pick(services)
            var day = today.adding(days: -gen.int(in: 0...27))
            while !store.state.calendar.isWorkingDay(day) { day = day.adding(days: -1) }
            let channel: TicketChannel = gen.chance(0.7) ? .window : (gen.chance(0.65) ? .online : .phone)
            var enterprise = "", talent = "", name = "", phone = ""
            if !entIds.isEmpty && (service.support || gen.chance(0.75)) {
                enterprise = gen.pick(entIds)
            } else if !talentIds.isEmpty && gen.chance(0.5) {
                talent = gen.pick(talentIds)
            } else {
                name = gen.personName(sex: gen.chance(0.5) ? .female : .male)
                phone = gen.mobile()
            }
            let missingOne = service.required.count > 1 && gen.chance(0.25)
            let missing = missingOne ? [gen.pick(service.required)] : []
            let received = service.required.filter { !missing.contains($0) } + service.optional.filter { _ in gen.chance(0.3) }
            let accept = AcceptTicket(enterprise: enterprise, talent: talent, applicantName: name, applicantPhone: phone,
                                      service: service.code, channel: channel, measure: service.support ? gen.pick(catalog.measures).code : "",
                                      description: gen.pick(Self.ticketDescriptions[service.code] ?? ["咨询"]), documents: received,
                                      notice: missing.isEmpty ? nil : missing)
            var plan = TicketPlan(accept: accept, day: day, service: service)
            var d = day
            func later(_ lo: Int, _ hi: Int) -> LocalDate? {
                d = workingDay(onOrAfter: d.adding(days: gen.int(in: lo...hi)))
                return d <= today ? d : nil
            }
            var open = true
            if !missing.isEmpty {
                // Most bring the documents within a week; the rest are still awaited.
                guard let back = later(1, 7), gen.chance(0.75) else { plans.append(plan); continue }
                plan.steps.append((back, .handIn))
            }
            if gen.chance(0.1), let moved = later(0, 2) {
                var to = gen.pick(units)
                if to == service.unit { to = units.first { $0 != service.unit } ?? to }
                if to != service.unit { plan.steps.append((moved, .handOver(to))) }
            }
            if let started = later(0, 2) { plan.steps.append((started, .start)) } else { open = false }
            if open, missing.isEmpty, service.required.count > 1, gen.chance(0.12), let noticed = later(0, 2) {
                // Found missing during the work: a notice then, and sometimes a second one a
                // supervisor allows because a document handed in turned out to be wrong.
                let doc = gen.pick(service.required)
                plan.steps.append((noticed, .notice([doc])))
                guard let back = later(1, 5) else { plans.append(plan); continue }
                plan.steps.append((back, .handIn))
                if gen.chance(0.3), let again = later(0, 1) {
                    plan.steps.append((again, .secondNotice([doc])))
                    guard let back2 = later(1, 3) else { plans.append(plan); continue }
                    plan.steps.append((back2, .handIn))
                }
            }
            if open, let finished = later(1, 8), gen.chance(0.85) {
                plan.steps.append((finished, gen.chance(0.06) ? .giveBack : .close(service.support ? gen.chance(0.7) : nil)))
            }
            plans.append(plan)
        }
        try writeTickets(plans)
    }

    /// Day by day: that day's acceptances (their ids learnt from the lines), then every later
    /// step falling on it.
    private func writeTickets(_ plans: [TicketPlan]) throws {
        defer { batchDay = nil }
        var ids: [Int: String] = [:]
        let days = Set(plans.map(\.day) + plans.flatMap { $0.steps.map(\.day) }).sorted()
        for day in days {
            batchDay = day
            let accepting = plans.indices.filter { plans[$0].day == day }
            let written = try keepingLines(of: EventKind.ticketAccepted) {
                for i in accepting { try add(plans[i].accept) }
                try flush()
            }
            // Acceptances are written in the order added; if one was left out, the day's
            // tickets are not matched to their plans and get no later steps.
            if written.count == accepting.count {
                for (i, id) in zip(accepting, written) { ids[i] = id }
            }
            for (i, plan) in plans.enumerated() {
                guard let id = ids[i] else { continue }
                for (when, step) in plan.steps where when == day {
                    try add(command(step, ticket: id, plan: plan))
                }
            }
            try flush()
        }
    }

    /// The window works on working days: `day`, or the next one.
    private func workingDay(onOrAfter day: LocalDate) -> LocalDate {
        var d = day
        while !store.state.calendar.isWorkingDay(d) { d = d.adding(days: 1) }
        return d
    }

    private func command(_ step: TicketPlan.Step, ticket: String, plan: TicketPlan) -> any Command {
        switch step {
        case .notice(let docs): return RequestSupplement(ticket: ticket, documents: docs, note: "请携带原件核验")
        case .secondNotice(let docs): return RequestSupplement(ticket: ticket, documents: docs, note: "所交材料页面不清晰",
                                                               override: "前次补交材料不清晰，须重新提供")
        case .handIn: return ReceiveSupplement(ticket: ticket)
        case .handOver(let unit): return HandOverTicket(ticket: ticket, unit: unit, reason: "按职责转由该单位承办")
        case .start: return ProgressTicket(ticket: ticket, step: .start)
        case .giveBack: return ProgressTicket(ticket: ticket, step: .giveBack, text: "不属于本窗口受理范围，已告知申请人")
        case .close(let approved):
            if approved == true { return ProgressTicket(ticket: ticket, step: .close(approved: true), text: "经审核予以支持", amount: String(gen.int(in: 5...50) * 10_000)) }
            if approved == false { return ProgressTicket(ticket: ticket, step: .close(approved: false), text: "不符合申报条件，已说明理由") }
            return ProgressTicket(ticket: ticket, step: .close(approved: nil), text: "已办结，结果已告知申请人")
        }
    }
}
