import Testing
@testable import TerminalUI

@Suite struct ThemeTests {
    static let themesDir: String = {
        var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)   // Tests/TerminalUITests/ThemeTests.swift
        return parts.joined(separator: "/") + "/themes"
    }()

    @Test(arguments: ["default", "light", "high-contrast", "monochrome"])
    func shippedThemesLoad(name: String) throws {
        let theme = try ThemeLoader.load(path: "\(Self.themesDir)/\(name).theme").get()
        #expect(theme.name == name)
        if name == "monochrome" {
            for role in ThemeRole.allCases {
                #expect(theme[role].foreground == .default && theme[role].background == .default)
            }
            #expect(theme[.selection].attributes.contains(.reverse))
        }
    }

    @Test func goodFileParses() throws {
        let t = try ThemeLoader.parse("# c\nselection = black on cyan, bold\nrowAlt = on 235\n", name: "t").get()
        #expect(t[.selection] == Style(foreground: .ansi(0), background: .ansi(6), attributes: .bold))
        #expect(t[.rowAlt].background == .indexed(235))
        #expect(t[.header] == Theme.default[.header])   // missing roles from the default
    }

    @Test func badFileNamesLineAndKey() {
        let r = ThemeLoader.parse("title = bold\nselection = purple on cyan\n", name: "x", file: "/tmp/x.theme")
        guard case .failure(let e) = r else { Issue.record("expected failure"); return }
        #expect(e.line == 2)
        #expect(e.key == "selection")
        #expect(e.description.contains("/tmp/x.theme:2"))
        #expect(e.description.contains("purple"))
        guard case .failure(let e2) = ThemeLoader.parse("selektion = bold", name: "y") else { Issue.record("expected failure"); return }
        #expect(e2.key == "selektion" && e2.reason.contains("unknown role"))
        guard case .failure(let e3) = ThemeLoader.load(path: "/nonexistent/a.theme") else { Issue.record("expected failure"); return }
        #expect(e3.file == "/nonexistent/a.theme")
    }

    @Test func embeddedDefaultMatchesFile() {
        let file = ThemeLoader.readFile("\(Self.themesDir)/default.theme")
        // The multi-line literal drops the final newline.
        #expect(file == ThemeLoader.builtinDefault + "\n")
    }

    @Test func monochromeKeepsSelectionVisible() {
        let m = Theme.monochrome(from: .default)
        #expect(m[.selection].attributes.contains(.reverse))
        #expect(m[.selection].foreground == .default && m[.selection].background == .default)
    }

    @Test func colorsMapDownForEightColorTerminals() {
        #expect(ColorMapper.number(for: .indexed(235), colors: 256) == 235)
        for n in 0...255 {
            #expect((0...7).contains(ColorMapper.number(for: .indexed(UInt8(n)), colors: 8)))
        }
        #expect(ColorMapper.number(for: .indexed(196), colors: 8) == 1)   // bright red cube → red
        #expect(ColorMapper.number(for: .ansi(14), colors: 8) == 6)
        #expect(ColorMapper.number(for: .default, colors: 8) == -1)
    }
}
