/// A line of data/calendar/*.txt that cannot be read, named so it can be fixed.
public struct CalendarDataError: Error, Sendable, Equatable, CustomStringConvertible {
    public let file: String
    /// 1-based; 0 when the fault is the file itself (e.g. its name).
    public let line: Int
    public let text: String
    public let reason: String

    public var description: String {
        line == 0 ? "\(file): \(reason)" : "\(file):\(line): \(reason): \(text)"
    }
}
