import Foundation
import Testing
@testable import SiliconAlleyCore

/// Events for tests: a roadshow at the plaza on 2025-07-01 14:00–16:00 unless told otherwise
/// (TestData.today is 2025-06-10).
enum EventData {
    static func input(_ title: String = "人工智能项目路演", type: ActivityType = .roadshow, date: String = "2025-07-01",
                      start: String = "14:00", end: String = "16:00", venue: String = "元宇宙品牌宣传广场", room: String = "",
                      organiser: String = "task-force-office", capacity: String = "", industry: String = "") -> ActivityInput {
        ActivityInput(title: title, type: type, date: date, start: start, end: end, venue: venue, room: room,
                      organiser: organiser, capacity: capacity, industry: industry)
    }

    static func at(_ text: String) -> LocalDateTime { LocalDateTime(text)! }
}

extension JournalStore {
    @discardableResult
    func event(_ input: ActivityInput = EventData.input(), today: LocalDate = TestData.today) throws -> Activity {
        let lines = try perform(CreateActivity(input), today: today)
        return state.activities[lines[0].entity]!
    }

    @discardableResult
    func registration(_ activity: String, person: String = "", phone: String = "", enterprise: String = "",
                      today: LocalDate = TestData.today) throws -> Registration {
        let lines = try perform(RegisterForActivity(activity: activity, enterprise: enterprise, person: person, phone: phone), today: today)
        return state.registrations[lines[0].entity]!
    }

    /// `n` people (mobiles 1390000000n) registered in order.
    @discardableResult
    func people(_ n: Int, for activity: String, today: LocalDate = TestData.today) throws -> [Registration] {
        try (1...n).map { try registration(activity, person: "报名人\($0)", phone: "139000000\(String(format: "%02d", $0))", today: today) }
    }
}

extension DomainState {
    /// The state after one more line, as replay would fold it (the line's author: the admin).
    func applying(_ kind: String, _ entity: String, _ data: JSONValue, time: String = "2025-06-10T00:00:00.000Z") throws -> DomainState {
        var s = self
        // The events' rules are under test, not the clock (the time rule has its own tests).
        s.lastTime = 0
        try s.apply(JournalLine(seq: lastSeq + 1, time: time, actor: TestData.admin, kind: kind,
                                entity: entity, data: data, prev: lastHash, hash: lastHash))
        return s
    }

    /// The id a record created by the next line gets (`Planner.newId`: its line's seq).
    func nextId(_ prefix: String) -> String { "\(prefix)-\(lastSeq + 1)" }

    /// The rule a refused line broke, in English (nil if it applied).
    func refusal(_ kind: String, _ entity: String, _ data: JSONValue, time: String = "2025-06-10T00:00:00.000Z") -> String? {
        do {
            _ = try applying(kind, entity, data, time: time)
            return nil
        } catch let DomainState.ApplyError.broken(_, _, rule) {
            return rule
        } catch {
            return "malformed: \(error)"
        }
    }
}

extension JSONValue {
    /// A record as a line carries it.
    static func record<T: Encodable>(_ r: T) -> JSONValue { try! JSONValueEncoder().encode(r) }

    static func changes(_ c: [String: JSONValue]) -> JSONValue { .object(["changes": .object(JSONObject(c))]) }
}
