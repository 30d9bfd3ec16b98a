import Testing
@testable import SiliconAlleyCore

/// The parser's fast paths (keys in written order, short integers read from bytes) accept
/// and refuse exactly what the general rules do.
@Suite struct JSONParserTests {
    private func parse(_ text: String) -> JSONValue? { try? JSONParser.parse(text) }

    @Test func aRepeatedKeyIsRefusedInAnyOrder() {
        #expect(parse(#"{"a":1,"a":2}"#) == nil)
        #expect(parse(#"{"a":1,"b":2,"a":3}"#) == nil)
        #expect(parse(#"{"b":1,"a":2,"b":3}"#) == nil)
        // The same key written once plainly and once escaped.
        #expect(parse(#"{"a":1,"\u0061":2}"#) == nil)
        #expect(parse(#"{"\u0062":1,"a":2,"b":3}"#) == nil)
        // A key that is a prefix of the next is a different key.
        #expect(parse(#"{"a":1,"ab":2,"b":3}"#)?.objectValue?.count == 3)
        #expect(parse(#"{"b":1,"a":2,"c":3}"#)?.objectValue?.count == 3)
    }

    @Test func integersReadFromBytesMatchTheirText() {
        for text in ["0", "-0", "7", "-42", "123456789012345678", "-123456789012345678", "1234567890123456789",
                     "9223372036854775807", "-9223372036854775808"] {
            #expect(parse(text) == .int(Int64(text)!), "\(text)")
        }
        // Beyond Int64 and with fractions or exponents: doubles, as before.
        #expect(parse("9223372036854775808") == .double(9223372036854775808))
        #expect(parse("1.5") == .double(1.5))
        #expect(parse("2e3") == .double(2000))
        #expect(parse("01") == nil)
        #expect(parse("-") == nil)
    }
}
