/// What a date is in the working-day calendar.
public enum DayKind: Sendable, Hashable {
    /// Monday–Friday with no announcement.
    case workday
    /// Saturday or Sunday with no announcement.
    case weekend
    /// A public holiday (放假), e.g. "春节"; weekends inside the announced span included.
    case holiday(String)
    /// A weekend day worked in exchange (调休上班), e.g. "春节调休".
    case makeUpWorkday(String)

    public var isWorkingDay: Bool {
        switch self {
        case .workday, .makeUpWorkday: return true
        case .weekend, .holiday: return false
        }
    }
}
