import Foundation
import SiliconAlleyCore

/// The window's printer: a CUPS queue and the paper it holds. Taken from `--printer` /
/// `--paper`, else the login's own `~/.config/silicon-alley/console.conf`, else
/// `/etc/silicon-alley.conf` (`printer=`, `paper=`). With none, printouts are files only.
public struct PrinterSetup: Sendable, Equatable {
    public var name: String
    public var paper: Paper

    public init(name: String, paper: Paper = .receipt80) {
        self.name = name
        self.paper = paper
    }

    /// A CUPS queue name: letters, digits and `-_.@`, no spaces or slashes.
    public static func isQueueName(_ s: String) -> Bool {
        !s.isEmpty && s.count <= 127 && s.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "-_.@".unicodeScalars.contains($0)) }
    }

    /// The setup the options and configuration give, or nil (no printer) — and, when a value
    /// is refused, why (said once on the status line).
    public static func resolve(printer: String?, paper: String?, environment: [String: String],
                               system: SystemConfig? = SystemConfig.read()) -> (setup: PrinterSetup?, warning: String?) {
        let user = userConfig(environment)
        guard let name = printer ?? user?.printer ?? system?.printer else { return (nil, nil) }
        guard isQueueName(name) else { return (nil, "printer “\(name)” is not a CUPS queue name: printouts are written to files only") }
        let paperText = paper ?? user?.paper ?? system?.paper ?? Paper.receipt80.rawValue
        guard let p = Paper(rawValue: paperText.lowercased()) else {
            return (PrinterSetup(name: name), "paper “\(paperText)” is not 80mm or a4: using 80mm")
        }
        return (PrinterSetup(name: name, paper: p), nil)
    }

    /// `$XDG_CONFIG_HOME/silicon-alley/console.conf` (default `~/.config/…`), read as the user.
    static func userConfig(_ environment: [String: String]) -> SystemConfig? {
        let base: String
        if let x = environment["XDG_CONFIG_HOME"], x.hasPrefix("/") { base = x }
        else if let home = environment["HOME"], home.hasPrefix("/") { base = home + "/.config" }
        else { return nil }
        guard let data = FileManager.default.contents(atPath: base + "/silicon-alley/console.conf") else { return nil }
        return SystemConfig.parse(String(decoding: data, as: UTF8.self))
    }
}
