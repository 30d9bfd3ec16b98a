import Testing
@testable import TerminalUI

@Suite struct SanitizerTests {
    @Test func oscTitleInjectionIsDefused() {
        let out = Sanitizer.clean("\u{1B}]0;pwned\u{07}")
        #expect(!out.unicodeScalars.contains("\u{1B}"))
        #expect(!out.unicodeScalars.contains("\u{07}"))
        #expect(out == "␛]0;pwned␇")
    }

    @Test func csiAndC1AndBidi() {
        let out = Sanitizer.clean("a\u{1B}[2Jb\u{9B}31mc\u{202E}d\u{7F}\t\r\n")
        #expect(out.unicodeScalars.allSatisfy { !Sanitizer.needsReplacement($0) })
        #expect(out == "a␛[2Jb\u{FFFD}31mc\u{FFFD}d␡␉␍␊")
    }

    @Test func widthStaysHonest() {
        let raw = "青\u{1B}\u{202E}x"
        let out = Sanitizer.clean(raw)
        #expect(DisplayWidth.of(out) == 2 + 1 + 1 + 1)
    }

    @Test func cleanTextUnchanged() {
        #expect(Sanitizer.clean("北京青龙 Ltd.") == "北京青龙 Ltd.")
    }
}
