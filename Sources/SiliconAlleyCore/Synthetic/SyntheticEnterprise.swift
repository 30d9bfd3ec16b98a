/// A made-up enterprise record with everything a registry form asks for.
public struct SyntheticEnterprise: Sendable, Hashable {
    public let name: String
    public let uscc: String
    public let industryID: String
    public let address: SyntheticAddress
    public let leasedArea: Area
    public let headcount: Int
    public let settledOn: LocalDate
    public let contact: SyntheticPerson
    /// Qualification ids with the year each was granted.
    public let qualifications: [Grant]

    public struct Grant: Sendable, Hashable {
        public let qualificationID: String
        public let year: Int
    }
}
