import Testing
@testable import SiliconAlleyCore

@Suite struct NameCollationTests {
    /// The order a Chinese reader expects, pinned: pinyin of each character in turn, Latin
    /// letters among them by their own letters, same-sounding characters by code point.
    @Test func aDozenNamesInPinyinOrder() {
        let names = ["中关村科技", "北京青龙智能", "安徽数据", "东城文化", "青龙数智", "雍和大厦", "歌华传媒",
                     "阿里云", "Acme科技", "航星园", "金隅环贸", "北京东直", "张江", "章程咨询"]
        let sorted = names.sorted(by: NameCollation.less)
        // Acme (a·c…) before 阿里 (a·li); 章程 (zhang·cheng) before 张江 (zhang·jiang).
        #expect(sorted == ["Acme科技", "阿里云", "安徽数据", "北京东直", "北京青龙智能", "东城文化", "歌华传媒", "航星园",
                           "金隅环贸", "青龙数智", "雍和大厦", "章程咨询", "张江", "中关村科技"])
        // Same sound, same next syllable: code point breaks the tie.
        #expect(NameCollation.less("张三", "章三"))
    }

    @Test func theRegistrySortsByPinyin() {
        var state = DomainState()
        for (i, n) in ["中关村科技有限公司", "北京甲有限公司", "安徽乙有限公司"].enumerated() {
            let e = Enterprise(id: "ent-\(i)", name: n, uscc: "X\(i)", industry: "ai")
            state.enterprises[e.id] = e
        }
        let search = EnterpriseSearch(state: state)
        let order = search.matches(EnterpriseFilter(), sort: .name, ascending: true, today: .today()).map { search.record($0).name }
        #expect(order == ["安徽乙有限公司", "北京甲有限公司", "中关村科技有限公司"])
    }
}
