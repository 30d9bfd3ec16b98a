/// Demo talent housing: buildings of six units a floor, mostly occupied (some tenants came
/// after an earlier one moved out, some leases renewed, a few ending within 60 days), a few
/// vacant, one unit under maintenance per building, one reserved, a waiting list by priority,
/// and units just allocated from it awaiting check-in. Every lease refers only to this run's
/// own units and talents, so several loaders on one journal never contend for a flat.
extension DemoRun {
    static let housingBuildings = ["青龙人才公寓A座", "青龙人才公寓B座", "雍和人才公寓1号楼", "雍和人才公寓2号楼",
                                   "北新桥人才公寓", "东直门北小街人才公寓", "和平里人才公寓", "安定门人才公寓"]
    static let unitsPerFloor = 6
    static let floorsPerBuilding = 8

    func housing(_ apartments: Int) throws {
        guard apartments > 0 else { return }
        let units = try addUnits(apartments)
        let employers = store.state.enterprises.values.filter { $0.status == .active }.map(\.id).sorted()
        // Talents need an employer in the registry: with none, the units stay empty.
        guard !employers.isEmpty else { return }

        // How the units are used.
        var pool = gen.shuffled(units)
        func take(_ k: Int) -> [String] { let t = Array(pool.prefix(k)); pool.removeFirst(t.count); return t }
        let n = units.count
        let maintenance = take(n >= 3 ? max(1, n / (Self.unitsPerFloor * Self.floorsPerBuilding)) : 0)
        let reserved = take(n >= 10 ? 1 : 0)
        let allocated = take(n >= 6 ? max(1, n / 25) : 0)
        let vacant = take(n >= 4 ? max(1, n / 12) : 0)
        let occupied = pool
        let earlierTenant = Array(occupied.prefix(occupied.count / 5))
        let endedEarly = Array(vacant.prefix(1))
        let waiting = max(2, n / 6) + allocated.count

        let talents = try registerTalents(occupied.count + earlierTenant.count + endedEarly.count + waiting, employers: employers)
        var nextTalent = talents.makeIterator()

        // Current tenants' terms: one or two years, about one in eight ending within 60 days.
        var terms: [String: (start: LocalDate, end: LocalDate)] = [:]
        for (i, unit) in occupied.enumerated() {
            let years = gen.int(in: 1...2)
            let length = years * 365
            let endingSoon = i % 8 == 0
            let start = endingSoon ? today.adding(days: gen.int(in: 5...58) - length) : today.adding(days: -gen.int(in: 30...(length - 61)))
            terms[unit] = (start, start.adding(days: length))
        }

        // Earlier tenants who moved out on the day their lease ended, and one lease ended early.
        var past: [(unit: String, talent: String, start: LocalDate, end: LocalDate)] = []
        for unit in earlierTenant {
            guard let talent = nextTalent.next(), let current = terms[unit] else { continue }
            past.append((unit, talent, current.start.adding(days: -365), current.start))
        }
        var early: [(unit: String, talent: String, start: LocalDate)] = []
        for unit in endedEarly {
            guard let talent = nextTalent.next() else { continue }
            early.append((unit, talent, today.adding(days: -gen.int(in: 150...300))))
        }
        let pastLeases = try sign(past.map { ($0.unit, $0.talent, $0.start, $0.end) } + early.map { ($0.unit, $0.talent, $0.start, $0.start.adding(days: 365)) })
        try checkIn(pastLeases)
        for id in pastLeases {
            guard let l = store.state.leases[id] else { continue }
            if endedEarly.contains(l.apartment) {
                try add(EndLeaseEarly(lease: id, date: today.adding(days: -gen.int(in: 10...60)).description,
                                      reason: gen.pick(["工作调动，提前退租", "企业迁址，员工随迁", "购房自住"]), note: "房屋完好，钥匙两把已收回"))
            } else {
                try add(CheckOutLease(lease: id, date: l.end.description, note: gen.pick(["房屋完好", "墙面轻微污损，已扣清洁费", "家电齐全完好"])))
            }
        }
        try flush()

        // The current tenants, checked in; a few renewed.
        let current = try sign(occupied.compactMap { unit in
            guard let term = terms[unit], let talent = nextTalent.next() else { return nil }
            return (unit, talent, term.start, term.end)
        })
        try checkIn(current)
        for id in current.prefix(max(0, current.count / 10)) {
            guard let l = store.state.leases[id], l.end.days(until: today) < -60 else { continue }
            try add(RenewLease(lease: id, end: l.end.adding(days: 365).description))
        }
        try flush()

        // Holds set by an operator.
        for unit in maintenance {
            try add(SetApartmentStatus(apartment: unit, status: .maintenance,
                                       note: gen.pick(["卫生间防水维修", "更换热水器", "墙面翻新", "空调检修"])))
        }
        for unit in reserved {
            try add(SetApartmentStatus(apartment: unit, status: .reserved, note: "为引进的领军人才预留"))
        }
        try flush()

        // The waiting list, then the first applicants offered the units set aside for them.
        while let talent = nextTalent.next() {
            try add(ApplyForHousing(talent: talent, priority: String(gen.int(in: 1...5)),
                                    appliedOn: today.adding(days: -gen.int(in: 3...240)).description,
                                    note: gen.pick(["", "", "新入职", "家属随迁"])))
        }
        try flush()
        for unit in allocated {
            let start = today.adding(days: gen.int(in: 3...20))
            try add(AllocateApartment(apartment: unit, start: start.description, end: start.adding(days: 365).description))
        }
        try flush()
    }

