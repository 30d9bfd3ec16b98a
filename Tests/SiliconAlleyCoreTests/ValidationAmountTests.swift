import Foundation
import Testing
@testable import SiliconAlleyCore

@Suite struct ValidationAmountTests {
    @Test(arguments: [("500000", Int64(50_000_000)), ("500,000.00", 50_000_000), ("¥1,240.5", 124_050),
                      ("￥300 元", 30_000), ("0", 0), ("0.01", 1), ("1,234,567.89", 123_456_789),
                      (" ５００ ", 50_000), ("12.3", 1_230), ("5万", 5_000_000), ("5.5万", 5_500_000),
                      ("1.25亿", 12_500_000_000), ("¥12万元", 12_000_000), ("0.0001万", 100)])
    func moneyParses(text: String, fen: Int64) throws {
        #expect(try Money.parse(text).fen == fen)
    }

    @Test(arguments: ["-5", "¥-5", "-¥5", "1.234", "12,34", "1,2345", ",100", "1..2", "1.", ".5",
                      "abc", "", "¥", "1e5", "12 34", "9999999999999999", "五万", "5万万", "0.0000001万", "万", "1e5万"])
    func moneyRejects(text: String) {
        let e = #expect(throws: FieldError.self) { try Money.parse(text, field: "grant") }
        #expect(e?.field == "grant")
    }

    @Test func moneyMessagesSayWhichFormsAreAccepted() {
        let e = #expect(throws: FieldError.self) { try Money.parse("1e5") }
        #expect(e?.zh.contains("5万") == true)
        #expect(e?.en.contains("50,000.00") == true)
    }

    @Test func moneyMessages() {
        #expect((#expect(throws: FieldError.self) { try Money.parse("-1") })?.zh == "金额不能为负数")
        #expect((#expect(throws: FieldError.self) { try Money.parse("1.005") })?.en == "at most two decimal places")
    }

    @Test func moneyFormats() {
        #expect(Money(fen: 50_000_000).formatted == "¥500,000.00")
        #expect(Money(fen: 124_050).formatted == "¥1,240.50")
        #expect(Money(fen: 5).formatted == "¥0.05")
        #expect(Money(fen: 100_000).description == "¥1,000.00")
        #expect(Money(fen: -150).formatted == "-¥1.50")
        #expect(Money(yuan: 3) + Money(fen: 1) == Money(fen: 301))
    }

    @Test func moneyCodableAsFen() throws {
        let data = try JSONEncoder().encode([Money(fen: 12345)])
        #expect(String(decoding: data, as: UTF8.self) == "[12345]")
    }

    @Test(arguments: [("1240", Int64(124_000)), ("1,240.5", 124_050), ("1240 m²", 124_000),
                      ("1240㎡", 124_000), ("85.25平方米", 8_525), ("60平米", 6_000), ("0", 0)])
    func areaParses(text: String, hundredths: Int64) throws {
        #expect(try Area.parse(text).hundredths == hundredths)
    }

    @Test(arguments: ["-1", "1.234", "", "m²", "abc"])
    func areaRejects(text: String) {
        #expect(throws: FieldError.self) { try Area.parse(text) }
    }

    @Test func areaFormats() {
        #expect(Area(squareMetres: 1240).formatted == "1,240 m²")
        #expect(Area(hundredths: 124_050).formatted == "1,240.50 m²")
        #expect(Area(hundredths: 5).formatted == "0.05 m²")
    }

    @Test func countParses() throws {
        #expect(try Count.parse("120") == 120)
        #expect(try Count.parse("1,200人") == 1200)
        #expect(try Count.parse("０") == 0)
        for bad in ["-1", "1.5", "", "abc", "99999999999"] {
            #expect(throws: FieldError.self) { try Count.parse(bad, field: "headcount") }
        }
        #expect((#expect(throws: FieldError.self) { try Count.parse("1.5") })?.en == "count must be a whole number")
    }
}
