/// 载入下一年的节假日: the State Council publishes next year's holidays in November or
/// December, after tickets accepted in December already fall due in January. An admin adds
/// the year from the published notice (the data/calendar format); it is journaled, so every
/// console counts working days with it from its next line on, without a new program.
public struct AddCalendarYear: Command {
    /// The file's name, `cn-YYYY.txt`: it says which year.
    public var file: String
    public var text: String
    /// Corrects a year added before.
    public var replace: Bool
    public var requiredRole: Role { .admin }

    public init(file: String, text: String, replace: Bool = false) {
        self.file = file
        self.text = text
        self.replace = replace
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        switch CalendarRules.read(file: file, text: text) {
        case .failure(let e):
            checks.add([e])
        case .success(let parsed):
            // The years built into the program come from the notices themselves (data/calendar).
            if WorkingDayCalendar.china.years.contains(parsed.year) {
                checks.fail("year", zh: "\(parsed.year) 年的节假日已内置于程序中", en: "\(parsed.year) is built into the program already")
            } else if let e = CalendarRules.add(year: parsed.year, replaces: replace, added: p.state.calendarYears) {
                checks.add([e])
            }
            try checks.finish()
            var data: [String: JSONValue] = ["year": .int(Int64(parsed.year)), "file": .string(file), "text": .string(text)]
            if replace { data["replaces"] = .bool(true) }
            p.emit(EventKind.calendarYearAdded, "calendar-\(parsed.year)", .object(JSONObject(data)))
            return
        }
        try checks.finish()
    }
}
