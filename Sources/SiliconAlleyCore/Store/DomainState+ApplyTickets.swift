/// The service window's lines folded into the state (服务窗口), with the rules `AcceptTicket`
/// and `ProgressTicket` check. Returns false for another kind.
extension DomainState {
    mutating func applyTicket(_ line: JournalLine) throws -> Bool {
        let d = line.data
        let id = line.entity
        switch line.kind {
        case EventKind.ticketAccepted:
            try checkNewId(line, prefix: "tkt")
            let t = try JSONValueDecoder().decode(Ticket.self, from: d)
            if let rule = t.brokenRuleAtIntake(catalog: Self.rules) { throw broken(line, rule) }
            if let e = t.enterprise, enterprises[e] == nil { throw broken(line, "no enterprise \(e)") }
            // Receipts are issued in order under the lock: each is the year's next number.
            guard let (year, number) = ReceiptNumber.parse(t.receipt), year == String(t.acceptedOn.year) else {
                throw broken(line, "receipt “\(t.receipt)” is not a receipt number of \(t.acceptedOn.year)")
            }
            let next = (receiptCounters[year] ?? 0) + 1
            if number != next { throw broken(line, "receipt \(t.receipt) where \(ReceiptNumber.make(year: t.acceptedOn.year, number: next)) was next") }
            tickets[id] = t
            receiptCounters[year] = number
        case EventKind.ticketUpdated:
            guard let old = tickets[id] else { throw broken(line, "no ticket \(id)") }
            if !old.isOpen { throw broken(line, "ticket \(old.receipt) is already \(old.status.rawValue)") }
            let changes = try checkChangedMembers(line, allowed: Ticket.progressMembers)
            let new = try patched(old, id, d, line)
            if let rule = new.brokenRuleAfterProgress(from: old, changed: Set(changes.keys)) { throw broken(line, rule) }
            tickets[id] = new
        default:
            return false
        }
        return true
    }

    /// The line right before, in the same batch, closed an approved 政策申报 for this
    /// enterprise and measure — the one case a clerk records support (`ProgressTicket`).
    func supportClosesApprovedTicket(_ line: JournalLine) -> Bool {
        guard line.txnIndex > 1, let t = line.data["ticket"]?.stringValue, let ticket = tickets[t],
              versions[t] == line.seq - 1 else { return false }
        return ticket.type == .policy && ticket.status == .closed && ticket.approved == true
            && ticket.enterprise == line.entity && ticket.measure != nil && ticket.measure == line.data["measure"]?.stringValue
    }
}

extension Ticket {
    /// What `ticket.updated` may change: the progress of a request, never the request itself.
    static let progressMembers: Set<String> = ["status", "result", "approved", "returnReason", "closedOn"]

    /// A ticket as `AcceptTicket` writes it.
    func brokenRuleAtIntake(catalog: Catalog) -> String? {
        if status != .accepted || closedOn != nil || result != nil || approved != nil || returnReason != nil {
            return "a new ticket is accepted, with no result yet"
        }
        if enterprise == nil {
            if applicantName.isBlank { return "no enterprise and no applicant's name" }
            if applicantPhone == nil { return "a person applying must give a mobile number" }
        }
        if let applicantPhone, !Mobile.isValidNormalized(applicantPhone) {
            return "“\(applicantPhone)” is not a mobile number"
        }
        if type == .policy {
            guard let measure else { return "a policy application names no measure" }
            if catalog.measure(code: measure) == nil { return "unknown measure “\(measure)”" }
        } else if measure != nil {
            return "only a policy application names a measure"
        }
        if description.isBlank { return "no description" }
        if let due, due < acceptedOn { return "due \(due), before it was accepted \(acceptedOn)" }
        return nil
    }

    /// The ticket after a `ticket.updated`: 受理 → 办理, or → 办结 with a result, or → 退回
    /// with a reason (`ProgressTicket`).
    func brokenRuleAfterProgress(from old: Ticket, changed: Set<String>) -> String? {
        switch status {
        case .inProgress:
            if old.status != .accepted || changed != ["status"] { return "only an accepted ticket starts, and nothing else changes" }
        case .returned:
            if changed != ["status", "returnReason", "closedOn"] { return "a return gives its reason and date, nothing else" }
            if returnReason.isBlank { return "returned without a reason" }
        case .closed:
            if !changed.isSubset(of: ["status", "result", "approved", "closedOn"]) || !changed.isSuperset(of: ["status", "result", "closedOn"]) {
                return "a close gives its result and date, nothing else"
            }
            if result.isBlank { return "closed without a result" }
            if type == .policy && approved == nil { return "a policy application closes approved or not" }
            if type == .policy && approved == true && enterprise == nil { return "an approved application of a person (no enterprise to support)" }
        case .accepted:
            return "a ticket cannot go back to accepted"
        }
        if let closedOn, closedOn < acceptedOn { return "finished \(closedOn), before it was accepted \(acceptedOn)" }
        if (status == .closed || status == .returned) && closedOn == nil { return "finished without a date" }
        return nil
    }
}
