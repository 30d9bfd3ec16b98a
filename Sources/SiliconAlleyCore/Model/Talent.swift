/// A talent who may be housed (人才). The resident ID and mobile are personal data: every
/// screen, export and report shows them through `PersonalData.mask` (or `summary`).
public struct Talent: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var idNumber: String          // GB 11643, 18 characters
    public var phone: String             // mainland mobile, 11 digits
    public var employer: String?         // enterprise id (absent only on talents registered before it was required)
    public var category: String          // talent category, free text (e.g. 领军人才)

    public init(id: String, name: String, idNumber: String, phone: String, employer: String?, category: String) {
        self.id = id
        self.name = name
        self.idNumber = idNumber
        self.phone = phone
        self.employer = employer
        self.category = category
    }

    public var maskedIDNumber: String { PersonalData.mask(idNumber, as: .residentID) }
    public var maskedPhone: String { PersonalData.mask(phone, as: .mobile) }
}
