import Foundation

/// Deterministic fake data for demos, benchmarks and tests: the same seed and
/// reference date always give the same sequence. Every code it makes passes the
/// validators, and USCCs, resident IDs, mobiles and enterprise names are unique per run.
public struct SyntheticGenerator: Sendable {
    public private(set) var rng: SplitMix64
    public let catalog: Catalog
    /// "Today" for ages and dates; fixed by default so output does not change day to day.
    public let referenceDate: LocalDate

    private var usccCounter = 0
    private let usccOffsets: (digits: Int, letters: Int)
    private var usedNames: Set<String> = []
    private var usedIDs: Set<String> = []
    private var usedMobiles: Set<String> = []

    public static let defaultReferenceDate = LocalDate(year: 2025, month: 6, day: 30)!

    public init(seed: UInt64, catalog: Catalog = .plan, referenceDate: LocalDate = defaultReferenceDate) {
        var rng = SplitMix64(seed: seed)
        self.usccOffsets = (rng.next(below: 100_000_000), rng.next(below: Self.letterSpace))
        self.rng = rng
        self.catalog = catalog
        self.referenceDate = referenceDate
    }

    // MARK: Pick helpers

    public mutating func int(in range: ClosedRange<Int>) -> Int { rng.int(in: range) }

    public mutating func chance(_ probability: Double) -> Bool { rng.chance(probability) }

    public mutating func pick<T>(_ items: [T]) -> T {
        precondition(!items.isEmpty, "pick from an empty list")
        return items[rng.next(below: items.count)]
    }

    /// A uniformly chosen day in the closed range.
    public mutating func date(in range: ClosedRange<LocalDate>) -> LocalDate {
        range.lowerBound.adding(days: rng.next(below: range.lowerBound.days(until: range.upperBound) + 1))
    }

    public mutating func shuffled<T>(_ items: [T]) -> [T] {
        var result = items
        guard result.count > 1 else { return result }
        for i in stride(from: result.count - 1, to: 0, by: -1) {
            result.swapAt(i, rng.next(below: i + 1))
        }
        return result
    }

    public mutating func industry() -> Industry { pick(catalog.industries) }

    // MARK: Codes

    /// 31^5 synthetic "MA0xxxxx" organisation-code bodies.
    private static let letterSpace = 28_629_151

    /// A valid USCC, unique within this generator: the organisation-code part is an
    /// injective function of a counter (multiplying by a unit mod the space), in either
    /// the old all-digit form or the post-2015 "MA" form.
    public mutating func uscc() -> String {
        let n = usccCounter
        usccCounter += 1
        let body: String
        if rng.chance(0.6) {
            // 7_654_321 is coprime to 10^8, so n ↦ body is one-to-one.
            let v = (usccOffsets.digits + n * 7_654_321) % 100_000_000
            let digits = String(v)
            body = String(repeating: "0", count: 8 - digits.count) + digits
        } else {
            // 7919 is coprime to 31^5.
            var v = (usccOffsets.letters + n * 7919) % Self.letterSpace
            var chars: [Character] = []
            for _ in 0..<5 {
                chars.append(USCC.charset[v % 31])
                v /= 31
            }
            body = "MA0" + String(chars)
        }
        let orgCode = body + String(Self.organizationCodeCheck(body))
        return USCC.make(first17: "91" + pick(SyntheticVocabulary.usccDivisions) + orgCode)!
    }

    /// GB 11714 check character of an 8-character organisation-code body.
    static func organizationCodeCheck(_ body: String) -> Character {
        let weights = [3, 7, 9, 10, 5, 8, 4, 2]
        var sum = 0
        for (c, w) in zip(body, weights) {
            let value = c.wholeNumberValue ?? Int(c.asciiValue!) - 55  // A = 10 … Z = 35
            sum += value * w
        }
        let check = 11 - sum % 11
        return check == 10 ? "X" : check == 11 ? "0" : Character(String(check))
    }

    /// A valid resident ID for the given birth date and sex (odd sequence digit = male).
    public mutating func residentID(birthDate: LocalDate, sex: SyntheticPerson.Sex) -> String {
        let compact = birthDate.description.replacingOccurrences(of: "-", with: "")
        while true {
            var seq = rng.next(below: 1000)
            if (seq % 2 == 1) != (sex == .male) { seq = (seq + 1) % 1000 }
            let seqText = String(seq)
            let first17 = pick(SyntheticVocabulary.addressCodes) + compact
                + String(repeating: "0", count: 3 - seqText.count) + seqText
            let id = ResidentID.make(first17: first17)!
            if usedIDs.insert(id).inserted { return id }
        }
    }