    /// Units in buildings not yet on the journal, floor by floor from 2F (1F is the lobby);
    /// returns their ids.
    private func addUnits(_ count: Int) throws -> [String] {
        let perBuilding = Self.unitsPerFloor * Self.floorsPerBuilding
        var names: [String] = []
        for _ in 0..<((count + perBuilding - 1) / perBuilding) {
            names.append(Self.freshBuilding(avoiding: Set(store.state.apartments.values.map(\.building)).union(names)))
        }
        let layouts: [(String, ClosedRange<Int>)] = [("开间", 25...34), ("一室一厅", 38...55), ("两室一厅", 60...85)]
        return try keepingLines(of: EventKind.apartmentAdded) {
            for i in 0..<count {
                let k = i % perBuilding
                let floor = k / Self.unitsPerFloor + 2
                let position = k % Self.unitsPerFloor + 1
                // End units are the larger flats.
                let layout = position == 1 || position == Self.unitsPerFloor ? layouts[2] : gen.pick(Array(layouts.prefix(2)))
                let area = gen.int(in: layout.1)
                let rent = (area * gen.int(in: 55...75) + 50) / 100 * 100
                try add(AddApartment(building: names[i / perBuilding], unit: "\(floor)\(position < 10 ? "0" : "")\(position)",
                                     floor: String(floor), position: String(position), layout: layout.0,
                                     area: String(area), rent: String(rent)))
            }
            try flush()
        }
    }

    private func registerTalents(_ count: Int, employers: [String]) throws -> [String] {
        let categories = ["顶尖人才", "领军人才", "骨干人才", "青年人才", "青年人才", "骨干人才"]
        return try keepingLines(of: EventKind.talentRegistered) {
            for _ in 0..<count {
                let p = gen.person()
                try add(RegisterTalent(name: p.name, idNumber: p.residentID, phone: p.mobile,
                                       employer: gen.pick(employers), category: gen.pick(categories)))
            }
            try flush()
        }
    }

    private func sign(_ leases: [(String, String, LocalDate, LocalDate)]) throws -> [String] {
        try keepingLines(of: EventKind.leaseSigned) {
            for (unit, talent, start, end) in leases {
                try add(SignLease(apartment: unit, talent: talent, start: start.description, end: end.description))
            }
            try flush()
        }
    }

    /// Check-in a few days into the term (never after today).
    private func checkIn(_ leases: [String]) throws {
        for id in leases {
            guard let l = store.state.leases[id] else { continue }
            let day = min(l.start.adding(days: gen.int(in: 0...6)), today, l.end.adding(days: -1))
            try add(CheckInLease(lease: id, date: day.description, note: gen.pick(["房屋完好", "家具家电齐全", "交钥匙两把，水电表读数已记录"])))
        }
        try flush()
    }

    /// A building name not in `taken`: the named apartments first, then numbered ones.
    static func freshBuilding(avoiding taken: Set<String>) -> String {
        if let name = housingBuildings.first(where: { !taken.contains($0) }) { return name }
        var k = 1
        while taken.contains("硅巷人才公寓\(k)号楼") { k += 1 }
        return "硅巷人才公寓\(k)号楼"
    }
}
