import Testing
@testable import SiliconAlleyCore

/// `area` and `headcount` are kept without an optional's byte: every value reads back,
/// none reads as another, and a negative one stays negative for the rules to refuse.
@Suite struct EnterpriseLayoutTests {
    static func record(area: Area?, headcount: Int?) -> Enterprise {
        Enterprise(id: "ent-1", name: "东城测试科技有限公司", uscc: "91110101MA01234567", industry: "ai", area: area, headcount: headcount)
    }

    @Test func valuesAndNoneReadBack() {
        for (area, headcount) in [(nil, nil), (Area.zero, 0), (Area(hundredths: 134_800), 443),
                                  (Area(hundredths: .max), Int(Int32.max)), (Area(hundredths: -1), -1)] as [(Area?, Int?)] {
            let e = Self.record(area: area, headcount: headcount)
            #expect(e.area == area && e.headcount == headcount)
            var f = e
            f.area = nil
            f.headcount = nil
            #expect(f.area == nil && f.headcount == nil)
            #expect((f == e) == (area == nil && headcount == nil))
        }
    }

    @Test func theSmallestValueStaysNegativeAndIsRefused() {
        let e = Self.record(area: Area(hundredths: .min), headcount: Int(Int64.min))
        #expect(e.area != nil && e.headcount != nil)
        #expect((e.area?.hundredths ?? 0) < 0 && (e.headcount ?? 0) < 0)
        #expect(e.brokenRule(catalog: .plan) != nil)
    }

    @Test func aRecordFitsA208ByteBlock() {
        // The box is a 16-byte header and the record; glibc rounds a block up to 16 with 8 of its own.
        #expect(MemoryLayout<Enterprise>.size <= 184)
    }
}
