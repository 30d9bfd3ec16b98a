/// Hand-written reading of the commonest records, straight from the parsed value. Replay
/// and snapshot loads spend most of their time turning values into records, and the
/// generic Codable path costs several times this. Anything unexpected returns nil and
/// the caller falls back to Codable, so the two can never disagree on what is valid.
extension Enterprise {
    /// The members in the order the journal writes them (sorted), each with what it sets.
    private enum Member: Int, CaseIterable {
        case address, area, contact, headcount, id, industry, movedOutOn, movedOutReason, moves, name, phone, place,
             qualifications, settled, status, support, tier, uscc
        static let keys: [String] = allCases.map { "\($0)" }
    }

    /// One pass over the members in written order: each key is matched against the next
    /// expected one (equal short strings compare in a step), not searched for among all of
    /// them. Members in another order, or unknown ones, take the lookup path below.
    init?(fast v: JSONValue) {
        guard case .object(let o) = v else { return nil }
        var id: String?, name: String?, uscc: String?, industry: String?, status: EnterpriseStatus?
        var place: String?, address: String?, tier: String?, contact: String?, phone: String?, reason: String?
        var area: Int64?, headcount: Int64?, settled: LocalDate?, out: LocalDate?
        var quals: [QualificationHolding]?, support: [SupportGrant]?
        let keys = Member.keys
        var j = 0
        for m in o.members {
            while j < keys.count && keys[j] != m.key { j += 1 }
            guard j < keys.count else { self.init(lookingUp: o); return }
            let value = m.value
            switch Member(rawValue: j)! {
            case .id: guard case .string(let x) = value else { return nil }; id = x
            case .name: guard case .string(let x) = value else { return nil }; name = x
            case .uscc: guard case .string(let x) = value else { return nil }; uscc = x
            case .industry: guard case .string(let x) = value else { return nil }; industry = x
            case .status: guard case .string(let x) = value, let st = EnterpriseStatus(rawValue: x) else { return nil }; status = st
            case .qualifications: guard let x = FastJSON.array(value, QualificationHolding.init(fast:)) else { return nil }; quals = x
            case .support: guard let x = FastJSON.array(value, SupportGrant.init(fast:)) else { return nil }; support = x
            // Dated moves are read by Codable (rare: most enterprises never move).
            case .moves: guard value == .null else { return nil }
            case .place: guard let x = FastJSON.optionalString(value) else { return nil }; place = x.value
            case .address: guard let x = FastJSON.optionalString(value) else { return nil }; address = x.value
            case .tier: guard let x = FastJSON.optionalString(value) else { return nil }; tier = x.value
            case .contact: guard let x = FastJSON.optionalString(value) else { return nil }; contact = x.value
            case .phone: guard let x = FastJSON.optionalString(value) else { return nil }; phone = x.value
            case .movedOutReason: guard let x = FastJSON.optionalString(value) else { return nil }; reason = x.value
            case .area: guard let x = FastJSON.optionalInt(value) else { return nil }; area = x.value
            case .headcount: guard let x = FastJSON.optionalInt(value) else { return nil }; headcount = x.value
            case .settled: guard let x = FastJSON.optionalDate(value) else { return nil }; settled = x.value
            case .movedOutOn: guard let x = FastJSON.optionalDate(value) else { return nil }; out = x.value
            }
            j += 1
        }
        guard let id, let name, let uscc, let industry, let status, let quals, let support else { return nil }
        self.init(id: id, name: name, uscc: uscc, industry: industry, place: place, address: address, tier: tier,
                  area: area.map { Area(hundredths: $0) }, headcount: headcount.map(Int.init), settled: settled,
                  contact: contact, phone: phone)
        self.status = status
        self.movedOutOn = out
        self.movedOutReason = reason
        self.qualifications = quals
        self.support = support
    }

