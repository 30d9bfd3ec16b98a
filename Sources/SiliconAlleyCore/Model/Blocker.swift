/// 堵点: what holds an approval step up, and the unit that must clear it.
public struct Blocker: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var step: ApprovalStepKind
    public var text: String
    /// The owning unit's id (`UnitDirectory`).
    public var unit: String
    public var raised: LocalDate
    public var resolved: LocalDate?
    public var resolution: String?

    public init(id: String, step: ApprovalStepKind, text: String, unit: String, raised: LocalDate,
                resolved: LocalDate? = nil, resolution: String? = nil) {
        self.id = id
        self.step = step
        self.text = text
        self.unit = unit
        self.raised = raised
        self.resolved = resolved
        self.resolution = resolution
    }

    public var isOpen: Bool { resolved == nil }
}
