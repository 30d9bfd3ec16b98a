/// The journal's shape of an enterprise: the members as they were declared before the USCC
/// was kept packed (`creditCode`), so lines read and write as they always have. Absent
/// optionals are left out, as the synthesized coding did.
extension Enterprise: Codable {
    private enum Keys: String, CodingKey {
        case id, name, uscc, industry, place, address, tier, area, headcount, settled, contact, phone, status,
             movedOutOn, movedOutReason, qualifications, support, moves
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        self.init(id: try c.decode(String.self, forKey: .id), name: try c.decode(String.self, forKey: .name),
                  uscc: try c.decode(String.self, forKey: .uscc), industry: try c.decode(String.self, forKey: .industry),
                  place: try c.decodeIfPresent(String.self, forKey: .place),
                  address: try c.decodeIfPresent(String.self, forKey: .address),
                  tier: try c.decodeIfPresent(String.self, forKey: .tier),
                  area: try c.decodeIfPresent(Area.self, forKey: .area),
                  headcount: try c.decodeIfPresent(Int.self, forKey: .headcount),
                  settled: try c.decodeIfPresent(LocalDate.self, forKey: .settled),
                  contact: try c.decodeIfPresent(String.self, forKey: .contact),
                  phone: try c.decodeIfPresent(String.self, forKey: .phone))
        status = try c.decode(EnterpriseStatus.self, forKey: .status)
        movedOutOn = try c.decodeIfPresent(LocalDate.self, forKey: .movedOutOn)
        movedOutReason = try c.decodeIfPresent(String.self, forKey: .movedOutReason)
        qualifications = try c.decode([QualificationHolding].self, forKey: .qualifications)
        support = try c.decode([SupportGrant].self, forKey: .support)
        moves = try c.decodeIfPresent([TierMove].self, forKey: .moves)
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(uscc, forKey: .uscc)
        try c.encode(industry, forKey: .industry)
        try c.encodeIfPresent(place, forKey: .place)
        try c.encodeIfPresent(address, forKey: .address)
        try c.encodeIfPresent(tier, forKey: .tier)
        try c.encodeIfPresent(area, forKey: .area)
        try c.encodeIfPresent(headcount, forKey: .headcount)
        try c.encodeIfPresent(settled, forKey: .settled)
        try c.encodeIfPresent(contact, forKey: .contact)
        try c.encodeIfPresent(phone, forKey: .phone)
        try c.encode(status, forKey: .status)
        try c.encodeIfPresent(movedOutOn, forKey: .movedOutOn)
        try c.encodeIfPresent(movedOutReason, forKey: .movedOutReason)
        try c.encode(qualifications, forKey: .qualifications)
        try c.encode(support, forKey: .support)
        try c.encodeIfPresent(moves, forKey: .moves)
    }
}
