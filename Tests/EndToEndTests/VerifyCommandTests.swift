import Foundation
import Testing
import SiliconAlleyCore

@Suite struct VerifyCommandTests {
    let dir = TempDir("verify")
    var journal: String { dir.file("j.jsonl") }

    @Test func byteFlipInAMiddleLineFailsVerifyNamingTheLine() throws {
        let demo = try SiliconAlleyBinary.run(["demo", "--journal", journal, "--enterprises", "20", "--apartments", "2",
                                               "--events", "1", "--tickets", "5", "--batch", "4"], scratch: dir)
        try #require(demo.status == 0, "\(demo.stderr)")
        let ok = try SiliconAlleyBinary.run(["verify", "--journal", journal], scratch: dir)
        #expect(ok.status == 0, "\(ok.stderr)")

        var lines = JournalFileCheck.rawLines(journal)
        let bad = lines.count / 2
        lines[bad - 1][30] ^= 0x01
        try Data(lines.flatMap { $0 }).write(to: URL(fileURLWithPath: journal))

        let r = try SiliconAlleyBinary.run(["verify", "--journal", journal], scratch: dir)
        #expect(r.status != 0)
        #expect(r.stderr.contains("line \(bad)"), "stderr: \(r.stderr)")
        #expect(!r.stdout.contains("ok: chain intact"))

        // Repair quarantines from the damaged line's batch on, says exactly which lines moved,
        // and journals the admin's acknowledgement of the cut; verify is then clean.
        let fixed = try SiliconAlleyBinary.run(["verify", "--repair", "--journal", journal], scratch: dir)
        #expect(fixed.status == 0, "\(fixed.stderr)")
        let first = bad - (try damagedBatchOffset(lines, bad))
        #expect(fixed.stdout.contains("line \(bad) was damaged"), "\(fixed.stdout)")
        #expect(fixed.stdout.contains("lines \(first)–\(lines.count) (its whole batch and everything after it) moved to \(journal).quarantine-"),
                "\(fixed.stdout)")
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path)
        let side = try #require(files.first { $0.hasPrefix("j.jsonl.quarantine-") })
        #expect(JournalFileCheck.rawLines(dir.file(side)).count == lines.count - first + 1)
        let after = JournalFileCheck.rawLines(journal)
        #expect(after.count == first)
        let ack = try JournalFileCheck.decode(try #require(after.last))
        #expect(ack.kind == EventKind.historyAcknowledged && ack.data["line"]?.intValue == Int64(first))
        let again = try SiliconAlleyBinary.run(["verify", "--journal", journal], scratch: dir)
        #expect(again.status == 0, "\(again.stderr)")
    }

    /// Lines of the damaged line's batch that came before it (repair cuts at the batch start).
    private func damagedBatchOffset(_ lines: [[UInt8]], _ bad: Int) throws -> Int {
        var k = 0
        var i = bad - 2
        while i >= 0, let l = try? JournalFileCheck.decode(lines[i]), l.txnIndex < l.txnCount {
            k += 1
            i -= 1
        }
        return k
    }

    @Test func worksFromAnyDirectoryBecauseTheCatalogueIsEmbedded() throws {
        let demo = try SiliconAlleyBinary.run(["demo", "--journal", journal, "--enterprises", "2", "--apartments", "0", "--events", "0",
                                               "--tickets", "0"], cwd: "/", scratch: dir)
        #expect(demo.status == 0, "\(demo.stderr)")
        let v = try SiliconAlleyBinary.run(["verify", "--journal", journal], cwd: "/", scratch: dir)
        #expect(v.status == 0, "\(v.stderr)")
        let projects = v.stdout.split(separator: "\n").first { $0.trimmingCharacters(in: .whitespaces).hasPrefix("projects ") }
        #expect(projects?.split(separator: " ").last == "22", "verify output: \(v.stdout)")
        let state = try JournalStore(path: journal, actor: "reader", useSnapshot: false).state
        #expect(state.projects.count == 22)
        #expect(state.projects.count == Catalog.plan.actions.count + Catalog.plan.projects.count)
    }

    @Test func missingJournalIsAnErrorNotANewFile() throws {
        let r = try SiliconAlleyBinary.run(["verify", "--journal", dir.file("nope.jsonl")], scratch: dir)
        #expect(r.status != 0)
        #expect(!FileManager.default.fileExists(atPath: dir.file("nope.jsonl")))
    }
}
