import CNcursesw
import Testing
@testable import TerminalUI

@Suite struct KeyDecoderTests {
    private func chars(_ s: String) -> [RawInput] { s.unicodeScalars.map { .char($0.value) } }

    @Test func plainAndControlCharacters() {
        let keys = KeyDecoder.decode(chars("a青\r\t\u{7F}\u{13}\u{0C}"))
        #expect(keys == [.char("a"), .char("青"), .enter, .tab, .backspace, .ctrl("s"), .ctrl("l")])
    }

    @Test func escapeThenQuickCharIsAlt() {
        #expect(KeyDecoder.decode(chars("\u{1B}b")) == [.alt("b")])
        #expect(KeyDecoder.decode(chars("\u{1B}") + [.idle] + chars("b")) == [.escape, .char("b")])
        #expect(KeyDecoder.decode(chars("\u{1B}")) == [.escape])
        #expect(KeyDecoder.decode(chars("\u{1B}\u{1B}")) == [.escape, .escape])
    }

    @Test func bracketedPasteKeepsCJK() {
        let input = chars("\u{1B}[200~北京青龙\r智能 Ltd\u{1B}[201~x")
        #expect(KeyDecoder.decode(input) == [.paste("北京青龙\n智能 Ltd"), .char("x")])
    }

    @Test func functionKeysFromCodesAndSequences() {
        let keys = KeyDecoder.decode([.keyCode(sa_key_f(1)), .keyCode(sa_key_f(10)), .keyCode(KEY_BTAB),
                                      .keyCode(KEY_UP), .keyCode(sa_key_resize())]
                                     + chars("\u{1B}OP\u{1B}[21~\u{1B}[A\u{1B}[1;5D"))
        #expect(keys == [.function(1), .function(10), .backTab, .up, .resize,
                         .function(1), .function(10), .up, .alt("b")])
    }

    @Test func pendingStateAndFlush() {
        var d = KeyDecoder()
        #expect(d.feed(.char(0x1B)).isEmpty)
        #expect(d.isPending)
        #expect(d.flush() == [.escape])
        #expect(!d.isPending)
        #expect(d.feed(.keyCode(99999)) == [.unknown(99999)])
    }
}
