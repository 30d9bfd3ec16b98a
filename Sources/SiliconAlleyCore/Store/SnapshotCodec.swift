#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Crypto
import Foundation

/// The state as a header and a binary body, written and read in one streaming pass.
/// The header (JSON, padded to a fixed size) names the journal line the state stands for
/// and the SHA-256 of the body. The body is canonical (records in key order), so its
/// digest is a digest of the state itself: the writer records it in a `journal.snapshotted`
/// line, and `verify` recomputes it from replay. A snapshot the journal does not vouch for
/// is never believed.
///
/// The body is a run of frames, each a varint length and then: a field tag, the record's
/// key for keyed tables, and the record — by hand for enterprises (almost all of a large
/// state) and counters, as its JSON for the small tables (Codable stays their definition).
/// JSON lines took 13 s to read at a million events; this takes a fraction of a second.
enum SnapshotCodec {
    struct Header {
        /// Record counts, so reading can size its tables once instead of doubling them.
        var counts: [String: Int] = [:]
        var seq: Int
        var hash: String
        var offset: Int
        var lineStart: Int
        var digest: String
        /// Where (in the body) the frames a second thread reads begin: an enterprise frame
        /// about two thirds in, so both halves take about as long (0: read in one pass).
        var split = 0
    }

    /// The header line is padded to this size, so it can be written last, in place,
    /// once the body's digest is known (JSON allows the trailing spaces).
    static let headerSize = 1024
    /// Older snapshots ("lines": not vouched for; "lines-vouched": JSON lines) are never read.
    static let format = "binary-vouched"

    /// Field tags in the body.
    enum Tag: UInt8 {
        case lastSeq = 1, lastHash, createdBy, lastTime, historyAcknowledgement
        case operators = 10, enterprises, statistics, projects, addedUnits, apartments, talents, applications, leases,
             activities, registrations, contestEntries, actionItems, tickets, evaluations, adjustments
        case calendarYears = 30
        case receiptCounters = 40, versions, kindCounts
    }

    /// Streams the snapshot to `fd`: a placeholder header, the body in 1 MB pieces hashed as
    /// they go, then the real header over the placeholder. Never holds the whole body.
    @discardableResult
    static func write(_ s: DomainState, to fd: Int32, path: String, header: (String) -> Header) throws -> String {
        try FileIO.writeAll(fd, [UInt8](repeating: 0x20, count: headerSize - 1) + [0x0A], path: path)
        var hasher = SHA256()
        var out: [UInt8] = []
        out.reserveCapacity(1 << 20)
        var written = 0
        func flush(force: Bool = false) throws {
            guard force || out.count >= 1 << 20 else { return }
            out.withUnsafeBytes { hasher.update(bufferPointer: $0) }
            try FileIO.writeAll(fd, out, path: path)
            written += out.count
            out.removeAll(keepingCapacity: true)
        }
        var split = 0
        try body(s, split: { if split == 0 { split = written + out.count } }) { frame in
            out.append(contentsOf: frame)
            try flush()
        }
        try flush(force: true)
        let digest = ChainHash.hex(hasher.finalize())
        var full = header(digest)
        full.split = split
        var h = SnapshotCodec.header(full)
        guard h.count <= headerSize else { throw JournalError.io(path: path, operation: "snapshot header", errno: EOVERFLOW) }
        h.removeLast()  // the newline: pad before it
        h += [UInt8](repeating: 0x20, count: headerSize - 1 - h.count) + [0x0A]
        let n = h.withUnsafeBytes { pwrite(fd, $0.baseAddress, h.count, 0) }
        if n != h.count { throw JournalError.io(path: path, operation: "write", errno: errno) }
        return digest
    }

