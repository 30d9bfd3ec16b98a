/// Demo supervision data on the seeded catalogue projects: lead units (and one unit added to
/// the journal), owners, start and target dates, milestones (most met, some met late, a few
/// late now), the urban-renewal approval track of the space-renewal projects (some steps over
/// their limit, three projects on the 绿色通道), blockers with their units, progress notes.
/// Dates are set around the day the demo runs, so the screen always has a mix. Projects that
/// already have milestones were filled by an earlier run and are left alone.
extension DemoRun {
    func projects() throws {
        let targets = store.state.projects.values
            .filter { $0.catalogId != nil && $0.milestones.isEmpty && $0.status != .closed }
            .sorted(by: ProjectView.listOrder)
        guard !targets.isEmpty else { return }
        let renewalOffice = AddUnit(zh: "东城区城市更新工作办公室", en: "Dongcheng urban renewal office", short: "区城市更新办",
                                    kind: .government, window: false, role: "统筹城市更新项目审批（演示数据）")
        if store.state.unitDirectory(store.catalog).resolve(renewalOffice.zh) == nil { try add(renewalOffice) }
        let fastTrack = Set(gen.shuffled(targets.filter { $0.category == .space5N && $0.catalogId != Self.notStarted }.map(\.id)).prefix(3))
        var tracks: [String: [DemoStep]] = [:]
        var milestones: [String: [DemoMilestone]] = [:]
        for p in targets {
            let start = today.adding(days: -gen.int(in: 560...760))
            let target = today.adding(days: p.category == .space5N ? gen.int(in: 300...700) : gen.int(in: 60...400))
            var input = ProjectInput(editing: p, catalog: store.catalog)
            input.leadUnit = Self.demoLeads[p.catalogId ?? ""] ?? "task-force-office"
            input.owner = store.actor
            input.start = start.description
            input.target = target.description
            input.fastTrack = fastTrack.contains(p.id)
            if p.category != .action && gen.chance(0.3) { input.phase = "效能提升" }
            try add(EditProject(project: p.id, input: input, basedOn: nil))
            if p.catalogId == "poly-digital-museum" {
                try add(SetProjectStatus(project: p.id, status: .suspended))
            } else if p.status == .planned && p.catalogId != Self.notStarted {
                try add(SetProjectStatus(project: p.id, status: .active))
            }
            var dues: [(String, LocalDate)]
            if p.catalogId == Self.notStarted {
                // Taken in, not started: only promises for later.
                dues = [("规划设计方案确定", today.adding(days: gen.int(in: 20...60))), ("城市更新立项", today.adding(days: gen.int(in: 90...150)))]
            } else if p.category == .space5N {
                let track = planTrack(fastTrack: fastTrack.contains(p.id))
                tracks[p.id] = track
                dues = spaceMilestones(track)
            } else {
                // Spread from the start to the target, each a few weeks either side of its share.
                let titles = Self.milestoneTitles(p)
                let span = start.days(until: target)
                dues = titles.enumerated().map { i, title in
                    (title, start.adding(days: span * (i + 1) / titles.count - gen.int(in: 0...40)))
                }
            }
            milestones[p.id] = dues.map { DemoMilestone(title: $0.0, due: max($0.1, start), done: doneDate(due: max($0.1, start))) }
            for m in milestones[p.id]! { try add(AddMilestone(project: p.id, title: m.title, due: m.due.description)) }
        }
        try flush()
        ensureSomethingToSupervise(targets, &milestones, &tracks)

        for p in targets {
            for m in milestones[p.id] ?? [] {
                guard let done = m.done, let id = store.state.projects[p.id]?.milestones.first(where: { $0.title == m.title })?.id else { continue }
                try add(CompleteMilestone(project: p.id, milestone: id, date: done.description))
            }
            for s in tracks[p.id] ?? [] {
                try add(RecordApprovalStep(project: p.id, step: s.step, date: s.start.description,
                                           limitDays: s.limit.map(String.init) ?? "", finished: false))
                if let b = s.blocker {
                    try add(RaiseBlocker(project: p.id, step: s.step, text: b.text, owningUnit: b.unit, date: b.date.description))
                }
                if let end = s.end { try add(RecordApprovalStep(project: p.id, step: s.step, date: end.description, finished: true)) }
            }
        }
        try flush()

        // Blockers on steps that have since finished were cleared: resolve them now their ids exist.
        for p in targets {
            guard let project = store.state.projects[p.id] else { continue }
            for b in project.blockers where b.isOpen {
                guard let done = project.step(b.step)?.done else { continue }
                try add(ResolveBlocker(project: p.id, blocker: b.id, date: done.description, resolution: gen.pick(Self.resolutions)))
            }
            for text in gen.shuffled(Self.notes(p)).prefix(gen.int(in: 1...3)) {
                try add(AddProgressNote(project: p.id, text: text))
            }
        }
        try flush()
    }

