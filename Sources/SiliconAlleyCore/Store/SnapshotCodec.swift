#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Crypto

/// The state as JSON Lines: a header, then one line per record, so writing and reading
/// stream through a small buffer instead of building one tree of the whole state.
/// The header names the journal line the state stands for and the SHA-256 of the body.
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

    /// Streams the snapshot to `fd`: a placeholder header, the body in 1 MB pieces hashed as
    /// they go, then the real header over the placeholder. Never holds the whole body.
    static func write(_ s: DomainState, to fd: Int32, path: String, header: (String) -> Header) throws {
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
        try body(s) { line in
            out.append(contentsOf: line)
            try flush()
        }
        try flush(force: true)
        var h = SnapshotCodec.header(header(ChainHash.hex(hasher.finalize())))
        guard h.count <= headerSize else { throw JournalError.io(path: path, operation: "snapshot header", errno: EOVERFLOW) }
        h.removeLast()  // the newline: pad before it
        h += [UInt8](repeating: 0x20, count: headerSize - 1 - h.count) + [0x0A]
        let n = h.withUnsafeBytes { pwrite(fd, $0.baseAddress, h.count, 0) }
        if n != h.count { throw JournalError.io(path: path, operation: "write", errno: errno) }
    }

    /// Body lines: `{"f":"enterprises","k":"ent-12","r":{…}}` for keyed records,
    /// `{"f":"lastSeq","r":…}` for single values.
    static func body(_ s: DomainState, emit: ([UInt8]) throws -> Void) throws {
        let enc = JSONValueEncoder()
        var out: [UInt8] = []
        func single(_ f: String, _ v: JSONValue) throws {
            out.removeAll(keepingCapacity: true)
            JSONWriter.write(.object(["f": .string(f), "r": v]), into: &out)
            out.append(0x0A)
            try emit(out)
        }
        func keyed<T: Encodable, S: Sequence>(_ f: String, _ dict: S) throws where S.Element == (key: String, value: T) {
            for (k, v) in dict {
                out.removeAll(keepingCapacity: true)
                JSONWriter.write(.object(["f": .string(f), "k": .string(k), "r": try enc.encode(v)]), into: &out)
                out.append(0x0A)
                try emit(out)
            }
        }
        try single("lastSeq", .int(Int64(s.lastSeq)))
        try single("lastHash", .string(s.lastHash))
        if let c = s.createdBy { try single("createdBy", .string(c)) }
        try single("lastTime", .int(s.lastTime))
        if let a = s.historyAcknowledgement { try single("historyAcknowledgement", try enc.encode(a)) }
        try keyed("operators", s.operators)
        try keyed("enterprises", s.enterprises)
        // usccIndex is rebuilt from the enterprises on reading: it shares their strings then.
        try keyed("statistics", s.statistics)
        try keyed("projects", s.projects)
        try keyed("apartments", s.apartments)
        try keyed("talents", s.talents)
        try keyed("applications", s.applications)
        try keyed("leases", s.leases)
        try keyed("activities", s.activities)
        try keyed("registrations", s.registrations)
        try keyed("contestEntries", s.contestEntries)
        try keyed("actionItems", s.actionItems)
        try keyed("tickets", s.tickets)
        try keyed("receiptCounters", s.receiptCounters)
        try keyed("versions", s.versions)
        try keyed("kindCounts", s.kindCounts)
    }

    static func header(_ h: Header) -> [UInt8] {
        var out: [UInt8] = []
        JSONWriter.write(.object([
            "v": .int(Int64(FormatVersion.current)), "seq": .int(Int64(h.seq)), "hash": .string(h.hash),
            "offset": .int(Int64(h.offset)), "lineStart": .int(Int64(h.lineStart)), "digest": .string(h.digest),
            "format": .string("lines"),
            "counts": .object(JSONObject(h.counts.mapValues { JSONValue.int(Int64($0)) })),
        ]), into: &out)
        out.append(0x0A)
        return out
    }

    static func parseHeader(_ line: ArraySlice<UInt8>) -> Header? {
        guard let v = try? JSONParser.parse(Array(line)), v["v"]?.intValue == Int64(FormatVersion.current),
              v["format"]?.stringValue == "lines",
              let seq = v["seq"]?.intValue, let hash = v["hash"]?.stringValue, let offset = v["offset"]?.intValue,
              let lineStart = v["lineStart"]?.intValue, let digest = v["digest"]?.stringValue else { return nil }
        let counts = (v["counts"]?.objectValue ?? [:]).compactMapValues { $0.intValue.map(Int.init) }
        return Header(counts: counts, seq: Int(seq), hash: hash, offset: Int(offset), lineStart: Int(lineStart), digest: digest)
    }

    /// Reads the body lines into a state, hashing them as they pass; nil if anything is off.
    static func readBody(fd: Int32, start: Int, digest: String, counts: [String: Int] = [:]) -> DomainState? {
        // Parsing and hashing run on a second thread; records are built here.
        let pipeline = LinePipeline<JSONValue?>(fd: fd, start: start, path: "snapshot", transform: { bytes, _ in
            bytes.withUnsafeBufferPointer { try? JSONParser.parse($0) }
        }, stopAfter: { $0 == nil }, hashing: true)
        var s = DomainState()
        // The header is not covered by the digest: trust its counts only as far as the
        // file could hold that many records (a line is well over 32 bytes).
        var st = stat()
        let most = fstat(fd, &st) == 0 ? Int(st.st_size) / 32 : 0
        func hint(_ k: String) -> Int { min(max(0, counts[k] ?? 0), most) }
        s.enterprises.reserveCapacity(hint("enterprises"))
        s.usccIndex.reserveCapacity(hint("usccIndex"))
        s.versions.reserveCapacity(hint("versions"))
        let dec = JSONValueDecoder()
        do {
            while let batch = try pipeline.take() {
                for item in batch {
                    guard let v = item.value else { pipeline.stop(); return nil }
                    guard try add(v, to: &s, dec) else { pipeline.stop(); return nil }
                }
            }
        } catch {
            pipeline.stop()
            return nil
        }
        guard pipeline.unterminated == 0, pipeline.digest == digest else { return nil }
        return s
    }

    /// One body line into the state; false for a field this build does not know (replay instead).
    private static func add(_ v: JSONValue, to s: inout DomainState, _ dec: JSONValueDecoder) throws -> Bool {
        guard let f = v["f"]?.stringValue, let r = v["r"] else { return false }
        let k = v["k"]?.stringValue ?? ""
        switch f {
        case "lastSeq": s.lastSeq = Int(r.intValue ?? -1)
        case "lastHash": s.lastHash = r.stringValue ?? ""
        case "createdBy": s.createdBy = r.stringValue
        case "lastTime": s.lastTime = r.intValue ?? 0
        case "historyAcknowledgement": s.historyAcknowledgement = try dec.decode(HistoryAcknowledgement.self, from: r)
        case "operators": s.operators[k] = try dec.decode(OperatorRecord.self, from: r)
        case "enterprises":
            let e = try Enterprise(fast: r) ?? dec.decode(Enterprise.self, from: r)
            s.enterprises[k] = e
            s.usccIndex[e.uscc] = k
        case "usccIndex": s.usccIndex[k] = r.stringValue
        case "statistics": s.statistics[k] = try dec.decode(DistrictStatistic.self, from: r)
        case "projects": s.projects[k] = try dec.decode(Project.self, from: r)
        case "apartments": s.apartments[k] = try dec.decode(Apartment.self, from: r)
        case "talents": s.talents[k] = try dec.decode(Talent.self, from: r)
        case "applications": s.applications[k] = try dec.decode(HousingApplication.self, from: r)
        case "leases": s.leases[k] = try dec.decode(Lease.self, from: r)
        case "activities": s.activities[k] = try dec.decode(Activity.self, from: r)
        case "registrations": s.registrations[k] = try dec.decode(Registration.self, from: r)
        case "contestEntries": s.contestEntries[k] = try dec.decode(ContestEntry.self, from: r)
        case "actionItems": s.actionItems[k] = try dec.decode(ActionItem.self, from: r)
        case "tickets": s.tickets[k] = try dec.decode(Ticket.self, from: r)
        case "receiptCounters": s.receiptCounters[k] = r.intValue.map(Int.init)
        case "versions": s.versions[k] = r.intValue.map(Int.init)
        case "kindCounts": s.kindCounts[k] = r.intValue.map(Int.init)
        default: return false
        }
        return true
    }
}
