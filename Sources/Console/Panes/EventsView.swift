import SiliconAlleyCore
import TerminalUI

/// The events pane's views, each on its own key and named in `view=…` targets.
enum EventsView: String, CaseIterable, Sendable {
    case upcoming, week, month, past, actions, contests

    var key: Character {
        switch self {
        case .upcoming: return "l"
        case .week: return "w"
        case .month: return "m"
        case .past: return "p"
        case .actions: return "a"
        case .contests: return "c"
        }
    }

    var title: Phrase {
        switch self {
        case .upcoming: return Phrase("近期", "Upcoming")
        case .week: return Phrase("周", "Week")
        case .month: return Phrase("月", "Month")
        case .past: return Phrase("往期", "Past")
        case .actions: return Phrase("督办", "Actions")
        case .contests: return Phrase("大赛", "Contests")
        }
    }

    /// Whether the selection moves over a table's rows (else over the grid's events).
    var isTable: Bool { self != .week && self != .month }

    /// `view=…` names: the English ones (`view=week`), and the titles in either language.
    init?(named name: String) {
        let n = name.lowercased()
        guard let v = EventsView(rawValue: n) ?? EventsView.allCases.first(where: { $0.title.zh == name || $0.title.en.lowercased() == n })
        else { return nil }
        self = v
    }
}

/// What the events pane is filtered by: words typed after `/` and the named criteria the
/// overview sends (`late=yes`, `within=7`, `type=meeting`, `unit=…`), written the same way in
/// the filter line (`late=yes 科信`).
struct EventCriteria: Equatable, Sendable {
    var text = ""
    /// Only late action items.
    var lateOnly = false
    /// Upcoming events starting within this many days.
    var within: Int?
    var type: ActivityType?
    /// A unit's id: events it organises, action items it owns.
    var unit: String?

    static let keys = ["late", "within", "type", "unit"]

    var isEmpty: Bool { self == EventCriteria() }

    /// Reads `key=value` words it knows and keeps the rest as text. A word that is not a
    /// complete criterion (half typed, `late=maybe`) stays text.
    static func parse(_ input: String, state: DomainState, catalog: Catalog) -> EventCriteria {
        var c = EventCriteria()
        var words: [String] = []
        for word in input.split(separator: " ").map(String.init) {
            if !c.apply(word, state: state, catalog: catalog) { words.append(word) }
        }
        c.text = words.joined(separator: " ")
        return c
    }

    /// Sets one `key=value`; false if it is not one.
    mutating func apply(_ word: String, state: DomainState, catalog: Catalog) -> Bool {
        let parts = word.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return false }
        let (key, value) = (parts[0].lowercased(), parts[1])
        switch key {
        case "late":
            switch value.lowercased() {
            case "yes", "true", "1": lateOnly = true
            case "no", "false", "0": lateOnly = false
            default: return false
            }
        case "within":
            guard let n = Int(value), n >= 0 else { return false }
            within = n
        case "type":
            guard let t = ActivityType(rawValue: value) ?? ActivityType.allCases.first(where: { $0.zh == value || $0.en == value.lowercased() })
            else { return false }
            type = t
        case "unit":
            guard let u = EventUnit.resolve(value, state: state, catalog: catalog) else { return false }
            unit = u.id
        default:
            return false
        }
        return true
    }

    /// The filter line's text: the criteria as `key=value`, then the words.
    var line: String {
        var parts: [String] = []
        if lateOnly { parts.append("late=yes") }
        if let within { parts.append("within=\(within)") }
        if let type { parts.append("type=\(type.rawValue)") }
        if let unit { parts.append("unit=\(unit)") }
        if !text.isEmpty { parts.append(text) }
        return parts.joined(separator: " ")
    }

    /// The criteria in words for the pane's header: 仅逾期 · 7 天内 · 类型 专班例会 · 单位 区科信局 · 筛选 /xx.
    func words(_ l: Language, state: DomainState, catalog: Catalog) -> [String] {
        var out: [String] = []
        if lateOnly { out.append(l.t("仅逾期", "late only")) }
        if let within { out.append(l.t("\(within) 天内", "within \(within) days")) }
        if let type { out.append(l.t("类型 ", "type ") + type.label.text(l)) }
        if let unit { out.append(l.t("单位 ", "unit ") + state.unitDirectory(catalog).displayName(unit, english: l == .en)) }
        if !text.isEmpty { out.append(l.t("筛选 /", "filter /") + Sanitizer.clean(text)) }
        return out
    }

    /// An event passes: its type, organiser and the typed words (title or its pinyin, venue,
    /// organiser, type, industry).
    func admits(_ s: EventSummary) -> Bool {
        if let type, s.activity.type != type { return false }
        if let unit, s.activity.organiser != unit { return false }
        return text.split(separator: " ").allSatisfy { s.matches(String($0)) }
    }

    /// An action item passes: late when asked, its unit, and words in its text, unit or meeting.
    func admits(_ r: ActionItemBoard.Row) -> Bool {
        if lateOnly && r.state != .late { return false }
        if let unit, r.item.unit != unit { return false }
        return text.split(separator: " ").allSatisfy { w in
            let q = w.lowercased()
            return [r.item.text, r.unit.zh, r.unit.en, r.meetingTitle].contains { $0.lowercased().contains(q) }
                || PinyinKey(r.unit.zh).matches(q) || PinyinKey(r.meetingTitle).matches(q)
        }
    }

    /// A contest entry passes: words in its team, project, enterprise or contest.
    func admits(_ r: ContestPipeline.Row) -> Bool {
        text.split(separator: " ").allSatisfy { w in
            let q = w.lowercased()
            return [r.entry.team, r.entry.title, r.enterpriseName ?? "", r.contestTitle].contains { $0.lowercased().contains(q) }
                || PinyinKey(r.entry.team).matches(q) || PinyinKey(r.entry.title).matches(q)
        }
    }
}
