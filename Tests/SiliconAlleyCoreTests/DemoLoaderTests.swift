import Foundation
import Testing
@testable import SiliconAlleyCore

@Suite struct DemoLoaderTests {
    let dir = TempDir("demo")

    private func loader(seed: UInt64, enterprises: Int, apartments: Int = 0, activities: Int = 0, tickets: Int = 0) -> DemoLoader {
        var l = DemoLoader()
        l.seed = seed
        l.enterprises = enterprises
        l.apartments = apartments
        l.activities = activities
        l.tickets = tickets
        return l
    }

    @Test func loadsWhatItWasAskedForThroughTheCommandPath() throws {
        let store = try JournalStore.fresh(in: dir)
        let summary = try loader(seed: 11, enterprises: 30, apartments: 6, activities: 3, tickets: 12).run(on: store)
        let s = store.state
        #expect(s.enterprises.count == 30)
        #expect(s.apartments.count == 6 && s.talents.count == 6 && s.leases.count == 4)
        #expect(s.activities.count == 3 && s.tickets.count == 12)
        #expect(Set(s.tickets.values.map(\.receipt)).count == 12)
        #expect(summary.lines == s.lastSeq - 24, "every line but the seeded 24 came from the loader")
        #expect(try JournalVerifier.verify(path: store.path).isClean)
    }

    /// A clash the loader promises to renumber is thrown as a plain CommandRejected when
    /// the batch holds a single command (JournalStore.perform only wraps batches of 2+ in
    /// BatchRejected), so the loader gives up. Concurrent demos hit it through leases.
    @Test
    func secondRunWithTheSameSeedRenumbersEvenOneCommandBatches() throws {
        for seed: UInt64 in 1...12 {
            let store = try JournalStore(path: dir.file("j\(seed).jsonl"), actor: TestData.admin)
            _ = try loader(seed: seed, enterprises: 1).run(on: store)
            #expect(throws: Never.self, "seed \(seed)") { _ = try loader(seed: seed, enterprises: 1).run(on: store) }
            #expect(store.state.enterprises.count == 2, "seed \(seed)")
        }
    }
}
