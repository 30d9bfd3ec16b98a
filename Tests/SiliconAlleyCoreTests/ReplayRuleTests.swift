import Foundation
import Testing
@testable import SiliconAlleyCore

/// One forged line per rule, each with a correct hash and chain: `verify` (and a store
/// opened on the file) must stop at that line and name the rule, as for a broken hash.
@Suite struct ReplayEnvelopeRuleTests {
    @Test func aSecondJournalCreatedIsDamage() throws {
        let f = try Forgery()
        let n = try f.append(EventKind.journalCreated, "journal", .object(["format": .int(1)]))
        try f.expectBroken(at: n, "journal.created may only be line 1")
    }

    @Test func lineOneMustBeJournalCreated() throws {
        let f = try Forgery()
        try TestData.write([], to: f.path)
        let (bytes, _) = LineCodec.encode(.init(kind: EventKind.operatorAssigned, entity: "op:mallory",
                                                data: .object(["login": .string("mallory"), "role": .string("admin")])),
                                          seq: 1, time: Timestamp.now(), actor: "mallory", prev: ChainHash.genesis, txnIndex: 1, txnCount: 1)
        try TestData.write(bytes, to: f.path)
        try f.expectBroken(at: 1, "line 1 must be journal.created")
    }

    @Test func anUnknownLoginCannotMakeItselfAdmin() throws {
        let f = try Forgery()
        let n = try f.append(EventKind.operatorAssigned, "op:mallory",
                             .object(["login": .string("mallory"), "role": .string("admin")]), actor: "mallory")
        try f.expectBroken(at: n, "mallory is viewer here; operator.assigned needs admin")
    }

    @Test func theRoleIsTheOneAtThatLine() throws {
        // A clerk may register but not edit; once removed, not even register.
        let f = try Forgery()
        try f.store.perform(AssignRole(login: "li.jing", role: .clerk))
        let e = try f.store.register(1)
        let edit = try f.append(EventKind.enterpriseUpdated, e.id, Forgery.changes(["headcount": .int(99)]), actor: "li.jing")
        try f.expectBroken(at: edit, "li.jing is clerk here; enterprise.updated needs operator")
    }

    @Test func aRemovedOperatorIsAViewer() throws {
        let f = try Forgery()
        try f.store.perform(AssignRole(login: "li.jing", role: .operator))
        try f.store.perform(RemoveOperator(login: "li.jing"))
        let n = try f.nextSeq()
        try f.append(EventKind.enterpriseRegistered, "ent-\(n)", Forgery.enterpriseData(id: "ent-\(n)"), actor: "li.jing")
        try f.expectBroken(at: n, "li.jing is viewer here")
    }

    @Test func timeMayNotGoBackMoreThanAMinute() throws {
        let f = try Forgery()
        let latest = try #require(Timestamp.milliseconds(try f.head().time))
        // 30 seconds back is a clock's wobble: accepted.
        try f.store.register(1)
        var n = try f.nextSeq()
        try f.append(EventKind.enterpriseRegistered, "ent-\(n)", Forgery.enterpriseData(id: "ent-\(n)", uscc: TestData.uscc(2)),
                     time: Timestamp.format(milliseconds: latest - 30_000))
        try f.expectClean()
        n = try f.nextSeq()
        try f.append(EventKind.enterpriseRegistered, "ent-\(n)", Forgery.enterpriseData(id: "ent-\(n)", uscc: TestData.uscc(3)),
                     time: Timestamp.format(milliseconds: latest - 5 * 60_000))
        try f.expectBroken(at: n, "goes back more than a minute")
    }

    @Test func timeMustBeAJournalTime() throws {
        let f = try Forgery()
        let n = try f.nextSeq()
        try f.append(EventKind.enterpriseRegistered, "ent-\(n)", Forgery.enterpriseData(id: "ent-\(n)"), time: "yesterday")
        try f.expectBroken(at: n, "is not a UTC time")
    }

    @Test func theEntityIsTheRecordsId() throws {
        let f = try Forgery()
        let n = try f.nextSeq()
        try f.append(EventKind.enterpriseRegistered, "ent-\(n)", Forgery.enterpriseData(id: "ent-1"))
        try f.expectBroken(at: n, "is not the record's id")
    }

