import Foundation
import Testing
import SiliconAlleyCore

/// A writer killed with SIGKILL in the middle of a load loses nothing it had written as
/// complete batches, and the next writer leaves a whole chain.
@Suite struct CrashRecoveryTests {
    let dir = TempDir("kill")
    var journal: String { dir.file("killed.jsonl") }

    @Test func sigkillDuringDemoLosesNoCompleteBatch() throws {
        // Far more than it can write before the kill; one command per batch.
        let demo = try SiliconAlleyBinary.Running(
            ["demo", "--journal", journal, "--seed", "3", "--enterprises", "200000", "--apartments", "0", "--events", "0",
             "--tickets", "0", "--batch", "1"], scratch: dir)
        // Wait (by polling the file, not by timing) until a good number of lines are down.
        let wanted = 200
        let deadline = Date().addingTimeInterval(120)
        var seen = 0
        while demo.process.isRunning && Date() < deadline {
            seen = JournalFileCheck.rawLines(journal).count
            if seen >= wanted { break }
            usleep(5_000)
        }
        let before = JournalFileCheck.rawLines(journal)
        kill(demo.process.processIdentifier, SIGKILL)
        let result = demo.wait()
        #expect(result.reason == .uncaughtSignal, "the demo was still writing when killed (status \(result.status)): \(result.stderr)")
        try #require(before.count >= wanted, "the demo wrote only \(before.count) lines: \(result.stderr)")

        let acknowledged = JournalFileCheck.completeBatches(before)
        #expect(acknowledged.count >= wanted - 30)
        let afterKill = JournalFileCheck.rawLines(journal)

        // The next writer (the library's store, as the console would open it) recovers.
        let store = try JournalStore(path: journal, actor: "recoverer")
        #expect(store.damage == nil)
        let after = JournalFileCheck.rawLines(journal)
        #expect(Array(after.prefix(acknowledged.count)) == acknowledged, "complete batches before the kill are still there")
        #expect(after.count >= acknowledged.count)
        #expect(after.allSatisfy { $0.last == 0x0A })
        let torn = journal + ".torn"
        if afterKill.last?.last != 0x0A || JournalFileCheck.completeBatches(afterKill).count < afterKill.count {
            #expect(FileManager.default.fileExists(atPath: torn), "a torn tail was moved to .torn")
            #expect(store.takeNotices().contains { $0.contains("torn") })
        } else {
            #expect(after == afterKill, "nothing to cut: the file is unchanged")
        }
        let report = try JournalVerifier.verify(path: journal)
        #expect(report.isClean && report.lines == after.count)

        // verify --repair (the operator's tool) agrees, and writing goes on.
        let repair = try SiliconAlleyBinary.run(["verify", "--repair", "--journal", journal], scratch: dir)
        #expect(repair.status == 0, "\(repair.stderr)")
        let more = try SiliconAlleyBinary.run(["demo", "--journal", journal, "--seed", "4", "--enterprises", "3", "--apartments", "0",
                                               "--events", "0", "--tickets", "0"], scratch: dir)
        #expect(more.status == 0, "\(more.stderr)")
        #expect(try JournalVerifier.verify(path: journal).isClean)
    }
}
