/// The service window's lines folded into the state (服务窗口), with the rules `AcceptTicket`,
/// `ProgressTicket`, `RequestSupplement`, `ReceiveSupplement` and `HandOverTicket` check.
/// Returns false for another kind.
///
/// What depends on the service list as it stands today (which documents a service asks for,
/// its time limit, whether a unit still takes window requests) is the command's to check:
/// replay checks what cannot change with the list — codes and documents exist, references
/// resolve, dates and the clock agree — so a later list never turns old lines into damage.
extension DomainState {
    mutating func applyTicket(_ line: JournalLine) throws -> Bool {
        let d = line.data
        let id = line.entity
        switch line.kind {
        case EventKind.ticketAccepted:
            try checkNewId(line, prefix: "tkt")
            let t = try JSONValueDecoder().decode(Ticket.self, from: d)
            let current = d["service"] != nil
            if let rule = t.brokenRuleAtIntake(catalog: Self.rules, current: current) { throw broken(line, rule) }
            if let e = t.enterprise, enterprises[e] == nil { throw broken(line, "no enterprise \(e)") }
            if let tal = t.talent, talents[tal] == nil { throw broken(line, "no talent \(tal)") }
            if current, let u = t.unit, unitDirectory(Self.rules).unit(id: u) == nil { throw broken(line, "unit “\(u)” is not a unit id of the list") }
            // Accepted "today" as the command saw it: never after the line's day (a day's tolerance).
            try checkNotAfterLineDate(t.acceptedOn, "accepted", line)
            // Receipts are issued in order under the lock: each is the year's next number.
            guard let (year, number) = ReceiptNumber.parse(t.receipt), year == String(t.acceptedOn.year) else {
                throw broken(line, "receipt “\(t.receipt)” is not a receipt number of \(t.acceptedOn.year)")
            }
            let next = (receiptCounters[year] ?? 0) + 1
            if number != next { throw broken(line, "receipt \(t.receipt) where \(ReceiptNumber.make(year: t.acceptedOn.year, number: next)) was next") }
            tickets[id] = t
            receiptCounters[year] = number
        case EventKind.ticketUpdated:
            let old = try openTicket(line)
            let changes = try checkChangedMembers(line, allowed: Ticket.progressMembers)
            let new = try patched(old, id, d, line)
            if let rule = new.brokenRuleAfterProgress(from: old, changed: Set(changes.keys), catalog: Self.rules) { throw broken(line, rule) }
            if let closed = new.closedOn, changes["closedOn"] != nil { try checkNotAfterLineDate(closed, "finished", line) }
            tickets[id] = new
        case EventKind.ticketSupplementRequested:
            let t = try openTicket(line)
            let s = try supplement(line, t)
            if t.isWaiting { throw broken(line, "a notice is already waiting for its documents") }
            if !t.supplements.isEmpty {
                // One notice per ticket; a second is a supervisor's, with the reason.
                if s.override.isBlank { throw broken(line, "a second notice on \(t.receipt) without a supervisor's reason") }
                if role(of: line.actor) < .operator { throw broken(line, "a second notice is an operator's; \(line.actor) is \(role(of: line.actor).en) here") }
            } else if s.override != nil {
                throw broken(line, "a first notice with a supervisor's override")
            }
            tickets[id]?.supplements.append(s)
        case EventKind.ticketSupplementReceived:
            let t = try openTicket(line)
            guard let pending = t.pendingSupplement else { throw broken(line, "no notice on \(t.receipt) is waiting") }
            let dec = JSONValueDecoder()
            let date = try dec.decode(LocalDate.self, from: d["date"] ?? .null)
            let due = try dec.decode(LocalDate.self, from: d["due"] ?? .null)
            let docs = try dec.decode([String].self, from: d["documents"] ?? .null)
            if date < pending.requestedOn { throw broken(line, "documents handed in \(date), before the notice of \(pending.requestedOn)") }
            if let today = lineDate(line), date > today.adding(days: 1) { throw broken(line, "handed in \(date), after the line's date \(today)") }
            if Set(docs) != Set(pending.documents) { throw broken(line, "the documents handed in are not the notice's") }
            if !TicketRules.consistent(due: due, remaining: pending.remaining, on: date) {
                throw broken(line, "due \(due) does not leave \(pending.remaining) working days after \(date)")
            }
            var new = t
            new.supplements[new.supplements.count - 1].receivedOn = date
            for doc in docs where !new.documents.contains(doc) { new.documents.append(doc) }
            new.due = due
            tickets[id] = new
        case EventKind.ticketHandedOver:
            let t = try openTicket(line)
            let dec = JSONValueDecoder()
            let date = try dec.decode(LocalDate.self, from: d["date"] ?? .null)
            let to = try field(d, "unit", line)
            let from = d["from"]?.stringValue
            let units = unitDirectory(Self.rules)
            guard units.unit(id: to) != nil else { throw broken(line, "unit “\(to)” is not a unit id of the list") }
            if from != t.unit { throw broken(line, "handed over from “\(from ?? "")”, but \(t.receipt) is with “\(t.unit ?? "")”") }
            if units.resolve(t.unit ?? "")?.id == to { throw broken(line, "handed over to the unit that has it") }
            if d["reason"]?.stringValue.isBlank ?? true { throw broken(line, "no reason given") }
            if date < t.acceptedOn { throw broken(line, "handed over \(date), before it was accepted \(t.acceptedOn)") }
            try checkNotAfterLineDate(date, "handed over", line)
            tickets[id]?.unit = to
            tickets[id]?.handovers.append(TicketHandover(date: date, from: from, unit: to, reason: d["reason"]!.stringValue!))
        default:
            return false
        }
        return true
    }