    /// The digest a snapshot of `s` would carry, without writing one (`verify`). A large
    /// state is encoded on two threads and hashed in order: this one encodes and hashes the
    /// first part of the enterprises; the other, started at once, the rest and every table
    /// after them (the versions sorted on a third meanwhile), then this one hashes that.
    /// `parallelFrom`: the enterprise count from which two threads are used (tests lower it).
    static func digest(of s: DomainState, parallelFrom: Int = 20_000) -> String {
        var hasher = SHA256()
        var pending: [UInt8] = []
        pending.reserveCapacity(1 << 16)
        func hash(_ frame: [UInt8]) {
            pending.append(contentsOf: frame)
            if pending.count >= 1 << 16 {
                pending.withUnsafeBytes { hasher.update(bufferPointer: $0) }
                pending.removeAll(keepingCapacity: true)
            }
        }
        if s.enterprises.count < parallelFrom {
            try? body(s, emit: hash)
        } else {
            let versions = BackgroundJob { sortedByKey(s.versions.table) }
            let entries = s.enterprises.sorted
            let n = entries.count
            // This thread also hashes the whole body: it encodes a little less.
            let cut = n * 9 / 20
            let rest = BackgroundJob { () -> [UInt8] in
                var out: [UInt8] = []
                var encoder = FrameEncoder()
                try? encoder.enterprises(entries, cut..<n, splitAt: -1, split: {}) { out.append(contentsOf: $0) }
                try? encoder.tail(s, versions: versions.result) { out.append(contentsOf: $0) }
                return out
            }
            var encoder = FrameEncoder()
            try? encoder.head(s, emit: hash)
            try? encoder.enterprises(entries, 0..<cut, splitAt: -1, split: {}, emit: hash)
            pending.withUnsafeBytes { hasher.update(bufferPointer: $0) }
            pending.removeAll()
            rest.result.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        }
        pending.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        return ChainHash.hex(hasher.finalize())
    }

    /// A counter table's entries in key order (sorted whole, not keys sorted and each looked
    /// up again: half a million lookups in a table too large for the cache).
    static func sortedByKey(_ table: [String: Int]) -> KeySorted<Int> {
        KeySorted(table)
    }

    /// The body's frames, in a fixed order (single values, then each table in key order:
    /// the same state always gives the same bytes, whatever order its tables hold them in).
    /// `split` is called once, just before the frame a second reading thread starts at.
    static func body(_ s: DomainState, split: () -> Void = {}, emit: ([UInt8]) throws -> Void) throws {
        var encoder = FrameEncoder()
        try encoder.head(s, emit: emit)
        // The second thread also hashes the whole body (about a twelfth of the work) and
        // reads everything after the enterprises (the versions are only checked and kept as
        // bytes there, see `EntityVersions`); the first puts every enterprise in its table
        // (about a third of what reading one costs). Measured at half a million records, the
        // two finish together when the second starts 45% of the way into the enterprises.
        let n = s.enterprises.count
        let splitAt = n >= 4_096 ? min(n - 1, n * 9 / 20) : -1
        // The sorted enterprises are gone before the versions are sorted (not both at once).
        try encoder.enterprises(s.enterprises.sorted, 0..<n, splitAt: splitAt, split: split, emit: emit)
        try encoder.tail(s, versions: sortedByKey(s.versions.table), emit: emit)
    }

    /// Writes the body's frames, a part at a time (`body` gives the order).
    struct FrameEncoder {
        private let enc = JSONValueEncoder()
        private var record = BinaryWriter()
        private var frame = BinaryWriter()

        private mutating func send(_ tag: Tag, key: String?, _ emit: ([UInt8]) throws -> Void,
                                   _ fill: (inout BinaryWriter) throws -> Void) throws {
            record.out.removeAll(keepingCapacity: true)
            record.byte(tag.rawValue)
            if let key { record.string(key) }
            try fill(&record)
            frame.out.removeAll(keepingCapacity: true)
            frame.varint(UInt64(record.out.count))
            frame.out.append(contentsOf: record.out)
            try emit(frame.out)
        }

        private static func json<T: Encodable>(_ v: T, _ w: inout BinaryWriter, _ enc: JSONValueEncoder) throws {
            var out: [UInt8] = []
            JSONWriter.write(try enc.encode(v), into: &out)
            w.varint(UInt64(out.count))
            w.out.append(contentsOf: out)
        }

