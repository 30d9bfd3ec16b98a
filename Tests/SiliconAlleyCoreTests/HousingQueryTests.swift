import Foundation
import Testing
@testable import SiliconAlleyCore

/// The queries the housing pane draws: grid, occupancy, leases ending, vacant units, details.
@Suite struct HousingQueryTests {
    /// Floor 3: 301 occupied, 302 vacant, 303 maintenance; floor 2: 201 reserved (signed), 203 reserved (hold).
    static func building(_ f: HousingFixture) throws -> (occupied: String, vacant: String, repair: String, signed: String, held: String) {
        let occupied = try f.unit("301", floor: 3, position: 1)
        let vacant = try f.unit("302", floor: 3, position: 2)
        let repair = try f.unit("303", floor: 3, position: 3)
        let signed = try f.unit("201", floor: 2, position: 1)
        let held = try f.unit("203", floor: 2, position: 3)
        let lease = try f.sign(occupied, try f.talent(1), "2025-01-01", "2026-01-01")
        try f.run(CheckInLease(lease: lease, date: "2025-01-02", note: "完好"))
        _ = try f.sign(signed, try f.talent(2), "2025-07-01", "2026-07-01")
        try f.run(SetApartmentStatus(apartment: repair, status: .maintenance, note: "漏水"))
        try f.run(SetApartmentStatus(apartment: held, status: .reserved, note: "预留"))
        return (occupied, vacant, repair, signed, held)
    }

    @Test func theGridHasAFloorPerRowTopFirstAndAStatusPerCell() throws {
        let f = try HousingFixture()
        let u = try Self.building(f)
        let g = OccupancyGrid.make(building: HousingFixture.building, in: f.state)
        #expect(g.rows.map(\.label) == ["3F", "2F"] && g.columns == 3)
        #expect(g.rows[0].cells.map { $0?.status } == [.occupied, .vacant, .maintenance])
        #expect(g.rows[1].cells.map { $0?.status } == [.reserved, nil, .reserved], "no unit at 2F position 2")
        #expect(g.cell(floor: 2, position: 3)?.apartment.id == u.held && g.cell(floor: 2, position: 2) == nil)
        #expect(g.cell(floor: 3, position: 1)?.tenant?.name == "人才1" && g.cell(floor: 3, position: 3)?.holdNote == "漏水")
        #expect(g.cell(floor: 2, position: 1)?.lease?.status == .signed, "a signed lease keeps the unit for its tenant")
        // Each status has its own symbol, in Unicode and in ASCII.
        #expect(Set(ApartmentStatus.allCases.map(\.symbol)).count == 4 && Set(ApartmentStatus.allCases.map(\.asciiSymbol)).count == 4)
        #expect(ApartmentStatus.allCases.map(\.zh) == ["空置", "已入住", "维修", "预留"])
        // Units from before floors were recorded share a last row.
        let old = "apt-\(f.store.state.lastSeq + 1)"  // a new record's id is its line's seq
        try f.store.appendUnchecked([LineCodec.Draft(kind: EventKind.apartmentAdded, entity: old,
            data: ["id": .string(old), "building": .string(HousingFixture.building), "unit": "老101", "layout": "开间", "area": 2500,
                   "rent": 120000, "retired": false])])
        let g2 = OccupancyGrid.make(building: HousingFixture.building, in: f.state)
        #expect(g2.rows.last?.floor == nil && g2.rows.last?.label == "—" && g2.rows.last?.cells.first??.apartment.unit == "老101")
        #expect(g2.rows.allSatisfy { $0.cells.count == g2.columns })
    }

    @Test func occupancyCountsUnitsInUseByStatus() throws {
        let f = try HousingFixture()
        _ = try Self.building(f)
        let other = try f.unit("101", floor: 1, building: "青龙人才公寓B座")
        try f.run(RetireApartment(apartment: try f.unit("102", floor: 1, building: "青龙人才公寓B座"), reason: "拆除"))
        let byBuilding = BuildingOccupancy.byBuilding(f.state)
        #expect(byBuilding.map(\.building) == [HousingFixture.building, "青龙人才公寓B座"])
        let a = byBuilding[0]
        #expect((a.units, a.occupied, a.vacant, a.maintenance, a.reserved) == (5, 1, 1, 1, 2))
        #expect(a.percentText == "20%" && a.rate == 0.2 && a.count(.reserved) == 2)
        #expect(byBuilding[1].units == 1 && byBuilding[1].percentText == "0%", "the retired unit is not counted")
        let total = BuildingOccupancy.total(f.state)
        #expect(total.units == 6 && total.occupied == 1 && total.building.isEmpty)
        #expect(BuildingOccupancy.total(DomainState()).percentText == "—")
        #expect(HousingUnits.vacant(f.state).map(\.apartment.id).sorted() == [other, HousingUnits.all(f.state).first { $0.apartment.unit == "302" }!.apartment.id].sorted())
    }

