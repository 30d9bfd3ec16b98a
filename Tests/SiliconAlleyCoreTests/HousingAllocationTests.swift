import Foundation
import Testing
@testable import SiliconAlleyCore

/// The waiting list's order and allocation to the first eligible applicant.
@Suite struct HousingAllocationTests {
    @Test func theListOrdersByPriorityThenDateThenEntry() throws {
        let f = try HousingFixture()
        let t = try (1...5).map { try f.talent($0) }
        let lateLow = try f.apply(t[0], priority: 3, on: "2025-05-01")
        let laterHigh = try f.apply(t[1], priority: 1, on: "2025-06-01")
        let earlyHigh = try f.apply(t[2], priority: 1, on: "2025-05-20")
        let sameDayLow = try f.apply(t[3], priority: 3, on: "2025-05-01")
        let withdrawn = try f.apply(t[4], priority: 1, on: "2025-01-01")
        try f.run(WithdrawApplication(application: withdrawn, reason: "放弃"))
        #expect(WaitingList.ordered(f.state).map(\.id) == [earlyHigh, laterHigh, lateLow, sameDayLow])
        let entries = WaitingList.entries(f.state, on: TestData.today)
        #expect(entries.map(\.place) == [1, 2, 3, 4] && entries[0].talent.id == t[2] && entries.allSatisfy(\.eligibleNow))
    }

    @Test func allocationOffersTheUnitToTheFirstApplicantInOrder() throws {
        let f = try HousingFixture()
        let t = try (1...3).map { try f.talent($0) }
        let second = try f.apply(t[0], priority: 2, on: "2025-05-01")
        let first = try f.apply(t[1], priority: 1, on: "2025-06-01")
        let third = try f.apply(t[2], priority: 2, on: "2025-05-02")
        let a = try f.unit("101", rent: "2600")
        let b = try f.unit("102")
        let lines = try f.run(AllocateApartment(apartment: a, start: "2025-07-01", end: "2026-07-01"))
        #expect(lines.map(\.kind) == [EventKind.housingAllocated])
        let lease = try #require(f.state.leases[lines[0].entity])
        #expect(lease.talent == t[1] && lease.application == first && lease.rent == Money(yuan: 2600) && lease.status == .signed)
        #expect(lease.signedOn == TestData.today)
        #expect(f.state.applications[first]?.status == .allocated && f.state.applications[first]?.lease == lease.id)
        #expect(f.status(a) == .reserved, "kept for the tenant until check-in")
        let next = try f.run(AllocateApartment(apartment: b, start: "2025-07-01", end: "2026-07-01", rent: "2000"))[0].entity
        #expect(f.state.leases[next]?.talent == t[0] && f.state.leases[next]?.rent == Money(yuan: 2000))
        #expect(WaitingList.ordered(f.state).map(\.id) == [third])
        _ = second
    }

    @Test func anApplicantWhoseLastLeaseRunsIntoTheTermIsPassedOver() throws {
        let f = try HousingFixture()
        let (a, b) = (try f.talent(1), try f.talent(2))
        // a lived in 101 until 2025-06-05.
        let old = try f.sign(try f.unit("101"), a, "2025-01-01", "2026-01-01")
        try f.run(CheckInLease(lease: old, date: "2025-01-03", note: "完好"))
        try f.run(CheckOutLease(lease: old, date: "2025-06-05", note: "完好"))
        _ = try f.apply(a, priority: 1)
        _ = try f.apply(b, priority: 2)
        let u = try f.unit("102")
        #expect(WaitingList.entries(f.state, on: LocalDate("2025-06-01")!).map(\.eligibleNow) == [false, true])
        #expect(WaitingList.entries(f.state, on: TestData.today).map(\.eligibleNow) == [true, true])
        #expect(WaitingList.firstEligible(apartment: u, start: LocalDate("2025-06-01")!, end: LocalDate("2026-06-01")!, in: f.state)?.talent == b)
        let lease = try f.run(AllocateApartment(apartment: u, start: "2025-06-06", end: "2026-06-06"))[0].entity
        #expect(f.state.leases[lease]?.talent == a, "from the day after the move-out a comes first again")
    }

    @Test func allocationIsRefusedForUnitsNotVacantAndWhenNobodyIsEligible() throws {
        let f = try HousingFixture()
        let repairing = try f.unit("101")
        try f.run(SetApartmentStatus(apartment: repairing, status: .maintenance, note: "漏水"))
        let kept = try f.unit("102")
        try f.run(SetApartmentStatus(apartment: kept, status: .reserved, note: "预留"))
        let free = try f.unit("103")
        func allocate(_ apt: String, _ start: String = "2025-07-01", _ end: String = "2026-07-01") -> CommandRejected? {
            f.refused(AllocateApartment(apartment: apt, start: start, end: end))
        }
        #expect(allocate(free)?.error(for: "waitingList") != nil, "nobody waiting")
        let t = try f.talent(1)
        _ = try f.apply(t)
        #expect(allocate(repairing)?.error(for: "apartment")?.en.contains("maintenance") == true)
        #expect(allocate(kept)?.error(for: "apartment")?.en.contains("reserved") == true)
        #expect(allocate(free, "2025-07-01", "2025-06-01")?.error(for: "end") != nil)
        #expect(allocate("apt-404")?.error(for: "apartment") != nil)
        _ = try f.run(AllocateApartment(apartment: free, start: "2025-07-01", end: "2026-07-01"))
        let other = try f.unit("104")
        #expect(allocate(free)?.error(for: "apartment") != nil, "already let")
        // The only applicant left cannot take a unit during a term their own lease overlaps.
        let u = try f.talent(2)
        let old = try f.sign(other, u, "2025-01-01", "2026-01-01")
        try f.run(CheckInLease(lease: old, date: "2025-01-01", note: "完好"))
        try f.run(CheckOutLease(lease: old, date: "2025-06-09", note: "完好"))
        _ = try f.apply(u)
        let r = allocate(other, "2025-06-01", "2026-06-01")
        #expect(r?.error(for: "waitingList") != nil || r?.error(for: "apartment") != nil)
        #expect(allocate(try f.unit("105"), "2025-06-01", "2026-06-01")?.error(for: "waitingList")?.zh.contains("没有符合条件") == true)
    }

    @Test func replayRefusesAnAllocationOutOfOrder() throws {
        let f = try HousingFixture()
        let (a, b) = (try f.talent(1), try f.talent(2))
        _ = try f.apply(a, priority: 1)
        let second = try f.apply(b, priority: 2)
        let u = try f.unit("101")
        var lease = Lease(id: "lease-\(f.state.lastSeq + 1)", apartment: u, talent: b, start: LocalDate("2025-07-01")!, end: LocalDate("2026-07-01")!,
                          rent: Money(yuan: 2400), signedOn: TestData.today, application: second)
        let rule = f.replayRefusal(EventKind.housingAllocated, lease.id, HousingFixture.encode(lease))
        #expect(rule?.contains("comes first") == true, "\(rule ?? "")")
        // The same lease signed directly is fine (a direct lease is not by order).
        let s = try f.replay(EventKind.leaseSigned, lease.id, HousingFixture.encode(lease))
        #expect(s.applications[second]?.status == .allocated)
        // An allocation must come from an application.
        lease.application = nil
        #expect(f.replayRefusal(EventKind.housingAllocated, lease.id, HousingFixture.encode(lease)) != nil)
    }
}
