import Foundation
import Testing
@testable import Console
@testable import SiliconAlleyCore
import TerminalUI

/// Events written straight to the store (as another operator's would be), dated from the
/// shell's today so the views have something this week, in the past and ahead.
extension ConsoleFixture {
    @discardableResult
    func event(_ title: String, type: ActivityType = .roadshow, on day: LocalDate, _ start: String = "14:00", _ end: String = "16:00",
               venue: String = "元宇宙品牌宣传广场", room: String = "", organiser: String = "task-force-office", capacity: String = "",
               industry: String = "") throws -> Activity {
        let input = ActivityInput(title: title, type: type, date: day.description, start: start, end: end, venue: venue, room: room,
                                  organiser: organiser, capacity: capacity, industry: industry)
        let lines = try store.perform(CreateActivity(input), today: today)
        sync()
        return store.state.activities[lines[0].entity]!
    }

    @discardableResult
    func register(_ activity: Activity, enterprise: String = "", person: String = "", phone: String = "", on day: LocalDate? = nil) throws -> Registration {
        let lines = try store.perform(RegisterForActivity(activity: activity.id, enterprise: enterprise, person: person, phone: phone), today: day ?? today)
        sync()
        return store.state.registrations[lines[0].entity]!
    }

    func perform(_ commands: any Command..., on day: LocalDate? = nil) throws {
        try store.perform(commands, today: day ?? today)
        sync()
    }

    /// The events pane, at a size.
    func events(_ width: Int = 100, _ height: Int = 30) {
        size = Size(width: width, height: height)
        press(.char("5"))
    }

    var eventsPane: EventsPane { shell.pane(.events) as! EventsPane }

    func lines(_ width: Int? = nil, _ height: Int? = nil) -> [String] { screen(width, height).split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    /// Nothing was written by what just happened.
    func unchanged(since seq: Int) -> Bool { store.head.seq == seq }
}

enum Screen {
    /// Chinese or full-width characters anywhere on an English screen.
    static func hasCJK(_ s: String) -> Bool {
        s.unicodeScalars.contains { (0x3000...0x9FFF).contains($0.value) || (0xFF00...0xFFEF).contains($0.value) }
    }

    static func widest(_ screen: String) -> Int { screen.split(separator: "\n").map { DisplayWidth.of(String($0)) }.max() ?? 0 }
}
