import Foundation
import Testing
@testable import SiliconAlleyCore

/// The start-up fast paths (the binary snapshot, the snapshot written in the background,
/// the load that reports progress and replays without the lock) give the same state as a
/// full replay, and a snapshot stays vouched for and verifiable.
@Suite struct StartupFastPathTests {
    let dir = TempDir("startup")
    var path: String { dir.file("journal.jsonl") }

    private func fullReplay() throws -> DomainState {
        try JournalStore(path: path, actor: TestData.admin, useSnapshot: false).state
    }

    /// A deterministic little random walk of commands (some refused: that writes nothing).
    /// Planned against the real date: replay checks "today" rules against the line's date.
    private func randomCommands(_ store: JournalStore, _ rng: inout SplitMix64, count: Int) {
        let today = LocalDate.today()
        for _ in 0..<count {
            let ids = store.state.enterprises.keys.sorted()
            let pick = ids.isEmpty ? nil : ids[Int(rng.next() % UInt64(ids.count))]
            let n = Int(rng.next() % 1_000_000) + 1
            let command: any Command
            switch rng.next() % 6 {
            case 0, 1: command = RegisterEnterprise(TestData.enterprise(n, name: "随机企业\(n)有限公司"))
            case 2: command = GrantQualification(enterprise: pick ?? "", qualification: ["srdi", "hnte", "little-giant"][Int(rng.next() % 3)],
                                                 granted: "2024-0\(1 + rng.next() % 9)-1\(rng.next() % 9)", expires: "2027-01-01")
            case 3: command = RecordSupport(enterprise: pick ?? "", measure: "2-1", amount: String(10_000 * Int(1 + rng.next() % 90)),
                                            date: "2025-0\(1 + rng.next() % 5)-0\(1 + rng.next() % 9)")
            case 4: command = MoveEnterprise(id: pick ?? "", place: ["gehua", "yonghe"][Int(rng.next() % 2)], address: "\(rng.next() % 20)层")
            default: command = MarkEnterpriseMovedOut(id: pick ?? "", date: "2025-05-0\(1 + rng.next() % 9)", reason: "迁出测试")
            }
            _ = try? store.perform(command, today: today)
        }
    }

    /// Random journals (the demo's every kind of record, then a random walk), snapshots at
    /// random heads, written the CLI's way or in the background: snapshot + tail = replay.
    @Test(arguments: [UInt64(3), 17, 2026])
    func snapshotPlusTailEqualsReplayOnRandomJournals(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        let store = try JournalStore(path: path, actor: TestData.admin)
        var loader = DemoLoader()
        loader.enterprises = 20 + Int(rng.next() % 30)
        loader.apartments = 3 + Int(rng.next() % 5)
        loader.activities = 2 + Int(rng.next() % 3)
        loader.tickets = 5 + Int(rng.next() % 10)
        loader.seed = seed
        loader.batchSize = 7 + Int(rng.next() % 40)
        _ = try loader.run(on: store)
        for round in 0..<3 {
            randomCommands(store, &rng, count: 5 + Int(rng.next() % 20))
            if (seed + UInt64(round)) % 2 == 0 {
                try store.writeSnapshot()
            } else {
                let job = try store.beginSnapshot()
                job.run()
                #expect(try store.completeSnapshot(job))
            }
            randomCommands(store, &rng, count: Int(rng.next() % 15))
            let reopened = try JournalStore(path: path, actor: TestData.admin)
            #expect(reopened.takeNotices().filter { $0.contains("snapshot") }.isEmpty, "round \(round)")
            #expect(reopened.snapshotSeq > 0)
            let replay = try fullReplay()
            #expect(reopened.state == replay, "round \(round)")
            #expect(store.state == replay)
            let report = try JournalVerifier.verify(path: path)
            #expect(report.isClean)
            guard case .matches = report.snapshot else { Issue.record("verify: \(report.snapshot)"); return }
        }
    }

    /// Enough enterprises for the snapshot to be read on two threads: the same state, and a
    /// split point moved anywhere but between two enterprises is refused (replay instead).
    @Test func snapshotReadOnTwoThreadsEqualsReplay() throws {
        let store = try JournalStore(path: path, actor: TestData.admin)
        var loader = DemoLoader()
        loader.enterprises = 4_300
        loader.apartments = 4
        loader.activities = 2
        loader.tickets = 8
        loader.batchSize = 1_000
        _ = try loader.run(on: store)
        try store.writeSnapshot()
        let snapshot = path + ".snapshot"
        let bytes = TestData.bytes(snapshot)
        let nl = try #require(bytes.firstIndex(of: 0x0A))
        var header = try #require(try JSONParser.parse(Array(bytes[..<nl])).objectValue)
        let split = try #require(header["split"]?.intValue)
        #expect(split > 0)
        let replay = try fullReplay()
        let reopened = try JournalStore(path: path, actor: TestData.admin)
        #expect(reopened.snapshotSeq > 0)
        #expect(reopened.state == replay)
        // The split is not covered by the digest: moved, it must not change what is read.
        for moved in [Int64(0), split + 1, split - 1, 3, Int64(bytes.count - nl - 2)] {
            header["split"] = .int(moved)
            var h: [UInt8] = []
            JSONWriter.write(.object(header), into: &h)
            h += [UInt8](repeating: 0x20, count: nl - h.count)
            try TestData.write(h + Array(bytes[nl...]), to: snapshot)
            let store = try JournalStore(path: path, actor: TestData.admin)
            let ignored = store.takeNotices().contains { $0.contains("snapshot ignored") }
            #expect(store.state == replay, "split \(moved)")
            #expect(ignored == (moved != 0), "split \(moved)")
        }
    }