    @Test func aNewRecordsIdComesFromItsSeq() throws {
        let f = try Forgery()
        let n = try f.nextSeq()
        try f.append(EventKind.enterpriseRegistered, "ent-999999", Forgery.enterpriseData(id: "ent-999999"))
        try f.expectBroken(at: n, "a new record's id must be ent-\(n)")
    }

    /// Every kind whose command mints its id from the line's seq: a line claiming a later id
    /// would make the honest line that gets that seq a duplicate.
    @Test func everyMintedIdComesFromItsSeq() throws {
        let f = try Forgery()
        let store = f.store
        let t = TestData.today
        let show = try store.event(EventData.input(industry: "ai"))
        let meeting = try store.event(EventData.input("专班例会", type: .meeting, date: "2025-06-03", start: "09:30", end: "11:00",
                                                      venue: "硅巷驿站", room: "专班会议室"))
        let contest = try store.event(EventData.input("创新创业大赛", type: .contest, date: "2025-06-07", start: "09:00", end: "17:30",
                                                      venue: "硅巷驿站", industry: "ai"))
        let reg = try store.registration(show.id, person: "甲", phone: "13900000001")
        let entry = try store.perform(EnterContest(activity: contest.id, team: "甲队", title: "项目"), today: t)[0].entity
        let item = try store.perform(AddActionItem(activity: meeting.id, text: "报送", unit: "finance-bureau", due: "2025-06-20"), today: t)[0].entity
        let eval = try store.perform(RecordEvaluation(date: "2025-06-01"), today: t)[0].entity
        let adj = try store.perform(DecideAdjustment(evaluation: eval, text: "加大培育", unit: "task-force-office"), today: t)[0].entity
        let unit = try store.perform(AddUnit(zh: "区测试局"), today: t)[0].entity
        let s = store.state
        let claimed = s.lastSeq + 5
        func claim<T: Encodable>(_ kind: String, _ prefix: String, _ record: T, _ setId: (inout T, String) -> Void) {
            var r = record
            setId(&r, "\(prefix)-\(claimed)")
            #expect(s.refusal(kind, "\(prefix)-\(claimed)", .record(r)) == "a new record's id must be \(prefix)-\(s.lastSeq + 1), not “\(prefix)-\(claimed)”",
                    "\(kind)")
        }
        let project = try #require(s.projects.values.first { $0.category == .other } ?? s.projects.values.first)
        claim(EventKind.projectCreated, "prj", project) { $0.id = $1; $0.name = "另一个项目" }
        claim(EventKind.activityCreated, "act", show) { $0.id = $1; $0.start = EventData.at("2025-07-09 14:00"); $0.end = EventData.at("2025-07-09 16:00") }
        claim(EventKind.registrationAdded, "reg", try #require(s.registrations[reg.id])) { $0.id = $1; $0.phone = "13900000002"; $0.person = "乙" }
        claim(EventKind.contestEntered, "entry", try #require(s.contestEntries[entry])) { $0.id = $1; $0.team = "乙队" }
        claim(EventKind.actionItemAdded, "item", try #require(s.actionItems[item])) { $0.id = $1 }
        claim(EventKind.adjustmentDecided, "adj", try #require(s.adjustments[adj])) { $0.id = $1 }
        #expect(s.addedUnits[unit] != nil)
        let other = OrgUnit(id: "unit-\(claimed)", zh: "区另一局", en: "another", kind: .government, window: false)
        #expect(s.refusal(EventKind.unitAdded, other.id, .record(other)) == "a new record's id must be unit-\(s.lastSeq + 1), not “unit-\(claimed)”")
        var e = EvaluationRules.figures(s, asOf: LocalDate("2025-06-01")!)
        e.id = "eval-\(claimed)"
        #expect(s.refusal(EventKind.evaluationRecorded, e.id, .record(e)) == "a new record's id must be eval-\(s.lastSeq + 1), not “eval-\(claimed)”")
        try f.expectClean()
    }

    @Test func unknownKindsAreDamage() throws {
        let f = try Forgery()
        let n = try f.append("enterprise.teleported", "ent-1", .object([:]))
        try f.expectBroken(at: n, "unknown kind “enterprise.teleported”")
    }

    @Test func dataMustBeAnObject() throws {
        let f = try Forgery()
        let n = try f.append(EventKind.operatorRemoved, "op:x", .string("x"))
        try f.expectBroken(at: n, "data is not an object")
    }
}

@Suite struct ReplayOperatorRuleTests {
    @Test func aLoginMustLookLikeALogin() throws {
        let f = try Forgery()
        let n = try f.append(EventKind.operatorAssigned, "op:a b", .object(["login": .string("a b"), "role": .string("clerk")]))
        try f.expectBroken(at: n, "is not a login")
    }

    @Test func theEntityNamesTheLogin() throws {
        let f = try Forgery()
        let n = try f.append(EventKind.operatorAssigned, "op:someone", .object(["login": .string("li.jing"), "role": .string("clerk")]))
        try f.expectBroken(at: n, "the entity must be op:li.jing")
    }

    @Test func aRoleMustBeKnown() throws {
        let f = try Forgery()
        let n = try f.append(EventKind.operatorAssigned, "op:li.jing", .object(["login": .string("li.jing"), "role": .string("root")]))
        try f.expectBroken(at: n, "unknown role")
    }

    @Test func theLastAdminStays() throws {
        let f = try Forgery()
        let demote = try f.append(EventKind.operatorAssigned, "op:\(TestData.admin)",
                                  .object(["login": .string(TestData.admin), "role": .string("viewer")]))
        try f.expectBroken(at: demote, "leaves the journal without an admin")
    }

    @Test func theLastAdminIsNotRemoved() throws {
        let f = try Forgery()
        let n = try f.append(EventKind.operatorRemoved, "op:\(TestData.admin)", .object(["login": .string(TestData.admin)]))
        try f.expectBroken(at: n, "removes the last admin")
    }

    @Test func onlyAnOperatorIsRemoved() throws {
        let f = try Forgery()
        let n = try f.append(EventKind.operatorRemoved, "op:nobody", .object(["login": .string("nobody")]))
        try f.expectBroken(at: n, "no operator “nobody” to remove")
    }
}

@Suite struct ReplayEnterpriseRuleTests {
    private func register(_ f: Forgery, _ edit: (inout Enterprise) -> Void) throws -> Int {
        let n = try f.nextSeq()
        try f.append(EventKind.enterpriseRegistered, "ent-\(n)", Forgery.enterpriseData(id: "ent-\(n)", edit))
        return n
    }

    @Test func aDuplicateUSCCIsDamage() throws {
        let f = try Forgery()
        let e = try f.store.register(7)
        let n = try register(f) { $0.uscc = e.uscc }
        try f.expectBroken(at: n, "USCC \(e.uscc) is already registered (\(e.id))")
    }

    @Test func anEditMayNotTakeAnotherEnterprisesUSCC() throws {
        let f = try Forgery()
        let a = try f.store.register(1)
        let b = try f.store.register(2)
        let n = try f.append(EventKind.enterpriseUpdated, b.id, Forgery.changes(["uscc": .string(a.uscc)]))
        try f.expectBroken(at: n, "is already registered (\(a.id))")
    }

    @Test func aUSCCMustHaveItsCheckCharacter() throws {
        let f = try Forgery()
        let good = TestData.uscc(8)
        let bad = String(good.dropLast()) + (good.last == "0" ? "1" : "0")
        let n = try register(f) { $0.uscc = bad }
        try f.expectBroken(at: n, "check character should be")
    }

    @Test func anIndustryMustBeOneOfTheEight() throws {
        let f = try Forgery()
        let n = try register(f) { $0.industry = "mining" }
        try f.expectBroken(at: n, "unknown industry “mining”")
    }

    @Test func aPlaceMustBeInTheCatalogue() throws {
        let f = try Forgery()
        let n = try register(f) { $0.place = "atlantis" }
        try f.expectBroken(at: n, "unknown place “atlantis”")
    }

    @Test func theTierIsThePlaces() throws {
        let f = try Forgery()
        let n = try register(f) { $0.tier = "radiation" }
        try f.expectBroken(at: n, "is not gehua's tier showcase")
    }

    @Test func aNewEnterpriseComesWithoutQualifications() throws {
        let f = try Forgery()
        let n = try register(f) { $0.qualifications = [QualificationHolding(type: "srdi", granted: TestData.today, expires: nil)] }
        try f.expectBroken(at: n, "no qualifications or support yet")
    }

    @Test func supportToAnUnknownEnterpriseIsDamage() throws {
        let f = try Forgery()
        let n = try f.append(EventKind.supportGranted, "ent-404",
                             .object(["measure": .string("1-1"), "amount": .int(100), "date": .string("2025-01-01")]))
        try f.expectBroken(at: n, "no enterprise ent-404")
    }

    @Test func supportNamesOneOfTheFifteenMeasures() throws {
        let f = try Forgery()
        let e = try f.store.register(1)
        let n = try f.append(EventKind.supportGranted, e.id,
                             .object(["measure": .string("9-9"), "amount": .int(100), "date": .string("2025-01-01")]))
        try f.expectBroken(at: n, "unknown measure “9-9”")
    }

    @Test func supportHasAnAmountOrAKind() throws {
        let f = try Forgery()
        let e = try f.store.register(1)
        let n = try f.append(EventKind.supportGranted, e.id, .object(["measure": .string("1-1"), "date": .string("2025-01-01")]))
        try f.expectBroken(at: n, "neither an amount nor a kind")
    }

    @Test func anAmountIsNotNegative() throws {
        let f = try Forgery()
        let e = try f.store.register(1)
        let n = try f.append(EventKind.supportGranted, e.id,
                             .object(["measure": .string("1-1"), "amount": .int(-500), "date": .string("2025-01-01")]))
        try f.expectBroken(at: n, "negative amount")
    }

    @Test func noSupportAfterMovingOut() throws {
        let f = try Forgery()
        let e = try f.store.register(1)
        try f.store.perform(MarkEnterpriseMovedOut(id: e.id, date: "2025-03-01", reason: "迁至海淀"), today: TestData.today)
        let n = try f.append(EventKind.supportGranted, e.id,
                             .object(["measure": .string("1-1"), "amount": .int(500), "date": .string("2025-04-01")]))
        try f.expectBroken(at: n, "the enterprise has moved out")
    }

    @Test func supportFromATicketIsThatEnterprisesTicket() throws {
        let f = try Forgery()
        let a = try f.store.register(1)
        let b = try f.store.register(2)
        let t = try f.store.perform(AcceptTicket(enterprise: a.id, type: .policy, measure: "1-1", description: "申报"), today: TestData.today)[0].entity
        let n = try f.append(EventKind.supportGranted, b.id, .object([
            "measure": .string("1-1"), "amount": .int(500), "date": .string("2025-04-01"), "ticket": .string(t)]))
        try f.expectBroken(at: n, "ticket \(t) is not this enterprise's")
    }

    @Test func aQualificationMustBeInTheCatalogue() throws {
        let f = try Forgery()
        let e = try f.store.register(1)
        let n = try f.append(EventKind.qualificationGranted, e.id, .object(["type": .string("nobel"), "granted": .string("2024-01-01")]))
        try f.expectBroken(at: n, "unknown qualification “nobel”")
    }

    @Test func anExpiryIsNotBeforeItsGrant() throws {
        let f = try Forgery()
        let e = try f.store.register(1)
        let n = try f.append(EventKind.qualificationGranted, e.id,
                             .object(["type": .string("srdi"), "granted": .string("2024-06-01"), "expires": .string("2024-05-31")]))
        try f.expectBroken(at: n, "expires 2024-05-31, before its grant 2024-06-01")
    }

    @Test func aGrantIsNotInTheFuture() throws {
        let f = try Forgery()
        let e = try f.store.register(1)
        let n = try f.append(EventKind.qualificationGranted, e.id, .object(["type": .string("srdi"), "granted": .string("2099-01-01")]))
        try f.expectBroken(at: n, "after the line's date")
    }

    @Test func aValidQualificationIsNotGrantedTwice() throws {
        let f = try Forgery()
        let e = try f.store.register(1)
        try f.store.perform(GrantQualification(enterprise: e.id, qualification: "hnte", granted: "2025-01-01", expires: "2099-01-01"),
                            today: TestData.today)
        let n = try f.append(EventKind.qualificationGranted, e.id, .object(["type": .string("hnte"), "granted": .string("2025-02-01")]))
        try f.expectBroken(at: n, "already holds a valid hnte")
    }

    @Test func onlyAHeldQualificationIsRevoked() throws {
        let f = try Forgery()
        let e = try f.store.register(1)
        let n = try f.append(EventKind.qualificationRevoked, e.id,
                             .object(["type": .string("srdi"), "date": .string("2025-01-01"), "reason": .string("x")]))
        try f.expectBroken(at: n, "holds no unrevoked srdi")
    }

    /// A revoke dated before the grant broke the enterprise's record, so every later edit of it
    /// was written and then refused: the command refuses it, and replay refuses it at its line.
    @Test func aRevokeIsNotBeforeItsGrant() throws {
        let f = try Forgery()
        let e = try f.store.register(1)
        try f.store.perform(GrantQualification(enterprise: e.id, qualification: "srdi", granted: "2025-01-01", expires: "2027-12-31"),
                            today: TestData.today)
        let refused = #expect(throws: CommandRejected.self) {
            try f.store.perform(RevokeQualification(enterprise: e.id, qualification: "srdi", date: "2024-12-31", reason: "撤销"),
                                today: TestData.today)
        }
        #expect(refused?.error(for: "date")?.zh.contains("2025-01-01") == true)
        let n = try f.append(EventKind.qualificationRevoked, e.id,
                             .object(["type": .string("srdi"), "date": .string("2024-12-31"), "reason": .string("x")]))
        try f.expectBroken(at: n, "srdi is revoked 2024-12-31, before its grant 2025-01-01")
    }

    @Test func anEditChangesOnlyTheFormsFields() throws {
        let f = try Forgery()
        let e = try f.store.register(1)
        let n = try f.append(EventKind.enterpriseUpdated, e.id, Forgery.changes(["status": .string("movedOut")]))
        try f.expectBroken(at: n, "may not change “status”")
    }

    @Test func anEditOfAnUnknownEnterpriseIsDamage() throws {
        let f = try Forgery()
        let n = try f.append(EventKind.enterpriseUpdated, "ent-nope", Forgery.changes(["name": .string("x")]))
        try f.expectBroken(at: n, "no enterprise ent-nope")
    }

    @Test func movingOutHappensOnce() throws {
        let f = try Forgery()
        let e = try f.store.register(1)
        try f.store.perform(MarkEnterpriseMovedOut(id: e.id, date: "2025-03-01", reason: "迁至海淀"), today: TestData.today)
        let n = try f.append(EventKind.enterpriseMovedOut, e.id, Forgery.changes([
            "status": .string("movedOut"), "movedOutOn": .string("2025-04-01"), "movedOutReason": .string("again")]))
        try f.expectBroken(at: n, "already moved out")
    }

    @Test func aMoveGoesToAPlaceWithItsTier() throws {
        let f = try Forgery()
        let e = try f.store.register(1)
        let n = try f.append(EventKind.enterpriseMoved, e.id, Forgery.changes(["place": .string("longtan"), "tier": .string("showcase")]))
        try f.expectBroken(at: n, "is not longtan's tier radiation")
    }

    @Test func aStatisticIsItsDatesEntity() throws {
        let f = try Forgery()
        let n = try f.append(EventKind.statisticRecorded, "stat-2020-01-01", .object([
            "id": .string("stat-2020-01-01"), "date": .string("2024-12-31"), "srdiCount": .int(1), "highTechCount": .int(2)]))
        try f.expectBroken(at: n, "the entity must be stat-2024-12-31")
    }

    @Test func districtCountsAreNotBothZero() throws {
        let f = try Forgery()
        let n = try f.append(EventKind.statisticRecorded, "stat-2024-12-31", .object([
            "id": .string("stat-2024-12-31"), "date": .string("2024-12-31"), "srdiCount": .int(0), "highTechCount": .int(0)]))
        try f.expectBroken(at: n, "not both 0")
    }

    @Test func aStatisticIsNotInTheFuture() throws {
        let f = try Forgery()
        let n = try f.append(EventKind.statisticRecorded, "stat-2099-12-31", .object([
            "id": .string("stat-2099-12-31"), "date": .string("2099-12-31"), "srdiCount": .int(3), "highTechCount": .int(2)]))
        try f.expectBroken(at: n, "in the future")
    }

    /// Counts past any district's are damage, not an overflow that stops verify; a negative
    /// zone count is damage too. The command refuses them with the same rule.
    @Test func countsAreBounded() throws {
        let f = try Forgery()
        let refused = #expect(throws: CommandRejected.self) {
            try f.store.perform(RecordDistrictStatistic(date: "2024-12-31", srdiCount: "20000000", highTechCount: "1"), today: TestData.today)
        }
        #expect(refused?.error(for: "srdiCount") != nil)
        let n = try f.append(EventKind.statisticRecorded, "stat-2024-12-31", .object([
            "id": .string("stat-2024-12-31"), "date": .string("2024-12-31"), "srdiCount": .int(Int64.max), "highTechCount": .int(1)]))
        try f.expectBroken(at: n, "srdiCount: must be between 0 and 10000000")
        var s = DistrictStatistic(id: "", date: LocalDate("2024-12-31")!, srdiCount: 3, highTechCount: 2, enterpriseCount: Int.max, zoneCount: -1)
        #expect(StatisticRules.problems(s, in: f.store.state).map(\.field) == ["enterpriseCount", "zoneCount"])
        s.enterpriseCount = 4
        #expect(StatisticRules.problems(s, in: f.store.state).map(\.field) == ["zoneCount"])
    }
}

@Suite struct ReplayTicketRuleTests {
    private func ticket(_ f: Forgery, _ edit: (inout [String: JSONValue]) -> Void = { _ in }) throws -> Int {
        let n = try f.nextSeq()
        var t: [String: JSONValue] = [
            "id": .string("tkt-\(n)"), "receipt": .string("QL-2025-000001"), "applicantName": .string("张三"),
            "applicantPhone": .string("13800138000"), "type": .string("administrative"), "description": .string("咨询"),
            "documents": .array([]), "status": .string("accepted"), "acceptedOn": .string("2025-06-10"),
        ]
        edit(&t)
        try f.append(EventKind.ticketAccepted, "tkt-\(n)", .object(JSONObject(t)))
        return n
    }

