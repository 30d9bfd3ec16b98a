import Foundation
import Testing
@testable import SiliconAlleyCore

/// Leases: signing, one running lease per unit and per talent, no overlap, check-in and
/// check-out with condition notes, renewal, ending early.
@Suite struct HousingLeaseTests {
    @Test func signCheckInCheckOutFollowTheUnitsStatus() throws {
        let f = try HousingFixture()
        let u = try f.unit("101", rent: "2400")
        let t = try f.talent(1)
        let lease = try f.sign(u, t)
        var l = try #require(f.state.leases[lease])
        #expect(l.status == .signed && l.rent == Money(yuan: 2400) && l.signedOn == TestData.today && l.application == nil)
        #expect(f.status(u) == .reserved)
        try f.run(CheckInLease(lease: lease, date: "2025-07-02", note: "房屋完好，钥匙两把"))
        l = try #require(f.state.leases[lease])
        #expect(l.status == .occupied && l.checkIn == LocalDate("2025-07-02") && l.checkInNote == "房屋完好，钥匙两把")
        #expect(f.status(u) == .occupied)
        try f.run(CheckOutLease(lease: lease, date: "2025-12-31", note: "墙面轻微污损"))
        l = try #require(f.state.leases[lease])
        #expect(l.status == .ended && l.checkOut == LocalDate("2025-12-31") && l.checkOutNote == "墙面轻微污损")
        #expect(f.status(u) == .vacant, "check-out frees the unit")
        // The next tenant may start the day it was handed back, not before.
        let next = try f.talent(2)
        #expect(f.refused(SignLease(apartment: u, talent: next, start: "2025-12-30", end: "2026-12-30"))?.error(for: "apartment")?.en.contains("overlaps") == true)
        let second = try f.run(SignLease(apartment: u, talent: next, start: "2025-12-31", end: "2026-12-31", rent: "2500"))[0].entity
        #expect(f.state.leases[second]?.rent == Money(yuan: 2500))
    }

    @Test func oneRunningLeasePerUnitAndPerTalent() throws {
        let f = try HousingFixture()
        let (u1, u2) = (try f.unit("101"), try f.unit("102"))
        let (t1, t2) = (try f.talent(1), try f.talent(2))
        _ = try f.sign(u1, t1, "2025-07-01", "2026-07-01")
        // Even for later dates: a unit has one running lease at a time.
        #expect(f.refused(SignLease(apartment: u1, talent: t2, start: "2027-01-01", end: "2028-01-01"))?.error(for: "apartment") != nil)
        #expect(f.refused(SignLease(apartment: u2, talent: t1, start: "2027-01-01", end: "2028-01-01"))?.error(for: "talent")?.zh.contains("已有租约") == true)
        #expect(f.refused(SignLease(apartment: u2, talent: t2, start: "2025-07-01", end: "2025-07-01"))?.error(for: "end") != nil)
        #expect(f.refused(SignLease(apartment: u2, talent: t2, start: "2025-07-01", end: "2026-07-01", rent: "0"))?.error(for: "rent") != nil)
        let none = f.refused(SignLease(apartment: "apt-404", talent: "tal-404", start: "x", end: ""))
        #expect(Set(none?.errors.map(\.field) ?? []) == ["apartment", "talent", "start", "end"])
    }

    @Test func aTalentsLeasesNeverOverlap() throws {
        let f = try HousingFixture()
        let t = try f.talent(1)
        let old = try f.sign(try f.unit("101"), t, "2025-01-01", "2026-01-01")
        try f.run(CheckInLease(lease: old, date: "2025-01-01", note: "完好"))
        try f.run(CheckOutLease(lease: old, date: "2025-06-05", note: "完好"))
        let other = try f.unit("102")
        #expect(f.refused(SignLease(apartment: other, talent: t, start: "2025-06-01", end: "2026-06-01"))?.error(for: "talent")?.en.contains("overlaps") == true)
        _ = try f.sign(other, t, "2025-06-05", "2026-06-05")
    }

