/// What a district statistic must agree with, for the command and for replay: the district
/// counts cannot be fewer than the registry's own holders that day (the registry is part
/// of the district), the enterprise count lies between the larger count and both added,
/// and an official zone count is not more than the district's enterprises. Every count lies
/// in 0…`maxCount` (checked first, so the sums below cannot overflow).
public enum StatisticRules {
    /// More enterprises than any district has; the bound keeps the sums in range.
    public static let maxCount = 10_000_000

    public static func problems(_ s: DistrictStatistic, in state: DomainState) -> [FieldError] {
        var out: [FieldError] = []
        let counts: [(String, Int?)] = [("srdiCount", s.srdiCount), ("highTechCount", s.highTechCount),
                                        ("enterpriseCount", s.enterpriseCount), ("zoneCount", s.zoneCount)]
        for case let (field, n?) in counts where !(0...maxCount).contains(n) {
            out.append(FieldError(field: field, zh: "应在 0 到 \(maxCount) 之间", en: "must be between 0 and \(maxCount)"))
        }
        if !out.isEmpty { return out }
        let all = state.enterprises.values
        let srdi = all.filter { $0.holds("srdi", on: s.date) }.count
        let hnte = all.filter { $0.holds("hnte", on: s.date) }.count
        if s.srdiCount < srdi {
            out.append(FieldError(field: "srdiCount", zh: "少于登记簿中 \(s.date) 持有专精特新的 \(srdi) 家", en: "fewer than the \(srdi) SRDI holders in the registry on \(s.date)"))
        }
        if s.highTechCount < hnte {
            out.append(FieldError(field: "highTechCount", zh: "少于登记簿中 \(s.date) 持有国高新的 \(hnte) 家", en: "fewer than the \(hnte) high-tech holders in the registry on \(s.date)"))
        }
        if let ec = s.enterpriseCount, ec < max(s.srdiCount, s.highTechCount) || ec > s.srdiCount + s.highTechCount {
            out.append(FieldError(field: "enterpriseCount", zh: "应在 \(max(s.srdiCount, s.highTechCount)) 到 \(s.srdiCount + s.highTechCount) 之间（每家一次）",
                                  en: "must be between \(max(s.srdiCount, s.highTechCount)) and \(s.srdiCount + s.highTechCount) (each firm once)"))
        }
        if let zc = s.zoneCount, zc > s.districtTotal {
            out.append(FieldError(field: "zoneCount", zh: "不能多于全区 \(s.districtTotal) 家", en: "cannot exceed the district's \(s.districtTotal)"))
        }
        return out
    }
}
