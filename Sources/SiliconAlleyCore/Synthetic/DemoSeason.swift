/// The demo season's events before they are scheduled, each with the slots it may take (in
/// order of preference): eight weeks back and five ahead of today. The contest comes first;
/// then a repeating mix in which every third event or so is the weekly task-force meeting.
struct DemoSeason {
    struct Plan {
        /// Position in the season, so the created events come back in plan order.
        let order: Int
        let base: ActivityInput
        let slots: [LocalDateTime]
        let minutes: Int
        /// Slots tried already ("YYYY-MM-DD HH:MM"): a slot refused once is not tried again.
        var tried: Set<String> = []

        func input(at slot: LocalDateTime) -> ActivityInput {
            var i = base
            let end = slot.adding(minutes: minutes)
            i.date = slot.date.description
            i.start = slot.clockText
            i.end = end.date == slot.date ? end.clockText : end.description
            return i
        }

        func times(of input: ActivityInput) -> (LocalDateTime, LocalDateTime)? {
            guard let s = LocalDateTime(input.date + " " + input.start) else { return nil }
            return (s, s.adding(minutes: minutes))
        }

        /// The event another run already made of this plan: same title and venue at one of its slots.
        func existing(in state: DomainState, catalog: Catalog) -> Activity? {
            guard let v = try? Venue.resolve(base.venue, room: base.room, catalog: catalog) else { return nil }
            let starts = Set(slots)
            return state.activities.values.first { $0.title == base.title && $0.venue == v && starts.contains($0.start) }
        }

        /// The form at the first slot not tried yet that clashes with nothing in the journal
        /// or in `besides` (the season's events placed in this round).
        func firstFree(state: DomainState, besides: [(Venue, LocalDateTime, LocalDateTime)], catalog: Catalog) -> ActivityInput? {
            guard let v = try? Venue.resolve(base.venue, room: base.room, catalog: catalog) else { return nil }
            for slot in slots where !tried.contains(slot.description) {
                let end = slot.adding(minutes: minutes)
                if ActivityRules.clash(in: state, venue: v, start: slot, end: end) != nil { continue }
                if besides.contains(where: { $0.0.sharesSpace(with: v) && $0.1 < end && slot < $0.2 }) { continue }
                return input(at: slot)
            }
            return nil
        }
    }

    /// After the contest, this mix repeats.
    static let pattern: [ActivityType] = [.meeting, .launch, .symposium, .meeting, .seminar, .roadshow, .meeting, .promotion,
                                          .launch, .seminar, .meeting, .symposium]

