/// 补正 (一次性告知): the window tells the applicant every missing document at once, in
/// writing; the ticket's clock stops that day. One notice per ticket: a second one is refused
/// unless a supervisor (an operator) overrides it with a reason.
public struct RequestSupplement: Command {
    public var ticket: String
    public var documents: [String]
    public var note: String
    /// The supervisor's reason for a second notice on the same ticket.
    public var override: String
    public var requiredRole: Role { .clerk }

    public init(ticket: String, documents: [String], note: String = "", override: String = "") {
        self.ticket = ticket
        self.documents = documents
        self.note = note
        self.override = override
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let t = checks.reference(ticket, in: p.state.tickets, field: "ticket", zh: "工单", en: "ticket")
        let service = t?.serviceEntry(p.catalog)
        if let t {
            if !t.isOpen {
                checks.fail("ticket", zh: "工单已办结或退回，不能再补正", en: "the ticket is closed or returned: no notice on it")
            } else if t.isWaiting {
                checks.fail("ticket", zh: "已告知补正，正在等待材料", en: "a notice is already waiting for its documents")
            } else if service == nil {
                checks.fail("ticket", zh: "事项“\(t.service)”不在清单上", en: "service “\(t.service)” is not on the list")
            }
        }
        if let t, t.isOpen, !t.isWaiting, let service {
            checks.add(TicketRules.notice(documents, received: t.documents, service: service, catalog: p.catalog))
        }
        let n = checks.optionalText(note, field: "note", maxLength: 300)
        let why = checks.optionalText(override, field: "override", maxLength: 300)
        if let t, !t.supplements.isEmpty {
            let role = p.state.role(of: p.actor)
            if why == nil {
                checks.fail("override", zh: "一次性告知：同一工单只告知一次；再次告知须由主管（操作员）写明原因",
                            en: "one notice per ticket: a second needs a supervisor's (operator's) reason")
            } else if role < .operator {
                checks.fail("override", zh: "再次告知须由主管（操作员）办理；\(p.actor) 的角色是\(role.zh)",
                            en: "a second notice is a supervisor's (operator's); \(p.actor) is \(role.en)")
            }
        } else if why != nil {
            checks.fail("override", zh: "第一次告知无需主管说明", en: "a first notice needs no supervisor's reason")
        }
        try checks.finish()
        guard let t else { return }
        let ids = documents.compactMap { p.catalog.document($0)?.id }
        p.emit(EventKind.ticketSupplementRequested, t.id, Self.data(
            date: p.today, documents: ids, note: n, override: why,
            remaining: TicketRules.remaining(t, on: p.today, calendar: p.state.calendar, catalog: p.catalog)))
    }

    /// The line's data (intake writes the same when it gives a notice).
    static func data(date: LocalDate, documents: [String], note: String?, override: String?, remaining: Int) -> JSONValue {
        var d: [String: JSONValue] = ["date": .string(date.description), "documents": .array(documents.map(JSONValue.string)),
                                      "remaining": .int(Int64(remaining))]
        if let note { d["note"] = .string(note) }
        if let override { d["override"] = .string(override) }
        return .object(JSONObject(d))
    }
}

/// The documents a notice asked for are handed in: the clock starts again the next working
/// day with the days it had left. Only the whole list restarts it (一次性告知 cuts both ways:
/// what was asked is what is brought).
public struct ReceiveSupplement: Command {
    public var ticket: String
    /// The documents handed in; empty: every document the notice listed.
    public var documents: [String]
    public var requiredRole: Role { .clerk }

    public init(ticket: String, documents: [String] = []) {
        self.ticket = ticket
        self.documents = documents
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let t = checks.reference(ticket, in: p.state.tickets, field: "ticket", zh: "工单", en: "ticket")
        var pending: TicketSupplement?
        if let t {
            if !t.isOpen {
                checks.fail("ticket", zh: "工单已办结或退回", en: "the ticket is closed or returned")
            } else if let s = t.pendingSupplement {
                pending = s
            } else {
                checks.fail("ticket", zh: "没有等待中的补正告知", en: "no notice is waiting for documents")
            }
        }
        var handed = Set<String>()
        for d in documents where !d.isBlank {
            guard let doc = p.catalog.document(d), pending?.documents.contains(doc.id) ?? true else {
                checks.fail("documents", zh: "“\(d)”不在补正告知中", en: "“\(d)” is not on the notice")
                continue
            }
            handed.insert(doc.id)
        }
        if let pending, !documents.isEmpty {
            let left = pending.documents.filter { !handed.contains($0) }
            if !left.isEmpty {
                checks.fail("documents", zh: "还缺：" + left.map { p.catalog.documentName($0).zh }.joined(separator: "、"),
                            en: "still missing: " + left.map { p.catalog.documentName($0).en }.joined(separator: ", "))
            }
        }
        try checks.finish()
        guard let t, let pending else { return }
        let due = TicketRules.restartedDue(remaining: pending.remaining, handedIn: p.today, calendar: p.state.calendar)
        p.emit(EventKind.ticketSupplementReceived, t.id, .object([
            "date": .string(p.today.description), "documents": .array(pending.documents.map(JSONValue.string)),
            "due": .string(due.description),
        ]))
    }
}

/// 移交: the ticket goes to another handling unit with a reason; its history, receipt and
/// clock (the due date, a running 补正 pause) stay as they were.
public struct HandOverTicket: Command {
    public var ticket: String
    public var unit: String
    public var reason: String
    public var requiredRole: Role { .clerk }

    public init(ticket: String, unit: String, reason: String) {
        self.ticket = ticket
        self.unit = unit
        self.reason = reason
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let t = checks.reference(ticket, in: p.state.tickets, field: "ticket", zh: "工单", en: "ticket")
        if let t, !t.isOpen { checks.fail("ticket", zh: "工单已办结或退回，不能移交", en: "the ticket is closed or returned: it cannot be handed over") }
        let units = p.units
        var to: String?
        if unit.isBlank { checks.fail("unit", zh: "必填", en: "required") }
        else { to = TicketRules.handlingUnit(unit, units: units, checks: &checks) }
        if let t, let to, units.resolve(t.unit ?? "")?.id == to {
            checks.fail("unit", zh: "已由该单位承办：请选择另一承办单位", en: "that unit handles it already: pick another")
        }
        let why = checks.required(reason, field: "reason", maxLength: 300)
        try checks.finish()
        guard let t, let to else { return }
        var d: [String: JSONValue] = ["unit": .string(to), "reason": .string(why!), "date": .string(p.today.description)]
        if let from = t.unit { d["from"] = .string(from) }
        p.emit(EventKind.ticketHandedOver, t.id, .object(JSONObject(d)))
    }
}