    @Test func aWellFormedForgeryIsAcceptedSoTheOthersTestOneRuleEach() throws {
        let f = try Forgery()
        _ = try ticket(f)
        try f.expectClean()
    }

    @Test func aReceiptNumberIsNeverReused() throws {
        let f = try Forgery()
        let e = try f.store.register(1)
        try f.store.perform(AcceptTicket(enterprise: e.id, type: .other, description: "咨询"), today: TestData.today)
        let n = try ticket(f)
        try f.expectBroken(at: n, "receipt QL-2025-000001 where QL-2025-000002 was next")
    }

    @Test func anApplicantEnterpriseMustExist() throws {
        let f = try Forgery()
        let n = try ticket(f) { $0["enterprise"] = .string("ent-404") }
        try f.expectBroken(at: n, "no enterprise ent-404")
    }

    @Test func aPolicyApplicationNamesAKnownMeasure() throws {
        let f = try Forgery()
        var n = try ticket(f) { $0["type"] = .string("policy") }
        try f.expectBroken(at: n, "a policy application names no measure")
        let g = try Forgery()
        n = try ticket(g) { $0["type"] = .string("policy"); $0["measure"] = .string("6-1") }
        try g.expectBroken(at: n, "unknown measure “6-1”")
    }

    @Test func aPersonApplyingGivesAMobile() throws {
        let f = try Forgery()
        let n = try ticket(f) { $0["applicantPhone"] = nil }
        try f.expectBroken(at: n, "must give a mobile number")
    }

