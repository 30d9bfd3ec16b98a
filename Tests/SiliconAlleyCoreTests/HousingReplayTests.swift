import Foundation
import Testing
@testable import SiliconAlleyCore

/// Replay re-checks every housing line with its command's rule; older journals' lines still read.
@Suite struct HousingReplayTests {
    /// A journal with every housing command in it.
    static func scenario(_ f: HousingFixture) throws -> [(any Command, [JournalLine])] {
        var out: [(any Command, [JournalLine])] = []
        func run(_ c: any Command) throws -> [JournalLine] {
            let lines = try f.run(c)
            out.append((c, lines))
            return lines
        }
        let u1 = try run(AddApartment(building: "青龙人才公寓A座", unit: "501", floor: "5", layout: "一室一厅", area: "38.5", rent: "2400"))[0].entity
        let u2 = try run(AddApartment(building: "青龙人才公寓A座", unit: "502", floor: "5", layout: "两室一厅", area: "62", rent: "3600"))[0].entity
        let u3 = try run(AddApartment(building: "青龙人才公寓A座", unit: "503", floor: "5", layout: "开间", area: "28", rent: "1800"))[0].entity
        let t1 = try run(RegisterTalent(name: "李明", idNumber: HousingFixture.idNumber(1), phone: HousingFixture.mobile(1), employer: f.employer, category: "领军人才"))[0].entity
        let t2 = try run(RegisterTalent(name: "王芳", idNumber: HousingFixture.idNumber(2), phone: HousingFixture.mobile(2), employer: f.employer, category: "青年人才"))[0].entity
        let t3 = try run(RegisterTalent(name: "赵强", idNumber: HousingFixture.idNumber(3), phone: HousingFixture.mobile(3), employer: f.employer, category: "骨干人才"))[0].entity
        _ = try run(ApplyForHousing(talent: t1, priority: "1", appliedOn: "2025-05-01"))
        let a2 = try run(ApplyForHousing(talent: t2, priority: "2"))[0].entity
        let l1 = try run(AllocateApartment(apartment: u1, start: "2025-06-01", end: "2026-06-01"))[0].entity
        _ = try run(CheckInLease(lease: l1, date: "2025-06-02", note: "完好"))
        _ = try run(RenewLease(lease: l1, end: "2027-06-01", rent: "2500"))
        _ = try run(WithdrawApplication(application: a2, reason: "已自行租房"))
        _ = try run(SetApartmentStatus(apartment: u2, status: .reserved, note: "预留"))
        let l2 = try run(SignLease(apartment: u2, talent: t2, start: "2025-06-01", end: "2026-06-01")).last!.entity
        _ = try run(CheckInLease(lease: l2, date: "2025-06-01", note: "完好"))
        _ = try run(CheckOutLease(lease: l2, date: "2025-06-09", note: "完好"))
        let l3 = try run(SignLease(apartment: u3, talent: t3, start: "2025-06-01", end: "2026-06-01")).last!.entity
        _ = try run(EndLeaseEarly(lease: l3, date: "2025-06-05", reason: "放弃"))
        _ = try run(SetApartmentStatus(apartment: u3, status: .maintenance, note: "粉刷"))
        let u4 = try run(AddApartment(building: "青龙人才公寓A座", unit: "504", floor: "5", layout: "开间", area: "28", rent: "1800"))[0].entity
        _ = try run(RetireApartment(apartment: u4, reason: "并入 503"))
        _ = try run(RevealPersonalData(record: t1, number: .residentID, reason: "核对租赁合同"))
        return out
    }

