import Foundation

/// Talent housing's rules, written once: each command checks them before it writes and
/// replay (`DomainState.applyHousing`) checks them again on every line, so the two cannot
/// drift. Each returns every error found (empty = allowed), naming the form's field in
/// both languages. `today` bounds dates: the planner's today, or the line's date on replay.
public enum HousingRules {
    public static let floors = -5...99
    public static let positions = 1...99
    static let noteLength = 200

    // MARK: Units

    /// A new unit: its texts, its place on the grid, positive area and rent, and no other unit
    /// in use in the building with its number or its place.
    public static func newApartment(_ a: Apartment, in s: DomainState) -> [FieldError] {
        var out = duplicate(a.id, s.apartments[a.id] != nil)
        out += texts([(a.building, "building", 50), (a.unit, "unit", 20), (a.layout, "layout", 20)])
        if let f = a.floor, !floors.contains(f) {
            out.append(FieldError(field: "floor", zh: "楼层应在 \(floors.lowerBound)–\(floors.upperBound) 之间",
                                  en: "floor must be \(floors.lowerBound)…\(floors.upperBound)"))
        }
        if let p = a.position, !positions.contains(p) {
            out.append(FieldError(field: "position", zh: "位置应在 1–\(positions.upperBound) 之间", en: "position must be 1…\(positions.upperBound)"))
        }
        if (a.floor == nil) != (a.position == nil) {
            out.append(FieldError(field: "position", zh: "楼层与位置须同时填写", en: "floor and position go together"))
        }
        if a.area.hundredths <= 0 { out.append(FieldError(field: "area", zh: "面积须大于 0", en: "area must be more than 0")) }
        if a.rent.fen <= 0 { out.append(FieldError(field: "rent", zh: "月租金须大于 0", en: "monthly rent must be more than 0")) }
        if a.retired || a.hold != nil {
            out.append(FieldError(field: "record", zh: "新增的公寓不能已停用或已设状态", en: "a new unit cannot be retired or on hold"))
        }
        for o in s.apartments.values where !o.retired && o.building == a.building && o.id != a.id {
            if o.unit == a.unit {
                out.append(FieldError(field: "unit", zh: "该楼已有房号 \(a.unit)", en: "the building already has unit \(a.unit)"))
            }
            if let f = a.floor, let p = a.position, o.floor == f, o.position == p {
                out.append(FieldError(field: "position", zh: "\(f) 层第 \(p) 位已是 \(o.unit)",
                                      en: "floor \(f), position \(p) is already unit \(o.unit)"))
            }
        }
        return out
    }

    /// An operator's status change: maintenance or reserved on a unit with no lease running,
    /// or back to vacant from one of those. Occupancy is never set by hand.
    public static func setStatus(_ a: Apartment, to status: ApartmentStatus, note: String?, in s: DomainState) -> [FieldError] {
        if a.retired { return [retiredError] }
        var out: [FieldError] = []
        switch status {
        case .occupied:
            out.append(FieldError(field: "status", zh: "入住状态随租约变化（签约、入住、退房），不能手动设定",
                                  en: "occupancy follows the leases (sign, check in, check out); it cannot be set by hand"))
        case .maintenance, .reserved:
            if let l = activeLease(ofApartment: a.id, in: s) {
                out.append(FieldError(field: "apartment", zh: "\(tenant(l, s))的租约在执行中，须先退房或结束租约",
                                      en: "the lease of \(tenant(l, s)) is running; check out or end it first"))
            }
            if a.hold?.kind.status == status {
                out.append(FieldError(field: "status", zh: "已是“\(status.zh)”", en: "already \(status.en)"))
            }
            if note == nil {
                out.append(FieldError(field: "note", zh: status == .maintenance ? "请写明维修内容" : "请写明为谁或为何预留",
                                      en: status == .maintenance ? "say what is being repaired" : "say for whom or why it is reserved"))
            }
        case .vacant:
            if a.hold == nil, let l = activeLease(ofApartment: a.id, in: s) {
                // Reserved or occupied by a lease: only the lease can free it.
                out.append(FieldError(field: "status", zh: "该公寓有\(tenant(l, s))的租约（\(l.status.zh)），退房或结束租约后才空置",
                                      en: "the lease of \(tenant(l, s)) (\(l.status.en)) holds the unit; check out or end it to free the unit"))
            } else if a.hold == nil {
                out.append(FieldError(field: "status", zh: "该公寓不在维修或预留中", en: "the unit is not under maintenance or reserved"))
            }
        }
        return out + limited(note, field: "note")
    }

