import Foundation
import Testing
@testable import Console

@Suite("README")
struct ReadmeKeyTableTests {
    /// The README's key table is the bindings' own table: regenerate it with
    /// `scripts/update-readme-keys.sh` when keys change.
    @Test func keyTableMatchesTheBindings() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let begin = try #require(readme.range(of: "<!-- keys:begin -->\n"))
        let end = try #require(readme.range(of: "<!-- keys:end -->"))
        #expect(String(readme[begin.upperBound..<end.lowerBound]) == KeyTable.markdown())
    }
}
