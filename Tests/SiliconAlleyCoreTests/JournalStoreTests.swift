import Foundation
import Testing
@testable import SiliconAlleyCore

@Suite struct JournalStoreTests {
    let dir = TempDir("store")
    var path: String { dir.file("journal.jsonl") }

    // MARK: A new journal

    @Test func newJournalIsSeededWithCreatorActionsAndCatalogue() throws {
        let store = try JournalStore.fresh(in: dir)
        let s = store.state
        #expect(s.kindCounts[EventKind.journalCreated] == 1)
        #expect(s.createdBy == TestData.admin)
        #expect(s.role(of: TestData.admin) == .admin)
        #expect(store.role == .admin)
        let catalog = Catalog.plan
        #expect(catalog.actions.count == 6)
        #expect(s.projects.count == catalog.actions.count + catalog.projects.count)
        #expect(s.projects.values.filter { $0.category == .action }.count == 6)
        #expect(Set(s.projects.values.compactMap(\.catalogId)) == Set(catalog.actions.map(\.id) + catalog.projects.map(\.id)))
        // All of it in one batch: each line carries its txn position.
        let lines = TestData.lines(path)
        #expect(lines.count == 2 + s.projects.count)
        #expect(s.lastSeq == lines.count)
        let decoded = try lines.map { l in
            try Array(l.dropLast()).withUnsafeBufferPointer { b throws(LineCodec.DecodeError) in try LineCodec.decode(b) }
        }
        #expect(decoded.map(\.txnIndex) == Array(1...lines.count))
        #expect(decoded.allSatisfy { $0.txnCount == lines.count && $0.actor == TestData.admin })
        #expect(decoded.first?.kind == EventKind.journalCreated)
    }

    @Test func reopeningGivesTheSameState() throws {
        let a = try JournalStore.fresh(in: dir)
        let e = try a.register(1)
        try a.perform(GrantQualification(enterprise: e.id, qualification: "srdi", granted: "2024-01-02", expires: "2027-01-01"),
                      today: TestData.today)
        try a.perform(AcceptTicket(enterprise: e.id, type: .administrative, description: "办理入驻备案"), today: TestData.today)
        let b = try JournalStore(path: path, actor: "bob", useSnapshot: false)
        #expect(b.state == a.state)
        #expect(b.state.enterprises[e.id]?.qualifications.count == 1)
        #expect(b.head.seq == a.head.seq && b.head.hash == a.head.hash)
        // Reopening never seeds twice.
        #expect(b.state.kindCounts[EventKind.journalCreated] == 1)
    }

    // MARK: Validation writes nothing

    @Test func invalidCommandWritesNothingAndNamesEveryField() throws {
        let store = try JournalStore.fresh(in: dir)
        let before = TestData.size(path)
        let state = store.state
        let bad = EnterpriseInput(name: "  ", uscc: "91110000802100433X", industry: "挖矿")
        let e = #expect(throws: CommandRejected.self) { try store.perform(RegisterEnterprise(bad), today: TestData.today) }
        let fields = Set(e?.errors.map(\.field) ?? [])
        #expect(fields.isSuperset(of: ["uscc", "name", "industry"]))
        for err in e?.errors ?? [] {
            #expect(!err.zh.isEmpty && !err.en.isEmpty, "\(err.field)")
        }
        #expect(TestData.size(path) == before)
        #expect(store.state == state)
    }

