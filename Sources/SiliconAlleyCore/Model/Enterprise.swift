public enum EnterpriseStatus: String, Codable, Sendable, CaseIterable {
    case active      // 在区
    case movedOut    // 已迁出

    public var zh: String { self == .active ? "在区" : "已迁出" }
    public var en: String { self == .active ? "in district" : "moved out" }
}

/// An enterprise of the registry. Never deleted: moving out is an event and history stays.
public struct Enterprise: Sendable, Hashable, Identifiable {
    // The stored members are declared in size order (a struct is laid out as declared): the
    // words first, the small codes and dates last, so the record is 184 bytes, not 200, and
    // its box a 208-byte heap block instead of 224 (9 MB at half a million records).
    public var id: String
    public var name: String
    public var address: String?          // floor / room, free text
    public var contact: String?
    public var phone: String?
    public var movedOutReason: String?
    public var qualifications: [QualificationHolding]
    public var support: [SupportGrant]
    /// Moves between buildings, oldest first (nil in records from before moves were dated).
    public var moves: [TierMove]?
    /// `area` and `headcount` without an optional's extra byte (and its padding to 16):
    /// `Int64.min` is none. No record holds that value: the rules refuse any negative one,
    /// and a negative one read stays negative (`Int64.min` is kept as the next value up).
    private var areaHundredths: Int64
    private var headcountValue: Int64
    /// The USCC as kept (packed: no allocation per record); `uscc` is its text.
    public var creditCode: CreditCode
    /// The catalogue ids, kept as codes (`industry`, `place`, `tier` are their text).
    public var industryCode: CatalogCode
    public var placeCode: CatalogCode
    public var tierCode: CatalogCode
    public var settled: LocalDate?
    public var movedOutOn: LocalDate?
    public var status: EnterpriseStatus

    public var area: Area? {
        get { areaHundredths == .min ? nil : Area(hundredths: areaHundredths) }
        set { areaHundredths = Self.stored(newValue?.hundredths) }
    }

    public var headcount: Int? {
        get { headcountValue == .min ? nil : Int(headcountValue) }
        set { headcountValue = Self.stored(newValue.map(Int64.init)) }
    }

    private static func stored(_ v: Int64?) -> Int64 {
        guard let v else { return .min }
        return v == .min ? .min + 1 : v
    }

    public init(id: String, name: String, uscc: String, industry: String, place: String? = nil, address: String? = nil,
                tier: String? = nil, area: Area? = nil, headcount: Int? = nil, settled: LocalDate? = nil,
                contact: String? = nil, phone: String? = nil) {
        self.init(id: id, name: name, creditCode: CreditCode(uscc), industryCode: CatalogCode(industry), placeCode: CatalogCode(place),
                  address: address, tierCode: CatalogCode(tier), area: area, headcount: headcount, settled: settled,
                  contact: contact, phone: phone)
    }

    /// From the codes as kept (a snapshot's record).
    init(id: String, name: String, creditCode: CreditCode, industryCode: CatalogCode, placeCode: CatalogCode, address: String?,
         tierCode: CatalogCode, area: Area?, headcount: Int?, settled: LocalDate?, contact: String?, phone: String?) {
        self.id = id
        self.name = name
        self.creditCode = creditCode
        self.industryCode = industryCode
        self.placeCode = placeCode
        self.address = address
        self.tierCode = tierCode
        areaHundredths = Self.stored(area?.hundredths)
        headcountValue = Self.stored(headcount.map(Int64.init))
        self.settled = settled
        self.contact = contact
        self.phone = phone
        status = .active
        qualifications = []
        support = []
    }

    public var uscc: String {
        get { creditCode.text }
        set { creditCode = CreditCode(newValue) }
    }

    /// Catalogue industry id.
    public var industry: String {
        get { industryCode.text ?? "" }
        set { industryCode = CatalogCode(newValue) }
    }

    /// Catalogue place id.
    public var place: String? {
        get { placeCode.text }
        set { placeCode = CatalogCode(newValue) }
    }

    /// Catalogue tier id, from the place when known.
    public var tier: String? {
        get { tierCode.text }
        set { tierCode = CatalogCode(newValue) }
    }

    /// Qualifications in force on a date: granted by then, not expired, not revoked.
    public func holds(_ qualification: String, on date: LocalDate) -> Bool {
        qualifications.contains { $0.type == qualification && $0.isValid(on: date) }
    }
}

public struct QualificationHolding: Codable, Sendable, Hashable {
    public var type: String              // catalogue qualification id
    public var granted: LocalDate
    public var expires: LocalDate?
    public var revoked: LocalDate?
    public var revokeReason: String?

    public init(type: String, granted: LocalDate, expires: LocalDate?) {
        self.type = type
        self.granted = granted
        self.expires = expires
    }

    public func isValid(on date: LocalDate) -> Bool {
        granted <= date && (expires.map { date <= $0 } ?? true) && (revoked.map { date < $0 } ?? true)
    }
}

/// Support under one of the 15 measures (《若干措施》).
public struct SupportGrant: Codable, Sendable, Hashable {
    public var measure: String           // "1-1" … "5-3"
    public var amount: Money?
    public var kind: String?             // support in kind, e.g. 场地 or 人才公寓
    public var date: LocalDate
    public var note: String?
    public var ticket: String?           // the service-window ticket it came from
}

/// District-wide counts entered by an operator (发展目标's denominator).
public struct DistrictStatistic: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var date: LocalDate
    public var srdiCount: Int            // 全区专精特新企业数
    public var highTechCount: Int        // 全区国家高新技术企业数
    public var note: String?
    /// 全区同时计入两项资质的企业只计一次后的企业数 — the target's denominator as the plan
    /// defines it (enterprises, each once). Without it the two counts are added and the
    /// screen says so.
    public var enterpriseCount: Int?
    /// The official showcase-zone count (企业数, each once) for this date: the end-2023
    /// baseline as the statistics bureau published it. When present it is used instead of
    /// the count rebuilt from today's registry.
    public var zoneCount: Int?

    public init(id: String, date: LocalDate, srdiCount: Int, highTechCount: Int, note: String? = nil,
                enterpriseCount: Int? = nil, zoneCount: Int? = nil) {
        self.id = id
        self.date = date
        self.srdiCount = srdiCount
        self.highTechCount = highTechCount
        self.note = note
        self.enterpriseCount = enterpriseCount
        self.zoneCount = zoneCount
    }

    /// The denominator: the enterprise count if entered, else the two counts added.
    public var districtTotal: Int { enterpriseCount ?? (srdiCount + highTechCount) }
}
