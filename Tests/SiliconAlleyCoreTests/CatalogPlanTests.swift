import Testing
@testable import SiliconAlleyCore

@Suite struct CatalogPlanTests {
    let plan = Catalog.plan

    @Test func tiers() {
        #expect(plan.tiers.map(\.id) == ["showcase", "extension", "radiation"])
        let showcase = plan.tier(id: "showcase")
        #expect(showcase?.name == "“青龙”硅巷展示区")
        #expect(showcase?.areaKm2 == 0.495)
        #expect(showcase?.boundary?.north == "北二环")
        #expect(showcase?.boundary?.south == "北新桥三条")
        #expect(showcase?.boundary?.east == "东直门北小街")
        #expect(showcase?.boundary?.west == "雍和宫大街")
        let ext = plan.tier(id: "extension")!
        #expect(ext.components.filter { $0.kind == "axis" }.count == 1)
        #expect(ext.components.filter { $0.kind == "belt" }.count == 2)
        #expect(ext.components.filter { $0.kind == "pole" }.count == 3)
    }

    @Test func industriesAreEightInFourPairs() {
        #expect(plan.industries.count == 8)
        #expect(plan.industryGroups.map(\.id) == ["pillar", "featured", "linking", "frontier"])
        for group in plan.industryGroups {
            #expect(plan.industries(inGroup: group.id).count == 2)
        }
        #expect(plan.industry(id: "ai")?.zh == "人工智能")
        #expect(plan.industry(id: "carbon-neutral")?.zh == "碳中和")
        #expect(plan.industries(inGroup: "frontier").map(\.zh) == ["元宇宙", "碳中和"])
    }

    @Test func qualifications() {
        #expect(plan.qualifications.count == 6)
        #expect(plan.targetQualifications.map(\.id) == ["srdi", "hnte"])
        #expect(plan.qualification(id: "hnte")?.badge == "国高新")
        #expect(plan.qualification(id: "little-giant")?.badge == "小巨人")
    }

    @Test func measuresAreFifteenInFiveGroupsOfThree() {
        #expect(plan.measures.count == 15)
        #expect(plan.measureGroups.count == 5)
        for g in 1...5 {
            #expect(plan.measures(inGroup: g).map(\.code) == ["\(g)-1", "\(g)-2", "\(g)-3"])
        }
        #expect(plan.measure(code: "1-1")?.zh == "打造硅巷创新龙头产品")
        #expect(plan.measure(code: "5-3")?.zh == "促进硅巷地域协同发展")
        #expect(plan.measureGroup(number: 4)?.zh == "集聚硅巷创新创业人才智力")
        // The plan's own order of the fifteen.
        let planOrder = "打造硅巷创新龙头产品、推动硅巷成果示范应用、强化硅巷标准引领制定、提供硅巷投资融资服务、推动硅巷企业跨越提升、支持硅巷重大项目落地、构建硅巷科技创新中心、建设硅巷共性验证平台、鼓励硅巷企业拓展市场、加强硅巷人才引进保障、定制硅巷人才贴身服务、畅通硅巷人才推荐通道、扶持硅巷初创团队成长、助力硅巷楼宇改造提升、促进硅巷地域协同发展"
        #expect(plan.measures.map(\.zh).joined(separator: "、") == planOrder)
        for m in plan.measures { #expect(m.short == m.zh.replacingOccurrences(of: "硅巷", with: "")) }
    }

    @Test func sixActions() {
        #expect(plan.actions.count == 6)
        #expect(plan.actions.map(\.order) == Array(1...6))
        for a in plan.actions {
            #expect(a.zh.hasSuffix("专项行动"))
            #expect(a.means.count == 2 && a.serves.count == 2)
        }
        #expect(plan.action(id: "party-building")?.short == "科创党建联促共进")
    }

    @Test func projects() {
        let industry = plan.projects(in: .industry5N)
        let space = plan.projects(in: .space5N)
        #expect(industry.filter(\.core).count == 5)
        #expect(space.filter(\.core).count == 5)
        #expect(industry.count + space.count == plan.projects.count)
        #expect(space.filter(\.approvalTrack).count == space.count)
        #expect(industry.filter(\.approvalTrack).isEmpty)
        #expect(plan.project(id: "jingtou-incubator")?.partners == ["中关村发展集团"])
        #expect(plan.project(id: "huanmao-incubator")?.partners == ["金隅投资物业"])
        #expect(plan.project(id: "digital-tech-tower")?.placeId == "digital-tech")
    }

    @Test func referencesResolve() {
        let tierIDs = Set(plan.tiers.map(\.id))
        for p in plan.places { #expect(tierIDs.contains(p.tier), "\(p.id)") }
        for p in plan.projects {
            if let placeID = p.placeId {
                let place = plan.place(id: placeID)
                #expect(place != nil, "\(p.id) → \(placeID)")
                #expect(p.tier == place?.tier, "\(p.id) tier should match its place")
            }
            if let t = p.tier { #expect(tierIDs.contains(t)) }
        }
        for i in plan.industries { #expect(plan.industryGroup(id: i.group) != nil) }
        for m in plan.measures { #expect(plan.measureGroup(number: m.group) != nil) }
    }

    @Test func idsAreUnique() {
        func unique(_ ids: [String]) -> Bool { Set(ids).count == ids.count }
        #expect(unique(plan.tiers.map(\.id)))
        #expect(unique(plan.places.map(\.id)))
        #expect(unique(plan.industries.map(\.id)))
        #expect(unique(plan.qualifications.map(\.id)))
        #expect(unique(plan.measures.map(\.code)))
        #expect(unique(plan.actions.map(\.id)))
        #expect(unique(plan.projects.map(\.id)))
        #expect(unique(plan.units.map(\.id)))
    }

    @Test func namedPlacesArePresent() {
        let names = Set(plan.places.map(\.zh))
        for name in ["歌华大厦", "雍和大厦", "东城数字科技大厦", "金隅环贸中心", "航星园", "中粮置地广场", "育树地块",
                     "龙潭地块", "硅巷驿站", "硅巷科创园", "元宇宙品牌宣传广场", "人才公寓", "四合院总部试点"] {
            #expect(names.contains(name), "\(name)")
        }
    }

    @Test func units() {
        #expect(plan.unit(id: "task-force-office")?.zh == "硅巷建设专班办公室")
        #expect(plan.unit(id: "service-platform")?.kind == .plan)
        #expect(plan.units.contains { $0.kind == .example })
    }

    @Test func unknownLookupsAreNil() {
        #expect(plan.industry(id: "nope") == nil)
        #expect(plan.measure(code: "6-1") == nil)
        #expect(plan.place(id: "") == nil)
    }
}
