import Testing
@testable import SiliconAlleyCore

@Suite struct KeyOrderTests {
    @Test func packedKeysSortAsStringsDo() {
        var keys = ["ent-10", "ent-9", "ent-1", "ent-100", "ent-", "e", "ent-1000000000000", "ENT-5", "ent-1a", "ent-1 ", "tkt-2026-000001"]
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let n = Int.random(in: 1...16, using: &rng)
            keys.append(String((0..<n).map { _ in Character(Unicode.Scalar(UInt8.random(in: 0x21...0x7E, using: &rng))) }))
        }
        keys = Array(Set(keys))
        #expect(KeyOrder.sorted(keys.shuffled(), by: { $0 }) == keys.sorted())
    }

    @Test func longOrNonASCIIKeysFallBackToStringOrder() {
        let keys = ["企业-2", "企业-10", "ent-3", "a-very-long-record-key-over-sixteen", "ent-20"]
        #expect(KeyOrder.sorted(keys.shuffled(), by: { $0 }) == keys.sorted())
        let withNul = ["a\u{0}b", "a", "ab"]
        #expect(KeyOrder.sorted(withNul.shuffled(), by: { $0 }) == withNul.sorted())
    }
}
