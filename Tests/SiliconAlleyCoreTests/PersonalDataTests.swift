import Foundation
import Testing
@testable import SiliconAlleyCore

/// Resident IDs and mobiles: one masking rule for everything the core produces, and the
/// admin's reveal, journaled.
@Suite struct PersonalDataTests {
    @Test func theMaskingRule() {
        #expect(PersonalData.mask("11010519491231002X", as: .residentID) == "110105********002X")
        #expect(PersonalData.mask("13812345678", as: .mobile) == "138****5678")
        #expect(ResidentID.masked("11010519491231002X") == "110105********002X", "the older name uses the same rule")
        // Too short to keep both ends: stars, never the text itself.
        #expect(PersonalData.mask("123456789", as: .residentID) == "*********")
        #expect(PersonalData.mask("138123", as: .mobile) == "******")
        #expect(PersonalData.mask("", as: .mobile) == "")
    }

    @Test func journalDataIsMaskedAtAnyDepth() {
        let data: JSONValue = ["id": "tal-9", "name": "张三", "idNumber": "11010519491231002X", "phone": "13812345678",
                               "changes": ["applicantPhone": "13912345678"], "list": .array([["phone": "13700001111"]])]
        let text = JSONWriter.string(PersonalData.masked(data))
        for full in ["11010519491231002X", "13812345678", "13912345678", "13700001111"] { #expect(!text.contains(full), "\(full)") }
        for masked in ["110105********002X", "138****5678", "139****5678", "137****1111", "张三", "tal-9"] { #expect(text.contains(masked), "\(masked)") }
    }

    /// Every full number in the state: talents', enterprise contacts', ticket applicants'.
    static func fullNumbers(_ s: DomainState) -> [String] {
        s.talents.values.flatMap { [$0.idNumber, $0.phone] } + s.enterprises.values.compactMap(\.phone)
            + s.tickets.values.compactMap(\.applicantPhone)
    }

    @Test func noHousingViewExportOrJournalDetailCarriesAFullNumber() throws {
        let f = try HousingFixture()
        _ = try HousingReplayTests.scenario(f)
        let s = f.state
        let numbers = Self.fullNumbers(s).filter { $0.count > 10 }
        #expect(numbers.count >= 6)
        var texts: [String: String] = [:]
        texts["grids"] = String(reflecting: OccupancyGrid.all(s))
        texts["units"] = String(reflecting: HousingUnits.all(s))
        texts["waiting"] = String(reflecting: WaitingList.entries(s, on: TestData.today))
        texts["expiring"] = String(reflecting: LeaseExpiry.within(days: 3650, of: TestData.today, in: s))
        for id in s.talents.keys { texts["talent \(id)"] = String(reflecting: TalentDetail.make(id, in: s)) }
        for id in s.apartments.keys { texts["unit \(id)"] = String(reflecting: ApartmentDetail.make(id, in: s)) }
        for table in HousingExporter.Table.allCases {
            for format in HousingExporter.Format.allCases {
                for english in [false, true] {
                    let bytes = HousingExporter.export(table, state: s, format: format, english: english, today: TestData.today)
                    texts["export \(table) \(format) \(english)"] = String(decoding: bytes, as: UTF8.self)
                }
            }
        }
        // What the journal pane shows for each line: its data through the masking function.
        let journal = try Self.journalLines(f.store.path)
        for line in journal { texts["line \(line.seq) \(line.kind)"] = JSONWriter.string(PersonalData.masked(line.data)) }
        #expect(journal.contains { $0.kind == EventKind.talentRegistered })
        for (name, text) in texts {
            for n in numbers { #expect(!text.contains(n), "\(name) shows \(n)") }
        }
        // And the masked forms are what they show.
        let t = s.talents.values.first { $0.name == "李明" }!
        #expect(texts["export units csv false"]!.contains(t.maskedIDNumber) && texts["export units csv false"]!.contains(t.maskedPhone))
        #expect(texts["talent \(t.id)"]!.contains(t.maskedIDNumber))
    }

    static func journalLines(_ path: String) throws -> [JournalLine] {
        try TestData.lines(path).map { bytes in
            try Array(bytes.dropLast()).withUnsafeBufferPointer { b throws(LineCodec.DecodeError) in try LineCodec.decode(b) }
        }
    }

    @Test func theReceiptMasksTheApplicantsMobile() throws {
        let f = try HousingFixture()
        let lines = try f.run(AcceptTicket(applicantName: "李四", applicantPhone: "13912345678", type: .talent, description: "人才公寓申请咨询"))
        let text = ReceiptText.make(f.state.tickets[lines[0].entity]!, state: f.state)
        #expect(text.contains("李四（139****5678）") && !text.contains("13912345678"))
    }

    @Test func anAdminRevealsANumberAndTheRevealIsJournaled() throws {
        let f = try HousingFixture()
        let t = try f.talent(1, name: "李明")
        let before = f.state.lastSeq
        let full = try f.store.reveal(.residentID, of: t, reason: "核对租赁合同", today: TestData.today)
        #expect(full == HousingFixture.idNumber(1))
        #expect(try f.store.reveal(.mobile, of: t, reason: "联系入住", today: TestData.today) == HousingFixture.mobile(1))
        let lines = try Self.journalLines(f.store.path).filter { $0.seq > before }
        #expect(lines.map(\.kind) == [EventKind.personalRevealed, EventKind.personalRevealed])
        let first = lines[0]
        #expect(first.actor == TestData.admin && first.entity == t, "who and whose")
        #expect(first.data["reason"]?.stringValue == "核对租赁合同" && first.data["number"]?.stringValue == "residentID", "why and which")
        #expect(!JSONWriter.string(first.data).contains(full), "the reveal line does not repeat the number")
        // An enterprise contact's mobile too; the reason is required; a record without the number is refused.
        #expect(try f.store.reveal(.mobile, of: f.employer, reason: "联系企业", today: TestData.today) == "13800138000")
        #expect(f.refused(RevealPersonalData(record: t, number: .residentID, reason: " "))?.error(for: "reason") != nil)
        #expect(f.refused(RevealPersonalData(record: f.employer, number: .residentID, reason: "x"))?.error(for: "record") != nil)
        #expect(f.refused(RevealPersonalData(record: "tal-404", number: .mobile, reason: "x"))?.error(for: "record") != nil)
    }

    @Test func onlyAnAdminMayReveal() throws {
        let f = try HousingFixture()
        let t = try f.talent(1)
        try f.run(AssignRole(login: "bob", role: .operator))
        let bob = try JournalStore(path: f.store.path, actor: "bob")
        let before = bob.state.lastSeq
        let r = #expect(throws: CommandRejected.self) { _ = try bob.reveal(.residentID, of: t, reason: "好奇", today: TestData.today) }
        #expect(r?.error(for: "role") != nil && bob.state.lastSeq == before)
    }
}
