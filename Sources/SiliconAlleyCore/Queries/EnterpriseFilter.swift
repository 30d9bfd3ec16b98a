/// The registry's filters: each nil means "all".
public struct EnterpriseFilter: Sendable, Hashable {
    public var industry: String?
    public var tier: String?
    public var place: String?
    public var qualification: String?
    public var status: EnterpriseStatus?
    /// Holding `qualification` but not this one: the candidates for the next rung
    /// (国高新 without 专精特新).
    public var lacking: String?
    /// A qualification in force that expires within this many days.
    public var expiringWithin: Int?
    /// Supported under this measure ("2-1").
    public var measure: String?
    public var text = ""

    public init(industry: String? = nil, tier: String? = nil, place: String? = nil, qualification: String? = nil,
                status: EnterpriseStatus? = nil, text: String = "") {
        self.industry = industry
        self.tier = tier
        self.place = place
        self.qualification = qualification
        self.status = status
        self.text = text
    }

    public var isEmpty: Bool {
        industry == nil && tier == nil && place == nil && qualification == nil && status == nil && lacking == nil
            && expiringWithin == nil && measure == nil && text.isEmpty
    }

    /// Everything but the text: cheap field comparisons.
    public func passesFields(_ e: Enterprise, today: LocalDate) -> Bool {
        if let industry, e.industry != industry { return false }
        if let tier, e.tier != tier { return false }
        if let place, e.place != place { return false }
        if let status, e.status != status { return false }
        if let qualification, !e.holds(qualification, on: today) { return false }
        if let lacking, e.holds(lacking, on: today) { return false }
        if let days = expiringWithin, !e.qualifications.contains(where: { q in
            q.isValid(on: today) && q.expires.map { today.days(until: $0) <= days } == true
        }) { return false }
        if let measure, !e.support.contains(where: { $0.measure == measure }) { return false }
        return true
    }
}

/// Columns the registry can be sorted by.
public enum EnterpriseSortKey: String, CaseIterable, Sendable {
    case name, uscc, industry, place, qualifications, headcount, area, settled, status
}

public enum EnterpriseSort {
    /// The sort column alone: negative, zero or positive (ties are for the caller to break).
    public static func compare(_ a: Enterprise, _ b: Enterprise, by key: EnterpriseSortKey, today: LocalDate) -> Int {
        func cmp<T: Comparable>(_ x: T, _ y: T) -> Int { x < y ? -1 : (x == y ? 0 : 1) }
        switch key {
        case .name: return 0
        case .uscc: return cmp(a.creditCode, b.creditCode)
        case .industry: return cmp(a.industry, b.industry)
        case .place: return cmp(a.place ?? "", b.place ?? "")
        case .qualifications:
            return cmp(a.qualifications.filter { $0.isValid(on: today) }.count, b.qualifications.filter { $0.isValid(on: today) }.count)
        case .headcount: return cmp(a.headcount ?? -1, b.headcount ?? -1)
        case .area: return cmp(a.area?.hundredths ?? -1, b.area?.hundredths ?? -1)
        case .settled: return cmp(a.settled?.description ?? "", b.settled?.description ?? "")
        case .status: return cmp(a.status.rawValue, b.status.rawValue)
        }
    }

    /// The column, then the name in pinyin order, then the id.
    public static func areInIncreasingOrder(_ a: Enterprise, _ b: Enterprise, by key: EnterpriseSortKey, today: LocalDate) -> Bool {
        let c = compare(a, b, by: key, today: today)
        if c != 0 { return c < 0 }
        return a.name == b.name ? a.id < b.id : NameCollation.less(a.name, b.name)
    }
}
