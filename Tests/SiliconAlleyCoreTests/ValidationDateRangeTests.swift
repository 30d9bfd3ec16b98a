import Foundation
import Testing
@testable import SiliconAlleyCore

@Suite struct ValidationDateRangeTests {
    @Test func ordered() throws {
        let r = try DateRange.validate(startText: "2024-01-01", endText: "2024-12-31",
                                       startField: "leaseStart", endField: "leaseEnd")
        #expect(r.dayCount == 366)
        #expect(r.contains(LocalDate("2024-06-01")!))
        #expect(!r.contains(LocalDate("2025-01-01")!))
        #expect(try DateRange.validate(start: r.start, end: r.start).dayCount == 1)
    }

    @Test func reversedNamesEndField() {
        let e = #expect(throws: FieldError.self) {
            try DateRange.validate(startText: "2024-05-01", endText: "2024-04-30",
                                   startField: "leaseStart", endField: "leaseEnd")
        }
        #expect(e?.field == "leaseEnd")
        #expect(e?.zh.contains("不能早于") == true)
    }

    @Test func badStartNamesStartField() {
        let e = #expect(throws: FieldError.self) {
            try DateRange.validate(startText: "2024-02-30", endText: "2024-04-30",
                                   startField: "leaseStart", endField: "leaseEnd")
        }
        #expect(e?.field == "leaseStart")
    }

    @Test func codableRejectsReversed() throws {
        let r = DateRange(start: LocalDate("2024-01-01")!, end: LocalDate("2024-02-01")!)!
        let data = try JSONEncoder().encode(r)
        #expect(try JSONDecoder().decode(DateRange.self, from: data) == r)
        let bad = Data(#"{"start":"2024-03-01","end":"2024-02-01"}"#.utf8)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(DateRange.self, from: bad) }
    }
}