    @Test func aNewTicketHasNoResult() throws {
        let f = try Forgery()
        let n = try ticket(f) { $0["status"] = .string("closed"); $0["result"] = .string("ok") }
        try f.expectBroken(at: n, "with no result yet")
    }

    @Test func aClosedTicketStaysClosed() throws {
        let f = try Forgery()
        let e = try f.store.register(1)
        let t = try f.store.perform(AcceptTicket(enterprise: e.id, type: .other, description: "咨询"), today: TestData.today)[0].entity
        try f.store.perform(ProgressTicket(ticket: t, step: .close(approved: nil), text: "已答复"), today: TestData.today)
        let n = try f.append(EventKind.ticketUpdated, t, Forgery.changes(["status": .string("inProgress")]))
        try f.expectBroken(at: n, "is already closed")
    }

    @Test func aCloseGivesAResult() throws {
        let f = try Forgery()
        let e = try f.store.register(1)
        let t = try f.store.perform(AcceptTicket(enterprise: e.id, type: .other, description: "咨询"), today: TestData.today)[0].entity
        let n = try f.append(EventKind.ticketUpdated, t, Forgery.changes(["status": .string("closed"), "closedOn": .string("2025-06-11")]))
        try f.expectBroken(at: n, "a close gives its result and date")
    }