    private init?(lookingUp o: JSONObject) {
        guard
              case .string(let id)? = o["id"], case .string(let name)? = o["name"],
              case .string(let uscc)? = o["uscc"], case .string(let industry)? = o["industry"],
              case .string(let status)? = o["status"], let st = EnterpriseStatus(rawValue: status),
              let quals = FastJSON.array(o["qualifications"], QualificationHolding.init(fast:)),
              let support = FastJSON.array(o["support"], SupportGrant.init(fast:)),
              // Dated moves are read by Codable (rare: most enterprises never move).
              o["moves"] == nil || o["moves"] == .null
        else { return nil }
        guard let place = FastJSON.optionalString(o["place"]), let address = FastJSON.optionalString(o["address"]),
              let tier = FastJSON.optionalString(o["tier"]), let contact = FastJSON.optionalString(o["contact"]),
              let phone = FastJSON.optionalString(o["phone"]), let reason = FastJSON.optionalString(o["movedOutReason"]),
              let area = FastJSON.optionalInt(o["area"]), let headcount = FastJSON.optionalInt(o["headcount"]),
              let settled = FastJSON.optionalDate(o["settled"]), let out = FastJSON.optionalDate(o["movedOutOn"])
        else { return nil }
        self.init(id: id, name: name, uscc: uscc, industry: industry, place: place.value, address: address.value,
                  tier: tier.value, area: area.value.map { Area(hundredths: $0) }, headcount: headcount.value.map(Int.init),
                  settled: settled.value, contact: contact.value, phone: phone.value)
        self.status = st
        self.movedOutOn = out.value
        self.movedOutReason = reason.value
        self.qualifications = quals
        self.support = support
    }
}

extension QualificationHolding {
    init?(fast v: JSONValue) {
        guard case .object(let o) = v, case .string(let type)? = o["type"],
              case .string(let g)? = o["granted"], let granted = LocalDate(g),
              let expires = FastJSON.optionalDate(o["expires"]), let revoked = FastJSON.optionalDate(o["revoked"]),
              let reason = FastJSON.optionalString(o["revokeReason"]) else { return nil }
        self.init(type: type, granted: granted, expires: expires.value)
        self.revoked = revoked.value
        self.revokeReason = reason.value
    }
}

extension SupportGrant {
    init?(fast v: JSONValue) {
        guard case .object(let o) = v, case .string(let measure)? = o["measure"],
              case .string(let d)? = o["date"], let date = LocalDate(d),
              let amount = FastJSON.optionalInt(o["amount"]), let kind = FastJSON.optionalString(o["kind"]),
              let note = FastJSON.optionalString(o["note"]), let ticket = FastJSON.optionalString(o["ticket"]) else { return nil }
        self.init(measure: measure, amount: amount.value.map { Money(fen: $0) }, kind: kind.value, date: date,
                  note: note.value, ticket: ticket.value)
    }
}

/// An optional member read strictly: absent or null is `value == nil`; a wrong type is nil overall.
struct Present<T> {
    let value: T?
    var isNil: Bool { value == nil }
}

enum FastJSON {
    static func optionalString(_ v: JSONValue?) -> Present<String>? {
        switch v {
        case nil, .null?: return Present(value: nil)
        case .string(let s)?: return Present(value: s)
        default: return nil
        }
    }

    static func optionalInt(_ v: JSONValue?) -> Present<Int64>? {
        switch v {
        case nil, .null?: return Present(value: nil)
        case .int(let i)?: return Present(value: i)
        default: return nil
        }
    }

    static func optionalDate(_ v: JSONValue?) -> Present<LocalDate>? {
        switch v {
        case nil, .null?: return Present(value: nil)
        case .string(let s)?: return LocalDate(s).map { Present(value: $0) }
        default: return nil
        }
    }

    static func array<T>(_ v: JSONValue?, _ make: (JSONValue) -> T?) -> [T]? {
        guard case .array(let a)? = v else { return nil }
        var out: [T] = []
        out.reserveCapacity(a.count)
        for item in a {
            guard let x = make(item) else { return nil }
            out.append(x)
        }
        return out
    }
}
