/// Resident ID numbers and mobile numbers are personal information (PIPL). Every list,
/// detail, export, report and receipt shows them through `mask`; the full number is given
/// only by `JournalStore.reveal`, to an admin, with the reveal journaled.
public enum PersonalData {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case residentID, mobile

        public var zh: String { self == .residentID ? "身份证号" : "手机号" }
        public var en: String { self == .residentID ? "resident ID" : "mobile" }
    }

    /// A resident ID as its first 6 + `********` + last 4 (`110105********1234`); a mobile as
    /// its first 3 + `****` + last 4 (`138****5678`). Text too short to keep both ends while
    /// hiding the middle is all stars, never shown as it is.
    public static func mask(_ text: String, as kind: Kind) -> String {
        let chars = Array(text)
        switch kind {
        case .residentID:
            guard chars.count >= 14 else { return String(repeating: "*", count: chars.count) }
            return String(chars.prefix(6)) + "********" + String(chars.suffix(4))
        case .mobile:
            guard chars.count >= 10 else { return String(repeating: "*", count: chars.count) }
            return String(chars.prefix(3)) + "****" + String(chars.suffix(4))
        }
    }

    /// Journal data's members that hold a number, wherever they appear (records and their
    /// `changes`): the journal pane shows a line's data through `masked(_:)`.
    public static let journalFields: [String: Kind] = [
        "idNumber": .residentID,
        "phone": .mobile,
        "applicantPhone": .mobile,
    ]

    /// A copy of journal data with every personal number masked, at any depth.
    public static func masked(_ value: JSONValue) -> JSONValue {
        switch value {
        case .object(let o):
            var out = JSONObject()
            for (k, v) in o {
                if let kind = journalFields[k], let s = v.stringValue {
                    out[k] = .string(mask(s, as: kind))
                } else {
                    out[k] = masked(v)
                }
            }
            return .object(out)
        case .array(let a):
            return .array(a.map(masked))
        default:
            return value
        }
    }

    /// The number a record holds: a talent's ID or mobile, an enterprise contact's, a
    /// ticket applicant's or an event registrant's mobile. nil if the record has none.
    public static func number(_ kind: Kind, of record: String, in s: DomainState) -> String? {
        switch kind {
        case .residentID:
            return s.talents[record]?.idNumber
        case .mobile:
            return s.talents[record]?.phone ?? s.enterprises[record]?.phone ?? s.tickets[record]?.applicantPhone
                ?? s.registrations[record]?.phone
        }
    }
}
