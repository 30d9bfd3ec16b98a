import ArgumentParser
import SiliconAlleyCore

struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Append a deterministic synthetic dataset through the normal command path.")

    @OptionGroup var journal: JournalOption
    @Option(help: "Enterprises to register.") var enterprises = 200
    @Option(help: "Talent apartments to add (with talents and leases).") var apartments = 40
    @Option(help: "Events in the demo season (registrations, a contest, weekly meetings with action items).") var events = 20
    @Option(help: "Service-window tickets to accept.") var tickets = 100
    @Option(help: "Random seed: the same seed gives the same data.") var seed: UInt64 = 1
    @Option(help: "Commands per batch (one lock and one fsync each).") var batch = 250

    func validate() throws {
        for (name, v) in [("enterprises", enterprises), ("apartments", apartments), ("events", events), ("tickets", tickets)] where v < 0 {
            throw ValidationError("--\(name) must not be negative")
        }
        if batch < 1 { throw ValidationError("--batch must be at least 1") }
    }

    func run() throws {
        let store = try journal.open()
        var loader = DemoLoader()
        loader.enterprises = enterprises
        loader.apartments = apartments
        loader.activities = events
        loader.tickets = tickets
        loader.seed = seed
        loader.batchSize = batch
        // A bar on stderr for a large demo, on a terminal only.
        let bar = TerminalProgress("demo", unit: Phrase("行", "lines"))
        defer { bar.finish() }
        do {
            let s = try loader.run(on: store, meter: { fraction, lines in bar.update(fraction: fraction, count: lines) })
            bar.finish()
            print("demo: \(s.lines) lines in \(s.batches) batches (\(s.retries) retried) → head #\(store.head.seq)")
        } catch {
            // A viewer, a read-only journal: said, and nothing written.
            throw refused(error, prefix: "demo: refused")
        }
    }
}
