import Foundation

/// 签约: a lease of a unit to a talent, directly (not by waiting-list order). A reserved unit
/// is released in the same batch; a waiting application of the talent's is closed by it.
/// `rent` empty: the unit's rent.
public struct SignLease: Command {
    public var apartment, talent, start, end, rent: String
    public var requiredRole: Role { .operator }

    public init(apartment: String, talent: String, start: String, end: String, rent: String = "") {
        self.apartment = apartment
        self.talent = talent
        self.start = start
        self.end = end
        self.rent = rent
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let apt = checks.reference(apartment, in: p.state.apartments, field: "apartment", zh: "公寓", en: "apartment")
        let tal = checks.reference(talent, in: p.state.talents, field: "talent", zh: "人才", en: "talent")
        let s = checks.date(start, field: "start", required: true)
        let e = checks.date(end, field: "end", required: true)
        let r = checks.optional(rent) { t throws(FieldError) in try Money.parse(t, field: "rent") }
        guard checks.errors.isEmpty, var unit = apt, let tal, let s, let e else { try checks.finish(); return }
        // Signing takes a reservation: the release is its own line, so the journal says so.
        let releasing = unit.hold?.kind == .reserved
        if releasing { unit.hold = nil }
        let app = HousingRules.waitingApplication(ofTalent: tal.id, in: p.state)
        var scratch = p.state
        scratch.apartments[unit.id] = unit
        // Checked before it has its id (the id is the seq its line will get).
        var lease = Lease(id: "", apartment: unit.id, talent: tal.id, start: s, end: e, rent: r ?? unit.rent,
                          signedOn: p.today, application: app?.id)
        checks.add(HousingRules.newLease(lease, in: scratch))
        try checks.finish()
        if releasing { p.emit(EventKind.apartmentStatusChanged, unit.id, SetApartmentStatus.data(.vacant, note: "签约解除预留", date: p.today)) }
        lease.id = p.newId("lease")
        p.emit(EventKind.leaseSigned, lease.id, record: lease)
    }
}

/// 入住: the tenant moves in on a day of the term; the unit's condition is noted.
public struct CheckInLease: Command {
    public var lease, date, note: String
    public var requiredRole: Role { .clerk }

    public init(lease: String, date: String, note: String) {
        self.lease = lease
        self.date = date
        self.note = note
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let l = checks.reference(lease, in: p.state.leases, field: "lease", zh: "租约", en: "lease")
        let d = checks.date(date, field: "date", required: true)
        let n = checks.optionalText(note, field: "note", maxLength: HousingRules.noteLength)
        if let l, let d { checks.add(HousingRules.checkIn(l, on: d, note: n)) }
        try checks.finish()
        p.emit(EventKind.leaseCheckedIn, l!.id, .object(["date": .string(d!.description), "note": .string(n!)]))
    }
}

/// 退房: the tenant hands the unit back (not before the check-in); the condition is noted and
/// the unit is free again.
public struct CheckOutLease: Command {
    public var lease, date, note: String
    public var requiredRole: Role { .clerk }

    public init(lease: String, date: String, note: String) {
        self.lease = lease
        self.date = date
        self.note = note
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let l = checks.reference(lease, in: p.state.leases, field: "lease", zh: "租约", en: "lease")
        let d = checks.date(date, field: "date", required: true)
        let n = checks.optionalText(note, field: "note", maxLength: HousingRules.noteLength)
        if let l, let d { checks.add(HousingRules.checkOut(l, on: d, note: n)) }
        try checks.finish()
        p.emit(EventKind.leaseCheckedOut, l!.id, .object(["date": .string(d!.description), "note": .string(n!)]))
    }
}

/// 续签: a later end (and, if given, a new rent) for a running lease.
public struct RenewLease: Command {
    public var lease, end, rent: String
    public var requiredRole: Role { .operator }

    public init(lease: String, end: String, rent: String = "") {
        self.lease = lease
        self.end = end
        self.rent = rent
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let l = checks.reference(lease, in: p.state.leases, field: "lease", zh: "租约", en: "lease")
        let e = checks.date(end, field: "end", required: true)
        let r = checks.optional(rent) { t throws(FieldError) in try Money.parse(t, field: "rent") }
        if let l, let e { checks.add(HousingRules.renew(l, to: e, rent: r, in: p.state)) }
        try checks.finish()
        var o: JSONObject = ["previousEnd": .string(l!.end.description), "end": .string(e!.description), "date": .string(p.today.description)]
        if let r { o["rent"] = .int(r.fen) }
        p.emit(EventKind.leaseRenewed, l!.id, .object(o))
    }
}

/// 提前结束租约: recorded, never deleted. A checked-in tenant hands the unit back that day
/// (the note records its condition); a lease not yet moved into is simply ended.
public struct EndLeaseEarly: Command {
    public var lease, date, reason, note: String
    public var requiredRole: Role { .operator }

    public init(lease: String, date: String, reason: String, note: String = "") {
        self.lease = lease
        self.date = date
        self.reason = reason
        self.note = note
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let l = checks.reference(lease, in: p.state.leases, field: "lease", zh: "租约", en: "lease")
        let d = checks.date(date, field: "date", required: true)
        let r = checks.optionalText(reason, field: "reason", maxLength: HousingRules.noteLength)
        let n = checks.optionalText(note, field: "note", maxLength: HousingRules.noteLength)
        if let l, let d { checks.add(HousingRules.endEarly(l, on: d, reason: r, note: n)) }
        try checks.finish()
        var o: JSONObject = ["date": .string(d!.description), "reason": .string(r!)]
        if let n { o["note"] = .string(n) }
        p.emit(EventKind.leaseEndedEarly, l!.id, .object(o))
    }
}
