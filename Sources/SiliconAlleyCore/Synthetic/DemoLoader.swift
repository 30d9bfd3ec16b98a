/// `silicon-alley demo`: a deterministic synthetic dataset appended through the normal
/// command path, in batches (one lock and one fsync per batch) as an import would be.
/// Several loaders may run on one journal at once: a batch refused because another
/// process took a USCC first is regenerated and retried.
public struct DemoLoader {
    public var enterprises = 200
    public var apartments = 40
    public var activities = 20
    public var tickets = 100
    public var seed: UInt64 = 1
    public var batchSize = 250

    public init() {}

    public struct Summary: Sendable {
        public var lines = 0
        public var batches = 0
        public var retries = 0
    }

    public func run(on store: JournalStore, progress: (String) -> Void = { _ in }) throws -> Summary {
        var gen = SyntheticGenerator(seed: seed, catalog: store.catalog, referenceDate: .today())
        var summary = Summary()
        let today = LocalDate.today()

        func flush(_ commands: inout [any Command]) throws {
            while !commands.isEmpty {
                do {
                    let lines = try store.perform(commands, today: today)
                    summary.lines += lines.count
                    summary.batches += 1
                    commands.removeAll()
                } catch let caught where caught is BatchRejected || caught is CommandRejected {
                    // A one-command batch is refused as itself, not as a batch item.
                    let e = caught as? BatchRejected ?? BatchRejected(index: 0, rejection: caught as! CommandRejected)
                    let r = e.rejection
                    if r.error(for: "uscc") != nil || r.error(for: "idNumber") != nil || r.error(for: "unit") != nil {
                        // Another loader took a code first: give every clashing record a fresh one.
                        commands = Self.renumber(commands, against: store.state, with: &gen)
                    } else {
                        // Another loader leased that flat or filled that event: leave this one out.
                        commands.remove(at: e.index)
                    }
                    summary.retries += 1
                }
            }
        }

        // The district baseline and a current figure, once per journal.
        if store.state.statistics.isEmpty {
            var cmds: [any Command] = [
                RecordDistrictStatistic(date: "2023-12-31", srdiCount: "412", highTechCount: "1268", note: "2023年底基线（演示数据）"),
                RecordDistrictStatistic(date: today.description, srdiCount: "468", highTechCount: "1342", note: "演示数据"),
            ]
            try flush(&cmds)
        }

        // Enterprises, each with its qualifications and now and then a support grant.
        var batch: [any Command] = []
        func enterpriseCommands(_ g: inout SyntheticGenerator) -> [any Command] {
            let e = g.enterprise()
            var cmds: [any Command] = [RegisterEnterprise(EnterpriseInput(
                name: e.name, uscc: e.uscc, industry: e.industryID, place: e.address.placeID,
                address: "\(e.address.floor)层 \(e.address.room)室", area: e.leasedArea.description,
                headcount: String(e.headcount), settled: e.settledOn.description,
                contact: e.contact.name, phone: e.contact.mobile))]
            for q in e.qualifications {
                let granted = LocalDate(year: q.year, month: g.int(in: 1...12), day: g.int(in: 1...28))!
                let start = min(granted, today)
                let expiry = LocalDate(year: start.year + 3, month: start.month, day: start.day) ?? start.adding(days: 1095)
                cmds.append(GrantQualification(enterprise: e.uscc, qualification: q.qualificationID,
                                               granted: start.description, expires: expiry.description))
            }
            if g.chance(0.15) {
                let m = g.pick(store.catalog.measures)
                cmds.append(RecordSupport(enterprise: e.uscc, measure: m.code, amount: String(g.int(in: 5...200) * 10_000),
                                          date: g.date(in: LocalDate(year: 2024, month: 1, day: 1)!...today).description))
            }
            return cmds
        }
        for _ in 0..<enterprises {
            batch.append(contentsOf: enterpriseCommands(&gen))
            if batch.count >= batchSize {
                try flush(&batch)
                progress("enterprises: \(summary.lines) lines")
            }
        }
        try flush(&batch)

        // Talent apartments, talents, leases for about two thirds of them.
        let layouts = ["一室一厅", "两室一厅", "开间", "一室"]
        for i in 0..<apartments {
            let building = "硅巷人才公寓\(gen.int(in: 1...3))号楼"
            batch.append(AddApartment(building: building, unit: "\(gen.int(in: 1...12))\(String(format: "%02d", i % 100 + 1))-\(seed % 1000)-\(i)",
                                      layout: gen.pick(layouts), area: String(gen.int(in: 28...90)), rent: String(gen.int(in: 15...45) * 100)))
        }
        try flush(&batch)
        let entIds = store.state.enterprises.keys.sorted()
        let categories = ["A类 顶尖人才", "B类 领军人才", "C类 骨干人才", "D类 青年人才"]
        var people: [SyntheticPerson] = []
        for _ in 0..<apartments {
            let person = gen.person()
            people.append(person)
            batch.append(RegisterTalent(name: person.name, idNumber: person.residentID, phone: person.mobile,
                                        employer: entIds.isEmpty ? "" : gen.pick(entIds), category: gen.pick(categories)))
        }
        try flush(&batch)
        let vacant = store.state.apartments.values.filter { a in !store.state.leases.values.contains { $0.apartment == a.id } }
            .map(\.id).sorted()
        let unhoused = store.state.talents.values.filter { t in !store.state.leases.values.contains { $0.talent == t.id } }
            .map(\.id).sorted()
        for (apt, tal) in zip(vacant, unhoused).prefix(apartments * 2 / 3) {
            let start = gen.date(in: LocalDate(year: 2024, month: 1, day: 1)!...today)
            batch.append(SignLease(apartment: apt, talent: tal, start: start.description, end: start.adding(days: 730).description))
        }
        try flush(&batch)

        // Events with registrations.
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
            batch.append(CreateActivity(title: gen.pick(titles[type]!) + "（第\(gen.int(in: 1...9))期）", type: type,
                                        date: date.description, time: "\(gen.int(in: 9...16)):\(gen.pick(["00", "30"]))",
                                        venue: gen.pick(venues), organiser: "硅巷建设专班办公室", capacity: String(gen.int(in: 30...200))))
        }
        try flush(&batch)
        let actIds = store.state.activities.values.filter { $0.status == .scheduled }.map(\.id).sorted()
        if !actIds.isEmpty && !entIds.isEmpty {
            for _ in 0..<(activities * 5) {
                let p = gen.person()
                batch.append(RegisterForActivity(activity: gen.pick(actIds), enterprise: gen.pick(entIds), person: p.name, phone: p.mobile))
                if batch.count >= batchSize { try flush(&batch) }
            }
            try flush(&batch)
        }

