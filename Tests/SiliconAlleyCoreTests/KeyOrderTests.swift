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

    /// A table sorted with its keys packed reads back the same keys and values, in the
    /// order `String` gives, for keys of every length up to 16 and for any other key.
    @Test func keySortedReadsBackWhatStringOrderGives() {
        var table: [String: Int] = ["": 0, "ent-1": 1, "ent-10": 10, "ent-9": 9, "abcdefgh": 8, "abcdefghijklmnop": 16, "abcdefghi": 9]
        for n in 1...2_000 { table["ent-\(n * 7919 % 100_003)"] = n }
        let sorted = KeySorted(table)
        #expect(sorted.count == table.count)
        #expect((0..<sorted.count).map { sorted[$0].key } == table.keys.sorted())
        #expect((0..<sorted.count).allSatisfy { table[sorted[$0].key] == sorted[$0].value })
        for key in ["", "a", "ent-1234", "abcdefgh", "abcdefghi", "0123456789abcdef"] {
            #expect(KeyOrder.string(KeyOrder.packed(key)!) == key)
        }
        let other = ["企业-2": 2, "a-very-long-record-key-over-sixteen": 1, "ent-3": 3]
        let fallback = KeySorted(other)
        #expect((0..<fallback.count).map { fallback[$0].key } == other.keys.sorted())
        #expect((0..<fallback.count).map { fallback[$0].value } == other.keys.sorted().map { other[$0]! })
    }
}
