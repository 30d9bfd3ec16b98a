/// The window's "一次办成" figures over a set of tickets: of those finished (办结 or 退回), the
/// share closed in one visit — nothing to bring back — and the visits they took on average
/// (one to apply, one more per hand-in of documents). A 退回 counts as finished and not done
/// in one visit: the applicant must come again with a new request.
public struct WindowFigures: Sendable, Equatable {
    public var accepted = 0
    public var finished = 0
    public var closed = 0
    public var onTime = 0
    public var oneVisit = 0
    public var visits = 0
    public var open = 0
    public var overdue = 0
    /// Open and waiting for documents (the clock stopped).
    public var waiting = 0
    /// Notices given, and second notices a supervisor overrode.
    public var notices = 0
    public var overrides = 0

    public init(_ tickets: some Sequence<Ticket>, today: LocalDate) {
        for t in tickets {
            accepted += 1
            notices += t.supplements.count
            overrides += t.supplements.filter { $0.override != nil }.count
            if t.isOpen {
                open += 1
                if t.isOverdue(on: today) { overdue += 1 }
                if t.isWaiting { waiting += 1 }
                continue
            }
            finished += 1
            visits += t.visits
            if t.status == .closed { closed += 1 }
            if t.doneInOneVisit { oneVisit += 1 }
            if let c = t.closedOn, let due = t.due, c <= due { onTime += 1 } else if t.due == nil { onTime += 1 }
        }
    }

    /// 一次办成率: closed in one visit over everything finished; nil with nothing finished.
    public var oneVisitShare: Double? { finished > 0 ? Double(oneVisit) / Double(finished) : nil }
    /// Visits per finished ticket; nil with nothing finished.
    public var averageVisits: Double? { finished > 0 ? Double(visits) / Double(finished) : nil }
    public var onTimeShare: Double? { finished > 0 ? Double(onTime) / Double(finished) : nil }

    /// "87.5%" / "—".
    public static func percent(_ x: Double?) -> String { x.map { String(format: "%.1f%%", $0 * 100) } ?? "—" }
    /// "1.2" / "—".
    public static func average(_ x: Double?) -> String { x.map { String(format: "%.1f", $0) } ?? "—" }
}