    /// Retiring a unit (停用): not twice, not while a lease runs, with a reason.
    public static func retire(_ a: Apartment, reason: String?, in s: DomainState) -> [FieldError] {
        if a.retired { return [retiredError] }
        var out: [FieldError] = []
        if let l = activeLease(ofApartment: a.id, in: s) {
            out.append(FieldError(field: "apartment", zh: "\(tenant(l, s))的租约在执行中，须先退房或结束租约",
                                  en: "the lease of \(tenant(l, s)) is running; check out or end it first"))
        }
        if reason == nil { out.append(FieldError(field: "reason", zh: "请写明停用原因", en: "a reason is required")) }
        return out + limited(reason, field: "reason")
    }

    /// Whether a lease may be signed on the unit at all: in use and under no hold (`SignLease`
    /// releases a reservation in the same batch; allocation never takes a reserved unit).
    public static func leasable(_ a: Apartment) -> [FieldError] {
        if a.retired { return [retiredError] }
        switch a.hold?.kind {
        case .maintenance?:
            return [FieldError(field: "apartment", zh: "该公寓维修中，不能签约", en: "the unit is under maintenance; no lease can be signed")]
        case .reserved?:
            return [FieldError(field: "apartment", zh: "该公寓已预留，须先解除预留", en: "the unit is reserved; release it first")]
        case nil:
            return []
        }
    }

    // MARK: Talents and the waiting list

    /// A new talent: name, a valid resident ID (check character, real birth date not after
    /// `today`) not registered before, a valid mobile, an employer in the registry still in
    /// the district, a category. (`employer` may be absent only on lines from before it was required.)
    public static func newTalent(_ t: Talent, in s: DomainState, today: LocalDate) -> [FieldError] {
        var out = duplicate(t.id, s.talents[t.id] != nil)
        out += texts([(t.name, "name", 50), (t.category, "category", 30)])
        do {
            if try ResidentID.validate(t.idNumber, field: "idNumber", today: today) != t.idNumber {
                out.append(FieldError(field: "idNumber", zh: "证件号未规范化", en: "ID number not in normal form"))
            }
        } catch { out.append(error) }
        do {
            if try Mobile.validate(t.phone, field: "phone") != t.phone {
                out.append(FieldError(field: "phone", zh: "手机号未规范化", en: "mobile not in normal form"))
            }
        } catch { out.append(error) }
        if let e = t.employer {
            if let ent = s.enterprises[e] {
                if ent.status == .movedOut {
                    out.append(FieldError(field: "employer", zh: "企业“\(ent.name)”已迁出", en: "“\(ent.name)” has moved out of the district"))
                }
            } else {
                out.append(FieldError(field: "employer", zh: "找不到企业“\(e)”", en: "no such enterprise “\(e)”"))
            }
        }
        if let other = s.talents.values.first(where: { $0.idNumber == t.idNumber && $0.id != t.id }) {
            out.append(FieldError(field: "idNumber", zh: "该证件号已登记：\(other.name)", en: "this ID number is already registered: \(other.name)"))
        }
        return out
    }

    /// A new application: the talent exists, is not waiting already and not housed; a priority
    /// of 1…5; applied on a day not after `today`.
    public static func newApplication(_ a: HousingApplication, in s: DomainState, today: LocalDate) -> [FieldError] {
        var out = duplicate(a.id, s.applications[a.id] != nil)
        guard s.talents[a.talent] != nil else {
            return out + [FieldError(field: "talent", zh: "找不到人才“\(a.talent)”", en: "no such talent “\(a.talent)”")]
        }
        if let w = waitingApplication(ofTalent: a.talent, in: s), w.id != a.id {
            out.append(FieldError(field: "talent", zh: "已在轮候名单中（\(w.appliedOn) 申请）", en: "already on the waiting list (applied \(w.appliedOn))"))
        }
        if let l = activeLease(ofTalent: a.talent, in: s) {
            out.append(FieldError(field: "talent", zh: "已有租约（\(unit(l, s))），无需轮候", en: "already housed (\(unit(l, s)))"))
        }
        if let p = a.priority, !HousingApplication.priorities.contains(p) {
            out.append(FieldError(field: "priority", zh: "优先级应为 1–5（1 最优先）", en: "priority must be 1…5 (1 comes first)"))
        }
        if a.appliedOn > today {
            out.append(FieldError(field: "appliedOn", zh: "申请日期不能晚于今天", en: "the application date cannot be in the future"))
        }
        if a.status != .waiting || a.lease != nil || a.withdrawnOn != nil {
            out.append(FieldError(field: "record", zh: "新申请须为轮候中", en: "a new application must be waiting"))
        }
        return out + limited(a.note, field: "note")
    }

