import Foundation

/// Talent housing's lines folded into the state (人才公寓), each re-checked with the rule its
/// command used (`HousingRules`), and the reveal of a personal number. Returns false for
/// another kind.
extension DomainState {
    mutating func applyHousing(_ line: JournalLine) throws -> Bool {
        let d = line.data
        let id = line.entity
        let dec = JSONValueDecoder()
        // Dates a command bounds by its today are bounded by the line's own date on replay, with
        // the day either side every "today" rule allows (the writer's clock and time zone are not
        // the journal's); a line being planned in a batch has no time yet.
        let today = lineDate(line)?.adding(days: 1) ?? LocalDate(year: 9999, month: 12, day: 31)!
        func check(_ errors: [FieldError]) throws {
            if !errors.isEmpty { throw broken(line, errors.map(\.description).joined(separator: "; ")) }
        }
        func date(_ key: String) throws -> LocalDate { try dec.decode(LocalDate.self, from: d[key] ?? .null) }
        /// A text member as the commands store it: trimmed, nil when absent or blank.
        func text(_ key: String) -> String? {
            guard let s = d[key]?.stringValue?.trimmingCharacters(in: .whitespaces), !s.isEmpty else { return nil }
            return s
        }

        switch line.kind {
        // Units
        case EventKind.apartmentAdded:
            let a = try dec.decode(Apartment.self, from: d)
            try sameId(a.id, line)
            try checkNewId(line, prefix: "apt")
            try check(HousingRules.newApartment(a, in: self))
            apartments[id] = a
        case EventKind.apartmentStatusChanged:
            var a = try existing(apartments, line, "apartment")
            guard let status = d["status"]?.stringValue.flatMap(ApartmentStatus.init(rawValue:)) else {
                throw broken(line, "status must be vacant, maintenance or reserved")
            }
            let note = text("note")
            try check(HousingRules.setStatus(a, to: status, note: note, in: self))
            let since = try date("date")
            try checkNotAfterLineDate(since, "status changed", line)
            a.hold = ApartmentHold.Kind(rawValue: status.rawValue).map { ApartmentHold(kind: $0, since: since, note: note) }
            apartments[id] = a
        case EventKind.apartmentRetired:
            var a = try existing(apartments, line, "apartment")
            let reason = text("reason")
            try check(HousingRules.retire(a, reason: reason, in: self))
            a.retired = true
            a.retiredOn = try date("date")
            try checkNotAfterLineDate(a.retiredOn!, "retired", line)
            a.retireReason = reason
            apartments[id] = a

        // Talents and the waiting list
        case EventKind.talentRegistered:
            let t = try dec.decode(Talent.self, from: d)
            try sameId(t.id, line)
            try checkNewId(line, prefix: "tal")
            try check(HousingRules.newTalent(t, in: self, today: today))
            talents[id] = t
        case EventKind.housingApplied:
            let a = try dec.decode(HousingApplication.self, from: d)
            try sameId(a.id, line)
            try checkNewId(line, prefix: "app")
            try check(HousingRules.newApplication(a, in: self, today: today))
            applications[id] = a
        case EventKind.housingWithdrawn:
            var a = try existing(applications, line, "application")
            let reason = text("reason")
            try check(HousingRules.withdraw(a, reason: reason))
            a.status = .withdrawn
            a.withdrawnOn = try date("date")
            try checkNotAfterLineDate(a.withdrawnOn!, "withdrawn", line)
            a.withdrawReason = reason
            applications[id] = a
        case EventKind.housingAllocated:
            let l = try dec.decode(Lease.self, from: d)
            try sameId(l.id, line)
            try checkNewId(line, prefix: "lease")
            try check(HousingRules.allocation(l, in: self))
            if let on = l.signedOn { try checkNotAfterLineDate(on, "signed", line) }
            addLease(l)
        case EventKind.housingApplicationUpdated:
            // Older journals: the application a lease closed, written right after the lease.
            var a = try existing(applications, line, "application")
            guard let changes = d["changes"]?.objectValue, changes.count == 1,
                  changes["status"]?.stringValue == ApplicationStatus.allocated.rawValue else {
                throw broken(line, "an application is changed only by allocation or withdrawal")
            }
            guard a.status == .waiting, let lease = HousingRules.activeLease(ofTalent: a.talent, in: self) else {
                throw broken(line, "only a waiting application of a talent with a lease can be closed as allocated")
            }
            a.status = .allocated
            a.lease = lease.id
            applications[id] = a

        // Leases
        case EventKind.leaseSigned:
            let l = try dec.decode(Lease.self, from: d)
            try sameId(l.id, line)
            try checkNewId(line, prefix: "lease")
            try check(HousingRules.newLease(l, in: self))
            if let on = l.signedOn { try checkNotAfterLineDate(on, "signed", line) }
            addLease(l)
        case EventKind.leaseCheckedIn:
            let l = try existing(leases, line, "lease")
            let (on, note) = (try date("date"), text("note"))
            try check(HousingRules.checkIn(l, on: on, note: note))
            checkIn(l, on: on, note: note)
        case EventKind.leaseCheckedOut:
            let l = try existing(leases, line, "lease")
            let (on, note) = (try date("date"), text("note"))
            try check(HousingRules.checkOut(l, on: on, note: note))
            checkOut(l, on: on, note: note)
        case EventKind.leaseRenewed:
            var l = try existing(leases, line, "lease")
            let end = try date("end")
            let rent = d["rent"]?.intValue.map(Money.init(fen:))
            guard try date("previousEnd") == l.end else { throw broken(line, "renews an end the lease no longer has") }
            try check(HousingRules.renew(l, to: end, rent: rent, in: self))
            let renewedOn = try date("date")
            try checkNotAfterLineDate(renewedOn, "renewed", line)
            l.renewals = (l.renewals ?? []) + [LeaseRenewal(on: renewedOn, previousEnd: l.end, end: end, rent: rent)]
            l.end = end
            if let rent { l.rent = rent }
            leases[id] = l
        case EventKind.leaseEndedEarly:
            var l = try existing(leases, line, "lease")
            let on = try date("date")
            let reason = text("reason")
            let note = text("note")
            try check(HousingRules.endEarly(l, on: on, reason: reason, note: note))
            if l.status == .occupied {
                l.checkOut = on
                l.checkOutNote = note
            }
            l.status = .ended
            l.endedEarly = LeaseEarlyEnd(on: on, reason: reason ?? "")
            leases[id] = l
        case EventKind.leaseUpdated:
            // Older journals: check-in and check-out, from before condition notes were recorded.
            let l = try existing(leases, line, "lease")
            let changes = d["changes"]?.objectValue ?? [:]
            let withoutNote = { (errors: [FieldError]) in errors.filter { $0.field != "note" } }
            if changes.count == 2, changes["status"]?.stringValue == LeaseStatus.occupied.rawValue, let v = changes["checkIn"] {
                let on = try dec.decode(LocalDate.self, from: v)
                try check(withoutNote(HousingRules.checkIn(l, on: on, note: nil)))
                checkIn(l, on: on, note: nil)
            } else if changes.count == 2, changes["status"]?.stringValue == LeaseStatus.ended.rawValue, let v = changes["checkOut"] {
                let on = try dec.decode(LocalDate.self, from: v)
                try check(withoutNote(HousingRules.checkOut(l, on: on, note: nil)))
                checkOut(l, on: on, note: nil)
            } else {
                throw broken(line, "a lease is changed only by check-in, check-out, renewal or an early end")
            }
        case EventKind.apartmentUpdated, EventKind.talentUpdated:
            throw broken(line, "no command writes \(line.kind)")

        // Personal data: the reveal changes nothing; the line is the record of it.
        case EventKind.personalRevealed:
            guard let kind = d["number"]?.stringValue.flatMap(PersonalData.Kind.init(rawValue:)) else {
                throw broken(line, "number must be residentID or mobile")
            }
            try check(HousingRules.reveal(kind, of: id, reason: text("reason"), in: self))

        default:
            return false
        }
        return true
    }

    private mutating func addLease(_ l: Lease) {
        leases[l.id] = l
        if let app = l.application {
            applications[app]?.status = .allocated
            applications[app]?.lease = l.id
        }
    }

    private mutating func checkIn(_ lease: Lease, on date: LocalDate, note: String?) {
        var l = lease
        l.status = .occupied
        l.checkIn = date
        l.checkInNote = note
        leases[l.id] = l
    }

    /// Check-out frees the unit: the lease ends.
    private mutating func checkOut(_ lease: Lease, on date: LocalDate, note: String?) {
        var l = lease
        l.status = .ended
        l.checkOut = date
        l.checkOutNote = note
        leases[l.id] = l
    }

    /// The record the line is about; a line about a record that does not exist breaks a rule.
    private func existing<T>(_ dict: [String: T], _ line: JournalLine, _ what: String) throws -> T {
        guard let r = dict[line.entity] else { throw broken(line, "no \(what) \(line.entity)") }
        return r
    }

    /// A creating line's entity is the record's own id.
    private func sameId(_ recordId: String, _ line: JournalLine) throws {
        if recordId != line.entity { throw broken(line, "the record's id \(recordId) is not the line's entity \(line.entity)") }
    }
}
