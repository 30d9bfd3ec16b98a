import ArgumentParser
import Foundation
import SiliconAlleyCore

/// `silicon-alley calendar`: the years of public holidays working days are counted on — those
/// built into the program and those an admin added — and `add`, which journals a year from
/// the State Council's notice (data/calendar format) so every console uses it at once.
struct CalendarCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calendar",
        abstract: "List the holiday years the working-day calendar knows; add next year's (admin).",
        subcommands: [List.self, Add.self],
        defaultSubcommand: List.self)

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The years known, where each comes from, and its holidays.")
        @OptionGroup var journal: JournalOption
        func run() throws {
            let store = try journal.open(.readOnly)
            let s = store.state
            for year in s.calendar.years.sorted() {
                let source = s.calendarYears[year].map { "added by \($0.by), journal line \($0.seq) (\($0.file))" } ?? "built in (data/calendar/cn-\(year).txt)"
                let first = LocalDate(year: year, month: 1, day: 1)!
                let days = (0..<366).map { first.adding(days: $0) }.filter { $0.year == year }
                let off = days.filter { s.calendar.holidayName(on: $0) != nil }.count
                let work = days.filter { if case .makeUpWorkday = s.calendar.dayKind(of: $0) { return true } else { return false } }.count
                print("\(year)  \(off) holiday days, \(work) make-up working days  ·  \(source)")
            }
            let next = LocalDate.today().year + 1
            if !s.calendar.years.contains(next) {
                print("\(next) is not known yet: its due dates are counted Monday–Friday until an admin adds it (calendar add cn-\(next).txt)")
            }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add a year's holidays and make-up days from the published notice (admin; journaled).",
            discussion: """
                FILE is named cn-YYYY.txt and written like data/calendar/cn-2026.txt: one line per
                announcement, `DATE[..DATE] off NAME` for holidays and `DATE work NAME` for weekend
                days worked in exchange (调休上班); # starts a comment. Every line is checked (a date
                outside the year, a make-up day on a weekday, a date twice) before anything is written.
                """)
        @OptionGroup var journal: JournalOption
        @Argument(help: "The year's file, cn-YYYY.txt.") var file: String
        @Flag(help: "Correct a year added before.") var replace = false
        func run() throws {
            guard let data = FileManager.default.contents(atPath: file) else {
                printErr("silicon-alley: \(file): cannot read it")
                throw ExitCode(1)
            }
            guard let text = String(data: data, encoding: .utf8) else {
                printErr("silicon-alley: \(file): not UTF-8 text")
                throw ExitCode(1)
            }
            let store = try journal.open()
            let name = (file as NSString).lastPathComponent
            try perform(store, AddCalendarYear(file: name, text: text, replace: replace))
            let year = store.state.calendarYears.values.max { $0.seq < $1.seq }
            print("added \(year.map { String($0.year) } ?? name) (journal #\(store.head.seq)): every console counts working days with it from now on")
        }
    }
}
