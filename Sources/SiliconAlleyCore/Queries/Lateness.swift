/// Lateness of anything with a due date, in calendar days (a milestone's due date is a
/// calendar date; the approval clock's working-day limits are turned into a due date first).
/// Day counts go through `LocalDate`'s day numbers, so month and year ends need no care.
public enum Lateness {
    /// How many days late: for a thing done, the days from `due` to the day it was done; for
    /// a thing still open, the days from `due` to today. 0 when done or today is on or before
    /// the due date (due today is not late).
    public static func days(due: LocalDate, done: LocalDate?, today: LocalDate) -> Int {
        max(0, due.days(until: done ?? today))
    }

    /// Days left until `due` (0 on the day; negative once past), for an open thing.
    public static func daysLeft(due: LocalDate, today: LocalDate) -> Int {
        today.days(until: due)
    }
}

/// Where a milestone stands, for marks on screen and the task breakdown.
public enum MilestoneState: Sendable, Hashable {
    /// Not done; due in `daysLeft` days (0 = today).
    case open(daysLeft: Int)
    /// Not done and past its due date by `days`.
    case late(days: Int)
    case done(on: LocalDate)
    /// Done, `days` after it was due.
    case doneLate(on: LocalDate, days: Int)

    public var isDone: Bool {
        switch self {
        case .done, .doneLate: return true
        case .open, .late: return false
        }
    }

    /// Late now (open and overdue), the mark the list and timeline show.
    public var isLate: Bool { if case .late = self { return true } else { return false } }

    /// Late now or was done late.
    public var lateDays: Int {
        switch self {
        case .late(let d), .doneLate(_, let d): return d
        case .open, .done: return 0
        }
    }
}

extension Milestone {
    public func state(today: LocalDate) -> MilestoneState {
        let late = Lateness.days(due: due, done: done, today: today)
        if let done { return late > 0 ? .doneLate(on: done, days: late) : .done(on: done) }
        return late > 0 ? .late(days: late) : .open(daysLeft: Lateness.daysLeft(due: due, today: today))
    }
}
