/// A made-up person: name, sex, birth date, valid resident ID and mobile.
public struct SyntheticPerson: Sendable, Hashable {
    public enum Sex: String, Sendable, Hashable { case male, female }

    public let name: String
    public let sex: Sex
    public let birthDate: LocalDate
    public let residentID: String
    public let mobile: String
}
