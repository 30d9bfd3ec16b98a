/// 参赛项目: a team's project in a contest, on its way from entry to award, incubation on
/// site and an enterprise in the registry (the plan's contest → incubation → enterprise).
public struct ContestEntry: Sendable, Hashable, Identifiable {
    public var id: String
    public var activity: String
    public var team: String
    public var title: String
    /// The registry enterprise behind the entry, named on entry or linked when it won.
    public var enterprise: String?
    /// True when that enterprise was registered out of the contest (after the entry).
    public var enterpriseRegistered: Bool
    public var award: String?
    /// One score per judge.
    public var scores: [JudgeScore]
    public var incubated: Bool
    /// Catalogue place id where it is incubated, and from when (older journals: neither).
    public var incubatedAt: String?
    public var incubatedOn: LocalDate?

    public init(id: String, activity: String, team: String, title: String, enterprise: String? = nil,
                enterpriseRegistered: Bool = false, award: String? = nil, scores: [JudgeScore] = [], incubated: Bool = false,
                incubatedAt: String? = nil, incubatedOn: LocalDate? = nil) {
        self.id = id
        self.activity = activity
        self.team = team
        self.title = title
        self.enterprise = enterprise
        self.enterpriseRegistered = enterpriseRegistered
        self.award = award
        self.scores = scores
        self.incubated = incubated
        self.incubatedAt = incubatedAt
        self.incubatedOn = incubatedOn
    }

    /// The mean of the judges' scores, to the hundredth (half up); nil before any score.
    public var averageScore: ContestScore? {
        guard !scores.isEmpty else { return nil }
        let sum = scores.reduce(Int64(0)) { $0 + $1.score.hundredths }
        let n = Int64(scores.count)
        return ContestScore(hundredths: (sum * 2 + n) / (2 * n))
    }

    /// The furthest stage reached.
    public var stage: ContestStage {
        if enterprise != nil && award != nil { return .enterprise }
        if incubated { return .incubated }
        if award != nil { return .awarded }
        if !scores.isEmpty { return .scored }
        return .entered
    }
}

public struct JudgeScore: Codable, Sendable, Hashable {
    public var judge: String
    public var score: ContestScore

    public init(judge: String, score: ContestScore) {
        self.judge = judge
        self.score = score
    }
}

/// A judge's score, 0–100 with at most two decimals, held as hundredths (exact).
public struct ContestScore: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let hundredths: Int64

    public init(hundredths: Int64) { self.hundredths = hundredths }

    public static let maximum = ContestScore(hundredths: 100_00)

    /// "87", "87.5", "87.25"; 0–100.
    public static func parse(_ text: String, field: String = "score") throws(FieldError) -> ContestScore {
        let s = TextNormalization.trimmedHalfWidth(text)
        let h = try DecimalText.hundredths(s, field: field, zhName: "分数", enName: "score")
        guard h <= maximum.hundredths else {
            throw FieldError(field: field, zh: "分数应在 0 到 100 之间", en: "score must be between 0 and 100")
        }
        return ContestScore(hundredths: h)
    }

    /// "87.5" (no trailing zeros).
    public var description: String {
        var s = DecimalText.format(hundredths, trimZeroFraction: true)
        if s.contains("."), s.hasSuffix("0") { s.removeLast() }
        return s
    }

    public static func < (a: ContestScore, b: ContestScore) -> Bool { a.hundredths < b.hundredths }

    // Codable as the bare hundredths integer, like Area and Money.
    public init(from decoder: Decoder) throws {
        hundredths = try decoder.singleValueContainer().decode(Int64.self)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        try c.encode(hundredths)
    }
}

/// The contest → incubation → enterprise pipeline's stages, in order.
public enum ContestStage: Int, Sendable, CaseIterable, Comparable {
    case entered, scored, awarded, incubated, enterprise

    public var zh: String {
        switch self {
        case .entered: return "参赛"
        case .scored: return "已评分"
        case .awarded: return "获奖"
        case .incubated: return "就地孵化"
        case .enterprise: return "落地企业"
        }
    }

    public var en: String {
        switch self {
        case .entered: return "entered"
        case .scored: return "scored"
        case .awarded: return "awarded"
        case .incubated: return "incubated"
        case .enterprise: return "enterprise"
        }
    }

    public var label: Phrase { Phrase(zh, en) }

    public static func < (a: ContestStage, b: ContestStage) -> Bool { a.rawValue < b.rawValue }
}

extension ContestEntry: Codable {
    private enum Keys: String, CodingKey {
        case id, activity, team, title, enterprise, enterpriseRegistered, award, scores, incubated, incubatedAt, incubatedOn
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        id = try c.decode(String.self, forKey: .id)
        activity = try c.decode(String.self, forKey: .activity)
        team = try c.decode(String.self, forKey: .team)
        title = try c.decode(String.self, forKey: .title)
        enterprise = try c.decodeIfPresent(String.self, forKey: .enterprise)
        enterpriseRegistered = try c.decodeIfPresent(Bool.self, forKey: .enterpriseRegistered) ?? false
        award = try c.decodeIfPresent(String.self, forKey: .award)
        scores = try c.decodeIfPresent([JudgeScore].self, forKey: .scores) ?? []
        incubated = try c.decode(Bool.self, forKey: .incubated)
        incubatedAt = try c.decodeIfPresent(String.self, forKey: .incubatedAt)
        incubatedOn = try c.decodeIfPresent(LocalDate.self, forKey: .incubatedOn)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(id, forKey: .id)
        try c.encode(activity, forKey: .activity)
        try c.encode(team, forKey: .team)
        try c.encode(title, forKey: .title)
        try c.encodeIfPresent(enterprise, forKey: .enterprise)
        if enterpriseRegistered { try c.encode(true, forKey: .enterpriseRegistered) }
        try c.encodeIfPresent(award, forKey: .award)
        if !scores.isEmpty { try c.encode(scores, forKey: .scores) }
        try c.encode(incubated, forKey: .incubated)
        try c.encodeIfPresent(incubatedAt, forKey: .incubatedAt)
        try c.encodeIfPresent(incubatedOn, forKey: .incubatedOn)
    }
}
