import Foundation
import Testing
@testable import Console
import TerminalUI

@Suite("Themes")
struct EmbeddedThemesTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary carries the theme files; `scripts/embed-themes.sh` regenerates them.
    @Test func embeddedCopiesMatchTheFiles() throws {
        let dir = Self.root.appendingPathComponent("themes")
        // default.theme is carried by TerminalUI (Theme.default) and checked there.
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".theme") && $0 != "default.theme" }
        #expect(Set(files.map { String($0.dropLast(6)) }) == Set(EmbeddedThemes.files.keys))
        for f in files {
            let text = try String(contentsOf: dir.appendingPathComponent(f), encoding: .utf8)
            #expect(EmbeddedThemes.files[String(f.dropLast(6))].map { $0 + "\n" } == text, "\(f) drifted: run scripts/embed-themes.sh")
        }
    }

    @Test func namedThemesLoadAndABadOneFallsBackNamingTheKey() throws {
        for name in ThemeResolver.names {
            let (_, warning) = ThemeResolver.resolve(name, environment: [:])
            #expect(warning == nil, "\(name): \(warning ?? "")")
        }
        let bad = FileManager.default.temporaryDirectory.appendingPathComponent("bad-\(UUID().uuidString).theme")
        try "selection = purple on nowhere\n".write(to: bad, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: bad) }
        let (theme, warning) = ThemeResolver.resolve(bad.path, environment: [:])
        #expect(theme == .default)
        #expect(warning?.contains(bad.lastPathComponent) == true)
        #expect(warning?.contains("selection") == true)
        let (_, unknown) = ThemeResolver.resolve("no-such-theme", environment: [:])
        #expect(unknown?.contains("no-such-theme") == true)
    }

    @Test func noColorKeepsOnlyAttributes() {
        let (theme, _) = ThemeResolver.resolve("default", environment: ["NO_COLOR": "1"])
        for role in ThemeRole.allCases {
            #expect(theme[role].foreground == .default && theme[role].background == .default, "\(role) still has colour")
        }
        #expect(theme[.selection].attributes.contains(.reverse))
    }
}