        private mutating func keyedJSON<T: Encodable>(_ tag: Tag, _ table: [String: T], _ emit: ([UInt8]) throws -> Void) throws {
            let enc = self.enc
            for k in table.keys.sorted() { try send(tag, key: k, emit) { try Self.json(table[k]!, &$0, enc) } }
        }

        private mutating func keyedInt(_ tag: Tag, _ entries: KeySorted<Int>, _ emit: ([UInt8]) throws -> Void) throws {
            for i in 0..<entries.count {
                let (k, v) = entries[i]
                try send(tag, key: k, emit) { $0.int(v) }
            }
        }

        /// The single values and the operators.
        mutating func head(_ s: DomainState, emit: ([UInt8]) throws -> Void) throws {
            try send(.lastSeq, key: nil, emit) { $0.int(s.lastSeq) }
            try send(.lastHash, key: nil, emit) { $0.string(s.lastHash) }
            if let c = s.createdBy { try send(.createdBy, key: nil, emit) { $0.string(c) } }
            try send(.lastTime, key: nil, emit) { $0.int(s.lastTime) }
            let enc = self.enc
            if let a = s.historyAcknowledgement { try send(.historyAcknowledgement, key: nil, emit) { try Self.json(a, &$0, enc) } }
            try keyedJSON(.operators, s.operators, emit)
        }

        /// The enterprises at `positions` of key order; `split` is called before the one at `splitAt`.
        mutating func enterprises(_ entries: KeySorted<RecordMap<Enterprise>.Box>, _ positions: Range<Int>, splitAt: Int,
                                  split: () -> Void, emit: ([UInt8]) throws -> Void) throws {
            for i in positions {
                if i == splitAt { split() }
                let (key, box) = entries[i]
                try send(.enterprises, key: key, emit) { box.value.write(&$0) }
            }
        }

        /// Every table after the enterprises; `versions` already in key order.
        mutating func tail(_ s: DomainState, versions: KeySorted<Int>, emit: ([UInt8]) throws -> Void) throws {
            // usccIndex is not written: it is derived from the enterprises when first used.
            try keyedJSON(.statistics, s.statistics, emit)
            try keyedJSON(.projects, s.projects, emit)
            try keyedJSON(.addedUnits, s.addedUnits, emit)
            try keyedJSON(.apartments, s.apartments, emit)
            try keyedJSON(.talents, s.talents, emit)
            try keyedJSON(.applications, s.applications, emit)
            try keyedJSON(.leases, s.leases, emit)
            try keyedJSON(.activities, s.activities, emit)
            try keyedJSON(.registrations, s.registrations, emit)
            // registrationsByActivity is rebuilt from the registrations on reading.
            try keyedJSON(.contestEntries, s.contestEntries, emit)
            try keyedJSON(.actionItems, s.actionItems, emit)
            try keyedJSON(.tickets, s.tickets, emit)
            try keyedJSON(.evaluations, s.evaluations, emit)
            try keyedJSON(.adjustments, s.adjustments, emit)
            // The calendar itself is rebuilt from the added years' text on reading.
            for y in s.calendarYears.keys.sorted() {
                let enc = self.enc
                try send(.calendarYears, key: String(y), emit) { try Self.json(s.calendarYears[y]!, &$0, enc) }
            }
            try keyedInt(.receiptCounters, sortedByKey(s.receiptCounters), emit)
            try keyedInt(.versions, versions, emit)
            try keyedInt(.kindCounts, sortedByKey(s.kindCounts), emit)
        }
    }

    static func header(_ h: Header) -> [UInt8] {
        var out: [UInt8] = []
        JSONWriter.write(.object([
            "v": .int(Int64(FormatVersion.current)), "seq": .int(Int64(h.seq)), "hash": .string(h.hash),
            "offset": .int(Int64(h.offset)), "lineStart": .int(Int64(h.lineStart)), "digest": .string(h.digest),
            "format": .string(format), "split": .int(Int64(h.split)),
            "counts": .object(JSONObject(h.counts.mapValues { JSONValue.int(Int64($0)) })),
        ]), into: &out)
        out.append(0x0A)
        return out
    }