    public static func withdraw(_ a: HousingApplication, reason: String?) -> [FieldError] {
        var out: [FieldError] = []
        if a.status != .waiting {
            out.append(FieldError(field: "application", zh: "该申请\(a.status.zh)，不能撤回", en: "the application is \(a.status.en); it cannot be withdrawn"))
        }
        if reason == nil { out.append(FieldError(field: "reason", zh: "请写明撤回原因", en: "a reason is required")) }
        return out + limited(reason, field: "reason")
    }

    // MARK: Leases

    /// A new lease: the unit leasable, the talent known, end after start, a positive rent, and
    /// no conflict: one running lease per unit and per talent, no overlap with any other lease
    /// of the unit or of the talent. An application it names must be the talent's and waiting.
    public static func newLease(_ l: Lease, in s: DomainState) -> [FieldError] {
        var out = duplicate(l.id, s.leases[l.id] != nil)
        if let a = s.apartments[l.apartment] { out += leasable(a) } else {
            out.append(FieldError(field: "apartment", zh: "找不到公寓“\(l.apartment)”", en: "no such apartment “\(l.apartment)”"))
        }
        if s.talents[l.talent] == nil {
            out.append(FieldError(field: "talent", zh: "找不到人才“\(l.talent)”", en: "no such talent “\(l.talent)”"))
        }
        if l.end <= l.start { out.append(FieldError(field: "end", zh: "结束日须晚于开始日", en: "end must be after start")) }
        if let r = l.rent, r.fen <= 0 { out.append(FieldError(field: "rent", zh: "月租金须大于 0", en: "monthly rent must be more than 0")) }
        if l.status != .signed || l.checkIn != nil || l.checkOut != nil || l.endedEarly != nil || l.renewals != nil {
            out.append(FieldError(field: "record", zh: "新租约须为待入住", en: "a new lease must be awaiting check-in"))
        }
        if let id = l.application {
            if let a = s.applications[id] {
                if a.talent != l.talent || a.status != .waiting {
                    out.append(FieldError(field: "application", zh: "申请 \(id) 不是该人才的轮候申请", en: "application \(id) is not this talent's waiting application"))
                }
            } else {
                out.append(FieldError(field: "application", zh: "找不到申请“\(id)”", en: "no such application “\(id)”"))
            }
        }
        if l.end > l.start {
            out += unitConflicts(l.apartment, l.start, l.end, except: l.id, in: s)
            out += talentConflicts(l.talent, l.start, l.end, except: l.id, in: s)
        }
        return out
    }

    /// An allocation from the waiting list: a new lease for the application's talent, who must be
    /// the first eligible applicant for the unit and dates, on a unit that is vacant.
    public static func allocation(_ l: Lease, in s: DomainState) -> [FieldError] {
        guard let app = l.application else {
            return [FieldError(field: "application", zh: "分配须来自轮候申请", en: "an allocation comes from a waiting-list application")]
        }
        var out = newLease(l, in: s)
        if out.isEmpty, let first = WaitingList.firstEligible(apartment: l.apartment, start: l.start, end: l.end, in: s), first.id != app {
            out.append(FieldError(field: "application", zh: "按轮候顺序应分配给\(s.talents[first.talent]?.name ?? first.talent)（\(first.appliedOn) 申请）",
                                      en: "by waiting-list order \(s.talents[first.talent]?.name ?? first.talent) (applied \(first.appliedOn)) comes first"))
        }
        return out
    }

