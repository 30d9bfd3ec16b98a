public enum LeaseStatus: String, Codable, Sendable, CaseIterable {
    case signed, occupied, ended

    public var zh: String {
        switch self {
        case .signed: return "待入住"
        case .occupied: return "在住"
        case .ended: return "已结束"
        }
    }

    public var en: String {
        switch self {
        case .signed: return "awaiting check-in"
        case .occupied: return "checked in"
        case .ended: return "ended"
        }
    }
}

/// A lease of one unit to one talent (租约). Never deleted: ending one early is recorded.
/// `start`..<`end` is the term (the end day is the day the unit is handed back, so the next
/// lease may start on it).
public struct Lease: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var apartment: String
    public var talent: String
    public var start: LocalDate
    public var end: LocalDate
    /// Monthly rent agreed. Absent on leases signed before it was recorded: the unit's rent applies.
    public var rent: Money?
    public var signedOn: LocalDate?
    /// The waiting-list application it came from, if any.
    public var application: String?
    public var checkIn: LocalDate?
    public var checkInNote: String?
    public var checkOut: LocalDate?
    public var checkOutNote: String?
    public var status: LeaseStatus
    public var renewals: [LeaseRenewal]?
    public var endedEarly: LeaseEarlyEnd?

    public init(id: String, apartment: String, talent: String, start: LocalDate, end: LocalDate, rent: Money?,
                signedOn: LocalDate?, application: String?, status: LeaseStatus = .signed) {
        self.id = id
        self.apartment = apartment
        self.talent = talent
        self.start = start
        self.end = end
        self.rent = rent
        self.signedOn = signedOn
        self.application = application
        self.status = status
    }

    /// Signed or checked in: holds its unit and its tenant.
    public var isActive: Bool { status != .ended }

    /// The last day (exclusive) the lease held its unit: the term's end while it runs; once
    /// ended, the day it was handed back (check-out, or the early end). Overlap is judged on this.
    public var heldUntil: LocalDate {
        guard status == .ended else { return end }
        return checkOut ?? endedEarly?.on ?? end
    }

    /// Whether this lease held its unit on any day of `from..<to`.
    public func overlaps(_ from: LocalDate, _ to: LocalDate) -> Bool {
        start < to && from < heldUntil
    }

    public func monthlyRent(apartment: Apartment?) -> Money? { rent ?? apartment?.rent }
}

public struct LeaseRenewal: Codable, Sendable, Hashable {
    public var on: LocalDate
    public var previousEnd: LocalDate
    public var end: LocalDate
    public var rent: Money?
}

/// A lease ended before its term: when and why.
public struct LeaseEarlyEnd: Codable, Sendable, Hashable {
    public var on: LocalDate
    public var reason: String
}
