/// The demo contest's results: entries from university teams (a few from registry
/// enterprises), every judge's score, awards by mean score, and the pipeline onwards — the
/// winner incubated at 硅巷孵化器 and registered as a new enterprise (one batch with its
/// link), another winner linked to an enterprise already in the registry, a third incubated
/// at 京投标杆孵化器.
extension DemoRun {
    func runContest(_ contest: Activity) throws {
        let schools = ["清华大学", "北京大学", "北京理工大学", "北京航空航天大学", "中国人民大学", "北京邮电大学", "北京交通大学", "中央美术学院"]
        let labs = ["智能感知团队", "数字孪生团队", "碳中和材料团队", "医疗影像团队", "文旅元宇宙团队", "能源互联团队", "城市计算团队"]
        let projects = ["基于大模型的政务问答助手", "城市更新数字孪生平台", "社区慢病智能随访系统", "胡同文化元宇宙导览",
                        "楼宇碳排放监测平台", "分布式光伏智能运维系统", "AI 辅助病理切片诊断", "非遗数字藏品平台",
                        "低空物流调度系统", "老旧小区智慧安防", "科技成果转化撮合平台", "沉浸式数字剧场"]
        let entIds = enterpriseIds
        var entries: [any Command] = []
        for (i, title) in gen.shuffled(projects).prefix(gen.int(in: 7...10)).enumerated() {
            let team = schools[(i + gen.int(in: 0...7)) % schools.count] + labs[i % labs.count]
            let ent = !entIds.isEmpty && gen.chance(0.2) ? gen.pick(entIds) : ""
            entries.append(EnterContest(activity: contest.id, team: team, title: title, enterprise: ent))
        }
        try submit(entries)
        let judges = (0..<gen.int(in: 3...5)).map { _ in gen.personName(sex: gen.chance(0.5) ? .male : .female) }
        var scores: [any Command] = []
        for e in store.state.contestEntries(of: contest.id) {
            let merit = gen.int(in: 62...90)
            for j in judges {
                scores.append(ScoreContestEntry(entry: e.id, judge: j, score: "\(min(100, merit + gen.int(in: -6...8))).\(gen.pick(["0", "5"]))"))
            }
        }
        try submit(scores)
        let ranked = ContestPipeline(store.state, contest: contest.id, catalog: store.catalog).rows.filter { $0.rank != nil }
        let awards = ["一等奖", "二等奖", "二等奖", "三等奖", "三等奖", "优秀奖"]
        try submit(zip(ranked, awards).map { AwardContestEntry(entry: $0.0.id, award: $0.1) })

        // Onwards from the contest: incubation, and enterprises in the registry.
        let winners = store.state.contestEntries(of: contest.id).filter { $0.award != nil }
            .sorted { ($0.averageScore ?? .init(hundredths: 0)) > ($1.averageScore ?? .init(hundredths: 0)) }
        let incubatedOn = min(today, contest.start.date.adding(days: 14))
        if let first = winners.first, !first.incubated {
            try submit([IncubateContestEntry(entry: first.id, place: "incubator", date: incubatedOn.description)])
            if first.enterprise == nil { try registerWinner(first, on: incubatedOn) }
        }
        if let second = winners.dropFirst().first(where: { $0.enterprise == nil }), !entIds.isEmpty {
            try submit([LinkContestEntry(entry: second.id, enterprise: gen.pick(entIds))])
        }
        if let third = winners.dropFirst(2).first, !third.incubated {
            try submit([IncubateContestEntry(entry: third.id, place: "jingtou-incubator", date: incubatedOn.description)])
        }
        progress("events: contest with \(winners.count) winners")
    }

    /// The winning team registered as a new enterprise at its incubator, linked to its
    /// entry in the same batch; a USCC another loader took first is replaced and tried again.
    private func registerWinner(_ entry: ContestEntry, on day: LocalDate) throws {
        let industry = gen.industry()
        let contact = gen.person()
        let name = gen.enterpriseName(industryID: industry.id)
        for _ in 0..<3 {
            let input = EnterpriseInput(name: name, uscc: gen.uscc(), industry: industry.id, place: "incubator",
                                        address: "孵化工位 \(gen.pick(["A", "B", "C"]))-\(gen.int(in: 1...40))", area: String(gen.int(in: 3...8) * 10),
                                        headcount: String(gen.int(in: 3...12)), settled: day.description,
                                        contact: contact.name, phone: contact.mobile)
            do {
                let lines = try store.perform(ContestWinner.registerAndLink(entry: entry.id, enterprise: input), today: today)
                summary.lines += lines.count
                summary.batches += 1
                return
            } catch let e as BatchRejected {
                summary.retries += 1
                // Only a USCC taken meanwhile is worth another try.
                guard e.rejection.error(for: "uscc") != nil else { return }
            }
        }
    }
}