    @Test func aPolicyCloseSaysWhetherApproved() throws {
        let f = try Forgery()
        let e = try f.store.register(1)
        let t = try f.store.perform(AcceptTicket(enterprise: e.id, type: .policy, measure: "1-1", description: "申报"), today: TestData.today)[0].entity
        let n = try f.append(EventKind.ticketUpdated, t, Forgery.changes([
            "status": .string("closed"), "result": .string("已办"), "closedOn": .string("2025-06-11")]))
        try f.expectBroken(at: n, "closes approved or not")
    }

    @Test func progressNeverRewritesTheRequest() throws {
        let f = try Forgery()
        let e = try f.store.register(1)
        let t = try f.store.perform(AcceptTicket(enterprise: e.id, type: .other, description: "咨询"), today: TestData.today)[0].entity
        let n = try f.append(EventKind.ticketUpdated, t, Forgery.changes(["description": .string("另一件事")]))
        try f.expectBroken(at: n, "may not change “description”")
    }

    @Test func aTicketIsNotFinishedBeforeItWasAccepted() throws {
        let f = try Forgery()
        let e = try f.store.register(1)
        let t = try f.store.perform(AcceptTicket(enterprise: e.id, type: .other, description: "咨询"), today: TestData.today)[0].entity
        let n = try f.append(EventKind.ticketUpdated, t, Forgery.changes([
            "status": .string("returned"), "returnReason": .string("材料不全"), "closedOn": .string("2025-06-01")]))
        try f.expectBroken(at: n, "before it was accepted")
    }
}

/// A clerk writes `enterprise.supportGranted` only in the batch that closes an approved
/// 政策申报 for that enterprise and measure; the role table itself says operator.
@Suite struct ReplayBatchRoleTests {
    private func policyTicket(_ f: Forgery) throws -> (enterprise: String, ticket: String) {
        try f.store.perform(AssignRole(login: "li.jing", role: .clerk))
        let e = try f.store.register(1)
        let t = try f.store.perform(AcceptTicket(enterprise: e.id, type: .policy, measure: "4-2", description: "人才服务申报"),
                                    today: TestData.today)[0].entity
        return (e.id, t)
    }