    /// However the dice fell, the pane has a milestone late now and an open blocker to show:
    /// the most recently missed milestone stays open, and a step under way gets a blocker.
    private func ensureSomethingToSupervise(_ targets: [Project], _ milestones: inout [String: [DemoMilestone]],
                                            _ tracks: inout [String: [DemoStep]]) {
        let all = targets.flatMap { p in (milestones[p.id] ?? []).indices.map { (p.id, $0) } }
        if !all.contains(where: { milestones[$0.0]![$0.1].due < today && milestones[$0.0]![$0.1].done == nil }),
           let (id, i) = all.filter({ milestones[$0.0]![$0.1].due < today }).max(by: { milestones[$0.0]![$0.1].due < milestones[$1.0]![$1.1].due }) {
            milestones[id]![i].done = nil
        }
        let open = targets.compactMap { p in tracks[p.id]?.last.map { (p.id, $0) } }.filter { $0.1.end == nil }
        if !open.contains(where: { $0.1.blocker != nil }), let (id, step) = open.first {
            tracks[id]![tracks[id]!.count - 1].blocker = (min(today, step.start.adding(days: 3)), Self.blockerTexts(step.step)[0], Self.blockerUnits[0])
        }
    }

    /// A milestone due in the past was met — on time, or now and then a little late — except
    /// that one due in the last six weeks may still be open (late now).
    private func doneDate(due: LocalDate) -> LocalDate? {
        guard due < today else { return nil }
        if due >= today.adding(days: -45) && gen.chance(0.5) { return nil }
        let d = due.adding(days: gen.chance(0.3) ? gen.int(in: 3...25) : -gen.int(in: 0...10))
        return min(d, today)
    }

    /// The 城市更新审批 steps as far as a project has got: each takes a share of its limit (now
    /// and then more than all of it), the next starts a few days later, and the step that would
    /// finish after today stays open. Fast-track projects have shorter limits and move faster.
    private func planTrack(fastTrack: Bool) -> [DemoStep] {
        let calendar = store.state.calendar
        let limits: [ApprovalStepKind: Int] = fastTrack
            ? [.initiation: 5, .review: 15, .guarantee: 10, .jointApproval: 10, .completion: 20]
            : [.initiation: 10, .review: 30, .guarantee: 15, .jointApproval: 20, .completion: 30]
        let withGuarantee = gen.chance(0.5)
        var date = today.adding(days: -gen.int(in: fastTrack ? 60...300 : 40...300))
        var steps: [DemoStep] = []
        for step in ApprovalStepKind.allCases where step != .guarantee || withGuarantee {
            let limit = limits[step]
            let share = gen.chance(fastTrack ? 0.1 : 0.3) ? Double(gen.int(in: 105...160)) / 100 : Double(gen.int(in: 40...95)) / 100
            // 开工 lasts until 竣工: the building work itself, months rather than days.
            let workingDays = step == .construction ? gen.int(in: 160...320) : max(1, Int(Double(limit ?? 10) * share))
            let end = calendar.adding(workingDays: workingDays, to: date)
            var blocker: (date: LocalDate, text: String, unit: String)?
            if gen.chance(0.35) {
                blocker = (min(today, end, date.adding(days: gen.int(in: 1...10))), gen.pick(Self.blockerTexts(step)), gen.pick(Self.blockerUnits))
            }
            steps.append(DemoStep(step: step, start: date, limit: limit, end: end <= today ? end : nil, blocker: blocker))
            guard end <= today else { break }
            date = end.adding(days: gen.int(in: 1...6))
            guard date <= today else { break }
        }
        return steps
    }

