import Testing
@testable import SiliconAlleyCore

@Suite struct ChainDigestTests {
    @Test func hexRoundTripsAndMatchesTheStringDigest() {
        let body: [UInt8] = Array(#"{"v":1,"seq":1"#.utf8)
        let value = body.withUnsafeBytes { ChainHash.digestValue(body: $0) }
        let text = body.withUnsafeBytes { ChainHash.digest(body: $0) }
        #expect(value.hex == text)
        #expect(ChainDigest(hex: text) == value)
        #expect(ChainDigest(hex: ChainHash.genesis) == .genesis)
        #expect(ChainDigest.genesis.hex == ChainHash.genesis)
    }

    @Test func onlySixtyFourLowercaseHexDigitsAreADigest() {
        let good = String(repeating: "0123456789abcdef", count: 4)
        #expect(ChainDigest(hex: good)?.hex == good)
        #expect(ChainDigest(hex: good.uppercased()) == nil)
        #expect(ChainDigest(hex: String(good.dropLast())) == nil)
        #expect(ChainDigest(hex: good + "0") == nil)
        for bad in ["g", " ", "/", ":", "`", "G", "中"] {
            // Each bad digit at the first, a middle and the last place.
            for at in [0, 31, 63] {
                var u = Array(good.utf8)
                u.replaceSubrange(at..<(at + 1), with: Array(bad.utf8))
                #expect(ChainDigest(hex: String(decoding: u, as: UTF8.self)) == nil, "\(bad) at \(at)")
            }
        }
    }

    @Test func digestsThatDifferInOneDigitDiffer() {
        let a = String(repeating: "a", count: 64)
        var u = Array(a.utf8)
        for at in stride(from: 0, to: 64, by: 7) {
            u[at] = UInt8(ascii: "b")
            #expect(ChainDigest(hex: String(decoding: u, as: UTF8.self)) != ChainDigest(hex: a))
            u[at] = UInt8(ascii: "a")
        }
    }
}
