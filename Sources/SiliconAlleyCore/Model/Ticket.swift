public enum TicketStatus: String, Codable, Sendable { case accepted, inProgress, closed, returned }

/// A service-window request. The receipt number is never reused.
public struct Ticket: Sendable, Hashable, Identifiable {
    public var id: String
    public var receipt: String
    public var enterprise: String?
    /// A person applying who is a registered talent (their numbers stay on the talent record).
    public var talent: String?
    public var applicantName: String?
    public var applicantPhone: String?
    /// The service's code on the published list; on tickets of older journals, the type they
    /// recorded (`TicketType`), which the list maps onto a service (`Catalog.service(_:)`).
    public var service: String
    /// Nil on tickets accepted before channels were recorded (all at the window).
    public var channel: TicketChannel?
    public var measure: String?
    public var description: String
    /// Documents received (ids; Chinese names on older tickets).
    public var documents: [String]
    /// The handling unit (承办单位): a unit id; older tickets hold its Chinese name.
    public var unit: String?
    public var status: TicketStatus
    public var acceptedOn: LocalDate
    /// The due date; while a supplement notice waits, the clock stands still and this is not yet known.
    public var due: LocalDate?
    public var closedOn: LocalDate?
    public var result: String?
    public var approved: Bool?
    public var returnReason: String?
    /// The service's time limit when the ticket was accepted (older tickets: their service's).
    public var limitDays: Int?
    /// supplement notices, oldest first.
    public var supplements: [TicketSupplement]
    /// Hand-overs to other units, oldest first.
    public var handovers: [TicketHandover]

    public init(id: String, receipt: String, enterprise: String? = nil, talent: String? = nil, applicantName: String? = nil,
                applicantPhone: String? = nil, service: String, channel: TicketChannel? = nil, measure: String? = nil,
                description: String, documents: [String] = [], unit: String? = nil, status: TicketStatus = .accepted,
                acceptedOn: LocalDate, due: LocalDate? = nil, closedOn: LocalDate? = nil, result: String? = nil,
                approved: Bool? = nil, returnReason: String? = nil, limitDays: Int? = nil,
                supplements: [TicketSupplement] = [], handovers: [TicketHandover] = []) {
        self.id = id
        self.receipt = receipt
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
        self.status = status
        self.acceptedOn = acceptedOn
        self.due = due
        self.closedOn = closedOn
        self.result = result
        self.approved = approved
        self.returnReason = returnReason
        self.limitDays = limitDays
        self.supplements = supplements
        self.handovers = handovers
    }
}

/// Older journals wrote the request's kind as `type`; this program writes `service`, and reads
/// either. Empty lists are left out, so a new ticket's line carries what it says.
extension Ticket: Codable {
    enum CodingKeys: String, CodingKey {
        case id, receipt, enterprise, talent, applicantName, applicantPhone, service, type, channel, measure, description
        case documents, unit, status, acceptedOn, due, closedOn, result, approved, returnReason, limitDays, supplements, handovers
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        receipt = try c.decode(String.self, forKey: .receipt)
        enterprise = try c.decodeIfPresent(String.self, forKey: .enterprise)
        talent = try c.decodeIfPresent(String.self, forKey: .talent)
        applicantName = try c.decodeIfPresent(String.self, forKey: .applicantName)
        applicantPhone = try c.decodeIfPresent(String.self, forKey: .applicantPhone)
        if let s = try c.decodeIfPresent(String.self, forKey: .service) {
            service = s
        } else {
            // An older ticket: one of the seven types (an unknown one does not decode).
            service = try c.decode(TicketType.self, forKey: .type).rawValue
        }
        channel = try c.decodeIfPresent(TicketChannel.self, forKey: .channel)
        measure = try c.decodeIfPresent(String.self, forKey: .measure)
        description = try c.decode(String.self, forKey: .description)
        documents = try c.decode([String].self, forKey: .documents)
        unit = try c.decodeIfPresent(String.self, forKey: .unit)
        status = try c.decode(TicketStatus.self, forKey: .status)
        acceptedOn = try c.decode(LocalDate.self, forKey: .acceptedOn)
        due = try c.decodeIfPresent(LocalDate.self, forKey: .due)
        closedOn = try c.decodeIfPresent(LocalDate.self, forKey: .closedOn)
        result = try c.decodeIfPresent(String.self, forKey: .result)
        approved = try c.decodeIfPresent(Bool.self, forKey: .approved)
        returnReason = try c.decodeIfPresent(String.self, forKey: .returnReason)
        limitDays = try c.decodeIfPresent(Int.self, forKey: .limitDays)
        supplements = try c.decodeIfPresent([TicketSupplement].self, forKey: .supplements) ?? []
        handovers = try c.decodeIfPresent([TicketHandover].self, forKey: .handovers) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(receipt, forKey: .receipt)
        try c.encodeIfPresent(enterprise, forKey: .enterprise)
        try c.encodeIfPresent(talent, forKey: .talent)
        try c.encodeIfPresent(applicantName, forKey: .applicantName)
        try c.encodeIfPresent(applicantPhone, forKey: .applicantPhone)
        try c.encode(service, forKey: .service)
        try c.encodeIfPresent(channel, forKey: .channel)
        try c.encodeIfPresent(measure, forKey: .measure)
        try c.encode(description, forKey: .description)
        try c.encode(documents, forKey: .documents)
        try c.encodeIfPresent(unit, forKey: .unit)
        try c.encode(status, forKey: .status)
        try c.encode(acceptedOn, forKey: .acceptedOn)
        try c.encodeIfPresent(due, forKey: .due)
        try c.encodeIfPresent(closedOn, forKey: .closedOn)
        try c.encodeIfPresent(result, forKey: .result)
        try c.encodeIfPresent(approved, forKey: .approved)
        try c.encodeIfPresent(returnReason, forKey: .returnReason)
        try c.encodeIfPresent(limitDays, forKey: .limitDays)
        if !supplements.isEmpty { try c.encode(supplements, forKey: .supplements) }
        if !handovers.isEmpty { try c.encode(handovers, forKey: .handovers) }
    }
}