    private func close(_ t: String) -> LineCodec.Draft {
        .init(kind: EventKind.ticketUpdated, entity: t, data: Forgery.changes([
            "status": .string("closed"), "result": .string("批准"), "approved": .bool(true), "closedOn": .string("2025-06-11")]))
    }

    private func grant(_ e: String, _ t: String, measure: String = "4-2") -> LineCodec.Draft {
        .init(kind: EventKind.supportGranted, entity: e, data: .object([
            "measure": .string(measure), "amount": .int(100_000), "date": .string("2025-06-11"), "ticket": .string(t)]))
    }

    @Test func theClerksCloseAndGrantThroughTheCommandReplays() throws {
        let f = try Forgery()
        let (_, t) = try policyTicket(f)
        let clerk = try JournalStore(path: f.path, actor: "li.jing")
        let lines = try clerk.perform(ProgressTicket(ticket: t, step: .close(approved: true), text: "批准", amount: "100000"),
                                      today: TestData.today)
        #expect(lines.map(\.kind) == [EventKind.ticketUpdated, EventKind.supportGranted])
        try f.expectClean()
    }

    @Test func aClerksGrantOnItsOwnIsDamage() throws {
        let f = try Forgery()
        let (e, t) = try policyTicket(f)
        let n = try f.append([grant(e, t)], actor: "li.jing")
        try f.expectBroken(at: n, "li.jing is clerk here; enterprise.supportGranted needs operator")
    }

