import Testing
@testable import SiliconAlleyCore

@Suite struct SyntheticGeneratorTests {
    let reference = SyntheticGenerator.defaultReferenceDate

    @Test func splitMixIsDeterministicAndKnown() {
        var a = SplitMix64(seed: 0)
        var b = SplitMix64(seed: 0)
        let first = (0..<5).map { _ in a.next() }
        #expect(first == (0..<5).map { _ in b.next() })
        // Reference output of SplitMix64 seeded with 0.
        #expect(first[0] == 0xE220_A839_7B1D_CDAF)
        var c = SplitMix64(seed: 1)
        #expect(c.next() != first[0])
    }

    @Test func boundedDrawsStayInRange() {
        var r = SplitMix64(seed: 42)
        var seen = Set<Int>()
        for _ in 0..<2000 {
            let v = r.int(in: 3...7)
            #expect((3...7).contains(v))
            seen.insert(v)
        }
        #expect(seen == Set(3...7))
    }

    @Test func sameSeedSameOutput() {
        var a = SyntheticGenerator(seed: 2024)
        var b = SyntheticGenerator(seed: 2024)
        for _ in 0..<50 {
            #expect(a.enterprise() == b.enterprise())
        }
        var c = SyntheticGenerator(seed: 2025)
        var d = SyntheticGenerator(seed: 2024)
        #expect(c.enterprise() != d.enterprise())
    }

    @Test func thousandUSCCsAreValidAndUnique() throws {
        var g = SyntheticGenerator(seed: 7)
        var seen = Set<String>()
        for _ in 0..<1000 {
            let code = g.uscc()
            #expect(try USCC.validate(code) == code)
            #expect(SyntheticGenerator.organizationCodeCheck(String(Array(code)[8..<16])) == Array(code)[16])
            seen.insert(code)
        }
        #expect(seen.count == 1000)
    }

    @Test func thousandPeopleHaveValidIDsAgesAndMobiles() throws {
        var g = SyntheticGenerator(seed: 11)
        var ids = Set<String>()
        for _ in 0..<1000 {
            let p = g.person()
            #expect(try ResidentID.validate(p.residentID, today: reference) == p.residentID)
            #expect(ResidentID.birthDate(of: p.residentID) == p.birthDate)
            let sexDigit = Array(p.residentID)[16].wholeNumberValue!
            #expect((sexDigit % 2 == 1) == (p.sex == .male))
            let age = Self.age(of: p.birthDate, on: reference)
            #expect((22...60).contains(age), "age \(age)")
            #expect(try Mobile.validate(p.mobile) == p.mobile)
            #expect((2...4).contains(p.name.count))
            ids.insert(p.residentID)
        }
        #expect(ids.count == 1000)
    }

    @Test func enterpriseNamesLookReal() {
        var g = SyntheticGenerator(seed: 3)
        var names = Set<String>()
        for _ in 0..<500 {
            let name = g.enterpriseName(industryID: "ai")
            #expect(name.hasSuffix("公司"))
            #expect(name.contains("北京"))
            names.insert(name)
        }
        #expect(names.count == 500)
    }

    @Test func enterprisesUseCatalogue() {
        var g = SyntheticGenerator(seed: 99)
        let plan = Catalog.plan
        for _ in 0..<200 {
            let e = g.enterprise()
            #expect(plan.industry(id: e.industryID) != nil)
            let place = plan.place(id: e.address.placeID)
            #expect(place != nil)
            #expect(place?.tier == e.address.tier)
            #expect(e.address.text.hasPrefix(place?.zh ?? "?"))
            #expect(e.settledOn <= reference)
            #expect(e.leasedArea > .zero && e.headcount > 0)
            for grant in e.qualifications { #expect(plan.qualification(id: grant.qualificationID) != nil) }
        }
    }

    @Test func pickHelpers() {
        var g = SyntheticGenerator(seed: 5)
        let range = LocalDate(year: 2024, month: 2, day: 27)!...LocalDate(year: 2024, month: 3, day: 2)!
        for _ in 0..<100 { #expect(range.contains(g.date(in: range))) }
        let items = Array(1...10)
        #expect(g.shuffled(items).sorted() == items)
        #expect(items.contains(g.pick(items)))
    }

    @Test func organizationCodeCheckMatchesKnownCode() {
        // 802100433 is Baidu's organisation code inside 91110000802100433B.
        #expect(SyntheticGenerator.organizationCodeCheck("80210043") == "3")
    }

    static func age(of birth: LocalDate, on day: LocalDate) -> Int {
        var age = day.year - birth.year
        if (day.month, day.day) < (birth.month, birth.day) { age -= 1 }
        return age
    }
}
