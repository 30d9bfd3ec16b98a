import Foundation
import Testing
@testable import SiliconAlleyCore

/// Catalogue ids kept as codes: the same text back, equal codes for equal ids, whether the
/// plan's catalogue knows the id or not.
@Suite struct CatalogCodeTests {
    @Test func everyCatalogueIdComesBack() {
        let c = Catalog.plan
        for id in c.industries.map(\.id) + c.places.map(\.id) + c.tiers.map(\.id) {
            #expect(CatalogCode(id).text == id)
            #expect(CatalogCode(id) == CatalogCode(String(id)))
        }
        #expect(CatalogCode(nil as String?) == .none)
        #expect(CatalogCode.none.text == nil)
    }

    @Test func anIdTheCatalogueLacksIsKeptToo() {
        let odd = ["", "挖矿", "an-id-much-longer-than-fifteen-bytes", "ai ", "AI"]
        for id in odd {
            #expect(CatalogCode(id).text == id)
            #expect(CatalogCode(id) == CatalogCode(id))
        }
        #expect(CatalogCode("ai") != CatalogCode("AI"))
        #expect(Set(odd.map(CatalogCode.init)).count == odd.count)
    }

    /// Threads adding new ids at once each get one code per id, and every code reads back.
    @Test func manyThreadsAddingIdsAgree() async {
        let ids = (0..<400).map { "test-only-\($0)-\(UUID().uuidString.prefix(6))" }
        let codes = await withTaskGroup(of: [CatalogCode].self) { group in
            for _ in 0..<4 { group.addTask { ids.shuffled().sorted().map(CatalogCode.init) } }
            var all: [[CatalogCode]] = []
            for await c in group { all.append(c) }
            return all
        }
        for c in codes { #expect(c == codes[0]) }
        #expect(zip(ids.sorted(), codes[0]).allSatisfy { $0.0 == $0.1.text })
    }

    /// A record keeps the three as codes and gives them back as text, through every setter.
    @Test func anEnterprisesIdsReadAndWriteAsText() {
        var e = Enterprise(id: "ent-1", name: "测试", uscc: TestData.uscc(1), industry: "ai", place: "gehua", tier: "showcase")
        #expect(e.industry == "ai" && e.place == "gehua" && e.tier == "showcase")
        e.place = nil
        e.tier = "no-such-tier"
        e.industry = "digital"
        #expect(e.place == nil && e.tier == "no-such-tier" && e.industry == "digital")
        #expect(e.placeCode == .none)
    }
}

extension CatalogCodeTests {
    /// A snapshot's bytes give the same code as the text, known or not.
    @Test func bytesGiveTheTextsCode() {
        let c = Catalog.plan
        for id in c.industries.map(\.id) + c.places.map(\.id) + c.tiers.map(\.id) + ["", "挖矿", "gehu", "gehuaa", "test-only-bytes"] {
            let code = Array(id.utf8).withUnsafeBytes { CatalogCode(utf8: $0) }
            #expect(code == CatalogCode(id) && code.text == id)
        }
    }
}