    /// Every member an enterprise may have, set and unset, survives the binary form.
    @Test func enterpriseBinaryFormKeepsEveryMember() throws {
        var full = Enterprise(id: "ent-9", name: "北京“引号”\\科技有限公司\n", uscc: TestData.uscc(9), industry: "ai", place: "gehua",
                              address: "3层 301室", tier: "showcase", area: Area(hundredths: -12_345), headcount: 0,
                              settled: LocalDate(year: 2024, month: 2, day: 29), contact: "张三", phone: "13800138000")
        full.status = .movedOut
        full.movedOutOn = LocalDate(year: 2025, month: 12, day: 31)
        full.movedOutReason = "迁往海淀"
        var q = QualificationHolding(type: "srdi", granted: LocalDate(year: 2023, month: 1, day: 1)!, expires: LocalDate(year: 2026, month: 1, day: 1))
        q.revoked = LocalDate(year: 2024, month: 7, day: 7)
        q.revokeReason = "复核未通过"
        full.qualifications = [q, QualificationHolding(type: "hnte", granted: LocalDate(year: 2022, month: 3, day: 3)!, expires: nil)]
        full.support = [SupportGrant(measure: "2-1", amount: Money(fen: 12_000_000), kind: nil, date: LocalDate(year: 2025, month: 1, day: 2)!,
                                     note: "备注", ticket: "tkt-3"),
                        SupportGrant(measure: "3-2", amount: nil, kind: "场地", date: LocalDate(year: 2025, month: 2, day: 3)!, note: nil, ticket: nil)]
        full.moves = [TierMove(date: LocalDate(year: 2025, month: 3, day: 4)!, fromPlace: "gehua", fromTier: nil, toPlace: "yonghe", toTier: "core")]
        let bare = Enterprise(id: "ent-1", name: "甲", uscc: TestData.uscc(1), industry: "ai")
        for e in [full, bare] {
            var w = BinaryWriter()
            e.write(&w)
            let back = try w.out.withUnsafeBytes { b in
                var r = BinaryReader(b)
                let e = try Enterprise(binary: &r)
                #expect(r.atEnd)
                return e
            }
            #expect(back == e)
        }
        // Cut anywhere, it is refused rather than misread.
        var w = BinaryWriter()
        full.write(&w)
        for cut in [1, 5, w.out.count / 2, w.out.count - 1] {
            let prefix = Array(w.out.prefix(cut))
            #expect(throws: BinaryReader.Malformed.self) {
                try prefix.withUnsafeBytes { b in
                    var r = BinaryReader(b)
                    _ = try Enterprise(binary: &r)
                }
            }
        }
    }

    /// Lines written while a background snapshot is being written: it is not vouched for
    /// (the vouching line must follow the line it stands for), its file goes, and the next
    /// attempt succeeds. No temp file is left behind.
    @Test func backgroundSnapshotOvertakenByAnotherWriterIsDropped() throws {
        let store = try JournalStore.fresh(in: dir)
        for n in 1...6 { try store.register(n) }
        let job = try store.beginSnapshot()
        let other = try JournalStore(path: path, actor: TestData.admin, useSnapshot: false)
        try other.register(7)
        job.run()
        #expect(try store.completeSnapshot(job) == false)
        #expect(!FileManager.default.fileExists(atPath: path + ".snapshot"))
        #expect(store.state.enterprises.count == 7)
        let again = try store.beginSnapshot()
        let t = Thread { again.run() }
        t.start()
        while !again.isFinished { usleep(1000) }
        #expect(try store.completeSnapshot(again))
        #expect(dir.entries(startingWith: "journal.jsonl.snapshot.tmp").isEmpty)
        #expect(try JournalVerifier.verify(path: path).snapshot == .matches(seq: again.seq))
        #expect(try JournalStore(path: path, actor: TestData.admin).state == (try fullReplay()))
    }

    /// A temp file a gone process left (a console hung up mid-write) is removed by the next
    /// job; one of a live process stays.
    @Test func staleTempFilesOfGoneProcessesAreRemoved() throws {
        let store = try JournalStore.fresh(in: dir)
        try store.register(1)
        // pid_max on Linux is at most 2^22: a pid above it belongs to nobody.
        let gone = dir.file("journal.jsonl.snapshot.tmp.\(1 << 23).1")
        let alive = dir.file("journal.jsonl.snapshot.tmp.1.1")
        try TestData.write(Array("half".utf8), to: gone)
        try TestData.write(Array("half".utf8), to: alive)
        let job = try store.beginSnapshot()
        #expect(!FileManager.default.fileExists(atPath: gone))
        #expect(FileManager.default.fileExists(atPath: alive))
        job.run()
        #expect(try store.completeSnapshot(job))
        try? FileManager.default.removeItem(atPath: alive)
    }

    /// A job abandoned on the way out leaves no temp file; the journal is untouched.
    @Test func abandonedSnapshotLeavesNothing() throws {
        let store = try JournalStore.fresh(in: dir)
        try store.register(1)
        let head = store.head
        let job = try store.beginSnapshot()
        job.abandon()
        #expect(dir.entries(startingWith: "journal.jsonl.snapshot").isEmpty)
        #expect(try JournalStore(path: path, actor: TestData.admin).head == head)
    }

    /// The console opens with `snapshotAtOpen: false`: nothing is written while it loads,
    /// `snapshotDue` says a snapshot is owed, and progress was reported along the way.
    @Test func loadReportsProgressAndLeavesTheSnapshotToTheCaller() throws {
        let store = try JournalStore.fresh(in: dir)
        var loader = DemoLoader()
        loader.enterprises = 2_500
        loader.apartments = 0
        loader.activities = 0
        loader.tickets = 0
        loader.batchSize = 500
        _ = try loader.run(on: store)
        #expect(store.head.seq > 4_096)
        let seen = Locked<[LoadProgress]>([])
        let opened = try JournalStore(path: path, actor: TestData.admin, snapshotAtOpen: false) { p in seen.mutate { $0.append(p) } }
        opened.snapshotEvery = 100
        #expect(!FileManager.default.fileExists(atPath: path + ".snapshot"))
        #expect(opened.snapshotDue)
        let reports = seen.value
        #expect(!reports.isEmpty)
        #expect(reports.allSatisfy { $0.phase == .replay && $0.bytesTotal == TestData.size(path) })
        #expect(zip(reports, reports.dropFirst()).allSatisfy { $0.bytesDone <= $1.bytesDone && $0.lines < $1.lines })
        #expect(opened.state == store.state)
        // Written (in the background, here inline), the next open reads it and says so.
        let job = try opened.beginSnapshot()
        job.run()
        #expect(try opened.completeSnapshot(job))
        #expect(!opened.snapshotDue)
        let snapSeen = Locked<[LoadProgress]>([])
        let again = try JournalStore(path: path, actor: TestData.admin) { p in snapSeen.mutate { $0.append(p) } }
        #expect(again.snapshotSeq == job.seq)
        #expect(snapSeen.value.contains { $0.phase == .snapshot })
        #expect(again.state == (try fullReplay()))
    }

    /// Several writers keep appending while one store loads a journal that takes a while:
    /// the load (without the lock) and the catch-up under it end on the same state as a
    /// full replay, and what came after is picked up by `refresh`.
    @Test func loadWhileOthersWriteEndsOnTheReplayedState() throws {
        let store = try JournalStore.fresh(in: dir)
        var loader = DemoLoader()
        loader.enterprises = 1_500
        loader.apartments = 2
        loader.activities = 1
        loader.tickets = 3
        _ = try loader.run(on: store)
        let before = store.state.enterprises.count
        let path = self.path
        let writers = (0..<2).map { w in
            Thread {
                guard let s = try? JournalStore(path: path, actor: TestData.admin, useSnapshot: false) else { return }
                for i in 0..<40 { _ = try? s.register(100_000 + w * 1_000 + i) }
            }
        }
        writers.forEach { $0.start() }
        let loading = try JournalStore(path: path, actor: TestData.admin, snapshotAtOpen: false) { _ in usleep(200) }
        // Let the writers finish, then catch up.
        while writers.contains(where: { !$0.isFinished }) { usleep(5_000) }
        try loading.refresh()
        #expect(loading.damage == nil)
        #expect(loading.state == (try fullReplay()))
        #expect(loading.state.enterprises.count == before + 80)
        #expect(try JournalVerifier.verify(path: path).isClean)
    }
}

/// A value shared with a callback that may run on another thread.
final class Locked<T>: @unchecked Sendable {
    private let lock = NSLock()
    private var v: T
    init(_ v: T) { self.v = v }
    var value: T { lock.withLock { v } }
    func mutate(_ f: (inout T) -> Void) { lock.withLock { f(&v) } }
}