    static func parseHeader(_ line: ArraySlice<UInt8>) -> Header? {
        guard let v = try? JSONParser.parse(Array(line)), v["v"]?.intValue == Int64(FormatVersion.current),
              v["format"]?.stringValue == format,
              let seq = v["seq"]?.intValue, let hash = v["hash"]?.stringValue, ChainDigest(hex: hash) != nil, let offset = v["offset"]?.intValue,
              let lineStart = v["lineStart"]?.intValue, let digest = v["digest"]?.stringValue else { return nil }
        let counts = (v["counts"]?.objectValue ?? [:]).compactMapValues { $0.intValue.map(Int.init) }
        return Header(counts: counts, seq: Int(seq), hash: hash, offset: Int(offset), lineStart: Int(lineStart), digest: digest,
                      split: max(0, Int(v["split"]?.intValue ?? 0)))
    }

    /// Reads the body into a state, hashing it as it is read; nil if anything is off
    /// (a frame that does not parse, a tag this build does not know, the digest). With a
    /// split point, a second thread hashes the whole body and reads from the split on
    /// while this one reads up to it; the halves hold disjoint records and are joined.
    static func readBody(fd: Int32, start: Int, digest: String, counts: [String: Int] = [:], split: Int = 0,
                         progress: ((LoadProgress) -> Void)? = nil) -> DomainState? {
        var st = stat()
        guard fstat(fd, &st) == 0 else { return nil }
        let total = Int(st.st_size)
        // The header is not covered by the digest: trust its counts only as far as the
        // file could hold that many records (a frame is well over 16 bytes).
        func hint(_ k: String) -> Int { min(max(0, counts[k] ?? 0), total / 16) }
        guard split > 0, start + split < total else {
            var s = DomainState()
            s.enterprises.reserveCapacity(hint("enterprises"))
            let input = HashedInput(fd: fd, start: start, end: total, hashing: true)
            guard read(input, into: &s, total: total, progress: progress), input.digest() == digest else { return nil }
            s.deferCodeIndex()
            return s
        }
        // The second thread: everything hashed, frames read from the split on. It decodes
        // and boxes its enterprises and hands them over in chunks; this thread puts them in
        // its table once its own part is read. Joining two tables after both were read took
        // 57 ms at half a million records, on one core while the other waited.
        let handoff = Handoff()
        let second = secondHalf(fd: fd, start: start, split: start + split, total: total, handoff: handoff)
        var s = DomainState()
        s.enterprises.reserveCapacity(hint("enterprises"))
        HeapRoom.make(min(split, 60 << 20))
        let first = HashedInput(fd: fd, start: start, end: start + split, hashing: false)
        let ok = read(first, into: &s, total: total, progress: progress)
        let own = s.enterprises.count
        var handed = 0
        while let chunk = handoff.next() {
            for (k, box) in chunk { s.enterprises.insert(k, box: box) }
            handed += chunk.count
        }
        guard case (let rest?, let bodyDigest) = second.take(), ok, bodyDigest == digest else { return nil }
        // The first half holds the single values, the operators and enterprises up to the
        // split; the second the other enterprises and every other table. The split is not
        // covered by the digest: a split anywhere else is refused (the journal is replayed).
        guard Self.onlyEarlyTables(s), Self.noEarlyValues(rest), rest.enterprises.isEmpty else { return nil }
        // Every key once (the count would be short for a key in both halves).
        guard s.enterprises.count == own + handed else { return nil }
        var joined = rest
        joined.lastSeq = s.lastSeq
        joined.lastDigest = s.lastDigest
        joined.createdBy = s.createdBy
        joined.lastTime = s.lastTime
        joined.historyAcknowledgement = s.historyAcknowledgement
        joined.operators = s.operators
        joined.enterprises = s.enterprises
        s = DomainState()   // the table has one owner, so the next change does not copy it
        joined.deferCodeIndex()
        return joined
    }

