import Foundation
import Testing
@testable import Console
@testable import SiliconAlleyCore
import TerminalUI

/// Operators read labels, never keys: every field a command can refuse and every key a
/// journal line carries has a label in both languages, and values are shown in words.
@Suite("Words on screen")
struct WordsTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Every `field: "…"` the core names in a refusal has a label.
    @Test func everyFieldACommandNamesHasALabel() throws {
        let core = Self.root.appendingPathComponent("Sources/SiliconAlleyCore")
        let files = FileManager.default.enumerator(at: core, includingPropertiesForKeys: nil)!
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
        var fields = Set<String>()
        let pattern = try NSRegularExpression(pattern: #"field: "([A-Za-z]+)""#)
        for file in files {
            let text = try String(contentsOf: file, encoding: .utf8)
            for m in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                fields.insert(String(text[Range(m.range(at: 1), in: text)!]))
            }
        }
        #expect(fields.count > 30)
        let missing = fields.filter { FieldLabels.labels[$0] == nil }.sorted()
        #expect(missing.isEmpty, "fields without a label: \(missing)")
    }

    /// Every key in every line `demo` writes has a label, and the English labels are English.
    @Test func everyKeyTheDemoWritesHasALabel() throws {
        let f = try ConsoleFixture()
        var loader = DemoLoader()
        loader.enterprises = 30; loader.apartments = 6; loader.activities = 6; loader.tickets = 10
        _ = try loader.run(on: f.store)
        var index = JournalIndex(path: f.store.path)
        index.update()
        var missing = Set<String>()
        func walk(_ v: JSONValue) {
            switch v {
            case .object(let o): for (k, x) in o { if FieldLabels.labels[k] == nil { missing.insert(k) }; walk(x) }
            case .array(let a): a.forEach(walk)
            default: break
            }
        }
        for e in index.entries { if let line = index.line(e) { walk(line.data) } }
        #expect(missing.isEmpty, "keys without a label: \(missing.sorted())")
        for (key, p) in FieldLabels.labels {
            #expect(p.en.unicodeScalars.allSatisfy { $0.isASCII || $0 == "²" }, "\(key): \(p.en)")
        }
    }

    /// Every kind of line a command writes has a name on screen in both languages.
    @Test func everyKindHasALabel() {
        let kinds = Set(EventKind.requiredRole.keys).union([EventKind.journalCreated])
        let missing = kinds.filter { EventKindLabel.labels[$0] == nil }.sorted()
        #expect(missing.isEmpty, "kinds without a label: \(missing)")
    }

    @Test func eventDetailSpeaksInLabelsAndUnits() throws {
        let f = try ConsoleFixture(language: .zh)
        var input = Samples.enterprise("北京碳中和科技有限公司", 3, industry: "carbon-neutral", place: "gehua")
        input.area = "320.5"
        input.phone = "13812345678"
        try f.store.perform(RegisterEnterprise(input))
        f.sync()
        f.press(.char("7"))
        f.press(.enter)
        let zh = f.screen()
        #expect(zh.contains("面积") && zh.contains("320.50 m²"), "\(zh)")
        #expect(zh.contains("行业") && zh.contains("碳中和"))
        #expect(zh.contains("138****5678"))
        #expect(!zh.contains("13812345678"))
        #expect(!zh.contains("carbon-neutral"))
        #expect(!zh.contains("32050"))
    }

    @Test func refusalsNameTheFieldByItsLabel() throws {
        let r = CommandRejected(field: "uscc", zh: "校验位应为 9", en: "check character should be 9")
        #expect(FieldLabels.message(r, .zh) == "信用代码：校验位应为 9")
        #expect(FieldLabels.message(r, .en) == "USCC: check character should be 9")
    }
}
