import Foundation
import Testing
@testable import SiliconAlleyCore

/// Units: adding with floor and position, operator status changes, retiring.
@Suite struct HousingUnitTests {
    @Test func unitsKeepFloorAndPositionAndFillTheNextFreePlace() throws {
        let f = try HousingFixture()
        let a = try f.unit("501", floor: 5)
        let b = try f.unit("502", floor: 5)
        let c = try f.unit("506", floor: 5, position: 6)
        let d = try f.run(AddApartment(building: HousingFixture.building, unit: "B101", floor: "B1", layout: "开间", area: "25㎡",
                                       rent: "¥1,500"))[0].entity
        let s = f.state
        #expect(s.apartments[a]?.floor == 5 && s.apartments[a]?.position == 1)
        #expect(s.apartments[b]?.position == 2 && s.apartments[c]?.position == 6)
        #expect(s.apartments[d]?.floor == -1 && s.apartments[d]?.rent == Money(yuan: 1500))
        #expect(try f.unit("507", floor: 5) == f.state.apartments.values.first { $0.position == 7 }?.id, "after the highest in use")
        #expect(f.status(a) == .vacant)
    }

    @Test func clashesAndBadFieldsAreRefusedByField() throws {
        let f = try HousingFixture()
        _ = try f.unit("501", floor: 5, position: 1)
        func add(_ unit: String, floor: String = "5", position: String = "", area: String = "38", rent: String = "2000") -> CommandRejected? {
            f.refused(AddApartment(building: HousingFixture.building, unit: unit, floor: floor, position: position, layout: "一室",
                                   area: area, rent: rent))
        }
        #expect(add("501")?.error(for: "unit") != nil)
        #expect(add("502", position: "1")?.error(for: "position") != nil)
        #expect(add("502", floor: "五楼")?.error(for: "floor") != nil)
        #expect(add("502", floor: "0")?.error(for: "floor") != nil)
        #expect(add("502", area: "0")?.error(for: "area") != nil)
        #expect(add("502", rent: "0")?.error(for: "rent") != nil)
        let several = add("", floor: "", area: "abc")
        #expect(several?.error(for: "unit") != nil && several?.error(for: "floor") != nil && several?.error(for: "area") != nil,
                "every field at once")
        // Another building may use the same number and place.
        _ = try f.unit("501", floor: 5, position: 1, building: "青龙人才公寓B座")
    }

    @Test func maintenanceAndReservedAreSetByAnOperatorAndReleased() throws {
        let f = try HousingFixture()
        let a = try f.unit("101")
        #expect(f.refused(SetApartmentStatus(apartment: a, status: .maintenance))?.error(for: "note") != nil, "says what is repaired")
        let line = try f.run(SetApartmentStatus(apartment: a, status: .maintenance, note: "更换热水器"))[0]
        #expect(line.kind == EventKind.apartmentStatusChanged && line.data["status"]?.stringValue == "maintenance")
        #expect(f.status(a) == .maintenance && f.state.apartments[a]?.hold?.note == "更换热水器")
        #expect(f.state.apartments[a]?.hold?.since == TestData.today)
        #expect(f.refused(SetApartmentStatus(apartment: a, status: .maintenance, note: "again"))?.error(for: "status") != nil)
        #expect(f.refused(SetApartmentStatus(apartment: a, status: .occupied))?.error(for: "status") != nil, "occupancy follows leases")
        try f.run(SetApartmentStatus(apartment: a, status: .reserved, note: "为领军人才预留"))
        #expect(f.status(a) == .reserved)
        try f.run(SetApartmentStatus(apartment: a, status: .vacant))
        #expect(f.status(a) == .vacant && f.state.apartments[a]?.hold == nil)
        #expect(f.refused(SetApartmentStatus(apartment: a, status: .vacant))?.error(for: "status") != nil, "nothing to release")
        #expect(f.refused(SetApartmentStatus(apartment: "apt-404", status: .vacant))?.error(for: "apartment") != nil)
    }

    @Test func aLeasedUnitCannotBeHeldOrRetired() throws {
        let f = try HousingFixture()
        let a = try f.unit("101")
        let lease = try f.sign(a, try f.talent(1))
        #expect(f.refused(SetApartmentStatus(apartment: a, status: .maintenance, note: "漏水"))?.error(for: "apartment") != nil)
        #expect(f.refused(RetireApartment(apartment: a, reason: "改作办公"))?.error(for: "apartment") != nil)
        #expect(f.refused(SetApartmentStatus(apartment: a, status: .vacant))?.error(for: "status")?.en.contains("the lease of 人才1") == true,
                "a unit kept for its tenant is freed by the lease, not by hand")
        try f.run(CheckInLease(lease: lease, date: "2025-07-01", note: "完好"))
        try f.run(CheckOutLease(lease: lease, date: "2025-08-01", note: "完好"))
        try f.run(SetApartmentStatus(apartment: a, status: .maintenance, note: "退租后粉刷"))
        #expect(f.status(a) == .maintenance)
    }

    @Test func retiringKeepsTheUnitOutOfTheStock() throws {
        let f = try HousingFixture()
        let a = try f.unit("101", floor: 1, position: 1)
        #expect(f.refused(RetireApartment(apartment: a, reason: " "))?.error(for: "reason") != nil)
        let line = try f.run(RetireApartment(apartment: a, reason: "合并改造为两居室"))[0]
        #expect(line.kind == EventKind.apartmentRetired)
        let r = try #require(f.state.apartments[a], "kept, never deleted")
        #expect(r.retired && r.retiredOn == TestData.today && r.retireReason == "合并改造为两居室")
        #expect(f.refused(RetireApartment(apartment: a, reason: "again")) != nil)
        #expect(f.refused(SetApartmentStatus(apartment: a, status: .maintenance, note: "x"))?.error(for: "apartment") != nil)
        #expect(f.refused(SignLease(apartment: a, talent: try f.talent(1), start: "2025-07-01", end: "2026-07-01"))?.error(for: "apartment") != nil)
        #expect(HousingUnits.all(f.state).isEmpty && OccupancyGrid.all(f.state).isEmpty)
        // Its number and place may be used again.
        _ = try f.unit("101", floor: 1, position: 1)
    }
}
