#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a theme file was rejected: names the file, the line and key, and the reason, so
/// an operator can fix it. Callers fall back to `Theme.default`.
public struct ThemeError: Error, Hashable, Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int?
    public var key: String?
    public var reason: String
    public var description: String {
        var s = file
        if let line { s += ":\(line)" }
        if let key { s += " [\(key)]" }
        return s + ": " + reason
    }
}

/// Reads theme files. Format, one role per line, `#` starts a comment:
///
///     selection = black on cyan, bold
///     header    = on 236, bold, underline
///     dim       = dim
///
/// Colours: default, black, red, green, yellow, blue, magenta, cyan, white, the same with
/// `bright-` (ansi 8–15), or a number 0–255 (256-colour). Attributes: bold, dim, reverse,
/// underline. Roles missing from the file come from the built-in default theme.
public enum ThemeLoader {
    public static func load(path: String) -> Result<Theme, ThemeError> {
        guard let text = readFile(path) else {
            return .failure(ThemeError(file: path, line: nil, key: nil, reason: "cannot read file"))
        }
        let name = String(path.split(separator: "/").last ?? Substring(path))
            .replacingSuffix(".theme")
        return parse(text, name: name, file: path, base: .default)
    }

    public static func parse(_ text: String, name: String, file: String? = nil, base: Theme? = .default) -> Result<Theme, ThemeError> {
        var theme = base ?? Theme(name: name, styles: [:])
        theme.name = name
        var seen = Set<ThemeRole>()
        let where_ = file ?? name
        for (i, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
            let trimmed = line.trimmed
            if trimmed.isEmpty { continue }
            let parts = trimmed.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard parts.count == 2 else {
                return .failure(ThemeError(file: where_, line: i + 1, key: nil, reason: "expected `role = style`"))
            }
            let key = parts[0].trimmed
            guard let role = ThemeRole(rawValue: key) else {
                let known = ThemeRole.allCases.map(\.rawValue).joined(separator: ", ")
                return .failure(ThemeError(file: where_, line: i + 1, key: key, reason: "unknown role (known: \(known))"))
            }
            switch parseStyle(parts[1].trimmed) {
            case .success(let style): theme[role] = style; seen.insert(role)
            case .failure(let reason): return .failure(ThemeError(file: where_, line: i + 1, key: key, reason: reason.message))
            }
        }
        if base == nil, let missing = ThemeRole.allCases.first(where: { !seen.contains($0) }) {
            return .failure(ThemeError(file: where_, line: nil, key: missing.rawValue, reason: "role missing"))
        }
        return .success(theme)
    }

    struct Reason: Error { let message: String }

    /// `fg on bg, attr, attr` — every part optional.
    static func parseStyle(_ spec: String) -> Result<Style, Reason> {
        var style = Style()
        for part in spec.split(separator: ",").map(\.trimmed) where !part.isEmpty {
            switch part.lowercased() {
            case "bold": style.attributes.insert(.bold); continue
            case "dim": style.attributes.insert(.dim); continue
            case "reverse": style.attributes.insert(.reverse); continue
            case "underline": style.attributes.insert(.underline); continue
            case "plain", "none": continue
            default: break
            }
            let words = part.split(separator: " ").map(String.init)
            var fgWords: [String] = [], bgWords: [String] = [], onSeen = false
            for w in words {
                if w.lowercased() == "on" {
                    if onSeen { return .failure(Reason(message: "`on` appears twice in \"\(part)\"")) }
                    onSeen = true
                } else if onSeen { bgWords.append(w) } else { fgWords.append(w) }
            }
            if fgWords.count > 1 || bgWords.count > 1 || (onSeen && bgWords.isEmpty) {
                return .failure(Reason(message: "cannot read \"\(part)\" (expected `colour on colour`)"))
            }
            if let f = fgWords.first {
                guard let c = color(f) else { return .failure(Reason(message: "unknown colour or attribute \"\(f)\"")) }
                style.foreground = c
            }
            if let b = bgWords.first {
                guard let c = color(b) else { return .failure(Reason(message: "unknown colour \"\(b)\"")) }
                style.background = c
            }
        }
        return .success(style)
    }

    /// The text of themes/default.theme, embedded so a missing or broken file never
    /// leaves the console without a theme. Keep the two identical (a test checks).
    public static let builtinDefault = """
# Silicon Alley console — default (dark) theme.
# One role per line:  role = foreground on background, attribute, ...
# Colours: default, black, red, green, yellow, blue, magenta, cyan, white,
#          bright-<name>, gray, or 0-255.  Attributes: bold, dim, reverse, underline.
title      = bright-white, bold
tab        = white
tabActive  = black on cyan, bold
header     = cyan, bold
row        = default
rowAlt     = default on 235
selection  = black on cyan, bold
status     = white on 236
statusKey  = bright-yellow on 236, bold
border     = 240
dim        = 244
accent     = bright-cyan
error      = bright-red, bold
warning    = yellow
ok         = green
fieldLabel = white
field      = bright-white on 237
fieldFocus = black on bright-white
dialog     = white on 237
barFull    = cyan
barEmpty   = 238
"""

    static let names = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    static func color(_ word: String) -> Color? {
        let w = word.lowercased()
        if w == "default" { return .default }
        if let i = names.firstIndex(of: w) { return .ansi(UInt8(i)) }
        if w.hasPrefix("bright-"), let i = names.firstIndex(of: String(w.dropFirst(7))) { return .ansi(UInt8(i + 8)) }
        if w == "gray" || w == "grey" { return .ansi(8) }
        if let n = Int(w), (0...255).contains(n) { return .indexed(UInt8(n)) }
        return nil
    }

    static func readFile(_ path: String) -> String? {
        guard let f = fopen(path, "rb") else { return nil }
        defer { fclose(f) }
        var bytes: [UInt8] = []
        var buf = [UInt8](repeating: 0, count: 4096)
        while true {
            let n = fread(&buf, 1, buf.count, f)
            if n <= 0 { break }
            bytes += buf[0..<n]
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

extension StringProtocol {
    var trimmed: String {
        String(drop(while: { $0 == " " || $0 == "\t" || $0 == "\r" }).reversed()
            .drop(while: { $0 == " " || $0 == "\t" || $0 == "\r" }).reversed())
    }
}

extension String {
    func replacingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
}
