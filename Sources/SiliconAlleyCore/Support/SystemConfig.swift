import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `/etc/silicon-alley.conf`, written by `silicon-alley setup`: where the shared journal
/// is, so operators need not name it. Only a default: the group privilege follows the
/// directory `setup` made (`JournalPlace`), not this file. Read only when root owns it and
/// no one else may write it.
public struct SystemConfig: Sendable, Equatable {
    public static let defaultPath = "/etc/silicon-alley.conf"

    public var journal: String?
    public var group: String?
    /// The service window's printer (a CUPS queue name) and its paper (`80mm` or `a4`).
    public var printer: String?
    public var paper: String?

    public init(journal: String? = nil, group: String? = nil, printer: String? = nil, paper: String? = nil) {
        self.journal = journal
        self.group = group
        self.printer = printer
        self.paper = paper
    }

    public static func read(path: String = defaultPath) -> SystemConfig? {
        var st = stat()
        guard stat(path, &st) == 0, st.st_uid == 0, st.st_mode & 0o022 == 0, let bytes = FileIO.readFile(path) else { return nil }
        return parse(String(decoding: bytes, as: UTF8.self))
    }

    /// The `key=value` lines of a configuration file (comments start with #).
    public static func parse(_ text: String) -> SystemConfig {
        var c = SystemConfig()
        for raw in text.split(separator: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("#") { continue }
            guard let eq = line.firstIndex(of: "=") else { continue }
            let key = line[..<eq].trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: eq)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "journal" where value.hasPrefix("/"): c.journal = value
            case "group" where !value.isEmpty: c.group = value
            case "printer" where !value.isEmpty: c.printer = value
            case "paper" where !value.isEmpty: c.paper = value
            default: break
            }
        }
        return c
    }

    public var text: String {
        "# written by silicon-alley setup: the shared journal, and the group that owns it\n"
            + (journal.map { "journal=\($0)\n" } ?? "") + (group.map { "group=\($0)\n" } ?? "")
            + (printer.map { "printer=\($0)\n" } ?? "") + (paper.map { "paper=\($0)\n" } ?? "")
    }
}
