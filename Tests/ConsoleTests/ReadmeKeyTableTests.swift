import Foundation
import Testing
@testable import Console

@Suite("README")
struct ReadmeKeyTableTests {
    func readme() throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
    }

    func section(_ name: String, of text: String) throws -> String {
        let begin = try #require(text.range(of: "<!-- \(name):begin -->\n"))
        let end = try #require(text.range(of: "<!-- \(name):end -->"))
        return String(text[begin.upperBound..<end.lowerBound])
    }

    /// The README's tables are the registry's own: regenerate them with
    /// `scripts/update-readme-keys.sh` when panes or keys change.
    @Test func keyTableMatchesTheRegistry() throws {
        #expect(try section("keys", of: readme()) == KeyTable.markdown())
    }

    @Test func paneTableMatchesTheRegistry() throws {
        #expect(try section("panes", of: readme()) == KeyTable.panesMarkdown())
    }
}
