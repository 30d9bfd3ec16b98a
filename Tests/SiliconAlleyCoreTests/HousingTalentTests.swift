import Foundation
import Testing
@testable import SiliconAlleyCore

/// Talents and the waiting list: registering, applying with a priority, withdrawing.
@Suite struct HousingTalentTests {
    func register(_ f: HousingFixture, id: String = HousingFixture.idNumber(1), phone: String = HousingFixture.mobile(1),
                  employer: String? = nil, name: String = "李明", category: String = "青年人才") -> CommandRejected? {
        f.refused(RegisterTalent(name: name, idNumber: id, phone: phone, employer: employer ?? f.employer, category: category))
    }

    @Test func aTalentIsRegisteredWithTheEmployerFromTheRegistry() throws {
        let f = try HousingFixture()
        let uscc = f.state.enterprises[f.employer]!.uscc
        // Typed as people type: lower-case x, spaces and a +86 prefix; the employer by USCC.
        let raw = HousingFixture.idNumber(7)
        let lines = try f.run(RegisterTalent(name: " 王芳 ", idNumber: " " + raw.lowercased() + " ", phone: "+86 138-1234-0007",
                                             employer: uscc, category: "骨干人才"))
        let t = try #require(f.state.talents[lines[0].entity])
        #expect(t.name == "王芳" && t.idNumber == raw && t.phone == "13812340007" && t.employer == f.employer && t.category == "骨干人才")
    }

    @Test func badIDsMobilesAndEmployersAreRefusedByField() throws {
        let f = try HousingFixture()
        var wrongCheck = Array(HousingFixture.idNumber(1))
        wrongCheck[17] = wrongCheck[17] == "1" ? "2" : "1"
        let check = register(f, id: String(wrongCheck))
        #expect(check?.error(for: "idNumber")?.zh.contains("校验位") == true)
        // 1999-02-30 does not exist (check character made valid so only the date is wrong).
        let feb30 = ResidentID.make(first17: "110105" + "19990230" + "123")!
        #expect(register(f, id: feb30)?.error(for: "idNumber")?.en.contains("birth date") == true)
        let unborn = ResidentID.make(first17: "110105" + "20250701" + "123")!
        #expect(register(f, id: unborn)?.error(for: "idNumber")?.en.contains("future") == true, "born after today (2025-06-10)")
        #expect(register(f, phone: "12812345678")?.error(for: "phone") != nil)
        #expect(register(f, employer: "ent-404")?.error(for: "employer") != nil)
        #expect(register(f, employer: " ")?.error(for: "employer") != nil, "the employer is required")
        let all = register(f, id: "123", phone: "x", employer: "ent-404", name: "", category: "")
        #expect(Set(all?.errors.map(\.field) ?? []) == ["idNumber", "phone", "employer", "name", "category"], "every field at once")

        _ = try f.talent(1)
        #expect(register(f, id: HousingFixture.idNumber(1))?.error(for: "idNumber")?.zh.contains("已登记") == true)

        try f.run(MarkEnterpriseMovedOut(id: f.employer, date: "2025-06-01", reason: "迁出东城"))
        #expect(register(f, id: HousingFixture.idNumber(2))?.error(for: "employer")?.en.contains("moved out") == true)
    }

    @Test func applyingTakesAPriorityAndADateNotInTheFuture() throws {
        let f = try HousingFixture()
        let t = try f.talent(1)
        for bad in ["0", "6", "一", ""] {
            #expect(f.refused(ApplyForHousing(talent: t, priority: bad))?.error(for: "priority") != nil, "priority \(bad)")
        }
        #expect(f.refused(ApplyForHousing(talent: t, priority: "2", appliedOn: "2025-06-11"))?.error(for: "appliedOn") != nil)
        #expect(f.refused(ApplyForHousing(talent: "tal-404", priority: "2"))?.error(for: "talent") != nil)
        let app = try f.run(ApplyForHousing(talent: t, priority: "2", appliedOn: "2025-05-20", note: "家属随迁"))[0].entity
        let a = try #require(f.state.applications[app])
        #expect(a.status == .waiting && a.priority == 2 && a.appliedOn == LocalDate(year: 2025, month: 5, day: 20)! && a.note == "家属随迁")
        #expect(f.refused(ApplyForHousing(talent: t, priority: "1"))?.error(for: "talent")?.zh.contains("轮候") == true, "once")
        // Today when no date is given.
        let other = try f.apply(try f.talent(2))
        #expect(f.state.applications[other]?.appliedOn == TestData.today)
    }

    @Test func aHousedTalentDoesNotQueue() throws {
        let f = try HousingFixture()
        let t = try f.talent(1)
        _ = try f.sign(try f.unit("101"), t)
        #expect(f.refused(ApplyForHousing(talent: t, priority: "1"))?.error(for: "talent")?.en.contains("housed") == true)
    }

    @Test func withdrawingNeedsAReasonAndLeavesTheRecord() throws {
        let f = try HousingFixture()
        let t = try f.talent(1)
        let app = try f.apply(t)
        #expect(f.refused(WithdrawApplication(application: app, reason: ""))?.error(for: "reason") != nil)
        #expect(f.refused(WithdrawApplication(application: "app-404", reason: "x"))?.error(for: "application") != nil)
        let line = try f.run(WithdrawApplication(application: app, reason: "已自行租房"))[0]
        #expect(line.kind == EventKind.housingWithdrawn)
        let a = try #require(f.state.applications[app])
        #expect(a.status == .withdrawn && a.withdrawReason == "已自行租房" && a.withdrawnOn == TestData.today)
        #expect(f.refused(WithdrawApplication(application: app, reason: "again"))?.error(for: "application") != nil)
        #expect(WaitingList.ordered(f.state).isEmpty)
        // They may apply again.
        _ = try f.apply(t)
        #expect(WaitingList.ordered(f.state).count == 1)
    }
}
