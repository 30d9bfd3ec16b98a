import Foundation
import Testing
@testable import SiliconAlleyCore

@Suite struct EvaluationAndReportTests {
    let dir = TempDir("report")

    func demoStore(seed: UInt64 = 11) throws -> JournalStore {
        let store = try JournalStore(path: dir.file("j.jsonl"), actor: TestData.admin)
        var loader = DemoLoader()
        loader.enterprises = 40; loader.apartments = 6; loader.activities = 4; loader.tickets = 10; loader.seed = seed
        _ = try loader.run(on: store)
        return store
    }

    @Test func anEvaluationJournalsTheFiguresAndTheHeadTheyCameFrom() throws {
        let store = try demoStore()
        let head = store.head
        let lines = try store.perform(RecordEvaluation(date: LocalDate.today().description, note: "季度评估"))
        let e = try #require(store.state.evaluations[lines[0].entity])
        let k = HeadlineKPI(state: store.state, asOf: .today())
        #expect(e.headSeq == head.seq && e.headHash == head.hash)
        #expect(e.zoneEnterprises == k.now.zoneEnterprises && e.districtTotal == k.now.districtTotal)
        #expect(e.baselineZone == k.baseline.zoneEnterprises)
        // Adjustments on it: a unit from the list, a due date not before the evaluation.
        #expect(throws: CommandRejected.self) { try store.perform(DecideAdjustment(evaluation: e.id, text: "加大吸引", unit: "某公司")) }
        #expect(throws: CommandRejected.self) { try store.perform(DecideAdjustment(evaluation: "eval-0", text: "x", unit: "task-force-office")) }
        #expect(throws: CommandRejected.self) {
            try store.perform(DecideAdjustment(evaluation: e.id, text: "x", unit: "task-force-office", due: "2020-01-01"))
        }
        let a = try store.perform(DecideAdjustment(evaluation: e.id, text: "加大对国高新企业的培育", unit: "task-force-office",
                                                   due: LocalDate.today().adding(days: 30).description))[0].entity
        try store.perform(CompleteAdjustment(adjustment: a, date: LocalDate.today().description))
        #expect(store.state.adjustments[a]?.done == .today())
        #expect(throws: CommandRejected.self) { try store.perform(CompleteAdjustment(adjustment: a, date: LocalDate.today().description)) }
        // A future evaluation and one before the baseline are refused.
        #expect(throws: CommandRejected.self) { try store.perform(RecordEvaluation(date: LocalDate.today().adding(days: 1).description)) }
        #expect(throws: CommandRejected.self) { try store.perform(RecordEvaluation(date: "2023-06-30")) }
        // The whole journal replays.
        #expect(try JournalVerifier.verify(path: store.path).isClean)
    }

    /// An adjustment is decided once, with a unit, and done by a line that only dates it.
    @Test func replayRefusesARewrittenAdjustment() throws {
        let f = try Forgery()
        let e = try f.store.perform(RecordEvaluation(date: "2025-06-01"), today: TestData.today)[0].entity
        let a = try f.store.perform(DecideAdjustment(evaluation: e, text: "加大培育", unit: "task-force-office"), today: TestData.today)[0].entity
        let s = f.store.state
        var again = try #require(s.adjustments[a])
        again.text = "改写"
        #expect(s.refusal(EventKind.adjustmentDecided, a, .record(again)) == "adjustment \(a) exists")
        var noUnit = again
        noUnit.id = s.nextId("adj")
        noUnit.unit = nil
        #expect(s.refusal(EventKind.adjustmentDecided, noUnit.id, .record(noUnit)) == "no unit")
        #expect(s.refusal(EventKind.adjustmentDone, a, .changes(["evaluation": .string("eval-zzz")])) == "may not change “evaluation”")
        #expect(s.refusal(EventKind.adjustmentDone, a, .changes(["done": .string("2025-06-10"), "text": .string("再改")])) == "may not change “text”")
        #expect(s.refusal(EventKind.adjustmentDone, a, .changes(["done": .string("2025-06-12")]))?.contains("after the line's date") == true)
        #expect(try s.applying(EventKind.adjustmentDone, a, .changes(["done": .string("2025-06-11")])).adjustments[a]?.done == LocalDate("2025-06-11"))
    }

    /// A forged evaluation — a figure the journal does not give, with a correct hash — is
    /// damage, named with its rule.
    @Test func replayRecomputesAnEvaluationsFigures() throws {
        let store = try demoStore()
        var e = EvaluationRules.figures(store.state, asOf: .today())
        e.id = "eval-\(store.head.seq + 1)"
        e.zoneEnterprises += 5
        let draft = LineCodec.Draft(kind: EventKind.evaluationRecorded, entity: e.id, data: try JSONValueEncoder().encode(e))
        let (bytes, _) = LineCodec.encode(draft, seq: store.head.seq + 1, time: Timestamp.now(), actor: TestData.admin,
                                          prev: store.head.hash, txnIndex: 1, txnCount: 1)
        let handle = try #require(FileHandle(forWritingAtPath: store.path))
        handle.seekToEndOfFile()
        handle.write(Data(bytes))
        try handle.close()
        let report = try JournalVerifier.verify(path: store.path)
        #expect(report.damage?.line == store.head.seq + 1)
        #expect(report.damage?.reason.contains("figures") == true, "\(report.damage?.reason ?? "")")
    }

    /// The same demo seed gives the same figures; the report's target section is the KPI.
    @Test func reportFiguresFromAFixedSeed() throws {
        let store = try demoStore(seed: 5)
        let k = HeadlineKPI(state: store.state, asOf: .today())
        let r = PlanReport(state: store.state, asOf: .today(), head: store.head, language: .zh)
        let target = try #require(r.sections.first { $0.id == "target" })
        let last = try #require(target.rows.last)
        #expect(last[1] == String(k.now.zoneEnterprises))
        #expect(last[2] == String(k.now.districtTotal ?? -1))
        #expect(r.sections.map(\.id) == ["target", "units", "support", "housing", "events", "window", "evaluations"])
        let support = try #require(r.sections.first { $0.id == "support" })
        #expect(support.rows.count == 15)
        let granted = store.state.enterprises.values.reduce(0) { $0 + $1.support.count }
        #expect(support.rows.reduce(0) { $0 + Int($1[1])! } == granted)
        let md = String(decoding: PlanReportWriter.write(r, format: .md), as: UTF8.self)
        #expect(md.contains("#\(store.head.seq) `\(store.head.hash)`"))
        let csv = String(decoding: PlanReportWriter.write(r, format: .csv), as: UTF8.self)
        #expect(csv.hasSuffix("#\(store.head.seq),\(store.head.hash)\r\n"))
        let json = try JSONParser.parse(PlanReportWriter.write(r, format: .json))
        #expect(json["head"]?["seq"]?.intValue == Int64(store.head.seq))
        // English has no Chinese interface word in its titles and columns.
        let en = PlanReport(state: store.state, asOf: .today(), head: store.head, language: .en)
        for s in en.sections { for w in [s.title.en] + s.columns.map(\.en) { let ascii = w.unicodeScalars.allSatisfy { $0.isASCII }; #expect(ascii, "\(w)") } }
    }

    /// As of a past day = the journal as it stood at the end of that day: lines written
    /// later (even about earlier dates) change nothing, whenever the report is made.
    @Test func asOfIsTheJournalAsItStoodAndIsReproducible() throws {
        // A journal of three days ago: its commands saw that day, its lines carry that day's time.
        let day = LocalDate.today().adding(days: -3)
        let store = try JournalStore(path: dir.file("j.jsonl"), actor: TestData.admin)
        var cmds: [any Command] = []
        for n in 1...8 {
            var e = TestData.enterprise(100 + n)
            e.settled = "2023-01-01"
            cmds.append(RegisterEnterprise(e))
            cmds.append(GrantQualification(enterprise: e.uscc, qualification: n % 2 == 0 ? "srdi" : "hnte", granted: "2023-06-01", expires: "2027-05-31"))
        }
        cmds.append(RecordDistrictStatistic(date: "2023-12-31", srdiCount: "20", highTechCount: "30", enterpriseCount: "40"))
        cmds.append(RecordDistrictStatistic(date: day.description, srdiCount: "25", highTechCount: "35", enterpriseCount: "50"))
        try store.perform(cmds, today: day)
        let old = TestData.lines(store.path)
        let past = dir.file("past.jsonl")
        var out: [UInt8] = []
        var prev = ChainHash.genesis
        var lines: [JournalLine] = []
        for raw in old {
            let line = try raw.dropLast().withUnsafeBufferPointer { try LineCodec.decode($0) }
            let (b, l) = LineCodec.encode(.init(kind: line.kind, entity: line.entity, data: line.data), seq: line.seq,
                                          time: "\(day)T02:00:00.000Z", actor: line.actor, prev: prev,
                                          txnIndex: line.txnIndex, txnCount: line.txnCount)
            out += b; prev = l.hash; lines.append(l)
        }
        try TestData.write(out, to: past)
        let before = try JournalAsOf.state(path: past, through: day)
        let reportBefore = PlanReport(state: before.state, asOf: day, head: before.head, language: .zh)
        // Later lines: a new showcase enterprise and its qualification, written today.
        let later = try JournalStore(path: past, actor: TestData.admin)
        var input = TestData.enterprise(9_999, name: "北京后来科技有限公司")
        input.settled = day.adding(days: -100).description
        try later.perform([RegisterEnterprise(input),
                           GrantQualification(enterprise: input.uscc, qualification: "hnte", granted: day.adding(days: -50).description,
                                              expires: day.adding(days: 900).description)])
        let after = try JournalAsOf.state(path: past, through: day)
        let reportAfter = PlanReport(state: after.state, asOf: day, head: after.head, language: .zh)
        #expect(after.head.seq == lines.count && after.head.hash == prev)
        #expect(reportAfter.sections.map(\.rows) == reportBefore.sections.map(\.rows))
        #expect(reportAfter.head.seq == reportBefore.head.seq)
        // Today's report does see them.
        let now = try JournalAsOf.state(path: past, through: .today())
        #expect(now.head.seq == later.head.seq)
    }
}