    @Test func noLeaseOnAUnitUnderMaintenanceAndSigningTakesAReservation() throws {
        let f = try HousingFixture()
        let t = try f.talent(1)
        let u = try f.unit("101")
        try f.run(SetApartmentStatus(apartment: u, status: .maintenance, note: "更换热水器"))
        #expect(f.refused(SignLease(apartment: u, talent: t, start: "2025-07-01", end: "2026-07-01"))?.error(for: "apartment")?.zh.contains("维修") == true)
        try f.run(SetApartmentStatus(apartment: u, status: .reserved, note: "为领军人才预留"))
        let app = try f.apply(t)
        let lines = try f.run(SignLease(apartment: u, talent: t, start: "2025-07-01", end: "2026-07-01"))
        #expect(lines.map(\.kind) == [EventKind.apartmentStatusChanged, EventKind.leaseSigned])
        #expect(lines[0].data["status"]?.stringValue == "vacant" && f.state.apartments[u]?.hold == nil)
        let lease = try #require(f.state.leases[lines[1].entity])
        #expect(lease.id == "lease-\(lines[1].seq)", "the id is the seq of its line")
        #expect(lease.application == app && f.state.applications[app]?.status == .allocated && f.state.applications[app]?.lease == lease.id,
                "signing closes the talent's waiting application")
    }

    @Test func checkInAndCheckOutAreRefusedOutOfOrder() throws {
        let f = try HousingFixture()
        let lease = try f.sign(try f.unit("101"), try f.talent(1), "2025-07-01", "2026-07-01")
        func checkIn(_ d: String, _ note: String = "完好") -> CommandRejected? { f.refused(CheckInLease(lease: lease, date: d, note: note)) }
        func checkOut(_ d: String, _ note: String = "完好") -> CommandRejected? { f.refused(CheckOutLease(lease: lease, date: d, note: note)) }
        #expect(checkOut("2025-08-01")?.error(for: "lease") != nil, "not checked in")
        #expect(checkIn("2025-06-30")?.error(for: "date") != nil, "before the term")
        #expect(checkIn("2026-07-01")?.error(for: "date") != nil, "after the term")
        #expect(checkIn("2025-07-01", "")?.error(for: "note") != nil, "the condition is noted")
        #expect(checkIn("2025-07-32")?.error(for: "date") != nil)
        #expect(f.refused(CheckInLease(lease: "lease-404", date: "2025-07-01", note: "x"))?.error(for: "lease") != nil)
        try f.run(CheckInLease(lease: lease, date: "2025-07-05", note: "完好"))
        #expect(checkIn("2025-07-06")?.error(for: "lease") != nil, "twice")
        #expect(checkOut("2025-07-04")?.error(for: "date")?.zh.contains("早于入住日") == true, "check-out before check-in")
        #expect(checkOut("2025-08-01", " ")?.error(for: "note") != nil)
        try f.run(CheckOutLease(lease: lease, date: "2025-07-05", note: "当日退房"))
        #expect(checkOut("2025-08-01")?.error(for: "lease") != nil, "already ended")
    }

    @Test func renewalExtendsARunningLease() throws {
        let f = try HousingFixture()
        let u = try f.unit("101")
        let lease = try f.sign(u, try f.talent(1), "2025-07-01", "2026-07-01")
        #expect(f.refused(RenewLease(lease: lease, end: "2026-07-01"))?.error(for: "end") != nil, "must be later")
        #expect(f.refused(RenewLease(lease: lease, end: "2027-07-01", rent: "-1"))?.error(for: "rent") != nil)
        let line = try f.run(RenewLease(lease: lease, end: "2027-07-01", rent: "2600"))[0]
        #expect(line.kind == EventKind.leaseRenewed && line.data["previousEnd"]?.stringValue == "2026-07-01")
        let l = try #require(f.state.leases[lease])
        #expect(l.end == LocalDate("2027-07-01") && l.rent == Money(yuan: 2600))
        #expect(l.renewals == [LeaseRenewal(on: TestData.today, previousEnd: LocalDate("2026-07-01")!, end: LocalDate("2027-07-01")!,
                                            rent: Money(yuan: 2600))])
        try f.run(RenewLease(lease: lease, end: "2028-01-01"))
        #expect(f.state.leases[lease]?.rent == Money(yuan: 2600) && f.state.leases[lease]?.renewals?.count == 2, "rent unchanged when not given")
        try f.run(EndLeaseEarly(lease: lease, date: "2025-08-01", reason: "未入住即放弃"))
        #expect(f.refused(RenewLease(lease: lease, end: "2029-01-01"))?.error(for: "lease") != nil, "an ended lease is not renewed")
    }

    @Test func endingEarlyIsRecordedNeverDeleted() throws {
        let f = try HousingFixture()
        let u = try f.unit("101")
        let t = try f.talent(1)
        // Before moving in: simply ended.
        let first = try f.sign(u, t, "2025-07-01", "2026-07-01")
        #expect(f.refused(EndLeaseEarly(lease: first, date: "2025-06-20", reason: ""))?.error(for: "reason") != nil)
        #expect(f.refused(EndLeaseEarly(lease: first, date: "2026-07-01", reason: "到期"))?.error(for: "date") != nil, "not early")
        try f.run(EndLeaseEarly(lease: first, date: "2025-06-20", reason: "申请人放弃"))
        var l = try #require(f.state.leases[first])
        #expect(l.status == .ended && l.endedEarly == LeaseEarlyEnd(on: LocalDate("2025-06-20")!, reason: "申请人放弃") && l.checkOut == nil)
        #expect(f.status(u) == .vacant)
        #expect(f.refused(EndLeaseEarly(lease: first, date: "2025-06-21", reason: "again"))?.error(for: "lease") != nil)
        // After moving in: the tenant hands the unit back that day, with its condition noted.
        let second = try f.sign(u, t, "2025-07-01", "2026-07-01")
        try f.run(CheckInLease(lease: second, date: "2025-07-03", note: "完好"))
        #expect(f.refused(EndLeaseEarly(lease: second, date: "2025-09-01", reason: "工作调动"))?.error(for: "note") != nil)
        #expect(f.refused(EndLeaseEarly(lease: second, date: "2025-07-02", reason: "工作调动", note: "完好"))?.error(for: "date") != nil)
        let line = try f.run(EndLeaseEarly(lease: second, date: "2025-09-01", reason: "工作调动", note: "完好"))[0]
        #expect(line.kind == EventKind.leaseEndedEarly)
        l = try #require(f.state.leases[second])
        #expect(l.status == .ended && l.checkOut == LocalDate("2025-09-01") && l.checkOutNote == "完好" && l.heldUntil == LocalDate("2025-09-01"))
        #expect(f.state.leases.count == 2 && f.status(u) == .vacant)
    }
}