    @Test func everyKindACommandWritesHasItsRoleAndReplaysToTheSameState() throws {
        let f = try HousingFixture()
        let runs = try Self.scenario(f)
        for (command, lines) in runs {
            for l in lines {
                #expect(EventKind.requiredRole[l.kind] == command.requiredRole, "\(l.kind) written by \(type(of: command))")
            }
        }
        let kinds = Set(runs.flatMap { $0.1.map(\.kind) })
        #expect(kinds.isSuperset(of: [EventKind.apartmentAdded, EventKind.apartmentStatusChanged, EventKind.apartmentRetired,
                                      EventKind.talentRegistered, EventKind.housingApplied, EventKind.housingWithdrawn,
                                      EventKind.housingAllocated, EventKind.leaseSigned, EventKind.leaseCheckedIn,
                                      EventKind.leaseCheckedOut, EventKind.leaseRenewed, EventKind.leaseEndedEarly,
                                      EventKind.personalRevealed]))
        #expect(try JournalVerifier.verify(path: f.store.path).isClean)
        #expect(try JournalStore(path: f.store.path, actor: "auditor", useSnapshot: false).state == f.state)
    }

    @Test func snapshotPlusTailEqualsFullReplayWithHousing() throws {
        let f = try HousingFixture()
        let runs = try Self.scenario(f)
        try f.store.writeSnapshot()
        let lease = runs.flatMap(\.1).first { $0.kind == EventKind.housingAllocated }!.entity
        try f.run(CheckOutLease(lease: lease, date: "2025-06-10", note: "完好"))
        _ = try f.unit("601", floor: 6)
        let viaSnapshot = try JournalStore(path: f.store.path, actor: "auditor")
        #expect(viaSnapshot.takeNotices().filter { $0.contains("snapshot") }.isEmpty)
        let replay = try JournalStore(path: f.store.path, actor: "auditor", useSnapshot: false).state
        #expect(viaSnapshot.state == replay && replay == f.state)
        #expect(replay.leases[lease]?.renewals?.count == 1 && replay.apartments.values.contains { $0.hold?.kind == .maintenance })
    }

    @Test func linesThatBreakARuleAreRefused() throws {
        let f = try HousingFixture()
        let u = try f.unit("101")
        let t = try f.talent(1)
        let lease = try f.sign(u, t, "2025-06-01", "2026-06-01")
        func refused(_ kind: String, _ entity: String, _ data: JSONValue, _ rule: String, time: String = "2025-06-10T02:00:00.000Z",
                     sourceLocation: SourceLocation = #_sourceLocation) {
            let r = f.replayRefusal(kind, entity, data, time: time, sourceLocation: sourceLocation)
            #expect(r?.contains(rule) == true, "\(kind): \(r ?? "accepted")", sourceLocation: sourceLocation)
        }
        // A new record's id is the seq its line would get.
        func next(_ prefix: String) -> String { "\(prefix)-\(f.state.lastSeq + 1)" }
        // Units
        var apt = f.state.apartments[u]!
        apt.id = next("apt")
        refused(EventKind.apartmentAdded, next("apt"), HousingFixture.encode(apt), "already has unit")
        apt.unit = "102"
        refused(EventKind.apartmentAdded, "apt-901", HousingFixture.encode(apt), "is not the record's id")
        refused(EventKind.apartmentStatusChanged, u, ["status": "occupied", "date": "2025-06-10"], "occupancy follows the leases")
        refused(EventKind.apartmentStatusChanged, u, ["status": "maintenance", "note": "漏水", "date": "2025-06-10"], "is running; check out or end it first")
        refused(EventKind.apartmentStatusChanged, u, ["status": "broken", "date": "2025-06-10"], "status must be")
        refused(EventKind.apartmentRetired, u, ["date": "2025-06-10", "reason": "x"], "is running")
        refused(EventKind.apartmentRetired, "apt-404", ["date": "2025-06-10", "reason": "x"], "no apartment apt-404")
        // Talents: the ID's check character, and a birth date after the line's own date.
        var talent = f.state.talents[t]!
        talent.id = next("tal")
        refused(EventKind.talentRegistered, next("tal"), HousingFixture.encode(talent), "already registered")
        talent.idNumber = String(HousingFixture.idNumber(2).dropLast()) + (HousingFixture.idNumber(2).last == "1" ? "2" : "1")
        refused(EventKind.talentRegistered, next("tal"), HousingFixture.encode(talent), "check character")
        talent.idNumber = ResidentID.make(first17: "110105" + "20250701" + "123")!
        refused(EventKind.talentRegistered, next("tal"), HousingFixture.encode(talent), "future")
        #expect(try f.replay(EventKind.talentRegistered, next("tal"), HousingFixture.encode(talent), time: "2025-08-01T00:00:00.000Z")
            .talents[next("tal")] != nil, "the bound is the line's date")
        #expect(try f.replay(EventKind.talentRegistered, next("tal"), HousingFixture.encode(talent), time: "2025-06-30T02:00:00.000Z")
            .talents[next("tal")] != nil, "with a day's tolerance, as every rule against today")
        talent.idNumber = HousingFixture.idNumber(3)
        talent.employer = "ent-404"
        refused(EventKind.talentRegistered, next("tal"), HousingFixture.encode(talent), "no such enterprise")
        // The waiting list
        let app = HousingApplication(id: next("app"), talent: t, appliedOn: TestData.today, status: .waiting, priority: 1)
        refused(EventKind.housingApplied, next("app"), HousingFixture.encode(app), "already housed")
        var other = app
        other.talent = "tal-404"
        refused(EventKind.housingApplied, next("app"), HousingFixture.encode(other), "no such talent")
        // An application dated the writer's today, a day ahead of the line's clock, replays; two days ahead does not.
        let fifth = try f.talent(5)
        var ahead = HousingApplication(id: next("app"), talent: fifth, appliedOn: LocalDate("2025-06-11")!, status: .waiting, priority: 1)
        #expect(try f.replay(EventKind.housingApplied, next("app"), HousingFixture.encode(ahead)).applications[next("app")] != nil)
        ahead.appliedOn = LocalDate("2025-06-12")!
        refused(EventKind.housingApplied, next("app"), HousingFixture.encode(ahead), "future")
        refused(EventKind.housingWithdrawn, "app-404", ["date": "2025-06-10", "reason": "x"], "no application")
        // Leases
        var l = f.state.leases[lease]!
        l.id = next("lease")
        refused(EventKind.leaseSigned, next("lease"), HousingFixture.encode(l), "already has a lease")
        refused(EventKind.leaseCheckedIn, lease, ["date": "2025-06-02"], "condition")
        refused(EventKind.leaseCheckedIn, lease, ["date": "2025-05-31", "note": "完好"], "before the term")
        refused(EventKind.leaseCheckedOut, lease, ["date": "2025-06-02", "note": "完好"], "not checked in")
        refused(EventKind.leaseCheckedIn, "lease-404", ["date": "2025-06-02", "note": "完好"], "no lease lease-404")
        refused(EventKind.leaseRenewed, lease, ["previousEnd": "2026-01-01", "end": "2027-01-01", "date": "2025-06-10"], "no longer has")
        refused(EventKind.leaseRenewed, lease, ["previousEnd": "2026-06-01", "end": "2026-05-01", "date": "2025-06-10"], "must be after")
        refused(EventKind.leaseEndedEarly, lease, ["date": "2025-06-05"], "reason")
        // Dates the commands take from today are not after the line's day (a day's tolerance).
        refused(EventKind.leaseRenewed, lease, ["previousEnd": "2026-06-01", "end": "2027-06-01", "date": "2099-01-01"], "renewed 2099-01-01, after the line's date")
        // Kinds no command writes, and a reveal without a reason.
        refused(EventKind.apartmentUpdated, u, ["changes": ["rent": 1]], "no command writes")
        refused(EventKind.talentUpdated, t, ["changes": ["idNumber": "x"]], "no command writes")
        refused(EventKind.personalRevealed, t, ["number": "residentID"], "reason")
        refused(EventKind.personalRevealed, u, ["number": "mobile", "reason": "x"], "holds no")
    }

    @Test func aLeaseOnAUnitUnderMaintenanceOrOverlappingIsRefusedOnReplay() throws {
        let f = try HousingFixture()
        let u = try f.unit("101")
        let (t1, t2) = (try f.talent(1), try f.talent(2))
        let old = try f.sign(u, t1, "2025-01-01", "2026-01-01")
        try f.run(CheckInLease(lease: old, date: "2025-01-01", note: "完好"))
        try f.run(CheckOutLease(lease: old, date: "2025-06-05", note: "完好"))
        let overlapping = Lease(id: "lease-\(f.state.lastSeq + 1)", apartment: u, talent: t2, start: LocalDate("2025-06-01")!, end: LocalDate("2026-06-01")!,
                                rent: nil, signedOn: nil, application: nil)
        #expect(f.replayRefusal(EventKind.leaseSigned, overlapping.id, HousingFixture.encode(overlapping))?.contains("overlaps") == true)
        try f.run(SetApartmentStatus(apartment: u, status: .maintenance, note: "粉刷"))
        var later = overlapping
        later.id = "lease-\(f.state.lastSeq + 1)"
        later.start = LocalDate("2025-07-01")!
        #expect(f.replayRefusal(EventKind.leaseSigned, later.id, HousingFixture.encode(later))?.contains("maintenance") == true)
    }

    @Test func olderJournalsLinesStillRead() throws {
        let f = try HousingFixture()
        // Records as the first build wrote them: no floor, position, rent, priority or notes.
        // Each new record's id is its line's seq.
        let apt = "apt-\(f.state.lastSeq + 1)"
        var s = try f.replay(EventKind.apartmentAdded, apt, ["id": .string(apt), "building": "1号楼", "unit": "101", "layout": "开间",
                                                                   "area": 3000, "rent": 150000, "retired": false])
        #expect(s.apartments[apt]?.floor == nil && s.apartments[apt]?.rent == Money(yuan: 1500))
        func next(_ kind: String, _ entity: String, _ data: JSONValue) throws {
            s.lastTime = 0   // the fixture's dates, not the clock, are under test
            try s.apply(JournalLine(seq: s.lastSeq + 1, time: "2025-06-10T02:00:00.000Z", actor: TestData.admin, kind: kind,
                                    entity: entity, data: data, prev: s.lastHash, hash: s.lastHash))
        }
        let tal = "tal-\(s.lastSeq + 1)"
        try next(EventKind.talentRegistered, tal, ["id": .string(tal), "name": "张三", "idNumber": .string(HousingFixture.idNumber(9)),
                                                         "phone": .string(HousingFixture.mobile(9)), "category": "C类"])
        let app = "app-\(s.lastSeq + 1)"
        try next(EventKind.housingApplied, app, ["id": .string(app), "talent": .string(tal), "appliedOn": "2025-06-01", "status": "waiting"])
        #expect(s.applications[app]?.effectivePriority == HousingApplication.defaultPriority)
        let lease = "lease-\(s.lastSeq + 1)"
        try next(EventKind.leaseSigned, lease, ["id": .string(lease), "apartment": .string(apt), "talent": .string(tal), "start": "2025-06-01",
                                                      "end": "2026-06-01", "status": "signed"])
        try next(EventKind.housingApplicationUpdated, app, ["changes": ["status": "allocated"]])
        #expect(s.applications[app]?.status == .allocated && s.applications[app]?.lease == lease)
        try next(EventKind.leaseUpdated, lease, ["changes": ["checkIn": "2025-06-02", "status": "occupied"]])
        #expect(s.leases[lease]?.status == .occupied)
        #expect(UnitSummary(s.apartments[apt]!, index: HousingIndex(s), in: s).monthlyRent == Money(yuan: 1500), "the unit's rent")
        // Anything else through the old generic kinds is refused.
        #expect(throws: DomainState.ApplyError.self) { try next(EventKind.leaseUpdated, lease, ["changes": ["end": "2030-01-01"]]) }
        try next(EventKind.leaseUpdated, lease, ["changes": ["checkOut": "2025-06-09", "status": "ended"]])
        #expect(s.leases[lease]?.status == .ended && s.leases[lease]?.checkOut == LocalDate("2025-06-09"))
        #expect(throws: DomainState.ApplyError.self) { try next(EventKind.housingApplicationUpdated, app, ["changes": ["status": "waiting"]]) }
    }

    @Test func beijingDateOfALineTime() {
        #expect(Timestamp.beijingDate("2025-06-10T15:59:59.999Z") == LocalDate("2025-06-10"))
        #expect(Timestamp.beijingDate("2025-06-10T16:00:00.000Z") == LocalDate("2025-06-11"))
        #expect(Timestamp.beijingDate("2025-12-31T23:00:00.000Z") == LocalDate("2026-01-01"))
        #expect(Timestamp.beijingDate("") == nil && Timestamp.beijingDate("2025-06-10") == nil)
    }

    @Test func floorsAsPeopleWriteThem() throws {
        #expect(try FloorNumber.parse("5") == 5 && FloorNumber.parse("12F") == 12 && FloorNumber.parse("５层") == 5)
        #expect(try FloorNumber.parse("B1") == -1 && FloorNumber.parse("-2") == -2 && FloorNumber.parse("地下1层") == -1)
        for bad in ["", "0", "F", "五", "1000", "B"] { #expect(throws: FieldError.self, "\(bad)") { try FloorNumber.parse(bad) } }
        #expect(FloorNumber.label(5) == "5F" && FloorNumber.label(-1) == "B1")
    }
}
