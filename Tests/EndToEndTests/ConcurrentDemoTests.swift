import Foundation
import Testing
import SiliconAlleyCore

/// Several OS processes appending to one journal at once, through the real binary.
@Suite struct ConcurrentDemoTests {
    let dir = TempDir("concurrent")
    var journal: String { dir.file("shared.jsonl") }

    /// Apartments are 0 unless asked for; with them, each loader leases only its own units and
    /// talents (a building another loader took first is replaced by a fresh one).
    private func demo(seed: Int, apartments: Int = 0) throws -> SiliconAlleyBinary.Running {
        try .init(["demo", "--journal", journal, "--seed", String(seed), "--enterprises", "150", "--apartments", String(apartments),
                   "--events", "5", "--tickets", "40"], scratch: dir)
    }

    /// The checks every shared journal must pass after the writers are done.
    private func checkJournal(expectedEnterprises: Int, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let verify = try SiliconAlleyBinary.run(["verify", "--journal", journal], scratch: dir)
        #expect(verify.status == 0, "verify: \(verify.stderr)", sourceLocation: sourceLocation)
        #expect(verify.stdout.contains("ok: chain intact"), sourceLocation: sourceLocation)

        let raw = JournalFileCheck.rawLines(journal)
        #expect(!raw.isEmpty, sourceLocation: sourceLocation)
        #expect(raw.allSatisfy { $0.last == 0x0A }, "every line ends with a newline", sourceLocation: sourceLocation)
        var lines: [JournalLine] = []
        for (i, r) in raw.enumerated() {
            do { lines.append(try JournalFileCheck.decode(r)) } catch {
                Issue.record("line \(i + 1) does not decode: \(error)", sourceLocation: sourceLocation)
                return
            }
        }
        #expect(lines.map(\.seq) == Array(1...lines.count), "seq contiguous 1…N", sourceLocation: sourceLocation)
        #expect(zip(lines, lines.dropFirst()).allSatisfy { $0.hash == $1.prev }, "each prev is the hash before it",
                sourceLocation: sourceLocation)
        // Batches never interleave: each txn's lines are adjacent and in order.
        var expectIndex = 1
        for l in lines {
            #expect(l.txnIndex == expectIndex, "seq \(l.seq) txn \(l.txnIndex)/\(l.txnCount)", sourceLocation: sourceLocation)
            expectIndex = l.txnIndex == l.txnCount ? 1 : l.txnIndex + 1
        }

        let report = try JournalVerifier.verify(path: journal)
        #expect(report.isClean, sourceLocation: sourceLocation)
        #expect(report.lines == lines.count && report.headSeq == lines.count, sourceLocation: sourceLocation)

        let store = try JournalStore(path: journal, actor: "auditor", useSnapshot: false)
        let s = store.state
        // Contest winners registered as new enterprises come on top of the loaders' own.
        let winners = s.contestEntries.values.filter(\.enterpriseRegistered).count
        #expect(s.enterprises.count == expectedEnterprises + winners, sourceLocation: sourceLocation)
        #expect(Set(s.enterprises.values.map(\.uscc)).count == s.enterprises.count, "USCCs unique", sourceLocation: sourceLocation)
        #expect(s.kindCounts[EventKind.journalCreated] == 1, "seeded once", sourceLocation: sourceLocation)
        #expect(s.projects.count == 22, sourceLocation: sourceLocation)
        let receipts = s.tickets.values.map(\.receipt)
        #expect(!receipts.isEmpty, sourceLocation: sourceLocation)
        #expect(Set(receipts).count == receipts.count, "receipt numbers distinct", sourceLocation: sourceLocation)
        // Receipts of a year form 1…n with no gap.
        for (year, group) in Dictionary(grouping: receipts.compactMap(ReceiptNumber.parse), by: \.year) {
            #expect(group.map(\.number).sorted() == Array(1...group.count), "receipts of \(year)", sourceLocation: sourceLocation)
        }
    }

    @Test func fourDemosWithDifferentSeedsAtOnce() throws {
        let runs = try (1...4).map { try demo(seed: 100 + $0) }
        for (i, r) in runs.map({ $0.wait() }).enumerated() {
            #expect(r.reason == .exit && r.status == 0, "demo \(i + 1): status \(r.status)\n\(r.stderr)")
        }
        try checkJournal(expectedEnterprises: 4 * 150)
    }

    /// The brief's exact load (with 10 apartments each).
    @Test
    func fourDemosWithApartmentsAtOnce() throws {
        let runs = try (1...4).map { try demo(seed: 200 + $0, apartments: 10) }
        for (i, r) in runs.map({ $0.wait() }).enumerated() {
            #expect(r.reason == .exit && r.status == 0, "demo \(i + 1): status \(r.status)\n\(r.stderr)")
        }
        try checkJournal(expectedEnterprises: 4 * 150)
        let s = try JournalStore(path: journal, actor: "auditor", useSnapshot: false).state
        #expect(s.apartments.count == 40)
        // No flat is leased twice for overlapping dates (judged on the days each lease held it).
        for (apt, leases) in Dictionary(grouping: s.leases.values, by: \.apartment) {
            let sorted = leases.sorted { $0.start < $1.start }
            #expect(zip(sorted, sorted.dropFirst()).allSatisfy { $0.heldUntil <= $1.start }, "\(apt)")
        }
    }

    @Test func twoDemosWithTheSameSeedAtOnce() throws {
        let runs = try [demo(seed: 7), demo(seed: 7)]
        for (i, r) in runs.map({ $0.wait() }).enumerated() {
            #expect(r.reason == .exit && r.status == 0, "demo \(i + 1): status \(r.status)\n\(r.stderr)")
        }
        // Clashing codes were renumbered, not dropped.
        try checkJournal(expectedEnterprises: 2 * 150)
    }
}