    /// A lease named as a person reads it: its tenant, or its unit (never its record id).
    static func tenant(_ l: Lease, _ s: DomainState) -> String { s.talents[l.talent]?.name ?? l.talent }
    static func unit(_ l: Lease, _ s: DomainState) -> String {
        s.apartments[l.apartment].map { "\($0.building) \($0.unit)" } ?? l.apartment
    }

    /// Another running lease, or any lease that held the unit during `start..<end`.
    public static func unitConflicts(_ apartment: String, _ start: LocalDate, _ end: LocalDate, except: String?,
                                     in s: DomainState) -> [FieldError] {
        var out: [FieldError] = []
        for o in s.leases.values where o.apartment == apartment && o.id != except {
            if o.isActive {
                out.append(FieldError(field: "apartment", zh: "该公寓已有租约：\(tenant(o, s))（\(o.status.zh)）",
                                      en: "the unit already has a lease: \(tenant(o, s)) (\(o.status.en))"))
            } else if o.overlaps(start, end) {
                out.append(FieldError(field: "apartment", zh: "与\(tenant(o, s))的租约（\(o.start)–\(o.heldUntil)）时段重叠",
                                      en: "overlaps the lease of \(tenant(o, s)) (\(o.start) to \(o.heldUntil))"))
            }
        }
        return out
    }

    /// The talent's other running lease, or any lease of theirs during `start..<end`.
    public static func talentConflicts(_ talent: String, _ start: LocalDate, _ end: LocalDate, except: String?,
                                       in s: DomainState) -> [FieldError] {
        var out: [FieldError] = []
        for o in s.leases.values where o.talent == talent && o.id != except {
            if o.isActive {
                out.append(FieldError(field: "talent", zh: "该人才已有租约：\(unit(o, s))（\(o.status.zh)）",
                                      en: "the talent already has a lease: \(unit(o, s)) (\(o.status.en))"))
            } else if o.overlaps(start, end) {
                out.append(FieldError(field: "talent", zh: "与该人才在 \(unit(o, s)) 的租约（\(o.start)–\(o.heldUntil)）时段重叠",
                                      en: "overlaps the talent's lease of \(unit(o, s)) (\(o.start) to \(o.heldUntil))"))
            }
        }
        return out
    }

    /// Check-in: a signed lease, on a day of its term, with a note on the unit's condition.
    public static func checkIn(_ l: Lease, on date: LocalDate, note: String?) -> [FieldError] {
        var out: [FieldError] = []
        if l.status != .signed { out.append(FieldError(field: "lease", zh: "租约\(l.status.zh)，不是待入住", en: "the lease is \(l.status.en), not awaiting check-in")) }
        if date < l.start { out.append(FieldError(field: "date", zh: "入住日早于租期开始 \(l.start)", en: "check-in before the term starts (\(l.start))")) }
        if date >= l.end { out.append(FieldError(field: "date", zh: "入住日不在租期内（\(l.end) 结束）", en: "check-in after the term ends (\(l.end))")) }
        return out + conditionNote(note)
    }

    /// Check-out: a checked-in lease, not before the check-in, with a note on the condition.
    public static func checkOut(_ l: Lease, on date: LocalDate, note: String?) -> [FieldError] {
        var out: [FieldError] = []
        if l.status != .occupied { out.append(FieldError(field: "lease", zh: "租约\(l.status.zh)，尚未入住", en: "the lease is \(l.status.en), not checked in")) }
        if let i = l.checkIn, date < i { out.append(FieldError(field: "date", zh: "退房日早于入住日 \(i)", en: "check-out before check-in (\(i))")) }
        return out + conditionNote(note)
    }

    /// Renewal: a running lease, a later end that collides with no other lease.
    public static func renew(_ l: Lease, to end: LocalDate, rent: Money?, in s: DomainState) -> [FieldError] {
        var out: [FieldError] = []
        if !l.isActive { out.append(FieldError(field: "lease", zh: "租约已结束，不能续签", en: "the lease has ended; it cannot be renewed")) }
        if end <= l.end { out.append(FieldError(field: "end", zh: "新的结束日须晚于 \(l.end)", en: "the new end must be after \(l.end)")) }
        if let r = rent, r.fen <= 0 { out.append(FieldError(field: "rent", zh: "月租金须大于 0", en: "monthly rent must be more than 0")) }
        if l.isActive && end > l.end {
            // Only other leases can collide; this one's own running state is no conflict.
            out += unitConflicts(l.apartment, l.start, end, except: l.id, in: s)
            out += talentConflicts(l.talent, l.start, end, except: l.id, in: s)
        }
        return out
    }