    @Test func aClerksGrantMustMatchTheTicketsMeasure() throws {
        let f = try Forgery()
        let (e, t) = try policyTicket(f)
        let n = try f.append([close(t), grant(e, t, measure: "1-1")], actor: "li.jing")
        try f.expectBroken(at: n + 1, "enterprise.supportGranted needs operator")
    }

    @Test func aClerksMatchingBatchIsAccepted() throws {
        let f = try Forgery()
        let (e, t) = try policyTicket(f)
        try f.append([close(t), grant(e, t)], actor: "li.jing")
        try f.expectClean()
    }

    @Test func aClerksGrantMustFollowTheCloseInItsBatch() throws {
        let f = try Forgery()
        let (e, t) = try policyTicket(f)
        try f.append([close(t)], actor: "li.jing")
        let n = try f.append([grant(e, t)], actor: "li.jing")
        try f.expectBroken(at: n, "needs operator")
    }

    @Test func anOperatorRecordsATicketsSupportOnlyOnce() throws {
        let f = try Forgery()
        let (e, t) = try policyTicket(f)
        let n = try f.append([close(t), grant(e, t)], actor: "li.jing")
        let again = try f.append([grant(e, t)])
        try f.expectBroken(at: again, "ticket \(t) already recorded its support")
        #expect(again == n + 2)
    }

