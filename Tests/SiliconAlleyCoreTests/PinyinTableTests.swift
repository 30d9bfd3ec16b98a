import Foundation
import Testing
@testable import SiliconAlleyCore

/// The binary's embedded table must be exactly data/pinyin/readings.txt, fully parsed.
@Suite struct PinyinTableTests {
    static var readingsFile: URL {
        // Tests/SiliconAlleyCoreTests/<this file> → repo root.
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("data/pinyin/readings.txt")
    }

    @Test func embeddedCopyEqualsDataFile() throws {
        let onDisk = try String(contentsOf: Self.readingsFile, encoding: .utf8)
        #expect(PinyinData.text == onDisk, "run scripts/gen-pinyin-table.py")
    }

    @Test func everyDataLineIsParsed() {
        let lines = PinyinData.text.split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(lines.count > 20_000)
        #expect(PinyinTable.shared.characterCount == lines.count)
        let syllables = PinyinTable.shared.syllables
        #expect(syllables.count > 400 && syllables.count < 450)
        #expect(syllables.allSatisfy { s in !s.isEmpty && s.allSatisfy { (97...122).contains($0) } })
    }

    @Test func readingsOfCharacters() {
        #expect(Pinyin.readings(of: "青").first == "qing")
        #expect(Pinyin.readings(of: "行").prefix(2) == ["xing", "hang"])
        #expect(Set(Pinyin.readings(of: "长")).isSuperset(of: ["chang", "zhang"]))
        #expect(Set(Pinyin.readings(of: "重")).isSuperset(of: ["chong", "zhong"]))
        #expect(Pinyin.readings(of: "绿").first == "lv")
        #expect(Pinyin.readings(of: "㐀") == ["qiu"])  // Extension A
        #expect(Pinyin.readings(of: "A") == ["a"])
        #expect(Pinyin.readings(of: "５") == ["5"])
        #expect(Pinyin.readings(of: "（").isEmpty)
        #expect(Pinyin.readings(of: "𠀀").isEmpty)  // Extension B is not in the table
    }

    /// The two-byte keys name each character's reading list; every list must spell exactly
    /// the character's readings, in order, and every ASCII letter and digit itself.
    @Test func readingListsSpellEveryCharactersReadings() {
        let t = PinyinTable.shared
        func spelled(_ list: UInt16) -> [String] {
            (Int(t.listStarts[Int(list)])..<Int(t.listStarts[Int(list) + 1])).map { item in
                let packed = t.listItems[item], from = Int(packed >> 8)
                return String(decoding: t.spellBytes[from..<from + Int(packed & 0xFF)], as: UTF8.self)
            }
        }
        var checked = 0
        for v in PinyinTable.firstScalar...PinyinTable.lastScalar {
            let scalar = Unicode.Scalar(v)!
            let readings = Pinyin.readings(of: Character(scalar))
            let list = t.list(of: scalar)
            if readings.isEmpty {
                #expect(list == PinyinTable.noList)
            } else {
                #expect(spelled(list) == readings, "\(Character(scalar))")
                checked += 1
            }
        }
        #expect(checked == t.characterCount)
        for byte in Array(UInt8(ascii: "0")...UInt8(ascii: "9")) + Array(UInt8(ascii: "a")...UInt8(ascii: "z")) {
            #expect(spelled(t.literalList(byte)) == [String(UnicodeScalar(byte))])
        }
        // Two bytes per character that takes part: 北京ABC2号 (the parentheses are skipped).
        #expect(PinyinKey("北京ABC（2号）").units.count == 2 * 7)
    }
}
