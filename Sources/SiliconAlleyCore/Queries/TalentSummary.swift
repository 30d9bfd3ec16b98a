/// A talent as every list and detail shows them: numbers masked, the employer named.
/// Screens take this, never the `Talent` record, so a full number cannot slip through.
public struct TalentSummary: Sendable, Hashable {
    public var id: String
    public var name: String
    public var maskedIDNumber: String
    public var maskedPhone: String
    public var category: String
    public var employer: String?
    public var employerName: String?

    public init(_ t: Talent, in s: DomainState) {
        id = t.id
        name = t.name
        maskedIDNumber = t.maskedIDNumber
        maskedPhone = t.maskedPhone
        category = t.category
        employer = t.employer
        employerName = t.employer.flatMap { s.enterprises[$0]?.name }
    }
}
