import Testing
@testable import TerminalUI

@Suite struct DisplayWidthTests {
    @Test func basicWidths() {
        #expect(DisplayWidth.of("A" as Character) == 1)
        #expect(DisplayWidth.of("青" as Character) == 2)
        #expect(DisplayWidth.of("Ａ" as Character) == 2)          // fullwidth A
        #expect(DisplayWidth.of(scalar: "\u{0301}") == 0)         // combining acute
        #expect(DisplayWidth.of("e\u{0301}" as Character) == 1)
        #expect(DisplayWidth.of("北京青龙") == 8)
        #expect(DisplayWidth.of("ab青") == 4)
    }

    @Test func zeroWidthAndEmoji() {
        #expect(DisplayWidth.of(scalar: "\u{200D}") == 0)        // ZWJ
        #expect(DisplayWidth.of(scalar: "\u{FE0F}") == 0)        // variation selector
        #expect(DisplayWidth.of("😀" as Character) == 2)
        #expect(DisplayWidth.of("\u{2764}\u{FE0F}" as Character) == 2)  // ❤️ emoji presentation
        #expect(DisplayWidth.of("🇨🇳" as Character) == 2)
        #expect(DisplayWidth.of("，" as Character) == 2)          // fullwidth comma
        #expect(DisplayWidth.of("─" as Character) == 1)
    }

    @Test func tableIsSortedAndPaired() {
        for table in [WidthTable.wide, WidthTable.zero] {
            #expect(table.count % 2 == 0)
            for i in stride(from: 0, to: table.count, by: 2) {
                #expect(table[i] <= table[i + 1])
                if i + 2 < table.count { #expect(table[i + 1] < table[i + 2]) }
            }
        }
    }
}