    @Test func leasesEndingWithinTheWindowSoonestFirst() throws {
        let f = try HousingFixture()
        let today = TestData.today
        func lease(_ n: Int, endsIn days: Int) throws -> String {
            try f.sign(try f.unit("\(n)"), try f.talent(n), today.adding(days: days - 365).description, today.adding(days: days).description)
        }
        let in60 = try lease(1, endsIn: 60)
        let in61 = try lease(2, endsIn: 61)
        let in5 = try lease(3, endsIn: 5)
        let overdue = try lease(4, endsIn: -3)
        let ended = try lease(5, endsIn: 10)
        try f.run(EndLeaseEarly(lease: ended, date: today.description, reason: "放弃"))
        let list = LeaseExpiry.within(days: 60, of: today, in: f.state)
        #expect(list.map(\.lease.id) == [overdue, in5, in60], "60 days included, 61 not, ended leases not at all")
        #expect(list.map(\.daysLeft) == [-3, 5, 60] && list[1].tenant.name == "人才3")
        #expect(LeaseExpiry.within(days: 61, of: today, in: f.state).map(\.lease.id).contains(in61))
    }

    @Test func aTalentsDetailHasTheirPlaceLeasesTimelineAndHistoryIds() throws {
        let f = try HousingFixture()
        let t = try f.talent(1)
        let waitingFirst = try f.talent(2)
        _ = try f.apply(waitingFirst, priority: 1)
        let app = try f.apply(t, priority: 2, on: "2025-05-01")
        var d = try #require(TalentDetail.make(t, in: f.state))
        #expect(d.waitingPlace == 2 && d.currentLease == nil && d.talent.maskedIDNumber == PersonalData.mask(HousingFixture.idNumber(1), as: .residentID))
        #expect(d.talent.employerName == f.state.enterprises[f.employer]?.name)
        let u = try f.unit("101")
        let lease = try f.sign(u, t, "2025-06-01", "2026-06-01")
        try f.run(CheckInLease(lease: lease, date: "2025-06-02", note: "完好"))
        try f.run(RenewLease(lease: lease, end: "2027-06-01"))
        d = try #require(TalentDetail.make(t, in: f.state))
        #expect(d.waitingPlace == nil && d.currentLease?.lease.id == lease && d.currentLease?.unit?.unit == "101")
        #expect(d.applications.map(\.id) == [app] && d.leases.count == 1)
        #expect(d.historyEntities == [t, app, lease])
        #expect(d.timeline.map(\.date) == d.timeline.map(\.date).sorted(), "oldest first")
        #expect(d.timeline.first?.entity == app && d.timeline.contains { $0.zh.hasPrefix("入住") } && d.timeline.contains { $0.en.hasPrefix("renewed") })
        #expect(TalentDetail.make("tal-404", in: f.state) == nil)
    }

    @Test func aUnitsDetailHasItsTenantsNewestFirst() throws {
        let f = try HousingFixture()
        let u = try f.unit("101")
        let first = try f.sign(u, try f.talent(1, name: "李明"), "2025-01-01", "2026-01-01")
        try f.run(CheckInLease(lease: first, date: "2025-01-01", note: "完好"))
        try f.run(CheckOutLease(lease: first, date: "2025-05-01", note: "完好"))
        let second = try f.sign(u, try f.talent(2, name: "王芳"), "2025-06-01", "2026-06-01")
        let d = try #require(ApartmentDetail.make(u, in: f.state))
        #expect(d.leases.map(\.lease.id) == [second, first])
        #expect(d.unit.status == .reserved && d.unit.tenant?.name == "王芳" && d.unit.lastTenant?.name == "李明")
        #expect(d.historyEntities == [u, first, second])
        #expect(d.timeline.contains { $0.zh.hasPrefix("退房") && $0.entity == first })
    }
}