    static func plans(_ count: Int, today: LocalDate, gen: inout SyntheticGenerator, catalog: Catalog) -> [Plan] {
        let monday = today.adding(days: 1 - today.weekday)
        func at(week: Int, weekday: Int, _ hour: Int, _ minute: Int = 0) -> LocalDateTime {
            LocalDateTime(date: monday.adding(days: week * 7 + weekday - 1), hour: hour, minute: minute)!
        }
        let types = [ActivityType.contest] + (0..<max(0, count - 1)).map { pattern[$0 % pattern.count] }
        let meetings = types.filter { $0 == .meeting }.count
        var meetingIndex = 0
        var titles: [String: Int] = [:]
        var plans: [Plan] = []
        func numbered(_ base: String) -> String {
            titles[base, default: 0] += 1
            return titles[base]! > 1 ? "\(base)（第\(titles[base]!)期）" : base
        }
        for (order, type) in types.enumerated() {
            var input = ActivityInput(type: type)
            var slots: [LocalDateTime] = []
            var minutes = 120
            switch type {
            case .contest:
                input.title = gen.pick(["硅巷创新创业大赛总决赛", "大学生创新创业大赛（硅巷赛区）决赛"])
                input.venue = "硅巷孵化器"
                input.room = "路演厅"
                input.organiser = "task-force-office"
                input.capacity = "120"
                minutes = 510
                slots = [at(week: -3, weekday: 6, 9), at(week: -3, weekday: 7, 9), at(week: -4, weekday: 6, 9)]
            case .meeting:
                // Weekly on Tuesday mornings, the last one next week.
                let week = meetingIndex - meetings + 2
                meetingIndex += 1
                let day = monday.adding(days: week * 7 + 1)
                input.title = "硅巷建设专班例会（\(day.month)月\(day.day)日）"
                input.venue = "硅巷驿站"
                input.room = "专班会议室"
                input.organiser = "task-force-office"
                minutes = 90
                slots = [at(week: week, weekday: 2, 9, 30), at(week: week, weekday: 2, 14), at(week: week, weekday: 3, 9, 30)]
            case .launch:
                let (title, industry) = gen.pick([("人工智能新品发布会", "ai"), ("数字文娱成果发布会", "digital-culture"),
                                                  ("智慧医疗创新产品发布会", "smart-health"), ("元宇宙应用场景发布会", "metaverse")])
                input.title = numbered(title)
                input.industry = industry
                input.venue = "元宇宙品牌宣传广场"
                input.organiser = gen.pick(["zhicheng-institute", "science-tech-bureau", "dongfang-jiacheng"])
                input.capacity = String(gen.int(in: 15...30) * 10)
                let week = gen.int(in: -8...5)
                slots = [at(week: week, weekday: 5, 15), at(week: week, weekday: 6, 10), at(week: week, weekday: 6, 15),
                         at(week: week + 1, weekday: 5, 15)]
            case .roadshow:
                input.title = numbered(gen.pick(["人工智能项目路演", "元宇宙项目路演", "硅巷产业基金投融资路演", "科技服务企业路演"]))
                input.venue = "元宇宙品牌宣传广场"
                input.organiser = gen.pick(["zgc-development", "dongyong-valley", "zhicheng-institute"])
                input.capacity = String(gen.int(in: 8...12) * 10)
                minutes = 150
                let week = gen.int(in: -8...5)
                slots = [at(week: week, weekday: 4, 14), at(week: week, weekday: 5, 9, 30), at(week: week + 1, weekday: 4, 14)]
            case .symposium:
                input.title = numbered(gen.pick(["重点企业恳谈会", "专精特新企业恳谈会", "百强民营企业总部恳谈会"]))
                input.venue = "歌华大厦"
                input.room = "多功能厅"
                input.organiser = gen.pick(["task-force-office", "development-reform"])
                input.capacity = String(gen.int(in: 20...30))
                minutes = 150
                let week = gen.int(in: -8...5)
                slots = [at(week: week, weekday: 4, 14), at(week: week, weekday: 4, 9, 30), at(week: week + 1, weekday: 4, 14)]
            case .seminar:
                let industry = gen.industry()
                input.title = numbered("\(industry.zh)产业研讨会")
                input.industry = industry.id
                (input.venue, input.room) = gen.pick([("元宇宙共享数字策展中心", ""), ("东城数字科技大厦", "报告厅")])
                input.organiser = gen.pick(["zhicheng-institute", "science-tech-bureau"])
                input.capacity = String(gen.int(in: 10...14))
                minutes = 150
                let week = gen.int(in: -8...5)
                slots = [at(week: week, weekday: 3, 14), at(week: week, weekday: 3, 9, 30), at(week: week + 1, weekday: 3, 14)]
            case .promotion:
                input.title = numbered("东城硅巷政策宣传推介会")
                input.venue = gen.pick(["北京展览馆", "国家会议中心", "中关村国际创新中心"])
                input.organiser = "task-force-office"
                input.capacity = "200"
                let week = gen.int(in: -8...5)
                slots = [at(week: week, weekday: 6, 10), at(week: week, weekday: 6, 14), at(week: week + 1, weekday: 6, 10)]
            }
            plans.append(Plan(order: order, base: input, slots: slots, minutes: minutes))
        }
        return plans
    }
}