    /// Space-renewal milestones follow the track: design before 开工, the building after it
    /// (from the expected 开工 while the approvals are still under way).
    private func spaceMilestones(_ track: [DemoStep]) -> [(String, LocalDate)] {
        let review = track.first { $0.step == .review }?.start ?? today.adding(days: gen.int(in: 10...40))
        let joint = track.first { $0.step == .jointApproval }?.start ?? review.adding(days: gen.int(in: 40...70))
        let works = track.first { $0.step == .construction }?.start ?? max(joint, today).adding(days: gen.int(in: 40...90))
        return [("规划设计方案确定", review.adding(days: gen.int(in: 10...25))), ("施工图设计完成", joint.adding(days: gen.int(in: 5...15))),
                ("主体结构完工", works.adding(days: gen.int(in: 150...220))), ("竣工验收", works.adding(days: gen.int(in: 330...420))),
                ("首批企业入驻", works.adding(days: gen.int(in: 440...520)))]
    }

    private struct DemoMilestone {
        let title: String
        let due: LocalDate
        var done: LocalDate?
    }

    private struct DemoStep {
        let step: ApprovalStepKind
        let start: LocalDate
        let limit: Int?
        let end: LocalDate?
        var blocker: (date: LocalDate, text: String, unit: String)?
    }

    /// The one "N" item the demo leaves 未启动.
    private static let notStarted = "longtan-renewal"

    /// Who leads what: bureaus by what the project is about (the task-force office keeps the rest).
    private static let demoLeads: [String: String] = [
        "district-renewal": "housing-construction", "enterprise-attraction": "development-reform",
        "coordinated-development": "science-tech-bureau", "talent-services": "human-resources",
        "zhicheng-institute": "science-tech-bureau", "chain-partner-plan": "development-reform",
        "innovation-contest": "science-tech-bureau", "industry-fund": "finance-bureau", "zijin-platform": "service-platform",
        "bjidex-data-center": "science-tech-bureau", "digital-tech-tower": "housing-construction",
        "huanmao-innovation-center": "development-reform", "digital-health-center": "区城市更新办",
        "jingtou-incubator": "science-tech-bureau", "huanmao-incubator": "development-reform",
        "station-renewal": "beixinqiao-subdistrict", "yushu-renewal": "区城市更新办", "longtan-renewal": "planning-natural-resources",
    ]

    private static let blockerUnits = ["planning-natural-resources", "housing-construction", "development-reform",
                                       "finance-bureau", "beixinqiao-subdistrict", "区城市更新办"]

    private static func milestoneTitles(_ p: Project) -> [String] {
        switch p.catalogId ?? "" {
        case "innovation-contest": return ["大赛方案印发", "报名启动", "初赛路演", "决赛", "优胜项目入驻孵化"]
        case "industry-fund": return ["基金设立方案报批", "完成首期募资", "首批项目投资决策", "年度投资评估"]
        case "zhicheng-institute": return ["研究所挂牌", "首批专家聘任", "产业研究报告发布", "年度智库论坛"]
        case "chain-partner-plan": return ["伙伴计划发布", "首批伙伴签约", "产业链对接会", "年度伙伴评估"]
        case "zijin-platform": return ["平台需求调研", "平台上线试运行", "接入政务服务事项", "年度运营评估"]
        default:
            return p.category == .action ? ["年度工作方案印发", "半年进展评估", "年度总结报告", "专项行动成效评估"]
                                         : ["实施方案报批", "启动运行", "阶段评估", "年度总结"]
        }
    }

    private static func blockerTexts(_ step: ApprovalStepKind) -> [String] {
        switch step {
        case .initiation, .review: return ["规划用途调整待论证", "产权单位意见未统一", "历史建筑保护评估未完成", "消防论证意见待出具"]
        case .guarantee: return ["国企担保额度待审议", "担保协议条款待法务确认"]
        case .jointApproval: return ["联合审批材料补正", "交通影响评价待复核", "园林绿化意见未反馈"]
        case .construction, .completion: return ["居民协调未完成", "施工许可材料待补充", "市政管线迁改未完成"]
        }
    }

    private static let resolutions = ["专班例会协调解决", "相关单位出具意见", "材料补正后通过", "区领导现场督办解决"]

    private static func notes(_ p: Project) -> [String] {
        switch p.category {
        case .space5N: return ["召开项目推进会，明确各环节时间节点", "现场踏勘，协调施工场地", "与产权单位就改造方案达成一致",
                               "城市更新审批材料已报送", "招商工作同步启动"]
        case .action: return ["专项行动月度调度会召开", "各成员单位报送进展", "形成阶段性工作总结", "梳理下一阶段重点任务"]
        case .industry5N, .other: return ["召开工作推进会", "与合作单位签署框架协议", "完成阶段工作总结", "对接重点企业需求"]
        }
    }
}
