/// An enterprise's move between buildings, dated: the headline target counts an
/// enterprise in the tier it was in on the day asked about, so an enterprise attracted
/// into the showcase zone in 2025 raises the 2025 figure, not the end-2023 baseline.
public struct TierMove: Codable, Sendable, Hashable {
    public var date: LocalDate
    public var fromPlace: String?
    public var fromTier: String?
    public var toPlace: String?
    public var toTier: String?

    public init(date: LocalDate, fromPlace: String?, fromTier: String?, toPlace: String?, toTier: String?) {
        self.date = date
        self.fromPlace = fromPlace
        self.fromTier = fromTier
        self.toPlace = toPlace
        self.toTier = toTier
    }
}

extension Enterprise {
    /// The tier the enterprise was in on `date`: nil before it settled, after it moved out,
    /// or when its building has no tier. Moves recorded without a date (journals from before
    /// moves were dated) count from the day of their line.
    public func tier(on date: LocalDate) -> String? {
        if let settled, settled > date { return nil }
        if status == .movedOut, let out = movedOutOn, out <= date { return nil }
        guard let moves, !moves.isEmpty else { return tier }
        let dated = moves.sorted { $0.date < $1.date }
        guard let first = dated.first else { return tier }
        var current = first.fromTier
        for m in dated where m.date <= date { current = m.toTier }
        return current
    }
}