        // Service-window tickets, a third of them already in progress.
        let descriptions: [TicketType: [String]] = [
            .administrative: ["营业执照地址变更", "办理入驻备案"], .ipProtection: ["商标侵权投诉咨询", "专利快速预审"],
            .policy: ["申请房租补贴", "申报创新龙头产品支持"], .talent: ["人才公寓申请咨询", "子女入学协调"],
            .space: ["寻找 300 平米办公空间", "四合院总部选址"], .party: ["成立党支部咨询"], .other: ["其他咨询"],
        ]
        for _ in 0..<tickets {
            let type = gen.pick(TicketType.allCases)
            let measure = type == .policy ? gen.pick(store.catalog.measures).code : ""
            batch.append(AcceptTicket(enterprise: entIds.isEmpty ? "" : gen.pick(entIds),
                                      applicantName: entIds.isEmpty ? gen.personName(sex: .female) : "",
                                      applicantPhone: entIds.isEmpty ? gen.mobile() : "", type: type, measure: measure,
                                      description: gen.pick(descriptions[type]!), documents: ["营业执照", "申请表"],
                                      unit: "青龙硅巷公共服务平台", due: today.adding(days: gen.int(in: 1...20))))
            if batch.count >= batchSize { try flush(&batch) }
        }
        try flush(&batch)
        return summary
    }

    /// New USCCs (and ID numbers) for records whose code is already taken, carried into
    /// the commands of the batch that refer to them.
    static func renumber(_ commands: [any Command], against state: DomainState, with g: inout SyntheticGenerator) -> [any Command] {
        var renamed: [String: String] = [:]
        let takenIDs = Set(state.talents.values.map(\.idNumber))
        return commands.map { c -> any Command in
            switch c {
            case var r as RegisterEnterprise where state.usccIndex[r.input.uscc] != nil:
                let fresh = g.uscc()
                renamed[r.input.uscc] = fresh
                r.input.uscc = fresh
                return r
            case var q as GrantQualification:
                if let n = renamed[q.enterprise] { q.enterprise = n }
                return q
            case var s as RecordSupport:
                if let n = renamed[s.enterprise] { s.enterprise = n }
                return s
            case var a as AddApartment where state.apartments.values.contains(where: { $0.building == a.building && $0.unit == a.unit }):
                a.unit += "-\(g.int(in: 100...999))"
                return a
            case var t as RegisterTalent where takenIDs.contains(t.idNumber):
                t.idNumber = g.person().residentID
                return t
            default:
                return c
            }
        }
    }
}

import Foundation
