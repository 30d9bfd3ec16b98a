/// 受理: a walk-in request. The receipt number is the next of the year, issued under the
/// journal lock, so two clerks can never hand out the same number.
public struct AcceptTicket: Command {
    public var enterprise, applicantName, applicantPhone: String
    public var type: TicketType
    public var measure, description: String
    public var documents: [String]
    public var unit: String
    public var due: LocalDate?
    public var requiredRole: Role { .clerk }

    public init(enterprise: String = "", applicantName: String = "", applicantPhone: String = "", type: TicketType,
                measure: String = "", description: String, documents: [String] = [], unit: String = "", due: LocalDate? = nil) {
        self.enterprise = enterprise
        self.applicantName = applicantName
        self.applicantPhone = applicantPhone
        self.type = type
        self.measure = measure
        self.description = description
        self.documents = documents
        self.unit = unit
        self.due = due
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        var ent: String?
        let hasEnterprise = !enterprise.trimmingCharacters(in: .whitespaces).isEmpty
        if hasEnterprise {
            ent = checks.enterprise(enterprise, in: p.state, field: "applicant")?.id
        }
        let name = checks.optionalText(applicantName, field: "applicantName", maxLength: 50)
        let phone = checks.optional(applicantPhone) { t throws(FieldError) in try Mobile.validate(t, field: "applicantPhone") }
        if !hasEnterprise && name == nil {
            checks.fail("applicant", zh: "请选择企业或填写申请人姓名", en: "pick an enterprise or give the applicant's name")
        }
        if !hasEnterprise && name != nil && phone == nil && !checks.errors.contains(where: { $0.field == "applicantPhone" }) {
            checks.fail("applicantPhone", zh: "个人申请须留手机号", en: "a person applying must give a mobile number")
        }
        var m: String?
        if type == .policy {
            if measure.trimmingCharacters(in: .whitespaces).isEmpty {
                checks.fail("measure", zh: "政策申报须选择措施", en: "a policy application must name a measure")
            } else {
                m = checks.measure(measure, in: p.catalog)?.code
            }
        }
        let d = checks.required(description, field: "description", maxLength: 500)
        let docs = documents.compactMap { checks.optionalText($0, field: "documents", maxLength: 50) }
        let u = checks.optionalText(unit, field: "unit", maxLength: 100)
        if let due, due < p.today { checks.fail("due", zh: "时限早于今天", en: "due date is in the past") }
        try checks.finish()
        // The time limit counts working days on the PRC calendar (holidays and 调休).
        let dueDate = due ?? WorkingDayCalendar.china.adding(workingDays: type.timeLimitWorkingDays, to: p.today)
        let year = p.today.year
        let number = (p.state.receiptCounters[String(year)] ?? 0) + 1
        let id = p.newId("tkt")
        p.emit(EventKind.ticketAccepted, id, record: Ticket(
            id: id, receipt: ReceiptNumber.make(year: year, number: number), enterprise: ent, applicantName: name,
            applicantPhone: phone, type: type, measure: m, description: d!, documents: docs, unit: u, status: .accepted,
            acceptedOn: p.today, due: dueDate))
    }
}

/// 办理 → 办结 or 退回. Closing needs a result; returning needs a reason. An approved
/// policy application records the support grant on the enterprise in the same batch.
public struct ProgressTicket: Command {
    public enum Step: Sendable { case start, close(approved: Bool?), giveBack }
    public var ticket: String
    public var step: Step
    public var text: String
    public var amount: String
    public var requiredRole: Role { .clerk }

    public init(ticket: String, step: Step, text: String = "", amount: String = "") {
        self.ticket = ticket
        self.step = step
        self.text = text
        self.amount = amount
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let t = checks.reference(ticket, in: p.state.tickets, field: "ticket", zh: "工单", en: "ticket")
        if let t, t.status == .closed || t.status == .returned {
            checks.fail("ticket", zh: "工单已办结或退回", en: "ticket already closed or returned")
        }
        switch step {
        case .start:
            if let t, t.status != .accepted { checks.fail("ticket", zh: "工单已在办理中", en: "already in progress") }
            try checks.finish()
            p.emitChanges(EventKind.ticketUpdated, ticket, ["status": .string(TicketStatus.inProgress.rawValue)])
        case .giveBack:
            let why = checks.required(text, field: "reason", maxLength: 300)
            try checks.finish()
            p.emitChanges(EventKind.ticketUpdated, ticket, [
                "status": .string(TicketStatus.returned.rawValue), "returnReason": .string(why!),
                "closedOn": .string(p.today.description)])
        case .close(let approved):
            let result = checks.required(text, field: "result", maxLength: 300)
            var money: Money?
            if let t, t.type == .policy {
                if approved == nil { checks.fail("approved", zh: "政策申报须注明是否批准", en: "say whether the application was approved") }
                if approved == true {
                    if t.enterprise == nil { checks.fail("ticket", zh: "个人申请不能记录企业扶持", en: "no enterprise to record support for") }
                    money = checks.optional(amount) { a throws(FieldError) in try Money.parse(a, field: "amount") }
                }
            }
            try checks.finish()
            var changes: [String: JSONValue] = [
                "status": .string(TicketStatus.closed.rawValue), "result": .string(result!), "closedOn": .string(p.today.description)]
            if let approved { changes["approved"] = .bool(approved) }
            p.emitChanges(EventKind.ticketUpdated, ticket, changes)
            if let t, t.type == .policy, approved == true, let ent = t.enterprise, let m = t.measure {
                p.emit(EventKind.supportGranted, ent, record: SupportGrant(
                    measure: m, amount: money, kind: money == nil ? result : nil, date: p.today, note: t.receipt, ticket: t.id))
            }
        }
    }
}
