import Foundation
import Testing
@testable import SiliconAlleyCore

/// Intake against the published list: what is not on it is refused at its field with
/// nothing written; the unit is a handling unit's id; channels and talents are recorded;
/// older journals' tickets (a `type`, free-text units and document names) still read.
@Suite struct TicketIntakeTests {
    static let day = WindowFixture.day("2026-11-02")

    @Test func aServiceNotOnTheListIsRefusedAtItsField() throws {
        let f = try WindowFixture()
        let r = f.refused(AcceptTicket(enterprise: f.enterprise, service: "代办公章刻制", description: "刻章"), on: Self.day)
        #expect(r?.error(for: "service")?.zh.contains("不在服务事项清单上") == true)
        #expect(f.refused(AcceptTicket(enterprise: f.enterprise, service: " ", description: "x"), on: Self.day)?.error(for: "service") != nil)
    }

    /// Support is recorded for an enterprise: a person's or a talent's policy application could
    /// be accepted but never approved, so intake refuses it at the applicant.
    @Test func aPolicyApplicationIsAnEnterprises() throws {
        let f = try WindowFixture()
        let person = f.refused(AcceptTicket(applicantName: "张三", applicantPhone: "13800138000", service: "policy-application",
                                            measure: "1-1", description: "申报"), on: Self.day)
        #expect(person?.error(for: "applicant")?.zh == "政策申报须由企业申请：请选择企业")
        #expect(person?.error(for: "measure") == nil, "the measure itself is fine")
        try f.run(AcceptTicket(enterprise: f.enterprise, service: "policy-application", measure: "1-1", description: "申报"), on: Self.day)
    }

    @Test func documentsAreTheServicesAndTheUnitAHandlingUnit() throws {
        let f = try WindowFixture()
        let wrongDoc = f.refused(AcceptTicket(enterprise: f.enterprise, service: "sports-booking", description: "订场", documents: ["营业执照"]), on: Self.day)
        #expect(wrongDoc?.error(for: "documents") != nil)
        let partner = f.refused(AcceptTicket(enterprise: f.enterprise, service: "sports-booking", description: "订场", unit: "中关村发展集团"), on: Self.day)
        #expect(partner?.error(for: "unit")?.zh.contains("不承办窗口事项") == true)
        let free = f.refused(AcceptTicket(enterprise: f.enterprise, service: "sports-booking", description: "订场", unit: "隔壁物业"), on: Self.day)
        #expect(free?.error(for: "unit") != nil)
        let measure = f.refused(AcceptTicket(enterprise: f.enterprise, service: "sports-booking", measure: "1-1", description: "订场"), on: Self.day)
        #expect(measure?.error(for: "measure") != nil)
        // By name, and the id is what is written; the service's unit when none is given.
        let t = try f.run(AcceptTicket(enterprise: f.enterprise, service: "运动健身场地预约", channel: .phone, description: "订场",
                                       documents: ["申请表"], unit: "区财政局"), on: Self.day)[0].entity
        let x = try f.ticket(t)
        #expect(x.service == "sports-booking" && x.unit == "finance-bureau" && x.channel == .phone && x.documents == ["application-form"])
        #expect(x.limitDays == 2 && x.due == WindowFixture.day("2026-11-04"))
        let u = try f.accept("talent-housing", on: Self.day)
        #expect(try f.ticket(u).unit == "task-force-office")
    }

    @Test func aRegisteredTalentAppliesWithNumbersMasked() throws {
        let f = try WindowFixture()
        let tal = try f.run(RegisterTalent(name: "李明", idNumber: HousingFixture.idNumber(1), phone: HousingFixture.mobile(1),
                                           employer: f.enterprise, category: "领军人才"), on: Self.day)[0].entity
        #expect(f.refused(AcceptTicket(talent: "tal-404", service: "talent-housing", description: "公寓"), on: Self.day)?.error(for: "talent") != nil)
        let both = f.refused(AcceptTicket(talent: tal, applicantName: "张三", applicantPhone: "13800138000", service: "talent-housing",
                                          description: "公寓"), on: Self.day)
        #expect(both?.error(for: "applicantName") != nil, "a talent and another person: one would vanish from the receipt")
        let t = try f.run(AcceptTicket(talent: tal, service: "talent-housing", channel: .online, description: "人才公寓申请",
                                       documents: ["identity", "labour-contract", "talent-certificate"]), on: Self.day)[0].entity
        let x = try f.ticket(t)
        #expect(x.talent == tal && x.applicantPhone == nil, "the talent's numbers stay on the talent")
        let text = ReceiptText.make(x, state: f.state)
        #expect(text.contains("李明") && text.contains(PersonalData.mask(HousingFixture.mobile(1), as: .mobile)))
        #expect(!text.contains(HousingFixture.mobile(1)) && !text.contains(HousingFixture.idNumber(1)))
        #expect(text.contains("网上"))
    }

    /// A ticket as journals before the list wrote it: `type`, no channel, a unit's Chinese
    /// name, documents by name. It reads, maps onto its service, and its work goes on.
    @Test func anOlderJournalsTicketReadsAndWorks() throws {
        let f = try Forgery()
        let e = try f.store.register(1)
        let n = try f.nextSeq()
        try f.append(EventKind.ticketAccepted, "tkt-\(n)", .object([
            "id": .string("tkt-\(n)"), "receipt": .string("QL-2025-000001"), "enterprise": .string(e.id), "type": .string("policy"),
            "measure": .string("2-1"), "description": .string("申请房租补贴"), "documents": .array([.string("营业执照"), .string("申请表")]),
            "unit": .string("青龙硅巷公共服务平台"), "status": .string("accepted"), "acceptedOn": .string("2025-06-10"), "due": .string("2025-06-24"),
        ]))
        try f.expectClean()
        let store = try JournalStore(path: f.path, actor: TestData.admin)
        let t = try #require(store.state.tickets["tkt-\(n)"])
        #expect(t.service == "policy" && t.serviceEntry()?.code == "policy-application" && t.timeLimit() == 10)
        #expect(t.missingDocuments() == ["financial-statements", "supporting"])
        #expect(t.channel == nil)
        #expect(store.state.unitDirectory().resolve(t.unit ?? "")?.id == "service-platform", "the unit's name resolves")
        try store.perform(RequestSupplement(ticket: t.id, documents: ["财务报表", "证明材料"]), today: TestData.today)
        try store.perform(ReceiveSupplement(ticket: t.id), today: TestData.today.adding(days: 1))
        let lines = try store.perform(ProgressTicket(ticket: t.id, step: .close(approved: true), text: "批准", amount: "100000"), today: TestData.today.adding(days: 2))
        #expect(lines.map(\.kind) == [EventKind.ticketUpdated, EventKind.supportGranted])
        try f.expectClean()
        #expect(try JournalStore(path: f.path, actor: TestData.admin, useSnapshot: false).state == store.state)
    }
}
