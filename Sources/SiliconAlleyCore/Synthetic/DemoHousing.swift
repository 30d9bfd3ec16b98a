/// Demo talent apartments, talents, and leases for about two thirds of them.
extension DemoRun {
    func housing(_ apartments: Int) throws {
        let layouts = ["一室一厅", "两室一厅", "开间", "一室"]
        for i in 0..<apartments {
            let building = "硅巷人才公寓\(gen.int(in: 1...3))号楼"
            try add(AddApartment(building: building, unit: "\(gen.int(in: 1...12))\(String(format: "%02d", i % 100 + 1))-\(seed % 1000)-\(i)",
                                      layout: gen.pick(layouts), area: String(gen.int(in: 28...90)), rent: String(gen.int(in: 15...45) * 100)))
        }
        try flush()
        let entIds = enterpriseIds
        let categories = ["A类 顶尖人才", "B类 领军人才", "C类 骨干人才", "D类 青年人才"]
        var people: [SyntheticPerson] = []
        for _ in 0..<apartments {
            let person = gen.person()
            people.append(person)
            try add(RegisterTalent(name: person.name, idNumber: person.residentID, phone: person.mobile,
                                        employer: entIds.isEmpty ? "" : gen.pick(entIds), category: gen.pick(categories)))
        }
        try flush()
        let vacant = store.state.apartments.values.filter { a in !store.state.leases.values.contains { $0.apartment == a.id } }
            .map(\.id).sorted()
        let unhoused = store.state.talents.values.filter { t in !store.state.leases.values.contains { $0.talent == t.id } }
            .map(\.id).sorted()
        for (apt, tal) in zip(vacant, unhoused).prefix(apartments * 2 / 3) {
            let start = gen.date(in: LocalDate(year: 2024, month: 1, day: 1)!...today)
            try add(SignLease(apartment: apt, talent: tal, start: start.description, end: start.adding(days: 730).description))
        }
        try flush()
    }
}
