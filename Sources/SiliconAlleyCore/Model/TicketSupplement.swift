/// A supplement notice (一次性告知): every missing document listed at once. The ticket's clock
/// stops the day the notice is given and starts again the day the documents are handed in,
/// with the working days it had left (`remaining`) — so a notice never costs the window
/// time, and waiting never makes a ticket overdue.
public struct TicketSupplement: Codable, Sendable, Hashable {
    public var requestedOn: LocalDate
    /// Document ids (or names on older tickets), every one the applicant must bring.
    public var documents: [String]
    public var note: String?
    /// A second notice on the same ticket: the supervisor's reason (an operator's).
    public var override: String?
    /// Working days left on the clock when it stopped (negative when already overdue).
    public var remaining: Int
    public var receivedOn: LocalDate?

    public init(requestedOn: LocalDate, documents: [String], note: String? = nil, override: String? = nil,
                remaining: Int, receivedOn: LocalDate? = nil) {
        self.requestedOn = requestedOn
        self.documents = documents
        self.note = note
        self.override = override
        self.remaining = remaining
        self.receivedOn = receivedOn
    }

    public var isWaiting: Bool { receivedOn == nil }

    /// Working days the clock has stood still: after the notice's day up to the hand-in
    /// (or `today` while still waiting), as the calendar counts them.
    public func pausedWorkingDays(calendar: WorkingDayCalendar, today: LocalDate) -> Int {
        max(0, calendar.workingDays(from: requestedOn, to: receivedOn ?? today))
    }
}

/// A ticket moved to another handling unit (移交): its history and clock stay as they were.
public struct TicketHandover: Codable, Sendable, Hashable {
    public var date: LocalDate
    /// The unit it came from (an id; a name on tickets accepted before units were ids), if any.
    public var from: String?
    /// The handling unit it went to (an id).
    public var unit: String
    public var reason: String

    public init(date: LocalDate, from: String?, unit: String, reason: String) {
        self.date = date
        self.from = from
        self.unit = unit
        self.reason = reason
    }
}
