/// 受理: a request for a service on the published list. The receipt number is the next of
/// the year, issued under the journal lock, so two clerks can never hand out the same number.
/// When documents are missing the window gives a supplement notice in the same batch (`notice`),
/// listing every one at once, and the clock stands still from the start.
public struct AcceptTicket: Command {
    public var enterprise, talent, applicantName, applicantPhone: String
    /// A service code (or name) on the list.
    public var service: String
    public var channel: TicketChannel
    public var measure, description: String
    /// Documents received (ids or names of the service's documents).
    public var documents: [String]
    /// A handling unit (id or name); empty: the service's own.
    public var unit: String
    public var due: LocalDate?
    /// The documents a supplement notice lists, given at intake; nil or empty: no notice.
    public var notice: [String]?
    public var noticeNote: String
    public var requiredRole: Role { .clerk }

    public init(enterprise: String = "", talent: String = "", applicantName: String = "", applicantPhone: String = "",
                service: String, channel: TicketChannel = .window, measure: String = "", description: String,
                documents: [String] = [], unit: String = "", due: LocalDate? = nil, notice: [String]? = nil, noticeNote: String = "") {
        self.enterprise = enterprise
        self.talent = talent
        self.applicantName = applicantName
        self.applicantPhone = applicantPhone
        self.service = service
        self.channel = channel
        self.measure = measure
        self.description = description
        self.documents = documents
        self.unit = unit
        self.due = due
        self.notice = notice
        self.noticeNote = noticeNote
    }

    /// A request of one of the seven older types: the service of the list it maps onto.
    public init(enterprise: String = "", applicantName: String = "", applicantPhone: String = "", type: TicketType,
                measure: String = "", description: String, documents: [String] = [], unit: String = "", due: LocalDate? = nil) {
        self.init(enterprise: enterprise, applicantName: applicantName, applicantPhone: applicantPhone,
                  service: type.service()?.code ?? type.rawValue, measure: measure, description: description,
                  documents: documents, unit: unit, due: due)
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        var ent: String?
        let hasEnterprise = !enterprise.isBlank
        if hasEnterprise {
            ent = checks.enterprise(enterprise, in: p.state, field: "applicant")?.id
        }
        let tal = talent.isBlank ? nil : checks.reference(talent, in: p.state.talents, field: "talent", zh: "人才", en: "talent")?.id
        let name = checks.optionalText(applicantName, field: "applicantName", maxLength: 50)
        let phone = checks.optional(applicantPhone) { t throws(FieldError) in try Mobile.validate(t, field: "applicantPhone") }
        if !talent.isBlank && name != nil {
            // A talent brings their own name and mobile: a second person would be dropped from the receipt.
            checks.fail("applicantName", zh: "已选人才：个人姓名不再填写（或清除人才）", en: "a talent is chosen: leave the person's name empty (or clear the talent)")
        }
        if !hasEnterprise && talent.isBlank && name == nil {
            checks.fail("applicant", zh: "请选择企业或人才，或填写申请人姓名", en: "pick an enterprise or a talent, or give the applicant's name")
        }
        if !hasEnterprise && talent.isBlank && name != nil && phone == nil && checks.errors.allSatisfy({ $0.field != "applicantPhone" }) {
            checks.fail("applicantPhone", zh: "个人申请须留手机号", en: "a person applying must give a mobile number")
        }
        let s = Self.service(service, catalog: p.catalog, checks: &checks)
        var m: String?
        if let s, s.support, !hasEnterprise, !(talent.isBlank && name == nil) {
            // Support is recorded for an enterprise: a person's request could never be approved.
            checks.fail("applicant", zh: "\(s.zh)须由企业申请：请选择企业", en: "a \(s.en.lowercased()) is made by an enterprise: pick it")
        }
        if let s, s.support {
            if measure.isBlank {
                checks.fail("measure", zh: "\(s.zh)须选择措施", en: "a \(s.en.lowercased()) must name a measure")
            } else {
                m = checks.measure(measure, in: p.catalog)?.code
            }
        } else if let s, !measure.isBlank {
            checks.fail("measure", zh: "“\(s.zh)”不记录扶持措施", en: "“\(s.en)” records no measure")
        }
        let d = checks.required(description, field: "description", maxLength: 500)
        var docs: [String] = []
        if let s {
            for text in documents where !text.isBlank {
                guard let doc = p.catalog.document(text.trimmingCharacters(in: .whitespaces)), s.documents.contains(doc.id) else {
                    checks.fail("documents", zh: "“\(text)”不是“\(s.zh)”的材料", en: "“\(text)” is not a document of “\(s.en)”")
                    continue
                }
                if !docs.contains(doc.id) { docs.append(doc.id) }
            }
        }
        var u: String?
        if !unit.isBlank { u = TicketRules.handlingUnit(unit, units: p.units, checks: &checks) }
        if let due, due < p.today { checks.fail("due", zh: "时限早于今天", en: "due date is in the past") }
        var noticeDocs: [String] = []
        if let s, let notice, !notice.isEmpty {
            checks.add(TicketRules.notice(notice, received: docs, service: s, catalog: p.catalog, field: "notice"))
            noticeDocs = notice.compactMap { p.catalog.document($0)?.id }
        }
        let note = checks.optionalText(noticeNote, field: "noticeNote", maxLength: 300)
        try checks.finish()
        guard let s else { return }
        // The time limit counts working days on the journal's calendar (holidays and 调休).
        let calendar = p.state.calendar
        let dueDate = due ?? calendar.adding(workingDays: s.limitDays, to: p.today)
        let year = p.today.year
        let number = (p.state.receiptCounters[String(year)] ?? 0) + 1
        let id = p.newId("tkt")
        let ticket = Ticket(
            id: id, receipt: ReceiptNumber.make(year: year, number: number), enterprise: ent, talent: tal, applicantName: name,
            applicantPhone: phone, service: s.code, channel: channel, measure: m, description: d!, documents: docs,
            unit: u ?? s.unit, acceptedOn: p.today, due: dueDate, limitDays: s.limitDays)
        p.emit(EventKind.ticketAccepted, id, record: ticket)
        if !noticeDocs.isEmpty {
            p.emit(EventKind.ticketSupplementRequested, id, RequestSupplement.data(
                date: p.today, documents: noticeDocs, note: note, override: nil,
                remaining: TicketRules.remaining(ticket, on: p.today, calendar: calendar, catalog: p.catalog)))
        }
    }

