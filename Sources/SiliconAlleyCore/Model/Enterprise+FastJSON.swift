/// Hand-written reading of the commonest records, straight from the parsed value. Replay
/// and snapshot loads spend most of their time turning values into records, and the
/// generic Codable path costs several times this. Anything unexpected returns nil and
/// the caller falls back to Codable, so the two can never disagree on what is valid.
extension Enterprise {
    init?(fast v: JSONValue) {
        guard case .object(let o) = v,
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