    private static func onlyEarlyTables(_ s: DomainState) -> Bool {
        s.statistics.isEmpty && s.projects.isEmpty && s.addedUnits.isEmpty && s.apartments.isEmpty && s.talents.isEmpty
            && s.applications.isEmpty && s.leases.isEmpty && s.activities.isEmpty && s.registrations.isEmpty
            && s.contestEntries.isEmpty && s.actionItems.isEmpty && s.tickets.isEmpty && s.evaluations.isEmpty
            && s.adjustments.isEmpty && s.calendarYears.isEmpty && s.receiptCounters.isEmpty && s.versions.isEmpty && s.kindCounts.isEmpty
    }

    private static func noEarlyValues(_ s: DomainState) -> Bool {
        s.lastSeq == 0 && s.lastDigest == .genesis && s.createdBy == nil && s.lastTime == 0
            && s.historyAcknowledgement == nil && s.operators.isEmpty
    }

    /// Reads frames from `input` into `s`; false on anything malformed. With `handoff`, the
    /// enterprises go there (a chunk at a time) instead of into `s`.
    private static func read(_ input: HashedInput, into s: inout DomainState, total: Int,
                             progress: ((LoadProgress) -> Void)?, handoff: Handoff? = nil) -> Bool {
        let dec = JSONValueDecoder()
        var records = 0
        var chunk: [(String, RecordMap<Enterprise>.Box)] = []
        var versions = VersionFrames()
        do {
            while let frame = try input.nextFrame() {
                var r = BinaryReader(frame)
                if let (k, box) = try add(&r, to: &s, dec, versions: &versions, keepingEnterprises: handoff == nil), let handoff {
                    if chunk.isEmpty { chunk.reserveCapacity(Handoff.chunk) }
                    chunk.append((k, box))
                    if chunk.count == Handoff.chunk {
                        handoff.push(chunk)
                        chunk = []
                    }
                }
                guard r.atEnd else { return false }
                records += 1
                if let progress, records & 0x3FFF == 0 {
                    progress(LoadProgress(phase: .snapshot, bytesDone: input.offset, bytesTotal: total, lines: records))
                }
            }
        } catch {
            return false
        }
        if let handoff, !chunk.isEmpty { handoff.push(chunk) }
        if versions.count > 0 {
            s.versions = EntityVersions(base: .init(frames: versions.bytes, count: versions.count, newest: versions.newest))
        }
        progress?(LoadProgress(phase: .snapshot, bytesDone: input.offset, bytesTotal: total, lines: records))
        return input.atEnd
    }

    /// The body's second half, read on a thread of its own, which also hashes the whole body:
    /// its state (nil if it failed) and the whole body's digest.
    private static func secondHalf(fd: Int32, start: Int, split: Int, total: Int,
                                   handoff: Handoff) -> BackgroundJob<(state: DomainState?, digest: String)> {
        BackgroundJob {
            // Whatever happens, the first thread stops waiting for chunks.
            defer { handoff.finish() }
            HeapRoom.make(min(total - split, 60 << 20))
            let input = HashedInput(fd: fd, start: start, end: total, hashing: true)
            var s = DomainState()
            let ok = (try? input.skip(to: split)) != nil && read(input, into: &s, total: total, progress: nil, handoff: handoff)
            return (ok ? s : nil, input.digest())
        }
    }

    /// Enterprises the second reading thread hands to the first, a chunk at a time.
    private final class Handoff: @unchecked Sendable {
        static let chunk = 1_024
        private let condition = NSCondition()
        private var chunks: [[(String, RecordMap<Enterprise>.Box)]] = []
        private var done = false

        func push(_ c: [(String, RecordMap<Enterprise>.Box)]) {
            condition.lock()
            chunks.append(c)
            condition.signal()
            condition.unlock()
        }

