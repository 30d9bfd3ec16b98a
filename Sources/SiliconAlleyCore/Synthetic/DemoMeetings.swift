/// The weekly task-force meetings' minutes: an agenda for each; for those held, decisions
/// and action items owned by units, most done by now and some late.
extension DemoRun {
    func keepMinutes(_ meetings: [Activity]) throws {
        let agenda = ["通报上周督办事项进展", "审议硅巷展示区空间改造方案", "研究重点企业诉求清单", "部署创新创业大赛筹备工作",
                      "听取人才公寓配置情况汇报", "研究城市更新审批绿色通道", "协调产业基金首批项目", "部署定期监测评估"]
        let decisions = ["同意将歌华青龙地块改造纳入绿色通道", "由区科信局牵头梳理专精特新培育名单", "下周起每周例会通报督办清单",
                         "大赛获奖项目优先入驻硅巷孵化器", "人才公寓第二批配租方案报专班审定", "企业恳谈会诉求十个工作日内答复"]
        let tasks = ["梳理展示区专精特新企业名单", "报送空间改造项目审批进度", "落实恳谈会企业诉求答复", "完成人才公寓入住情况摸底",
                     "起草产业基金投资指引", "组织大赛获奖项目入孵对接", "更新重点项目督办台账", "提交季度监测评估数据"]
        let units = ["task-force-office", "science-tech-bureau", "development-reform", "planning-natural-resources",
                     "housing-construction", "human-resources", "market-regulation", "finance-bureau", "beixinqiao-subdistrict"]
            .filter { store.catalog.unit(id: $0) != nil }
        guard !units.isEmpty else { return }
        var commands: [any Command] = meetings.map { SetMeetingAgenda(activity: $0.id, items: Array(gen.shuffled(agenda).prefix(gen.int(in: 3...4)))) }
        for m in meetings where m.start.date <= today {
            for d in gen.shuffled(decisions).prefix(gen.int(in: 1...2)) {
                commands.append(RecordMeetingDecision(activity: m.id, text: d))
            }
            for t in gen.shuffled(tasks).prefix(gen.int(in: 2...3)) {
                let due = m.start.date.adding(days: gen.pick([7, 14, 21, 28]))
                commands.append(AddActionItem(activity: m.id, text: t, unit: gen.pick(units), due: due.description))
            }
        }
        try submit(commands)
        // Done by now: most items whose time is up (a third of them, at least one, stay open
        // and late), and a few not yet due.
        let open = meetings.flatMap { store.state.actionItems(of: $0.id) }.filter { $0.done == nil }
        let due = gen.shuffled(open.filter { $0.due < today })
        let finished = due.dropFirst(max(1, due.count / 3)) + open.filter { $0.due >= today && gen.chance(0.25) }
        var done: [any Command] = []
        for item in finished {
            guard let m = store.state.activities[item.activity] else { continue }
            let latest = min(today, item.due)
            let day = gen.date(in: min(m.start.date.adding(days: 2), latest)...latest)
            done.append(CompleteActionItem(item: item.id, date: day.description))
        }
        try submit(done)
    }
}
