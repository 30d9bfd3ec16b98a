import Foundation
import Testing
@testable import SiliconAlleyCore

/// A journal with one enterprise (the employer) and shortcuts for housing commands, all run
/// with `TestData.today` (2025-06-10) as today.
final class HousingFixture {
    let dir = TempDir("housing")
    let store: JournalStore
    let employer: String
    var state: DomainState { store.state }

    init(actor: String = TestData.admin) throws {
        store = try JournalStore(path: dir.file("journal.jsonl"), actor: actor)
        employer = try store.register(1).id
    }

    @discardableResult
    func run(_ c: any Command) throws -> [JournalLine] { try store.perform(c, today: TestData.today) }

    /// The refusal, or nil (recorded as a failure) if the command was accepted; checks nothing was written.
    func refused(_ c: any Command, sourceLocation: SourceLocation = #_sourceLocation) -> CommandRejected? {
        let before = state.lastSeq
        do {
            try run(c)
            Issue.record("accepted: \(c)", sourceLocation: sourceLocation)
            return nil
        } catch let r as CommandRejected {
            #expect(state.lastSeq == before, "nothing written", sourceLocation: sourceLocation)
            return r
        } catch {
            Issue.record("unexpected \(error)", sourceLocation: sourceLocation)
            return nil
        }
    }

    static let building = "青龙人才公寓A座"

    func unit(_ unit: String, floor: Int = 1, position: Int? = nil, building: String = building, rent: String = "2400") throws -> String {
        try run(AddApartment(building: building, unit: unit, floor: String(floor), position: position.map(String.init) ?? "",
                             layout: "一室一厅", area: "38.5", rent: rent))[0].entity
    }

    /// Talent `n`'s resident ID (born 1990-01-01, sequence n) and mobile.
    static func idNumber(_ n: Int) -> String {
        ResidentID.make(first17: "110105" + "19900101" + String(format: "%03d", n))!
    }

    static func mobile(_ n: Int) -> String { "1381234" + String(format: "%04d", n) }

    func talent(_ n: Int, name: String? = nil) throws -> String {
        try run(RegisterTalent(name: name ?? "人才\(n)", idNumber: Self.idNumber(n), phone: Self.mobile(n), employer: employer,
                               category: "领军人才"))[0].entity
    }

    func apply(_ talent: String, priority: Int = 3, on date: String = "") throws -> String {
        try run(ApplyForHousing(talent: talent, priority: String(priority), appliedOn: date))[0].entity
    }

    func sign(_ apartment: String, _ talent: String, _ start: String = "2025-07-01", _ end: String = "2026-07-01") throws -> String {
        try run(SignLease(apartment: apartment, talent: talent, start: start, end: end)).last!.entity
    }

    func status(_ apartment: String) -> ApartmentStatus? { HousingUnits.summary(of: apartment, in: state)?.status }

    /// Folds one hand-made line into a copy of the state, as replay would.
    func replay(_ kind: String, _ entity: String, _ data: JSONValue, time: String = "2025-06-10T02:00:00.000Z") throws -> DomainState {
        var s = state
        // A hand-made line dated in the fixture's past, on a journal written just now: these
        // tests are about the housing rules, not the clock (the time rule has its own tests).
        s.lastTime = 0
        try s.apply(JournalLine(seq: s.lastSeq + 1, time: time, actor: TestData.admin, kind: kind, entity: entity, data: data,
                                prev: s.lastHash, hash: s.lastHash))
        return s
    }

    /// The rule replay refused the line with, or nil (recorded as a failure) if it applied.
    func replayRefusal(_ kind: String, _ entity: String, _ data: JSONValue, time: String = "2025-06-10T02:00:00.000Z",
                       sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        do {
            _ = try replay(kind, entity, data, time: time)
            Issue.record("replay accepted \(kind) \(entity)", sourceLocation: sourceLocation)
            return nil
        } catch let DomainState.ApplyError.broken(_, _, rule) {
            return rule
        } catch {
            Issue.record("replay failed otherwise: \(error)", sourceLocation: sourceLocation)
            return nil
        }
    }

    static func encode<T: Encodable>(_ record: T) -> JSONValue { try! JSONValueEncoder().encode(record) }
}

// Hand-made journal data in tests reads as JSON does.
extension JSONValue: ExpressibleByDictionaryLiteral, ExpressibleByStringLiteral,
    ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral {
    public init(dictionaryLiteral elements: (String, JSONValue)...) {
        var o = JSONObject()
        for (k, v) in elements { o[k] = v }
        self = .object(o)
    }
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int64) { self = .int(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
}
