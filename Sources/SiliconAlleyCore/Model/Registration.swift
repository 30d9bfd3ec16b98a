/// 报名: an enterprise from the registry and/or a person, for one event. Beyond the event's
/// capacity a registration waits (`waitlisted`) and moves up, in the order registrations were
/// taken, when a place frees.
public struct Registration: Sendable, Hashable, Identifiable {
    public var id: String
    public var activity: String
    public var enterprise: String?
    public var person: String?
    public var phone: String?
    public var attended: Bool
    public var cancelled: Bool
    /// On the waiting list (older journals: never).
    public var waitlisted: Bool
    /// Moved up from the waiting list.
    public var promoted: Bool

    public init(id: String, activity: String, enterprise: String?, person: String?, phone: String?,
                attended: Bool = false, cancelled: Bool = false, waitlisted: Bool = false, promoted: Bool = false) {
        self.id = id
        self.activity = activity
        self.enterprise = enterprise
        self.person = person
        self.phone = phone
        self.attended = attended
        self.cancelled = cancelled
        self.waitlisted = waitlisted
        self.promoted = promoted
    }

    /// Holds one of the event's places.
    public var isConfirmed: Bool { !cancelled && !waitlisted }

    /// Registrations are taken in journal order; the id carries the line's seq.
    public var order: Int { RecordID.sequence(of: id) ?? Int.max }

    public var state: RegistrationState {
        if cancelled { return .cancelled }
        if waitlisted { return .waitlisted }
        return attended ? .attended : .confirmed
    }
}

public enum RegistrationState: String, Sendable, CaseIterable {
    case confirmed, waitlisted, attended, cancelled

    public var zh: String {
        switch self {
        case .confirmed: return "已报名"
        case .waitlisted: return "候补"
        case .attended: return "已签到"
        case .cancelled: return "已取消"
        }
    }

    public var en: String {
        switch self {
        case .confirmed: return "registered"
        case .waitlisted: return "waiting list"
        case .attended: return "attended"
        case .cancelled: return "cancelled"
        }
    }

    public var label: Phrase { Phrase(zh, en) }
}

extension Registration: Codable {
    private enum Keys: String, CodingKey { case id, activity, enterprise, person, phone, attended, cancelled, waitlisted, promoted }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        id = try c.decode(String.self, forKey: .id)
        activity = try c.decode(String.self, forKey: .activity)
        enterprise = try c.decodeIfPresent(String.self, forKey: .enterprise)
        person = try c.decodeIfPresent(String.self, forKey: .person)
        phone = try c.decodeIfPresent(String.self, forKey: .phone)
        attended = try c.decode(Bool.self, forKey: .attended)
        cancelled = try c.decode(Bool.self, forKey: .cancelled)
        waitlisted = try c.decodeIfPresent(Bool.self, forKey: .waitlisted) ?? false
        promoted = try c.decodeIfPresent(Bool.self, forKey: .promoted) ?? false
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(id, forKey: .id)
        try c.encode(activity, forKey: .activity)
        try c.encodeIfPresent(enterprise, forKey: .enterprise)
        try c.encodeIfPresent(person, forKey: .person)
        try c.encodeIfPresent(phone, forKey: .phone)
        try c.encode(attended, forKey: .attended)
        try c.encode(cancelled, forKey: .cancelled)
        if waitlisted { try c.encode(true, forKey: .waitlisted) }
        if promoted { try c.encode(true, forKey: .promoted) }
    }
}
