/// The moves every list shares, as data: `TableState` acts on them and the help, the
/// legend and the README document the same keys.
public enum ListMove: CaseIterable, Sendable {
    case up, down, pageUp, pageDown, first, last

    public var keys: [Key] {
        switch self {
        case .up: return [.up, .char("k")]
        case .down: return [.down, .char("j")]
        case .pageUp: return [.pageUp, .ctrl("b")]
        case .pageDown: return [.pageDown, .ctrl("f")]
        case .first: return [.home, .char("g")]
        case .last: return [.end, .char("G")]
        }
    }

    public init?(_ key: Key) {
        guard let m = ListMove.allCases.first(where: { $0.keys.contains(key) }) else { return nil }
        self = m
    }
}
