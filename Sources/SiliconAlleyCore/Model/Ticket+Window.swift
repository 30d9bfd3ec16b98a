/// What the window asks of a ticket: is it open, waiting for documents, overdue; how many
/// times did the applicant have to come.
extension Ticket {
    public var isOpen: Bool { status == .accepted || status == .inProgress }

    /// The supplement notice still waiting for its documents, if any.
    public var pendingSupplement: TicketSupplement? {
        guard isOpen, let last = supplements.last, last.isWaiting else { return nil }
        return last
    }

    /// Waiting for the applicant's documents: the clock stands still.
    public var isWaiting: Bool { pendingSupplement != nil }

    /// Past its due date with the clock running. A ticket waiting for documents is not.
    public func isOverdue(on today: LocalDate) -> Bool {
        guard let due, isOpen, !isWaiting else { return false }
        return due < today
    }

    public func isDueToday(_ today: LocalDate) -> Bool {
        isOpen && !isWaiting && due == today
    }

    /// Times the applicant came: once to apply, once more for each hand-in of documents.
    public var visits: Int { 1 + supplements.filter { $0.receivedOn != nil }.count }

    /// Done in one visit (一次办成): closed with no documents to bring back.
    public var doneInOneVisit: Bool { status == .closed && visits == 1 }

    /// Working days the clock has stood still over every notice, up to `today`.
    public func pausedWorkingDays(calendar: WorkingDayCalendar, today: LocalDate) -> Int {
        supplements.reduce(0) { $0 + $1.pausedWorkingDays(calendar: calendar, today: today) }
    }

    /// The service on the list this ticket is for (older tickets: the one their type maps onto).
    public func serviceEntry(_ catalog: Catalog = .plan) -> Service? { catalog.service(service) }

    /// The time limit the ticket was given: recorded at intake, or its service's.
    public func timeLimit(_ catalog: Catalog = .plan) -> Int? { limitDays ?? serviceEntry(catalog)?.limitDays }

    /// Required documents of its service not received yet.
    public func missingDocuments(_ catalog: Catalog = .plan) -> [String] {
        guard let s = serviceEntry(catalog) else { return [] }
        let have = Set(documents.compactMap { catalog.document($0)?.id ?? $0 })
        return s.required.filter { !have.contains($0) }
    }
}

extension TicketStatus {
    public var zh: String {
        switch self {
        case .accepted: return "受理"
        case .inProgress: return "办理"
        case .closed: return "办结"
        case .returned: return "退回"
        }
    }

    public var en: String {
        switch self {
        case .accepted: return "accepted"
        case .inProgress: return "in progress"
        case .closed: return "closed"
        case .returned: return "returned"
        }
    }
}
