import Testing
@testable import SiliconAlleyCore

@Suite struct PinyinMatchTests {
    let qinglong = PinyinKey("北京青龙智能科技有限公司")

    // Rare historical readings count too (能 also reads tai/nai/xiong, 技 also qi), so
    // rejections below avoid them; see data/pinyin/readings.txt.
    @Test(arguments: ["qlzn", "bjql", "qinglong", "qinglongzhineng", "qingl", "longzhin",
                      "qlzhineng", "beijingqinglongzhinengkejiyouxiangongsi", "q", "gs", "qing long"])
    func findsQinglong(query: String) {
        #expect(qinglong.matches(query))
    }

    @Test(arguments: ["xq", "qlzk", "qinglongke", "longqing", "qinglongs", "bjqlx", "z9", "qinq"])
    func rejectsOthers(query: String) {
        #expect(!qinglong.matches(query))
    }

    @Test func polyphonicCharactersMatchAnyReading() {
        let bank = PinyinKey("银行")
        #expect(bank.matches("yinhang"))
        #expect(bank.matches("yh"))
        #expect(bank.matches("yinxing"))
        #expect(!bank.matches("yinhangx"))
        #expect(PinyinKey("重庆").matches("chongqing"))
        #expect(PinyinKey("重庆").matches("cq"))
        #expect(PinyinKey("长安").matches("changan"))
        #expect(PinyinKey("长安").matches("zhangan"))
    }

    @Test func caseIsTheCallersJob() {
        // Queries must arrive lowercased; anything else is not a pinyin query.
        #expect(!qinglong.matches("QLZN"))
        #expect(qinglong.matches("QLZN".lowercased()))
        #expect(!PinyinQuery("QL").isPinyin)
        #expect(!qinglong.matches("青龙"))
    }

    @Test func emptyQueryMatchesEverything() {
        #expect(PinyinQuery("").isEmpty)
        #expect(qinglong.matches(""))
    }

    @Test func latinLettersAndDigitsMatchThemselves() {
        let key = PinyinKey("北京ABC云计算（2号楼）")
        #expect(key.matches("abcyjs"))
        #expect(key.matches("bjabc"))
        #expect(key.matches("yunjisuan2"))
        #expect(key.matches("js2hl"))  // the full-width parenthesis is skipped
        #expect(!key.matches("abd"))
        #expect(PinyinKey("Ｘ１科技").matches("x1kj"))
    }

    @Test func characterWithoutReadingBreaksARun() {
        let key = PinyinKey("青𠀀龙")
        #expect(key.matches("qing"))
        #expect(key.matches("long"))
        #expect(!key.matches("ql"))
    }

    @Test func longQueriesUseTheSlowPathCorrectly() {
        let name = String(repeating: "青龙", count: 20)
        let key = PinyinKey(name)
        let full = String(repeating: "qinglong", count: 20)  // 160 letters
        #expect(key.matches(full))
        #expect(!key.matches(full + "q"))
        #expect(key.matches(String(repeating: "ql", count: 20)))
    }

    @Test func indexReturnsPositionsAndNarrows() {
        let index = PinyinIndex(["北京青龙智能科技有限公司", "中国工商银行", "重庆火锅", "行星科技", "青岛啤酒"])
        #expect(index.count == 5)
        #expect(index.matches("ql") == [0])
        #expect(index.matches("qing") == [0, 2, 4])  // 重庆 has qing too
        #expect(index.matches("hang") == [1, 3])
        #expect(index.matches("kj") == [0, 3])
        #expect(index.matches("") == [0, 1, 2, 3, 4])
        let first = index.matches(PinyinQuery("q"))
        #expect(first == [0, 2, 3, 4])  // 技 also reads qi (kHanyuPinyin)
        #expect(index.matches(PinyinQuery("qd"), among: first) == [4])
        #expect(index.matches(PinyinQuery("qd")) == [4])
    }
}
