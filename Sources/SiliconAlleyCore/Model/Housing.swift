public struct Apartment: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var building: String
    public var unit: String
    public var layout: String            // 一室一厅 …
    public var area: Area
    public var rent: Money               // monthly
    public var retired: Bool
}

public struct Talent: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var name: String
    public var idNumber: String          // GB 11643; shown masked
    public var phone: String
    public var employer: String?         // enterprise id
    public var category: String          // talent category
}

public enum ApplicationStatus: String, Codable, Sendable { case waiting, allocated, withdrawn }

/// A place on the waiting list.
public struct HousingApplication: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var talent: String
    public var appliedOn: LocalDate
    public var status: ApplicationStatus
}

public enum LeaseStatus: String, Codable, Sendable { case signed, occupied, ended }

public struct Lease: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var apartment: String
    public var talent: String
    public var start: LocalDate
    public var end: LocalDate
    public var checkIn: LocalDate?
    public var checkOut: LocalDate?
    public var status: LeaseStatus
}
