/// An enterprise as typed into a form or read from a CSV row: text, not yet validated.
public struct EnterpriseInput: Sendable, Hashable {
    public var name = ""
    public var uscc = ""
    public var industry = ""
    public var place = ""
    public var address = ""
    public var area = ""
    public var headcount = ""
    public var settled = ""
    public var contact = ""
    public var phone = ""

    public init(name: String = "", uscc: String = "", industry: String = "", place: String = "", address: String = "",
                area: String = "", headcount: String = "", settled: String = "", contact: String = "", phone: String = "") {
        self.name = name
        self.uscc = uscc
        self.industry = industry
        self.place = place
        self.address = address
        self.area = area
        self.headcount = headcount
        self.settled = settled
        self.contact = contact
        self.phone = phone
    }

    /// Validates every field; on success an Enterprise with the given id.
    func validated(id: String, catalog: Catalog, checks: inout FieldChecks) -> Enterprise? {
        let name = checks.required(self.name, field: "name", maxLength: 100)
        let uscc = checks.check { () throws(FieldError) -> String in try USCC.validate(self.uscc, field: "uscc") }
        let industry = checks.industry(self.industry, in: catalog)
        let place = checks.place(self.place, in: catalog)
        let address = checks.optionalText(self.address, field: "address", maxLength: 100)
        let area = checks.optional(self.area) { t throws(FieldError) in try Area.parse(t, field: "area") }
        let headcount = checks.optional(self.headcount) { t throws(FieldError) in try Count.parse(t, field: "headcount") }
        let settled = checks.date(self.settled, field: "settled", required: false)
        let contact = checks.optionalText(self.contact, field: "contact", maxLength: 50)
        let phone = checks.optional(self.phone) { t throws(FieldError) in try Mobile.validate(t, field: "phone") }
        guard checks.errors.isEmpty, let name, let uscc, let industry else { return nil }
        return Enterprise(id: id, name: name, uscc: uscc, industry: industry.id, place: place?.id, address: address,
                          tier: place?.tier, area: area, headcount: headcount, settled: settled, contact: contact, phone: phone)
    }
}