    /// A valid, unique mainland mobile number (11 digits).
    public mutating func mobile() -> String {
        while true {
            let number = pick(SyntheticVocabulary.mobilePrefixes)
                + (0..<8).map { _ in String(rng.next(below: 10)) }.joined()
            if usedMobiles.insert(number).inserted { return number }
        }
    }

    // MARK: Names

    public mutating func personName(sex: SyntheticPerson.Sex) -> String {
        let surname = rng.chance(0.02) ? pick(SyntheticVocabulary.compoundSurnames) : pick(SyntheticVocabulary.surnames)
        let pool = sex == .male ? SyntheticVocabulary.givenMale : SyntheticVocabulary.givenFemale
        if rng.chance(0.3) { return surname + pick(pool) }
        return surname + (rng.chance(0.5) ? pick(SyntheticVocabulary.givenEither) : pick(pool)) + pick(pool)
    }

    /// A person aged 22–60 on the reference date.
    public mutating func person() -> SyntheticPerson {
        let sex: SyntheticPerson.Sex = rng.chance(0.5) ? .male : .female
        let latest = Self.yearsBefore(referenceDate, 22)
        let earliest = Self.yearsBefore(referenceDate, 61).adding(days: 1)
        let birth = date(in: earliest...latest)
        return SyntheticPerson(name: personName(sex: sex), sex: sex, birthDate: birth,
                               residentID: residentID(birthDate: birth, sex: sex), mobile: mobile())
    }

    /// A unique enterprise name such as 北京青龙智能科技有限公司 or 星河（北京）医疗科技有限公司.
    public mutating func enterpriseName(industryID: String? = nil) -> String {
        let words = SyntheticVocabulary.industryWords[industryID ?? industry().id]
            ?? SyntheticVocabulary.industryWords["tech-services"]!
        for attempt in 0... {
            var brand = pick(SyntheticVocabulary.brands)
            if attempt > 20 || rng.chance(0.25) { brand += pick(SyntheticVocabulary.brands) }
            let word = pick(words)
            let suffix = pick(SyntheticVocabulary.companySuffixes)
            let name = rng.chance(0.8) ? "北京" + brand + word + suffix : brand + "（北京）" + word + suffix
            if usedNames.insert(name).inserted { return name }
        }
        fatalError("unreachable")
    }

    // MARK: Places and enterprises

    /// An office in a catalogue building, park or service site.
    public mutating func address() -> SyntheticAddress {
        let offices = catalog.places.filter { ["building", "park", "service"].contains($0.kind) }
        let place = pick(offices)
        let floor = place.kind == "building" ? int(in: 1...28) : int(in: 1...5)
        let room = String(floor * 100 + int(in: 1...20))
        return SyntheticAddress(placeID: place.id, tier: place.tier, floor: floor, room: room,
                                text: "\(place.zh) \(floor)层 \(room)室")
    }

    public mutating func enterprise() -> SyntheticEnterprise {
        let industryID = industry().id
        let name = enterpriseName(industryID: industryID)
        let code = uscc()
        let addr = address()
        let area = Area(hundredths: Int64(int(in: 40...3000)) * 100 + (chance(0.2) ? 50 : 0))
        let headcount = int(in: 3...500)
        let settled = date(in: LocalDate(year: 2019, month: 1, day: 1)!...referenceDate)
        var grants: [SyntheticEnterprise.Grant] = []
        let odds: [(String, Double)] = [("srdi", 0.25), ("little-giant", 0.04), ("hnte", 0.3),
                                        ("unicorn", 0.01), ("gazelle", 0.05), ("top100-hq", 0.01)]
        for (id, p) in odds where catalog.qualification(id: id) != nil && chance(p) {
            grants.append(.init(qualificationID: id, year: int(in: 2020...referenceDate.year)))
        }
        return SyntheticEnterprise(name: name, uscc: code, industryID: industryID, address: addr,
                                   leasedArea: area, headcount: headcount, settledOn: settled,
                                   contact: person(), qualifications: grants)
    }

    /// Same month and day `years` earlier; 29 February falls back to the 28th.
    static func yearsBefore(_ date: LocalDate, _ years: Int) -> LocalDate {
        LocalDate(year: date.year - years, month: date.month, day: date.day)
            ?? LocalDate(year: date.year - years, month: date.month, day: 28)!
    }
}