    /// The service a text names: on the list and still offered ("清单之外无事项").
    static func service(_ text: String, catalog: Catalog, checks: inout FieldChecks) -> Service? {
        if text.isBlank { checks.fail("service", zh: "必填", en: "required"); return nil }
        guard let s = catalog.findService(text), s.isOffered else {
            checks.fail("service", zh: "“\(text)”不在服务事项清单上（清单之外无事项）", en: "“\(text)” is not on the service list")
            return nil
        }
        return s
    }
}

/// 办理 → 办结 or 退回. Closing needs a result; returning needs a reason. An approved request
/// of a service that records support (政策申报) records the grant on the enterprise in the same batch.
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
        let supports = t?.serviceEntry(p.catalog)?.support == true
        switch step {
        case .start:
            if let t, t.status != .accepted { checks.fail("ticket", zh: "工单已在办理中", en: "already in progress") }
            // Handling starts with the documents complete: the clock is paused until then.
            if let t, t.status == .accepted, t.isWaiting {
                checks.fail("ticket", zh: "正在等待补正材料：先登记收到材料，再开始办理", en: "waiting for documents: record the hand-in first, then start")
            }
            try checks.finish()
            p.emitChanges(EventKind.ticketUpdated, t!.id, ["status": .string(TicketStatus.inProgress.rawValue)])
        case .giveBack:
            let why = checks.required(text, field: "reason", maxLength: 300)
            try checks.finish()
            p.emitChanges(EventKind.ticketUpdated, t!.id, [
                "status": .string(TicketStatus.returned.rawValue), "returnReason": .string(why!),
                "closedOn": .string(p.today.description)])
        case .close(let approved):
            let result = checks.required(text, field: "result", maxLength: 300)
            if let t, t.isWaiting {
                checks.fail("ticket", zh: "正在等待补正材料：先登记收到材料，或退回", en: "waiting for documents: record the hand-in first, or return it")
            }
            var money: Money?
            if let t, supports {
                if approved == nil { checks.fail("approved", zh: "政策申报须注明是否批准", en: "say whether the application was approved") }
                if approved == true {
                    if t.enterprise == nil { checks.fail("ticket", zh: "个人申请不能记录企业扶持", en: "no enterprise to record support for") }
                    // Replay refuses support for a moved-out enterprise; refuse before writing anything.
                    if let ent = t.enterprise.flatMap({ p.state.enterprises[$0] }), ent.status == .movedOut {
                        checks.fail("approved", zh: "企业“\(ent.name)”已迁出，不能记录扶持：请按不批准办结或退回",
                                    en: "“\(ent.name)” has moved out of the district: support cannot be recorded; close it as not approved, or return it")
                    }
                    money = checks.optional(amount) { a throws(FieldError) in try Money.parse(a, field: "amount") }
                }
            }
            try checks.finish()
            var changes: [String: JSONValue] = [
                "status": .string(TicketStatus.closed.rawValue), "result": .string(result!), "closedOn": .string(p.today.description)]
            if let approved { changes["approved"] = .bool(approved) }
            p.emitChanges(EventKind.ticketUpdated, t!.id, changes)
            if let t, supports, approved == true, let ent = t.enterprise, let m = t.measure {
                p.emit(EventKind.supportGranted, ent, record: SupportGrant(
                    measure: m, amount: money, kind: money == nil ? result : nil, date: p.today, note: t.receipt, ticket: t.id))
            }
        }
    }
}
