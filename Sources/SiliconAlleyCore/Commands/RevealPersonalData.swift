/// 查看完整号码: an admin asks for one record's full resident ID or mobile, for a stated
/// reason. The line records who (the actor), whose (the entity) and why — not the number,
/// which the record's own line already holds. `JournalStore.reveal` returns the number.
public struct RevealPersonalData: Command {
    public var record: String
    public var number: PersonalData.Kind
    public var reason: String
    public var requiredRole: Role { .admin }

    public init(record: String, number: PersonalData.Kind, reason: String) {
        self.record = record
        self.number = number
        self.reason = reason
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let id = record.trimmingCharacters(in: .whitespaces)
        let r = checks.optionalText(reason, field: "reason", maxLength: HousingRules.noteLength)
        checks.add(HousingRules.reveal(number, of: id, reason: r, in: p.state))
        try checks.finish()
        p.emit(EventKind.personalRevealed, id, .object(["number": .string(number.rawValue), "reason": .string(r!)]))
    }
}
