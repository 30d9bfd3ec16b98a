/// Demo events with registrations.
extension DemoRun {
    func activities(_ activities: Int) throws {
        let entIds = enterpriseIds
        let types = ActivityType.allCases
        let venues = ["元宇宙品牌宣传广场", "歌华大厦多功能厅", "硅巷驿站", "东城数字科技大厦报告厅", "青龙硅巷公共服务平台"]
        let titles: [ActivityType: [String]] = [
            .contest: ["硅巷创新创业大赛", "大学生创新创业大赛"], .roadshow: ["人工智能项目路演", "元宇宙项目路演"],
            .launch: ["新品发布会", "数字文娱成果发布会"], .symposium: ["重点企业恳谈会"], .meeting: ["硅巷建设专班例会"],
            .seminar: ["智慧医疗研讨会", "碳中和产业研讨会"], .promotion: ["硅巷宣传推介会"],
        ]
        for _ in 0..<activities {
            let type = gen.pick(types)
            let date = gen.date(in: LocalDate(year: 2024, month: 3, day: 1)!...LocalDate(year: 2026, month: 12, day: 20)!)
            try add(CreateActivity(title: gen.pick(titles[type]!) + "（第\(gen.int(in: 1...9))期）", type: type,
                                        date: date.description, time: "\(gen.int(in: 9...16)):\(gen.pick(["00", "30"]))",
                                        venue: gen.pick(venues), organiser: "硅巷建设专班办公室", capacity: String(gen.int(in: 30...200))))
        }
        try flush()
        let actIds = store.state.activities.values.filter { $0.status == .scheduled }.map(\.id).sorted()
        if !actIds.isEmpty && !entIds.isEmpty {
            for _ in 0..<(activities * 5) {
                let p = gen.person()
                try add(RegisterForActivity(activity: gen.pick(actIds), enterprise: gen.pick(entIds), person: p.name, phone: p.mobile))
            }
            try flush()
        }
    }
}
