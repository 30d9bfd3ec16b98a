/// Demo events: a season around today — weekly task-force meetings, a contest a few weeks
/// back, launches and roadshows at the plaza, symposiums, seminars and a promotion — with
/// registrations (some on a waiting list), attendance at the past ones, and the contest's
/// and meetings' follow-ups (`DemoContest.swift`, `DemoMeetings.swift`).
///
/// Past events are registered for "as of" a few days before they took place (the
/// commands' `today`), since no one registers for an event that is over.
extension DemoRun {
    func activities(_ count: Int) throws {
        guard count > 0 else { return }
        let events = try scheduleSeason(DemoSeason.plans(count, today: today, gen: &gen, catalog: store.catalog))
        progress("events: \(events.count) scheduled")
        try registerForSeason(events)
        if let contest = events.first(where: { $0.type == .contest }) { try runContest(contest) }
        try keepMinutes(events.filter { $0.type == .meeting })
        try closeSeason(events)
    }

    /// Creates the planned events, each at its first slot free of the journal's events and
    /// of the plan's others. An event this plan already made (an earlier run, or another
    /// loader with the same seed: same title and venue at one of its slots) is taken as ours;
    /// one refused for a clash another loader caused meanwhile tries its next slot.
    func scheduleSeason(_ plans: [DemoSeason.Plan]) throws -> [Activity] {
        var pending = plans
        var found: [Int: Activity] = [:]
        for _ in 0..<4 where !pending.isEmpty {
            var placed: [(plan: DemoSeason.Plan, input: ActivityInput)] = []
            var taken: [(Venue, LocalDateTime, LocalDateTime)] = []
            for var plan in pending {
                if let a = plan.existing(in: store.state, catalog: store.catalog) {
                    found[plan.order] = a
                    continue
                }
                guard let input = plan.firstFree(state: store.state, besides: taken, catalog: store.catalog),
                      let venue = try? Venue.resolve(input.venue, room: input.room, catalog: store.catalog),
                      let (s, e) = plan.times(of: input) else { continue }
                taken.append((venue, s, e))
                plan.tried.insert(s.description)
                placed.append((plan, input))
            }
            try submit(placed.map { CreateActivity($0.input) })
            pending = []
            for (plan, _) in placed {
                if let a = plan.existing(in: store.state, catalog: store.catalog) { found[plan.order] = a } else { pending.append(plan) }
            }
        }
        return found.keys.sorted().compactMap { found[$0] }
    }

    /// Registrations: enterprises (with the person they send) and people; past events as of
    /// a few days before, with one cancellation that moves a waiting list up, and check-ins.
    func registerForSeason(_ events: [Activity]) throws {
        let entIds = enterpriseIds
        for a in events where a.type != .meeting {
            let past = a.start.date <= today
            let asOf = past ? a.start.date.adding(days: -gen.int(in: 3...10)) : today
            let wanted = (a.capacity ?? 20) + (a.type == .seminar ? gen.int(in: 1...4) : -gen.int(in: 0...6))
            let count = max(3, min(wanted, 18))
            var commands: [any Command] = []
            for ent in gen.shuffled(entIds).prefix(count) {
                let p = gen.person()
                if gen.chance(0.25) {
                    commands.append(RegisterForActivity(activity: a.id, person: p.name, phone: p.mobile))
                } else {
                    commands.append(RegisterForActivity(activity: a.id, enterprise: ent, person: p.name, phone: p.mobile))
                }
            }
            for _ in commands.count..<count {
                let p = gen.person()
                commands.append(RegisterForActivity(activity: a.id, person: p.name, phone: p.mobile))
            }
            try submit(commands, asOf: asOf)
            // A place given back before the event: the first on the waiting list moves up.
            if !store.state.waitingList(of: a.id).isEmpty,
               let r = store.state.registrations(of: a.id).filter(\.isConfirmed).dropFirst().first {
                try submit([UpdateRegistration(registration: r.id, change: .cancelled)], asOf: asOf.adding(days: 1))
            }
            guard a.lastDay < today else { continue }
            let rate = Double(gen.int(in: 70...95)) / 100
            let came = store.state.registrations(of: a.id).filter { $0.isConfirmed && !$0.attended }.filter { _ in gen.chance(rate) }
            try submit(came.map { UpdateRegistration(registration: $0.id, change: .attended) })
        }
        progress("events: \(summary.lines) lines")
    }

    /// Past events marked held with what came of them; one upcoming event cancelled.
    func closeSeason(_ events: [Activity]) throws {
        var commands: [any Command] = []
        for a in events where a.lastDay < today {
            guard let now = store.state.activities[a.id], now.status == .scheduled else { continue }
            let came = store.state.registrations(of: a.id).filter(\.attended).count
            let note: String
            switch a.type {
            case .meeting: note = "议定事项 \(now.decisions.count) 项，督办事项 \(store.state.actionItems(of: a.id).count) 项"
            case .contest: note = "\(store.state.contestEntries(of: a.id).count) 个项目参赛，到场观众 \(came) 人"
            default: note = "到场 \(came) 人，\(gen.int(in: 1...6)) 家企业达成合作意向"
            }
            commands.append(SetActivityStatus(activity: a.id, status: .held, note: note))
        }
        if let a = events.last(where: { ($0.type == .promotion || $0.type == .roadshow) && $0.start.date > today }),
           store.state.activities[a.id]?.status == .scheduled {
            commands.append(SetActivityStatus(activity: a.id, status: .cancelled, note: "场地另有安排，延期举办"))
        }
        try submit(commands)
    }

    /// Performs commands in batches as of `day` (default today). A refused command is left
    /// out and the rest retried: another loader may have taken the place, slot or person.
    func submit(_ commands: [any Command], asOf day: LocalDate? = nil) throws {
        var start = 0
        while start < commands.count {
            var chunk = Array(commands[start..<min(start + batchSize, commands.count)])
            start += chunk.count
            while !chunk.isEmpty {
                do {
                    let lines = try store.perform(chunk, today: day ?? today)
                    summary.lines += lines.count
                    summary.batches += 1
                    break
                } catch let e as BatchRejected {
                    chunk.remove(at: e.index)
                    summary.retries += 1
                } catch is CommandRejected {
                    summary.retries += 1
                    break
                }
            }
        }
    }
}