    /// Replay refuses support for a moved-out enterprise, so the command refuses the approved
    /// close before it writes anything (it used to write a line replay then refused).
    @Test func anApprovedCloseForAMovedOutEnterpriseIsRefusedUnwritten() throws {
        let f = try Forgery()
        let (e, t) = try policyTicket(f)
        try f.store.perform(MarkEnterpriseMovedOut(id: e, date: TestData.today.description, reason: "迁往海淀"), today: TestData.today)
        let before = try f.head().seq
        let refused = #expect(throws: CommandRejected.self) {
            try f.store.perform(ProgressTicket(ticket: t, step: .close(approved: true), text: "批准", amount: "100000"), today: TestData.today)
        }
        let error = try #require(refused?.error(for: "approved"))
        let name = try #require(f.store.state.enterprises[e]?.name)
        #expect(error.zh.contains(name) && error.zh.contains("已迁出") && error.en.contains("moved out"))
        #expect(try f.head().seq == before, "nothing written")
        try f.store.perform(ProgressTicket(ticket: t, step: .close(approved: false), text: "企业已迁出"), today: TestData.today)
        try f.expectClean()
    }
}

@Suite struct ReplayJournalKindRuleTests {
    @Test func aSnapshotLineNamesTheLineBeforeIt() throws {
        let f = try Forgery()
        let n = try f.append(EventKind.journalSnapshotted, "journal",
                             .object(["seq": .int(1), "digest": .string(String(repeating: "a", count: 64))]))
        try f.expectBroken(at: n, "must name the line before it")
    }

    @Test func anAcknowledgementIsAnAdmins() throws {
        let f = try Forgery()
        try f.store.perform(AssignRole(login: "wang.li", role: .operator))
        let n = try f.append(EventKind.historyAcknowledged, "journal", .object(["line": .int(3)]), actor: "wang.li")
        try f.expectBroken(at: n, "wang.li is operator here; journal.historyAcknowledged needs admin")
    }
}

/// A command looks its record up by the trimmed argument, so it writes the record's id, not
/// the argument as typed: replay looks the entity up exactly.
@Suite struct CommandEntityIsTheRecordsIdTests {
    @Test func paddedReferencesWriteTheRecordsId() throws {
        let f = try Forgery()
        let show = try f.store.event()
        let meeting = try f.store.event(EventData.input("硅巷建设专班例会", type: .meeting, date: "2025-06-03", start: "09:30", end: "11:00",
                                                        venue: "硅巷驿站", room: "专班会议室"))
        let e = try f.store.register(1)
        let t = try f.store.perform(AcceptTicket(enterprise: e.id, type: .policy, measure: "4-2", description: "人才服务申报"),
                                    today: TestData.today)[0].entity
        let commands: [(any Command, String)] = [
            (SetRegistrationOpen(activity: " \(show.id) ", open: false), show.id),
            (SetActivityStatus(activity: " \(show.id) ", status: .cancelled, note: "改期"), show.id),
            (SetMeetingAgenda(activity: " \(meeting.id)", items: ["通报"]), meeting.id),
            (RecordMeetingDecision(activity: "\(meeting.id) ", text: "同意"), meeting.id),
            (ProgressTicket(ticket: " \(t) ", step: .start), t),
            (ProgressTicket(ticket: " \(t) ", step: .close(approved: false), text: "不符合条件"), t),
        ]
        for (command, id) in commands {
            let lines = try f.store.perform(command, today: TestData.today)
            #expect(lines.map(\.entity) == [id], "\(type(of: command))")
        }
        try f.expectClean()
    }
}
