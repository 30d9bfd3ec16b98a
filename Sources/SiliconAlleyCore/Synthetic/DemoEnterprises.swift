/// Demo enterprises, each with its qualifications and now and then a support grant.
extension DemoRun {
    func enterprises(_ count: Int) throws {
        // A second run on the same journal (same seed, same names) must not register a name twice.
        var taken = Set(store.state.enterprises.values.map(\.name))
        func enterpriseCommands(_ g: inout SyntheticGenerator) -> [any Command] {
            var e = g.enterprise()
            while taken.contains(e.name) { e = g.enterprise() }
            taken.insert(e.name)
            var cmds: [any Command] = [RegisterEnterprise(EnterpriseInput(
                name: e.name, uscc: e.uscc, industry: e.industryID, place: e.address.placeID,
                address: "\(e.address.floor)层 \(e.address.room)室", area: e.leasedArea.description,
                headcount: String(e.headcount), settled: e.settledOn.description,
                contact: e.contact.name, phone: e.contact.mobile))]
            for q in e.qualifications {
                let granted = LocalDate(year: q.year, month: g.int(in: 1...12), day: g.int(in: 1...28))!
                let start = min(granted, today)
                let expiry = LocalDate(year: start.year + 3, month: start.month, day: start.day) ?? start.adding(days: 1095)
                cmds.append(GrantQualification(enterprise: e.uscc, qualification: q.qualificationID,
                                               granted: start.description, expires: expiry.description))
            }
            if g.chance(0.15) {
                let m = g.pick(store.catalog.measures)
                cmds.append(RecordSupport(enterprise: e.uscc, measure: m.code, amount: String(g.int(in: 5...200) * 10_000),
                                          date: g.date(in: LocalDate(year: 2024, month: 1, day: 1)!...today).description))
            }
            return cmds
        }
        for i in 0..<count {
            batch.append(contentsOf: enterpriseCommands(&gen))
            if batch.count >= batchSize {
                try flush()
                progress("enterprises: \(summary.lines) lines")
                meter?(Double(i + 1) / Double(count), summary.lines)
            }
        }
        try flush()
        meter?(1, summary.lines)
    }
}
