import Foundation
import TerminalUI

/// Finds a theme by name: a path, the user's own themes, or the copies built into the
/// binary (so an installed binary works from any directory). A bad file names itself
/// and the key, and the default is used instead.
public enum ThemeResolver {
    public static func resolve(_ name: String, environment: [String: String]) -> (theme: Theme, warning: String?) {
        let noColor = environment["NO_COLOR"].map { !$0.isEmpty } ?? false
        var (theme, warning) = load(name, environment: environment)
        if noColor { theme = Theme.monochrome(from: theme) }
        return (theme, warning)
    }

    static func load(_ name: String, environment: [String: String]) -> (Theme, String?) {
        if name.contains("/") {
            return fromFile(name)
        }
        let config = environment["XDG_CONFIG_HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? (environment["HOME"] ?? "") + "/.config"
        let user = config + "/silicon-alley/themes/\(name).theme"
        if FileManager.default.fileExists(atPath: user) { return fromFile(user) }
        if name == "default" { return (.default, nil) }
        if let text = EmbeddedThemes.files[name] {
            switch ThemeLoader.parse(text, name: name, file: "themes/\(name).theme") {
            case .success(let t): return (name == "monochrome" ? Theme.monochrome(from: t) : t, nil)
            case .failure(let e): return (.default, "\(e); using the default theme")
            }
        }
        let known = names.joined(separator: ", ")
        return (.default, "no theme named \(name) (built in: \(known)); using the default theme")
    }

    static func fromFile(_ path: String) -> (Theme, String?) {
        switch ThemeLoader.load(path: path) {
        case .success(let t): return (t, nil)
        case .failure(let e): return (.default, "\(e); using the default theme")
        }
    }

    public static var names: [String] { (EmbeddedThemes.files.keys + ["default"]).sorted() }
}
