#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Crypto

/// The state as JSON Lines: a header, then one line per record, so writing and reading
/// stream through a small buffer instead of building one tree of the whole state.
/// The header names the journal line the state stands for and the SHA-256 of the body.
/// The body is canonical (records in key order), so its digest is a digest of the state
/// itself: the writer records it in a `journal.snapshotted` line, and `verify` recomputes
/// it from replay. A snapshot the journal does not vouch for is never believed.
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
        try body(s) { line in
            out.append(contentsOf: line)
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
        try? body(s) { line in line.withUnsafeBytes { hasher.update(bufferPointer: $0) } }
        return ChainHash.hex(hasher.finalize())
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
        // Key order, not the tables' (which differs between processes): the same state always
        // gives the same bytes.
        func keyed<T: Encodable>(_ f: String, _ keys: some Collection<String>, _ value: (String) -> T?) throws {
            for k in keys.sorted() {
                guard let v = value(k) else { continue }
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
        try keyed("operators", s.operators.keys) { s.operators[$0] }
        try keyed("enterprises", s.enterprises.keys) { s.enterprises[$0] }
        // usccIndex is rebuilt from the enterprises on reading: it shares their strings then.
        try keyed("statistics", s.statistics.keys) { s.statistics[$0] }
        try keyed("projects", s.projects.keys) { s.projects[$0] }
        try keyed("addedUnits", s.addedUnits.keys) { s.addedUnits[$0] }
        try keyed("apartments", s.apartments.keys) { s.apartments[$0] }
        try keyed("talents", s.talents.keys) { s.talents[$0] }
        try keyed("applications", s.applications.keys) { s.applications[$0] }
        try keyed("leases", s.leases.keys) { s.leases[$0] }
        try keyed("activities", s.activities.keys) { s.activities[$0] }
        try keyed("registrations", s.registrations.keys) { s.registrations[$0] }
        // registrationsByActivity is rebuilt from the registrations on reading.
        try keyed("contestEntries", s.contestEntries.keys) { s.contestEntries[$0] }
        try keyed("actionItems", s.actionItems.keys) { s.actionItems[$0] }
        try keyed("tickets", s.tickets.keys) { s.tickets[$0] }
        try keyed("evaluations", s.evaluations.keys) { s.evaluations[$0] }
        try keyed("adjustments", s.adjustments.keys) { s.adjustments[$0] }
        try keyed("receiptCounters", s.receiptCounters.keys) { s.receiptCounters[$0] }
        try keyed("versions", s.versions.keys) { s.versions[$0] }
        try keyed("kindCounts", s.kindCounts.keys) { s.kindCounts[$0] }
    }

    static func header(_ h: Header) -> [UInt8] {
        var out: [UInt8] = []
        JSONWriter.write(.object([
            "v": .int(Int64(FormatVersion.current)), "seq": .int(Int64(h.seq)), "hash": .string(h.hash),
            "offset": .int(Int64(h.offset)), "lineStart": .int(Int64(h.lineStart)), "digest": .string(h.digest),
            // Older snapshots ("lines") were not vouched for by the journal: never read.
            "format": .string("lines-vouched"),
            "counts": .object(JSONObject(h.counts.mapValues { JSONValue.int(Int64($0)) })),
        ]), into: &out)
        out.append(0x0A)
        return out
    }

    static func parseHeader(_ line: ArraySlice<UInt8>) -> Header? {
        guard let v = try? JSONParser.parse(Array(line)), v["v"]?.intValue == Int64(FormatVersion.current),
              v["format"]?.stringValue == "lines-vouched",
              let seq = v["seq"]?.intValue, let hash = v["hash"]?.stringValue, let offset = v["offset"]?.intValue,
              let lineStart = v["lineStart"]?.intValue, let digest = v["digest"]?.stringValue else { return nil }
        let counts = (v["counts"]?.objectValue ?? [:]).compactMapValues { $0.intValue.map(Int.init) }
        return Header(counts: counts, seq: Int(seq), hash: hash, offset: Int(offset), lineStart: Int(lineStart), digest: digest)
    }

    /// Reads the body lines into a state, hashing them as they pass; nil if anything is off.
    static func readBody(fd: Int32, start: Int, digest: String, counts: [String: Int] = [:],
                         progress: ((LoadProgress) -> Void)? = nil) -> DomainState? {
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
        let total = Int(st.st_size)
        var done = start, records = 0
        do {
            while let batch = try pipeline.take() {
                if let progress {
                    progress(LoadProgress(phase: .snapshot, bytesDone: done, bytesTotal: total, lines: records))
                    for item in batch { done += item.length }
                    records += batch.count
                }
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
        case "addedUnits": s.addedUnits[k] = try dec.decode(OrgUnit.self, from: r)
        case "apartments": s.apartments[k] = try dec.decode(Apartment.self, from: r)
        case "talents": s.talents[k] = try dec.decode(Talent.self, from: r)
        case "applications": s.applications[k] = try dec.decode(HousingApplication.self, from: r)
        case "leases": s.leases[k] = try dec.decode(Lease.self, from: r)
        case "activities": s.activities[k] = try dec.decode(Activity.self, from: r)
        case "registrations":
            let reg = try dec.decode(Registration.self, from: r)
            s.registrations[k] = reg
            s.indexRegistration(reg)
        case "contestEntries": s.contestEntries[k] = try dec.decode(ContestEntry.self, from: r)
        case "actionItems": s.actionItems[k] = try dec.decode(ActionItem.self, from: r)
        case "tickets": s.tickets[k] = try dec.decode(Ticket.self, from: r)
        case "evaluations": s.evaluations[k] = try dec.decode(Evaluation.self, from: r)
        case "adjustments": s.adjustments[k] = try dec.decode(Adjustment.self, from: r)
        case "receiptCounters": s.receiptCounters[k] = r.intValue.map(Int.init)
        case "versions": s.versions[k] = r.intValue.map(Int.init)
        case "kindCounts": s.kindCounts[k] = r.intValue.map(Int.init)
        default: return false
        }
        return true
    }
}