        func finish() {
            condition.lock()
            done = true
            condition.broadcast()
            condition.unlock()
        }

        /// The next chunk, waiting for one; nil once the other thread is done and all are taken.
        func next() -> [(String, RecordMap<Enterprise>.Box)]? {
            condition.lock()
            defer { condition.unlock() }
            while chunks.isEmpty && !done { condition.wait() }
            return chunks.isEmpty ? nil : chunks.removeFirst()
        }
    }

    /// One frame into the state; throws for anything this build does not read (replay instead).
    /// An enterprise is returned instead, boxed, when the state is not `keepingEnterprises`
    /// (boxed here: each copy of a 224-byte record on its way was a `memmove`).
    private static func add(_ r: inout BinaryReader, to s: inout DomainState, _ dec: JSONValueDecoder,
                            versions: inout VersionFrames, keepingEnterprises: Bool) throws -> (String, RecordMap<Enterprise>.Box)? {
        guard let tag = Tag(rawValue: try r.byte()) else { throw BinaryReader.Malformed() }
        func json<T: Decodable>(_ type: T.Type) throws -> T {
            let bytes = try r.raw()
            return try dec.decode(type, from: try JSONParser.parse(bytes.assumingMemoryBound(to: UInt8.self)))
        }
        switch tag {
        case .lastSeq: s.lastSeq = Int(try r.int())
        case .lastHash:
            guard let d = ChainDigest(hex: try r.string()) else { throw BinaryReader.Malformed() }
            s.lastDigest = d
        case .createdBy: s.createdBy = try r.string()
        case .lastTime: s.lastTime = try r.int()
        case .historyAcknowledgement: s.historyAcknowledgement = try json(HistoryAcknowledgement.self)
        case .enterprises:
            let key = try r.raw()
            let e = try Enterprise(binary: &r)
            // The key is the record's id: one string for both.
            let k = e.id.utf8.elementsEqual(key) ? e.id : String(decoding: key, as: UTF8.self)
            let box = RecordMap.Box(e)
            if !keepingEnterprises { return (k, box) }
            s.enterprises.insert(k, box: box)
        case .receiptCounters: let k = try r.string(); s.receiptCounters[k] = Int(try r.int())
        case .versions: try versions.add(&r)
        case .kindCounts: let k = try r.string(); s.kindCounts[k] = Int(try r.int())
        case .operators: let k = try r.string(); s.operators[k] = try json(OperatorRecord.self)
        case .statistics: let k = try r.string(); s.statistics[k] = try json(DistrictStatistic.self)
        case .projects: let k = try r.string(); s.projects[k] = try json(Project.self)
        case .addedUnits: let k = try r.string(); s.addedUnits[k] = try json(OrgUnit.self)
        case .apartments: let k = try r.string(); s.apartments[k] = try json(Apartment.self)
        case .talents: let k = try r.string(); s.talents[k] = try json(Talent.self)
        case .applications: let k = try r.string(); s.applications[k] = try json(HousingApplication.self)
        case .leases: let k = try r.string(); s.leases[k] = try json(Lease.self)
        case .activities: let k = try r.string(); s.activities[k] = try json(Activity.self)
        case .registrations:
            let k = try r.string()
            let reg = try json(Registration.self)
            s.registrations[k] = reg
            s.indexRegistration(reg)
        case .contestEntries: let k = try r.string(); s.contestEntries[k] = try json(ContestEntry.self)
        case .actionItems: let k = try r.string(); s.actionItems[k] = try json(ActionItem.self)
        case .tickets: let k = try r.string(); s.tickets[k] = try json(Ticket.self)
        case .evaluations: let k = try r.string(); s.evaluations[k] = try json(Evaluation.self)
        case .adjustments: let k = try r.string(); s.adjustments[k] = try json(Adjustment.self)
        case .calendarYears:
            guard let year = Int(try r.string()) else { throw BinaryReader.Malformed() }
            s.calendarYears[year] = try json(CalendarYear.self)
            s.rebuildCalendar()
        }
        return nil
    }
}

