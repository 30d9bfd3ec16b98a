import Foundation
import Testing
@testable import SiliconAlleyCore

/// Reads past `DecodedLines.parallelThreshold` decode on a second thread: the same
/// state, the same damage reports, the same torn-tail handling as the one-thread path.
@Suite struct JournalParallelReadTests {
    let dir = TempDir("parallel")
    var path: String { dir.file("journal.jsonl") }

    /// About 10 MB: district statistics carrying long notes.
    func bigJournal() throws -> JournalStore {
        let store = try JournalStore(path: path, actor: TestData.admin)
        let note = String(repeating: "硅巷统计说明", count: 330)   // 1,980 characters, ~6 KB
        let start = LocalDate("2020-01-01")!
        var batch: [any Command] = []
        for i in 0..<1_700 {
            batch.append(RecordDistrictStatistic(date: start.adding(days: i).description, srdiCount: "\(i + 1)", highTechCount: "7", note: note))
            if batch.count == 425 { try store.perform(batch, today: LocalDate("2026-01-01")!); batch.removeAll() }
        }
        let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as! Int
        #expect(size > DecodedLines.parallelThreshold, "journal is only \(size) bytes")
        return store
    }

    @Test func replayEqualsTheWriter() throws {
        let writer = try bigJournal()
        let reader = try JournalStore(path: path, actor: TestData.admin, useSnapshot: false)
        #expect(reader.state == writer.state)
        #expect(try JournalVerifier.verify(path: path).isClean)
    }

    @Test func damageDeepInIsNamed() throws {
        _ = try bigJournal()
        var lines = TestData.lines(path).map { String(decoding: $0, as: UTF8.self) }
        let target = 1_200
        // One extra space: still JSON, but the hash no longer matches.
        lines[target - 1] = lines[target - 1].replacingOccurrences(of: "\"srdiCount\":", with: "\"srdiCount\": ")
        try TestData.write(Array(lines.joined().utf8), to: path)  // each line keeps its "\n"
        let reopened = try JournalStore(path: path, actor: TestData.admin, useSnapshot: false)
        #expect(reopened.damage?.line == target)
        #expect(reopened.head.seq < target)
    }

    /// The chain (seq and prev) is checked on the decoding thread: a missing line deep in a
    /// big read is named as before, and so is a line whose prev names another line.
    @Test func aBrokenChainDeepInIsNamed() throws {
        _ = try bigJournal()
        let original = TestData.lines(path)
        var lines = original
        lines.remove(at: 1_199)  // line 1,200 gone: line 1,201 comes where 1,200 was expected
        try TestData.write(lines.flatMap { $0 }, to: path)
        let missing = try JournalVerifier.verify(path: path)
        #expect(missing.damage?.line == 1_200)
        #expect(missing.damage?.reason == "sequence 1201 where 1200 was expected")

        // Lines 1,200 and 1,201 swapped: each hashes, neither follows the line before it.
        lines = original
        lines.swapAt(1_199, 1_200)
        try TestData.write(lines.flatMap { $0 }, to: path)
        let swapped = try JournalStore(path: path, actor: TestData.admin, useSnapshot: false)
        #expect(swapped.damage?.line == 1_200)
        #expect(swapped.head.seq < 1_200)
    }

    @Test func tornTailAfterABigReadIsMovedAside() throws {
        let writer = try bigJournal()
        let handle = try #require(FileHandle(forWritingAtPath: path))
        handle.seekToEndOfFile()
        handle.write(Data(#"{"v":1,"seq":99999,"time":"2026"#.utf8))
        try handle.close()
        let next = try JournalStore(path: path, actor: TestData.admin, useSnapshot: false)
        #expect(next.state == writer.state)
        #expect(next.takeNotices().contains { $0.contains("torn tail") })
        #expect(FileManager.default.fileExists(atPath: path + ".torn"))
    }
}
