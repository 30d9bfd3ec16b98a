import Foundation
import Testing
@testable import SiliconAlleyCore

/// A journal with one enterprise for the service window's tests, a clerk (li.jing) and an
/// operator (zhao.min) beside its admin; commands run on the day each test says.
final class WindowFixture {
    let dir = TempDir("window")
    let store: JournalStore
    let enterprise: String
    var state: DomainState { store.state }
    static let clerk = "li.jing"
    static let supervisor = "zhao.min"

    init() throws {
        store = try JournalStore(path: dir.file("journal.jsonl"), actor: TestData.admin)
        enterprise = try store.register(1).id
        try store.perform(AssignRole(login: Self.clerk, role: .clerk))
        try store.perform(AssignRole(login: Self.supervisor, role: .operator))
    }

    /// Another login's store on the same journal (a clerk's or the supervisor's console).
    func store(as login: String) throws -> JournalStore { try JournalStore(path: store.path, actor: login) }

    @discardableResult
    func run(_ c: any Command, on day: LocalDate, as s: JournalStore? = nil) throws -> [JournalLine] {
        let lines = try (s ?? store).perform(c, today: day)
        if s != nil { try store.refresh() }
        return lines
    }

    /// A request for `service` with every required document received (none missing).
    func accept(_ service: String = "admin-general", on day: LocalDate, missing: [String] = [], unit: String = "") throws -> String {
        let s = try #require(Catalog.plan.service(service))
        let docs = s.required.filter { !missing.contains($0) }
        return try run(AcceptTicket(enterprise: enterprise, service: service, measure: s.support ? "2-1" : "", description: "办事",
                                    documents: docs, unit: unit, notice: missing.isEmpty ? nil : missing), on: day)[0].entity
    }

    func ticket(_ id: String) throws -> Ticket { try #require(state.tickets[id]) }

    /// The refusal, or nil (recorded as a failure) if the command was accepted; checks nothing was written.
    func refused(_ c: any Command, on day: LocalDate, as s: JournalStore? = nil, sourceLocation: SourceLocation = #_sourceLocation) -> CommandRejected? {
        let before = (s ?? store).state.lastSeq
        do {
            try run(c, on: day, as: s)
            Issue.record("accepted: \(c)", sourceLocation: sourceLocation)
            return nil
        } catch let r as CommandRejected {
            #expect((s ?? store).state.lastSeq == before, "nothing written", sourceLocation: sourceLocation)
            return r
        } catch {
            Issue.record("unexpected \(error)", sourceLocation: sourceLocation)
            return nil
        }
    }

    static func day(_ s: String) -> LocalDate { LocalDate(s)! }
}