/// A snapshot's versions frames, checked as they are read and kept as bytes: they are
/// decoded into a table on a thread of their own (see `EntityVersions`).
private struct VersionFrames {
    var bytes: [UInt8] = []
    var count = 0
    var newest = 0

    mutating func add(_ r: inout BinaryReader) throws(BinaryReader.Malformed) {
        let start = r.i
        _ = try r.raw()
        newest = max(newest, Int(try r.int()))
        if bytes.isEmpty { bytes.reserveCapacity(1 << 16) }
        bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: r.bytes[start..<r.i]))
        count += 1
    }
}

/// The snapshot body read in large pieces and hashed as it is read; hands out one frame
/// at a time (a frame is a varint length and that many bytes).
private final class HashedInput {
    private let fd: Int32
    /// Reads stop here (the file's end, or the split for the first half).
    private let limit: Int
    private let hashing: Bool
    private var buffer: UnsafeMutableRawBufferPointer
    private var start = 0, end = 0
    /// File offset of `buffer[end]`.
    private var fileAt: Int
    private var eof = false
    private var hasher = SHA256()

    init(fd: Int32, start: Int, end: Int, hashing: Bool) {
        self.fd = fd
        limit = end
        self.hashing = hashing
        fileAt = start
        buffer = .allocate(byteCount: 4 << 20, alignment: 16)
    }

    /// File offset of the next unread frame.
    var offset: Int { fileAt - (end - start) }

    deinit { buffer.deallocate() }

    func digest() -> String { ChainHash.hex(hasher.finalize()) }

    /// Makes `n` bytes available from `start` (moving the rest to the front, growing the
    /// buffer for a frame larger than it). False at the end of the file.
    private func ensure(_ n: Int) throws -> Bool {
        while end - start < n {
            if eof { return false }
            if start > 0 {
                buffer.baseAddress!.copyMemory(from: buffer.baseAddress! + start, byteCount: end - start)
                end -= start
                start = 0
            }
            if n > buffer.count {
                let bigger = UnsafeMutableRawBufferPointer.allocate(byteCount: max(n, buffer.count * 2), alignment: 16)
                bigger.baseAddress!.copyMemory(from: buffer.baseAddress!, byteCount: end)
                buffer.deallocate()
                buffer = bigger
            }
            var got: Int
            let want = min(buffer.count - end, limit - fileAt)
            if want == 0 { eof = true; continue }
            repeat {
                got = pread(fd, buffer.baseAddress! + end, want, off_t(fileAt))
            } while got < 0 && errno == EINTR
            if got < 0 { throw JournalError.io(path: "snapshot", operation: "read", errno: errno) }
            if got == 0 { eof = true; continue }
            if hashing { hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: buffer[end..<(end + got)])) }
            end += got
            fileAt += got
        }
        return true
    }

    /// Everything read, up to the limit.
    var atEnd: Bool { start == end && (eof || fileAt == limit) }

    /// Reads (and hashes) up to `offset` without looking at frames.
    func skip(to offset: Int) throws {
        while self.offset < offset {
            let step = min(offset - self.offset, 1 << 20)
            guard try ensure(step) else { throw BinaryReader.Malformed() }
            start += step
        }
    }

    /// The next frame's bytes (valid until the next call), nil at a clean end.
    func nextFrame() throws -> UnsafeRawBufferPointer? {
        guard try ensure(1) else { return nil }
        var length = 0, shift = 0, used = 0
        while true {
            guard try ensure(used + 1) else { throw BinaryReader.Malformed() }
            let b = buffer[start + used]
            used += 1
            length |= Int(b & 0x7F) << shift
            if b < 0x80 { break }
            shift += 7
            if shift > 35 { throw BinaryReader.Malformed() }
        }
        guard try ensure(used + length) else { throw BinaryReader.Malformed() }
        let frame = UnsafeRawBufferPointer(rebasing: buffer[(start + used)..<(start + used + length)])
        start += used + length
        return frame
    }
}