    /// Ending early: a running lease, before its end, with a reason; a checked-in tenant hands
    /// the unit back that day (not before the check-in), with a condition note.
    public static func endEarly(_ l: Lease, on date: LocalDate, reason: String?, note: String?) -> [FieldError] {
        var out: [FieldError] = []
        if !l.isActive { out.append(FieldError(field: "lease", zh: "租约已结束", en: "the lease has already ended")) }
        if date >= l.end { out.append(FieldError(field: "date", zh: "日期须早于租期结束 \(l.end)（到期请办理退房）", en: "the date must be before the end (\(l.end)); at the end, check out")) }
        if l.status == .occupied {
            if let i = l.checkIn, date < i { out.append(FieldError(field: "date", zh: "日期早于入住日 \(i)", en: "before check-in (\(i))")) }
            out += conditionNote(note)
        } else {
            out += limited(note, field: "note")
        }
        if reason == nil { out.append(FieldError(field: "reason", zh: "请写明提前结束的原因", en: "a reason is required")) }
        return out + limited(reason, field: "reason")
    }

    // MARK: Personal data

    /// A reveal: a record that holds that number, and a reason.
    public static func reveal(_ kind: PersonalData.Kind, of record: String, reason: String?, in s: DomainState) -> [FieldError] {
        var out: [FieldError] = []
        if PersonalData.number(kind, of: record, in: s) == nil {
            out.append(FieldError(field: "record", zh: "“\(record)”没有\(kind.zh)", en: "“\(record)” holds no \(kind.en)"))
        }
        if reason == nil { out.append(FieldError(field: "reason", zh: "查看完整号码须写明原因", en: "a reason is required to see a full number")) }
        return out + limited(reason, field: "reason")
    }

    // MARK: Lookups the rules share with the queries

    /// The unit's signed or checked-in lease.
    public static func activeLease(ofApartment id: String, in s: DomainState) -> Lease? {
        s.leases.values.first { $0.apartment == id && $0.isActive }
    }

    public static func activeLease(ofTalent id: String, in s: DomainState) -> Lease? {
        s.leases.values.first { $0.talent == id && $0.isActive }
    }

    public static func waitingApplication(ofTalent id: String, in s: DomainState) -> HousingApplication? {
        s.applications.values.first { $0.talent == id && $0.status == .waiting }
    }

    /// What a unit is now; see `ApartmentStatus`.
    public static func status(of a: Apartment, activeLease: Lease?) -> ApartmentStatus {
        if let h = a.hold { return h.kind.status }
        switch activeLease?.status {
        case .occupied?: return .occupied
        case .signed?: return .reserved
        default: return .vacant
        }
    }

    // MARK: Helpers

    static let retiredError = FieldError(field: "apartment", zh: "该公寓已停用", en: "the unit is retired")

    static func duplicate(_ id: String, _ exists: Bool) -> [FieldError] {
        exists ? [FieldError(field: "record", zh: "记录 \(id) 已存在", en: "record \(id) already exists")] : []
    }

    /// One-line texts as the forms require them: not empty, no control characters, not too long.
    static func texts(_ items: [(String, String, Int)]) -> [FieldError] {
        var out: [FieldError] = []
        for (text, field, max) in items {
            do { _ = try Required.text(text, field: field, maxLength: max) } catch { out.append(error) }
        }
        return out
    }

    static func limited(_ note: String?, field: String) -> [FieldError] {
        guard let note else { return [] }
        do { _ = try Required.optionalText(note, field: field, maxLength: noteLength) } catch { return [error] }
        return []
    }

    static func conditionNote(_ note: String?) -> [FieldError] {
        guard note != nil else { return [FieldError(field: "note", zh: "请记录房屋状况", en: "note the unit's condition")] }
        return limited(note, field: "note")
    }
}

