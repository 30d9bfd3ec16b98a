/// A meeting's action item (专班例会 decisions), owned by a unit with a due date. It stays
/// open, across later meetings, until it is done.
public struct ActionItem: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var activity: String
    public var text: String
    /// The owning unit's id (see `EventUnit`).
    public var unit: String
    public var due: LocalDate
    public var done: LocalDate?

    public init(id: String, activity: String, text: String, unit: String, due: LocalDate, done: LocalDate? = nil) {
        self.id = id
        self.activity = activity
        self.text = text
        self.unit = unit
        self.due = due
        self.done = done
    }

    public func state(today: LocalDate) -> ActionItemState {
        if done != nil { return .done }
        return due < today ? .late : .open
    }
}

public enum ActionItemState: String, Sendable, CaseIterable {
    case open, late, done

    public var zh: String {
        switch self {
        case .open: return "未办结"
        case .late: return "逾期"
        case .done: return "已办结"
        }
    }

    public var en: String {
        switch self {
        case .open: return "open"
        case .late: return "late"
        case .done: return "done"
        }
    }

    public var label: Phrase { Phrase(zh, en) }
}
