#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Crypto

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
        func flush(force: Bool = false) throws {
            guard force || out.count >= 1 << 20 else { return }
            out.withUnsafeBytes { hasher.update(bufferPointer: $0) }
            try FileIO.writeAll(fd, out, path: path)
            out.removeAll(keepingCapacity: true)
        }
        try body(s) { frame in
            out.append(contentsOf: frame)
            try flush()
        }
        try flush(force: true)
        let digest = ChainHash.hex(hasher.finalize())
        var h = SnapshotCodec.header(header(digest))
        guard h.count <= headerSize else { throw JournalError.io(path: path, operation: "snapshot header", errno: EOVERFLOW) }
        h.removeLast()  // the newline: pad before it
        h += [UInt8](repeating: 0x20, count: headerSize - 1 - h.count) + [0x0A]
        let n = h.withUnsafeBytes { pwrite(fd, $0.baseAddress, h.count, 0) }
        if n != h.count { throw JournalError.io(path: path, operation: "write", errno: errno) }
        return digest
    }

    /// The digest a snapshot of `s` would carry, without writing one (`verify`).
    static func digest(of s: DomainState) -> String {
        var hasher = SHA256()
        var pending: [UInt8] = []
        pending.reserveCapacity(1 << 16)
        try? body(s) { frame in
            pending.append(contentsOf: frame)
            if pending.count >= 1 << 16 {
                pending.withUnsafeBytes { hasher.update(bufferPointer: $0) }
                pending.removeAll(keepingCapacity: true)
            }
        }
        pending.withUnsafeBytes { hasher.update(bufferPointer: $0) }
        return ChainHash.hex(hasher.finalize())
    }

    /// The body's frames, in a fixed order (single values, then each table in key order:
    /// the same state always gives the same bytes, whatever order its tables hold them in).
    static func body(_ s: DomainState, emit: ([UInt8]) throws -> Void) throws {
        let enc = JSONValueEncoder()
        var record = BinaryWriter()
        var frame = BinaryWriter()
        func send(_ tag: Tag, key: String?, _ fill: (inout BinaryWriter) throws -> Void) throws {
            record.out.removeAll(keepingCapacity: true)
            record.byte(tag.rawValue)
            if let key { record.string(key) }
            try fill(&record)
            frame.out.removeAll(keepingCapacity: true)
            frame.varint(UInt64(record.out.count))
            frame.out.append(contentsOf: record.out)
            try emit(frame.out)
        }
        func json<T: Encodable>(_ v: T, _ w: inout BinaryWriter) throws {
            var out: [UInt8] = []
            JSONWriter.write(try enc.encode(v), into: &out)
            w.varint(UInt64(out.count))
            w.out.append(contentsOf: out)
        }
        func keyedJSON<T: Encodable>(_ tag: Tag, _ table: [String: T]) throws {
            for k in table.keys.sorted() { try send(tag, key: k) { try json(table[k]!, &$0) } }
        }
        func keyedInt(_ tag: Tag, _ table: [String: Int]) throws {
            for k in table.keys.sorted() { try send(tag, key: k) { $0.int(table[k]!) } }
        }
        try send(.lastSeq, key: nil) { $0.int(s.lastSeq) }
        try send(.lastHash, key: nil) { $0.string(s.lastHash) }
        if let c = s.createdBy { try send(.createdBy, key: nil) { $0.string(c) } }
        try send(.lastTime, key: nil) { $0.int(s.lastTime) }
        if let a = s.historyAcknowledgement { try send(.historyAcknowledgement, key: nil) { try json(a, &$0) } }
        try keyedJSON(.operators, s.operators)
        for k in s.enterprises.keys.sorted() {
            guard let e = s.enterprises[k] else { continue }
            try send(.enterprises, key: k) { e.write(&$0) }
        }
        // usccIndex is rebuilt from the enterprises on reading: it shares their strings then.
        try keyedJSON(.statistics, s.statistics)
        try keyedJSON(.projects, s.projects)
        try keyedJSON(.addedUnits, s.addedUnits)
        try keyedJSON(.apartments, s.apartments)
        try keyedJSON(.talents, s.talents)
        try keyedJSON(.applications, s.applications)
        try keyedJSON(.leases, s.leases)
        try keyedJSON(.activities, s.activities)
        try keyedJSON(.registrations, s.registrations)
        // registrationsByActivity is rebuilt from the registrations on reading.
        try keyedJSON(.contestEntries, s.contestEntries)
        try keyedJSON(.actionItems, s.actionItems)
        try keyedJSON(.tickets, s.tickets)
        try keyedJSON(.evaluations, s.evaluations)
        try keyedJSON(.adjustments, s.adjustments)
        try keyedInt(.receiptCounters, s.receiptCounters)
        try keyedInt(.versions, s.versions)
        try keyedInt(.kindCounts, s.kindCounts)
    }

    static func header(_ h: Header) -> [UInt8] {
        var out: [UInt8] = []
        JSONWriter.write(.object([
            "v": .int(Int64(FormatVersion.current)), "seq": .int(Int64(h.seq)), "hash": .string(h.hash),
            "offset": .int(Int64(h.offset)), "lineStart": .int(Int64(h.lineStart)), "digest": .string(h.digest),
            "format": .string(format),
            "counts": .object(JSONObject(h.counts.mapValues { JSONValue.int(Int64($0)) })),
        ]), into: &out)
        out.append(0x0A)
        return out
    }

    static func parseHeader(_ line: ArraySlice<UInt8>) -> Header? {
        guard let v = try? JSONParser.parse(Array(line)), v["v"]?.intValue == Int64(FormatVersion.current),
              v["format"]?.stringValue == format,
              let seq = v["seq"]?.intValue, let hash = v["hash"]?.stringValue, let offset = v["offset"]?.intValue,
              let lineStart = v["lineStart"]?.intValue, let digest = v["digest"]?.stringValue else { return nil }
        let counts = (v["counts"]?.objectValue ?? [:]).compactMapValues { $0.intValue.map(Int.init) }
        return Header(counts: counts, seq: Int(seq), hash: hash, offset: Int(offset), lineStart: Int(lineStart), digest: digest)
    }

    /// Reads the body into a state, hashing it as it is read; nil if anything is off
    /// (a frame that does not parse, a tag this build does not know, the digest).
    static func readBody(fd: Int32, start: Int, digest: String, counts: [String: Int] = [:],
                         progress: ((LoadProgress) -> Void)? = nil) -> DomainState? {
        var st = stat()
        guard fstat(fd, &st) == 0 else { return nil }
        let total = Int(st.st_size)
        var s = DomainState()
        // The header is not covered by the digest: trust its counts only as far as the
        // file could hold that many records (a frame is well over 16 bytes).
        func hint(_ k: String) -> Int { min(max(0, counts[k] ?? 0), total / 16) }
        s.enterprises.reserveCapacity(hint("enterprises"))
        s.usccIndex.reserveCapacity(hint("usccIndex"))
        s.versions.reserveCapacity(hint("versions"))
        let input = HashedInput(fd: fd, start: start)
        let dec = JSONValueDecoder()
        var records = 0
        do {
            while true {
                guard let frame = try input.nextFrame() else { break }
                var r = BinaryReader(frame)
                try add(&r, to: &s, dec)
                guard r.atEnd else { return nil }
                records += 1
                if let progress, records & 0x3FFF == 0 {
                    progress(LoadProgress(phase: .snapshot, bytesDone: input.offset, bytesTotal: total, lines: records))
                }
            }
        } catch {
            return nil
        }
        guard input.digest() == digest else { return nil }
        return s
    }

    /// One frame into the state; throws for anything this build does not read (replay instead).
    private static func add(_ r: inout BinaryReader, to s: inout DomainState, _ dec: JSONValueDecoder) throws {
        guard let tag = Tag(rawValue: try r.byte()) else { throw BinaryReader.Malformed() }
        func json<T: Decodable>(_ type: T.Type) throws -> T {
            let bytes = try r.raw()
            return try dec.decode(type, from: try JSONParser.parse(bytes.assumingMemoryBound(to: UInt8.self)))
        }
        switch tag {
        case .lastSeq: s.lastSeq = Int(try r.int())
        case .lastHash: s.lastHash = try r.string()
        case .createdBy: s.createdBy = try r.string()
        case .lastTime: s.lastTime = try r.int()
        case .historyAcknowledgement: s.historyAcknowledgement = try json(HistoryAcknowledgement.self)
        case .enterprises:
            let k = try r.string()
            let e = try Enterprise(binary: &r)
            s.enterprises[k] = e
            s.usccIndex[e.uscc] = k
        case .receiptCounters: let k = try r.string(); s.receiptCounters[k] = Int(try r.int())
        case .versions: let k = try r.string(); s.versions[k] = Int(try r.int())
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
        }
    }
}

/// The snapshot body read in large pieces and hashed as it is read; hands out one frame
/// at a time (a frame is a varint length and that many bytes).
private final class HashedInput {
    private let fd: Int32
    private var buffer: UnsafeMutableRawBufferPointer
    private var start = 0, end = 0
    /// File offset of `buffer[end]`.
    private var fileAt: Int
    private var eof = false
    private var hasher = SHA256()

    init(fd: Int32, start: Int) {
        self.fd = fd
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
            repeat {
                got = pread(fd, buffer.baseAddress! + end, buffer.count - end, off_t(fileAt))
            } while got < 0 && errno == EINTR
            if got < 0 { throw JournalError.io(path: "snapshot", operation: "read", errno: errno) }
            if got == 0 { eof = true; continue }
            hasher.update(bufferPointer: UnsafeRawBufferPointer(rebasing: buffer[end..<(end + got)]))
            end += got
            fileAt += got
        }
        return true
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
