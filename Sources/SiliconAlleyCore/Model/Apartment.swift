/// A talent apartment (人才公寓的一套房). Never deleted: a unit taken out of use is retired.
/// Occupancy is not stored here — it follows the leases; only the operator's holds
/// (maintenance, reserved) are.
public struct Apartment: Codable, Sendable, Hashable, Identifiable {
    public var id: String
    public var building: String
    public var unit: String
    /// Floor (1 = ground floor, negative below ground). Absent on units added before floors
    /// were recorded: the occupancy grid puts those on a row of their own.
    public var floor: Int?
    /// Place on its floor, 1 = first column of the occupancy grid. Absent like `floor`.
    public var position: Int?
    public var layout: String            // 一室一厅 …
    public var area: Area
    public var rent: Money               // monthly
    public var retired: Bool
    public var retiredOn: LocalDate?
    public var retireReason: String?
    /// Set by an operator: under maintenance, or kept back (reserved).
    public var hold: ApartmentHold?

    public init(id: String, building: String, unit: String, floor: Int?, position: Int?, layout: String, area: Area,
                rent: Money, retired: Bool = false, hold: ApartmentHold? = nil) {
        self.id = id
        self.building = building
        self.unit = unit
        self.floor = floor
        self.position = position
        self.layout = layout
        self.area = area
        self.rent = rent
        self.retired = retired
        self.hold = hold
    }

    /// "硅巷人才公寓A座 502", how operators name a unit.
    public var label: String { "\(building) \(unit)" }
}

/// An operator's hold on a unit: why it is not offered to the waiting list.
public struct ApartmentHold: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        case maintenance, reserved

        public var status: ApartmentStatus { self == .maintenance ? .maintenance : .reserved }
    }

    public var kind: Kind
    public var since: LocalDate
    public var note: String?

    public init(kind: Kind, since: LocalDate, note: String?) {
        self.kind = kind
        self.since = since
        self.note = note
    }
}
