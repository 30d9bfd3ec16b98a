import Foundation
import SiliconAlleyCore

/// Writes the snapshot the next start-up reads, on a thread of its own, when the store says
/// one is due (many lines replayed since the last). The console's thread only starts the
/// job and, once it is written, vouches for it under the lock (milliseconds). If a line was
/// written meanwhile (by this console or another), the file is dropped and tried again later.
final class BackgroundSnapshot {
    private let store: JournalStore
    private var job: SnapshotJob?
    private var retryAt = 0.0
    private var failures = 0

    init(store: JournalStore) {
        self.store = store
    }

    /// No job running, and none started on this tick.
    private(set) var isIdle = true
    /// Jobs that have finished, written or not.
    private(set) var finishedJobs = 0

    /// Called each tick. Returns a message when writing one failed for good. A new job
    /// waits while `othersBuilding` (the registry's search): the two builds' scratch at
    /// once was the console's peak memory on a first start at a million lines.
    func poll(now: Double = ProgressMeter.clock(), othersBuilding: Bool = false) -> String? {
        if let job {
            guard job.isFinished else { return nil }
            self.job = nil
            isIdle = true
            finishedJobs += 1
            defer { HeapTrim.now() }
            do {
                if try store.completeSnapshot(job) {
                    failures = 0
                } else {
                    // The journal moved on while it was written: again once it is quieter.
                    retryAt = now + 10
                }
            } catch {
                failures += 1
                retryAt = now + 60
                if failures == 3 { return "snapshot not written: \(error)" }
            }
            return nil
        }
        guard now >= retryAt, failures < 3, !othersBuilding, store.snapshotDue else { return nil }
        do {
            let job = try store.beginSnapshot()
            self.job = job
            isIdle = false
            let thread = Thread { job.run() }
            thread.stackSize = 1 << 20
            thread.start()
        } catch {
            failures += 1
            retryAt = now + 60
        }
        return nil
    }

    /// Leaving: a half-written snapshot file is removed (the thread may still be writing to it).
    func abandon() {
        job?.abandon()
    }
}
