import Foundation
import Testing
@testable import SiliconAlleyCore

@Suite struct EnterpriseSearchTests {
    let dir = TempDir("search")

    func ids(_ s: EnterpriseSearch, _ text: String, sort: EnterpriseSortKey = .name, ascending: Bool = true) -> [String] {
        s.results(EnterpriseFilter(text: text), sort: sort, ascending: ascending, today: .today()).map(\.id)
    }

    @Test func findsByNameUSCCAndPinyinInNameOrder() throws {
        let store = try JournalStore(path: dir.file("j.jsonl"), actor: TestData.admin)
        try store.perform([
            RegisterEnterprise(TestData.enterprise(1, name: "北京青龙智能科技有限公司")),
            RegisterEnterprise(TestData.enterprise(2, name: "北京雍和数据有限公司")),
            RegisterEnterprise(TestData.enterprise(3, name: "青龙数智能源有限公司")),
        ])
        let s = EnterpriseSearch(state: store.state)
        let byName = { (n: String) in store.state.enterprises.values.first { $0.name == n }!.id }
        #expect(ids(s, "qlzn") == [byName("北京青龙智能科技有限公司")])
        #expect(Set(ids(s, "qinglong")) == [byName("北京青龙智能科技有限公司"), byName("青龙数智能源有限公司")])
        #expect(ids(s, "雍和") == [byName("北京雍和数据有限公司")])
        #expect(ids(s, String(TestData.uscc(2).suffix(6)).lowercased()) == [byName("北京雍和数据有限公司")])
        // Narrowing keeps the answer the same as asking afresh.
        _ = ids(s, "q"); _ = ids(s, "ql")
        #expect(ids(s, "qlz") == ids(EnterpriseSearch(state: store.state), "qlz"))
        #expect(ids(s, "", ascending: false) == ids(s, "").reversed())
    }

    @Test func anUpdateEqualsARebuild() throws {
        let store = try JournalStore(path: dir.file("j.jsonl"), actor: TestData.admin)
        try store.perform((1...40).map { RegisterEnterprise(TestData.enterprise($0)) })
        let before = EnterpriseSearch(state: store.state)
        let some = store.state.enterprises.values.sorted { $0.id < $1.id }
        try store.perform(EditEnterprise(id: some[3].id, input: EnterpriseInput(name: "阿尔法青龙有限公司", uscc: some[3].uscc, industry: "ai"), basedOn: nil))
        try store.perform(MarkEnterpriseMovedOut(id: some[5].id, date: "2025-01-01", reason: "迁往海淀"))
        try store.perform(RegisterEnterprise(TestData.enterprise(99, name: "泽塔科技有限公司")))
        let updated = before.updated(to: store.state, today: .today())
        let rebuilt = EnterpriseSearch(state: store.state)
        for q in ["", "qinglong", "测试", "泽塔", "aer"] {
            #expect(ids(updated, q) == ids(rebuilt, q), "query \(q)")
        }
        #expect(updated.activeCount == rebuilt.activeCount)
        #expect(updated.count == 41)
        #expect(before.updated(to: store.state, today: .today()).seq == store.head.seq)
    }
}
