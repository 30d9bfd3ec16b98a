/// 定期评价: a dated evaluation of the headline target, with the figures it found and the
/// journal head they came from (so a later reader can check them against the journal).
/// Figures are whole counts: shares and ratios are computed from them, never stored.
public struct Evaluation: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    /// The day evaluated ("as of").
    public var date: LocalDate
    public var headSeq: Int
    public var headHash: String
    public var zoneEnterprises: Int
    public var districtTotal: Int?
    public var baselineZone: Int
    public var baselineTotal: Int?
    public var note: String?

    public var share: Double? { districtTotal.flatMap { $0 > 0 ? Double(zoneEnterprises) / Double($0) : nil } }
    public var baselineShare: Double? { baselineTotal.flatMap { $0 > 0 ? Double(baselineZone) / Double($0) : nil } }
    public var ratio: Double? { share.flatMap { s in baselineShare.flatMap { $0 > 0 ? s / $0 : nil } } }
}

/// 反馈调整: what a meeting decided after an evaluation, owned by a unit, with a due date.
public struct Adjustment: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var evaluation: String
    public var text: String
    public var unit: String?
    public var due: LocalDate?
    public var done: LocalDate?
}