    @Test func duplicateUSCCNamesTheExistingEnterprise() throws {
        let store = try JournalStore.fresh(in: dir)
        try store.register(5)
        let before = TestData.size(path)
        let e = #expect(throws: CommandRejected.self) {
            try store.perform(RegisterEnterprise(TestData.enterprise(5, name: "另一家公司")), today: TestData.today)
        }
        let u = e?.error(for: "uscc")
        #expect(u?.zh.contains("测试企业5有限公司") == true)
        #expect(u?.en.contains("测试企业5有限公司") == true)
        #expect(TestData.size(path) == before)
        // Lower case and full width are the same code.
        let fullWidth = String(TestData.uscc(5).lowercased().unicodeScalars.map { s in
            ("0"..."9").contains(s) ? Character(Unicode.Scalar(s.value + 0xFEE0)!) : Character(s)
        })
        #expect(throws: CommandRejected.self) {
            try store.perform(RegisterEnterprise(EnterpriseInput(name: "X", uscc: fullWidth, industry: "ai")), today: TestData.today)
        }
    }

    @Test func batchIsAllOrNothing() throws {
        let store = try JournalStore.fresh(in: dir)
        let before = TestData.size(path)
        let state = store.state
        let commands: [any Command] = [
            RegisterEnterprise(TestData.enterprise(1)), RegisterEnterprise(TestData.enterprise(2)),
            RegisterEnterprise(EnterpriseInput(name: "坏", uscc: "123", industry: "ai")),
        ]
        let e = #expect(throws: BatchRejected.self) { try store.perform(commands, today: TestData.today) }
        #expect(e?.index == 2)
        #expect(e?.rejection.error(for: "uscc") != nil)
        #expect(TestData.size(path) == before)
        #expect(store.state == state)
        // The same batch without the bad one goes through whole, as one txn.
        let lines = try store.perform(Array(commands.prefix(2)), today: TestData.today)
        #expect(lines.map(\.txnIndex) == [1, 2] && lines.allSatisfy { $0.txnCount == 2 })
        #expect(store.state.enterprises.count == 2)
    }

    @Test func duplicateUSCCInsideOneBatchIsCaught() throws {
        let store = try JournalStore.fresh(in: dir)
        let before = TestData.size(path)
        let e = #expect(throws: BatchRejected.self) {
            try store.perform([RegisterEnterprise(TestData.enterprise(9)), RegisterEnterprise(TestData.enterprise(9, name: "重复"))],
                              today: TestData.today)
        }
        #expect(e?.index == 1)
        #expect(e?.rejection.error(for: "uscc") != nil)
        #expect(TestData.size(path) == before)
        #expect(store.state.enterprises.isEmpty)
    }

    // MARK: Roles

    @Test func rolesAreCheckedAndAssignedByTheAdmin() throws {
        let admin = try JournalStore.fresh(in: dir)
        let other = try JournalStore(path: path, actor: "someone")
        #expect(other.role == .viewer)
        let before = TestData.size(path)
        let e = #expect(throws: CommandRejected.self) { try other.perform(RegisterEnterprise(TestData.enterprise(1)), today: TestData.today) }
        #expect(e?.error(for: "role") != nil)
        #expect(TestData.size(path) == before)
        // A viewer cannot promote itself either.
        #expect(throws: CommandRejected.self) { try other.perform(AssignRole(login: "someone", role: .admin)) }

        try admin.perform(AssignRole(login: "someone", role: .clerk))
        // The other process's store learns it under the lock, before checking.
        try other.perform(RegisterEnterprise(TestData.enterprise(1)), today: TestData.today)
        #expect(other.role == .clerk)
        #expect(other.state.enterprises.count == 1)
        // A clerk may not edit (operator work).
        let id = other.state.enterprises.keys.first!
        let edit = #expect(throws: CommandRejected.self) {
            try other.perform(EditEnterprise(id: id, input: TestData.enterprise(1, name: "改名"), basedOn: nil), today: TestData.today)
        }
        #expect(edit?.error(for: "role") != nil)
    }

    @Test func theLastAdminCannotBeDemotedOrRemoved() throws {
        let admin = try JournalStore.fresh(in: dir)
        #expect(throws: CommandRejected.self) { try admin.perform(AssignRole(login: TestData.admin, role: .clerk)) }
        #expect(throws: CommandRejected.self) { try admin.perform(RemoveOperator(login: TestData.admin)) }
        #expect(throws: CommandRejected.self) { try admin.perform(AssignRole(login: "bad login!", role: .clerk)) }
        #expect(admin.role == .admin)
    }

    // MARK: Conflicts and references

    @Test func staleEditIsAConflict() throws {
        let a = try JournalStore.fresh(in: dir)
        let e = try a.register(3)
        let opened = a.state.version(of: e.id)
        // Someone else changes the record meanwhile (another process, same file).
        let b = try JournalStore(path: path, actor: TestData.admin)
        try b.perform(GrantQualification(enterprise: e.id, qualification: "hnte", granted: "2024-03-01", expires: ""),
                      today: TestData.today)
        let before = TestData.size(path)
        let err = #expect(throws: CommandRejected.self) {
            try a.perform(EditEnterprise(id: e.id, input: TestData.enterprise(3, name: "新名字"), basedOn: opened), today: TestData.today)
        }
        #expect(err?.error(for: "record") != nil)
        #expect(TestData.size(path) == before)
        // Reopened on the current version, the edit goes through.
        try a.perform(EditEnterprise(id: e.id, input: TestData.enterprise(3, name: "新名字"), basedOn: a.state.version(of: e.id)),
                      today: TestData.today)
        #expect(a.state.enterprises[e.id]?.name == "新名字")
    }

    /// EditEnterprise diffs the whole encoded record against one built from the form, so
    /// every field the form does not carry (qualifications, support, status, movedOut*)
    /// is written back as empty: an edit erases history.
    @Test
    func editKeepsWhatTheFormDoesNotCarry() throws {
        let store = try JournalStore.fresh(in: dir)
        let e = try store.register(4)
        try store.perform(GrantQualification(enterprise: e.id, qualification: "srdi", granted: "2024-01-02", expires: "2027-01-01"),
                          today: TestData.today)
        try store.perform(RecordSupport(enterprise: e.id, measure: "1-1", amount: "50000", date: "2024-06-01"), today: TestData.today)
        let lines = try store.perform(EditEnterprise(id: e.id, input: TestData.enterprise(4, name: "改名后"),
                                                     basedOn: store.state.version(of: e.id)), today: TestData.today)
        let changes = lines.first?.data["changes"]?.objectValue ?? [:]
        #expect(Set(changes.keys) == ["name"], "only the name changed, but the line says \(changes.keys.sorted())")
        let after = try #require(store.state.enterprises[e.id])
        #expect(after.name == "改名后")
        #expect(after.qualifications.count == 1)
        #expect(after.support.count == 1)

        // A moved-out enterprise stays moved out when its phone number is corrected.
        try store.perform(MarkEnterpriseMovedOut(id: e.id, date: "2025-05-01", reason: "迁往海淀"), today: TestData.today)
        var input = TestData.enterprise(4, name: "改名后")
        input.phone = "13900139000"
        try store.perform(EditEnterprise(id: e.id, input: input, basedOn: nil), today: TestData.today)
        #expect(store.state.enterprises[e.id]?.status == .movedOut)
        #expect(store.state.enterprises[e.id]?.movedOutReason == "迁往海淀")
    }

    @Test func referencesMustExist() throws {
        let store = try JournalStore.fresh(in: dir)
        let lease = #expect(throws: CommandRejected.self) {
            try store.perform(SignLease(apartment: "apt-999", talent: "tal-999", start: "2025-07-01", end: "2026-07-01"),
                              today: TestData.today)
        }
        #expect(lease?.error(for: "apartment") != nil && lease?.error(for: "talent") != nil)

        let reg = #expect(throws: CommandRejected.self) {
            try store.perform(RegisterForActivity(activity: "act-404", person: "王五", phone: "13700137000"), today: TestData.today)
        }
        #expect(reg?.error(for: "activity") != nil)

        // With the event in place the same registration is accepted.
        let act = try store.perform(CreateActivity(ActivityInput(title: "人工智能项目路演", type: .roadshow, date: "2025-07-01",
                                                                 start: "14:00", end: "16:00", venue: "硅巷驿站",
                                                                 organiser: "硅巷建设专班办公室", capacity: "1")),
                                    today: TestData.today)[0].entity
        try store.perform(RegisterForActivity(activity: act, person: "王五", phone: "13700137000"), today: TestData.today)
        #expect(store.state.registrations.values.filter { $0.activity == act }.count == 1)
        // Capacity 1: the next one waits.
        try store.perform(RegisterForActivity(activity: act, person: "赵六", phone: "13700137001"), today: TestData.today)
        #expect(store.state.waitingList(of: act).map(\.person) == ["赵六"])

        let apt = try store.perform(AddApartment(building: "1号楼", unit: "101", floor: "1", layout: "开间", area: "30", rent: "1500"),
                                    today: TestData.today)[0].entity
        let lease2 = #expect(throws: CommandRejected.self) {
            try store.perform(SignLease(apartment: apt, talent: "tal-999", start: "2025-07-01", end: "2026-07-01"), today: TestData.today)
        }
        #expect(lease2?.error(for: "apartment") == nil && lease2?.error(for: "talent") != nil)
    }

    // MARK: Service window

    @Test func receiptNumbersAreSequentialAcrossStores() throws {
        let a = try JournalStore.fresh(in: dir)
        let e = try a.register(1)
        let b = try JournalStore(path: path, actor: TestData.admin)
        func accept(_ s: JournalStore, _ n: Int) throws -> [String] {
            let cmds: [any Command] = (0..<n).map { _ in AcceptTicket(enterprise: e.id, type: .talent, description: "人才公寓申请咨询") }
            return try s.perform(cmds, today: TestData.today).compactMap { s.state.tickets[$0.entity]?.receipt }
        }
        var receipts = try accept(a, 2)
        receipts += try accept(b, 3)   // b has not seen a's tickets until it takes the lock
        receipts += try accept(a, 1)
        #expect(receipts == (1...6).map { String(format: "QL-2025-%06d", $0) })
        #expect(receipts.allSatisfy { ReceiptNumber.parse($0)?.year == "2025" })
        // A new year starts again at 1.
        let next = try a.perform(AcceptTicket(enterprise: e.id, type: .other, description: "其他咨询"),
                                 today: LocalDate(year: 2026, month: 1, day: 2)!)
        #expect(a.state.tickets[next[0].entity]?.receipt == "QL-2026-000001")
    }

    @Test func approvedPolicyTicketRecordsSupport() throws {
        let store = try JournalStore.fresh(in: dir)
        let e = try store.register(1)
        let noMeasure = #expect(throws: CommandRejected.self) {
            try store.perform(AcceptTicket(enterprise: e.id, type: .policy, description: "申请房租补贴"), today: TestData.today)
        }
        #expect(noMeasure?.error(for: "measure") != nil)
        let t = try store.perform(AcceptTicket(enterprise: e.id, type: .policy, measure: "1-1", description: "申报创新龙头产品支持"),
                                  today: TestData.today)[0].entity
        try store.perform(ProgressTicket(ticket: t, step: .start), today: TestData.today)
        let undecided = #expect(throws: CommandRejected.self) {
            try store.perform(ProgressTicket(ticket: t, step: .close(approved: nil), text: "已办结"), today: TestData.today)
        }
        #expect(undecided?.error(for: "approved") != nil)
        #expect(store.state.enterprises[e.id]?.support.isEmpty == true)

        let lines = try store.perform(ProgressTicket(ticket: t, step: .close(approved: true), text: "批准", amount: "200000"),
                                      today: TestData.today)
        #expect(lines.map(\.kind) == [EventKind.ticketUpdated, EventKind.supportGranted])
        let ticket = try #require(store.state.tickets[t])
        #expect(ticket.status == .closed && ticket.approved == true && ticket.closedOn == TestData.today)
        let grants = store.state.enterprises[e.id]?.support ?? []
        #expect(grants.count == 1)
        #expect(grants.first?.measure == "1-1" && grants.first?.ticket == t && grants.first?.amount == Money(yuan: 200_000))
        // Closed is final.
        #expect(throws: CommandRejected.self) {
            try store.perform(ProgressTicket(ticket: t, step: .giveBack, text: "补充材料"), today: TestData.today)
        }
    }

    @Test func givingBackNeedsAReason() throws {
        let store = try JournalStore.fresh(in: dir)
        let e = try store.register(1)
        let t = try store.perform(AcceptTicket(enterprise: e.id, type: .space, description: "四合院总部选址"), today: TestData.today)[0].entity
        let before = TestData.size(path)
        let err = #expect(throws: CommandRejected.self) {
            try store.perform(ProgressTicket(ticket: t, step: .giveBack, text: "  "), today: TestData.today)
        }
        #expect(err?.error(for: "reason") != nil)
        #expect(TestData.size(path) == before)
        try store.perform(ProgressTicket(ticket: t, step: .giveBack, text: "材料不全"), today: TestData.today)
        #expect(store.state.tickets[t]?.status == .returned && store.state.tickets[t]?.returnReason == "材料不全")
    }

    @Test func anotherStoresLinesAreRevalidatedUnderTheLock() throws {
        let a = try JournalStore.fresh(in: dir)
        let b = try JournalStore(path: path, actor: TestData.admin)
        try a.register(77)
        // b's form was filled before a's line: the duplicate is still caught at write time.
        let e = #expect(throws: CommandRejected.self) { try b.perform(RegisterEnterprise(TestData.enterprise(77)), today: TestData.today) }
        #expect(e?.error(for: "uscc") != nil)
        #expect(b.state == a.state)
        // refresh() picks up lines without writing.
        try a.register(78)
        let new = try b.refresh()
        #expect(new.count == 1 && b.state == a.state)
    }
}
