/// The registry's filters: each nil means "all".
public struct EnterpriseFilter: Sendable, Hashable {
    public var industry: String?
    public var tier: String?
    public var place: String?
    public var qualification: String?
    public var status: EnterpriseStatus?
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
        industry == nil && tier == nil && place == nil && qualification == nil && status == nil && text.isEmpty
    }

    /// Everything but the text: cheap field comparisons.
    public func passesFields(_ e: Enterprise, today: LocalDate) -> Bool {
        if let industry, e.industry != industry { return false }
        if let tier, e.tier != tier { return false }
        if let place, e.place != place { return false }
        if let status, e.status != status { return false }
        if let qualification, !e.holds(qualification, on: today) { return false }
        return true
    }
}

/// Columns the registry can be sorted by.
public enum EnterpriseSortKey: String, CaseIterable, Sendable {
    case name, uscc, industry, place, qualifications, headcount, area, settled, status
}

public enum EnterpriseSort {
    public static func areInIncreasingOrder(_ a: Enterprise, _ b: Enterprise, by key: EnterpriseSortKey, today: LocalDate) -> Bool {
        func tie() -> Bool { a.id < b.id }
        switch key {
        case .name: return a.name == b.name ? tie() : a.name < b.name
        case .uscc: return a.uscc < b.uscc
        case .industry: return a.industry == b.industry ? a.name < b.name : a.industry < b.industry
        case .place: return (a.place ?? "") == (b.place ?? "") ? a.name < b.name : (a.place ?? "") < (b.place ?? "")
        case .qualifications:
            let x = a.qualifications.filter { $0.isValid(on: today) }.count, y = b.qualifications.filter { $0.isValid(on: today) }.count
            return x == y ? a.name < b.name : x < y
        case .headcount: return (a.headcount ?? -1) == (b.headcount ?? -1) ? a.name < b.name : (a.headcount ?? -1) < (b.headcount ?? -1)
        case .area:
            let x = a.area?.hundredths ?? -1, y = b.area?.hundredths ?? -1
            return x == y ? a.name < b.name : x < y
        case .settled:
            let x = a.settled?.description ?? "", y = b.settled?.description ?? ""
            return x == y ? a.name < b.name : x < y
        case .status: return a.status == b.status ? a.name < b.name : a.status.rawValue < b.status.rawValue
        }
    }
}