    /// The ticket a line is about; it must exist and be open.
    private func openTicket(_ line: JournalLine) throws -> Ticket {
        guard let t = tickets[line.entity] else { throw broken(line, "no ticket \(line.entity)") }
        if !t.isOpen { throw broken(line, "ticket \(t.receipt) is already \(t.status.rawValue)") }
        return t
    }

    /// A `ticket.supplementRequested` line's notice, checked as far as the list allows.
    private func supplement(_ line: JournalLine, _ t: Ticket) throws -> TicketSupplement {
        let d = line.data
        let dec = JSONValueDecoder()
        let date = try dec.decode(LocalDate.self, from: d["date"] ?? .null)
        let docs = try dec.decode([String].self, from: d["documents"] ?? .null)
        guard let remaining = d["remaining"]?.intValue.map(Int.init) else { throw broken(line, "no working days left recorded") }
        if docs.isEmpty { throw broken(line, "a notice lists no document") }
        if Set(docs).count != docs.count { throw broken(line, "a document listed twice") }
        for doc in docs where Self.rules.documents.first(where: { $0.id == doc }) == nil { throw broken(line, "unknown document “\(doc)”") }
        if date < t.acceptedOn { throw broken(line, "a notice of \(date), before it was accepted \(t.acceptedOn)") }
        if let today = lineDate(line), date > today.adding(days: 1) { throw broken(line, "a notice dated \(date), after the line's date \(today)") }
        if let due = t.due, !TicketRules.consistent(due: due, remaining: remaining, on: date) {
            throw broken(line, "\(remaining) working days left on \(date) with \(t.receipt) due \(due)")
        }
        // Working days never outnumber calendar days: the days left are at most those to the due
        // date (before it is set, the ticket's time limit), so a forged count cannot push the
        // restarted due date years away, or stall the hand-in's count of working days.
        let most = max(0, t.due.map { abs(date.days(until: $0)) } ?? t.limitDays ?? TicketRules.maxRemaining)
        if remaining > most || remaining < (t.due == nil ? 0 : -most) {
            throw broken(line, "\(remaining) working days left on \(date): beyond the \(most) calendar days \(t.due.map { "to or from the due date \($0)" } ?? "of its time limit")")
        }
        return TicketSupplement(requestedOn: date, documents: docs, note: d["note"]?.stringValue, override: d["override"]?.stringValue,
                                remaining: remaining)
    }

    /// The line right before, in the same batch, closed an approved request for this
    /// enterprise and measure of a service that records support — the one case a clerk
    /// records support (`ProgressTicket`).
    func supportClosesApprovedTicket(_ line: JournalLine) -> Bool {
        guard line.txnIndex > 1, let t = line.data["ticket"]?.stringValue, let ticket = tickets[t],
              versions[t] == line.seq - 1 else { return false }
        return ticket.serviceEntry(Self.rules)?.support == true && ticket.status == .closed && ticket.approved == true
            && ticket.enterprise == line.entity && ticket.measure != nil && ticket.measure == line.data["measure"]?.stringValue
    }
}

extension Ticket {
    /// What `ticket.updated` may change: the progress of a request, never the request itself.
    static let progressMembers: Set<String> = ["status", "result", "approved", "returnReason", "closedOn"]

    /// A ticket as `AcceptTicket` writes it. `current`: written by this program (a `service`
    /// code, unit ids, document ids); otherwise an older journal's (a `type`, names).
    func brokenRuleAtIntake(catalog: Catalog, current: Bool) -> String? {
        if status != .accepted || closedOn != nil || result != nil || approved != nil || returnReason != nil {
            return "a new ticket is accepted, with no result yet"
        }
        if !supplements.isEmpty || !handovers.isEmpty { return "a new ticket has no notice or hand-over yet" }
        if enterprise == nil && talent == nil {
            if applicantName.isBlank { return "no enterprise and no applicant's name" }
            if applicantPhone == nil { return "a person applying must give a mobile number" }
        }
        if let applicantPhone, !Mobile.isValidNormalized(applicantPhone) {
            return "“\(applicantPhone)” is not a mobile number"
        }
        guard let s = catalog.service(service) else { return "“\(service)” is not on the service list" }
        if current {
            if s.code != service { return "“\(service)” is an older journal's type, not a service code" }
            for doc in documents where catalog.documents.first(where: { $0.id == doc }) == nil { return "unknown document “\(doc)”" }
            if let limitDays, limitDays <= 0 { return "a time limit of \(limitDays) working days" }
        }
        if s.support {
            guard let measure else { return "a policy application names no measure" }
            if catalog.measure(code: measure) == nil { return "unknown measure “\(measure)”" }
        } else if measure != nil {
            return "only a policy application names a measure"
        }
        if description.isBlank { return "no description" }
        if let due, due < acceptedOn { return "due \(due), before it was accepted \(acceptedOn)" }
        return nil
    }

    /// The ticket after a `ticket.updated`: 受理 → 办理, or → 办结 with a result (not while
    /// waiting for documents), or → 退回 with a reason (`ProgressTicket`).
    func brokenRuleAfterProgress(from old: Ticket, changed: Set<String>, catalog: Catalog) -> String? {
        let supports = serviceEntry(catalog)?.support == true
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
            if old.isWaiting { return "closed while waiting for documents" }
            if supports && approved == nil { return "a policy application closes approved or not" }
            if supports && approved == true && enterprise == nil { return "an approved application of a person (no enterprise to support)" }
        case .accepted:
            return "a ticket cannot go back to accepted"
        }
        if let closedOn, closedOn < acceptedOn { return "finished \(closedOn), before it was accepted \(acceptedOn)" }
        if (status == .closed || status == .returned) && closedOn == nil { return "finished without a date" }
        return nil
    }
}
