import Testing
@testable import SiliconAlleyCore

/// Search over a few names: substring, then pinyin (keys made on the first pinyin query
/// and kept, so every later query, from any copy, answers the same).
@Suite struct NameMatchTests {
    @Test func substringThenPinyinAndTheSameAnswerEveryTime() {
        let m = NameMatch(["青龙胡同更新项目", "", "xm-001"])
        let copy = m
        for _ in 0..<2 {
            #expect(m.matches(""))
            #expect(m.matches("胡同"))
            #expect(m.matches("XM-0"))
            #expect(m.matches("qlht"))
            #expect(copy.matches("qinglong"))
            #expect(!m.matches("zzz"))
            #expect(!copy.matches("qlhx"))
        }
    }
}
