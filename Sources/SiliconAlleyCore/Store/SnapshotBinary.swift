/// The snapshot body's binary form: length-prefixed records read in one pass without JSON
/// for the tables that make up almost all of a large state (enterprises, versions, counts);
/// the other, small tables carry their record's JSON inside the frame (Codable stays their
/// one definition). Little-endian varints; strings are a varint length and UTF-8.
struct BinaryWriter {
    var out: [UInt8] = []

    mutating func varint(_ v: UInt64) {
        var v = v
        while v >= 0x80 {
            out.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        out.append(UInt8(v))
    }

    /// Zigzag, so small negative numbers stay short.
    mutating func int(_ v: Int64) { varint(UInt64(bitPattern: (v << 1) ^ (v >> 63))) }
    mutating func int(_ v: Int) { int(Int64(v)) }

    mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { bytes($0) }
    }

    /// Length-prefixed bytes: what `string` writes, from bytes in hand.
    mutating func bytes(_ b: UnsafeBufferPointer<UInt8>) {
        varint(UInt64(b.count))
        out.append(contentsOf: b)
    }

    mutating func date(_ d: LocalDate) {
        out.append(UInt8(truncatingIfNeeded: d.year))
        out.append(UInt8(truncatingIfNeeded: d.year >> 8))
        out.append(UInt8(d.month))
        out.append(UInt8(d.day))
    }

    mutating func byte(_ b: UInt8) { out.append(b) }
}

/// Reads what `BinaryWriter` wrote from one record's bytes; any overrun or impossible
/// value throws (the snapshot is then ignored and the journal replayed).
struct BinaryReader {
    struct Malformed: Error {}

    let bytes: UnsafeRawBufferPointer
    var i = 0

    init(_ bytes: UnsafeRawBufferPointer) { self.bytes = bytes }

    var atEnd: Bool { i == bytes.count }

    mutating func byte() throws(Malformed) -> UInt8 {
        guard i < bytes.count else { throw Malformed() }
        defer { i += 1 }
        return bytes[i]
    }

    mutating func varint() throws(Malformed) -> UInt64 {
        var v: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            v |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return v }
            shift += 7
            if shift > 63 { throw Malformed() }
        }
    }

    mutating func int() throws(Malformed) -> Int64 {
        let z = try varint()
        return Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1)))
    }

    mutating func count() throws(Malformed) -> Int {
        let n = try varint()
        guard n <= UInt64(bytes.count - i) else { throw Malformed() }
        return Int(n)
    }

    mutating func string() throws(Malformed) -> String {
        let n = try count()
        defer { i += n }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[i..<(i + n)]), as: UTF8.self)
    }

    mutating func raw() throws(Malformed) -> UnsafeRawBufferPointer {
        let n = try count()
        defer { i += n }
        return UnsafeRawBufferPointer(rebasing: bytes[i..<(i + n)])
    }

    mutating func date() throws(Malformed) -> LocalDate {
        guard i + 4 <= bytes.count else { throw Malformed() }
        let y = Int(bytes[i]) | Int(bytes[i + 1]) << 8
        defer { i += 4 }
        guard let d = LocalDate(year: y, month: Int(bytes[i + 2]), day: Int(bytes[i + 3])) else { throw Malformed() }
        return d
    }
}

// MARK: Enterprises, by hand

/// Which optional members are present, one bit each, so absent ones cost nothing.
private struct Presence {
    var bits: UInt32 = 0
    mutating func note<T>(_ v: T?, _ bit: Int) { if v != nil { bits |= 1 << UInt32(bit) } }
    func has(_ bit: Int) -> Bool { bits & (1 << UInt32(bit)) != 0 }
}

extension Enterprise {
    func write(_ w: inout BinaryWriter) {
        var p = Presence()
        p.note(place, 0); p.note(address, 1); p.note(tier, 2); p.note(area, 3); p.note(headcount, 4)
        p.note(settled, 5); p.note(contact, 6); p.note(phone, 7); p.note(movedOutOn, 8); p.note(movedOutReason, 9)
        p.note(moves, 10)
        w.varint(UInt64(p.bits))
        w.string(id); w.string(name); creditCode.withUTF8 { w.bytes($0) }; w.string(industry)
        w.byte(status == .active ? 0 : 1)
        if let place { w.string(place) }
        if let address { w.string(address) }
        if let tier { w.string(tier) }
        if let area { w.int(area.hundredths) }
        if let headcount { w.int(headcount) }
        if let settled { w.date(settled) }
        if let contact { w.string(contact) }
        if let phone { w.string(phone) }
        if let movedOutOn { w.date(movedOutOn) }
        if let movedOutReason { w.string(movedOutReason) }
        w.varint(UInt64(qualifications.count))
        for q in qualifications {
            var b = Presence()
            b.note(q.expires, 0); b.note(q.revoked, 1); b.note(q.revokeReason, 2)
            w.byte(UInt8(b.bits))
            w.string(q.type); w.date(q.granted)
            if let e = q.expires { w.date(e) }
            if let r = q.revoked { w.date(r) }
            if let r = q.revokeReason { w.string(r) }
        }
        w.varint(UInt64(support.count))
        for s in support {
            var b = Presence()
            b.note(s.amount, 0); b.note(s.kind, 1); b.note(s.note, 2); b.note(s.ticket, 3)
            w.byte(UInt8(b.bits))
            w.string(s.measure); w.date(s.date)
            if let a = s.amount { w.int(a.fen) }
            if let k = s.kind { w.string(k) }
            if let n = s.note { w.string(n) }
            if let t = s.ticket { w.string(t) }
        }
        if let moves {
            w.varint(UInt64(moves.count))
            for m in moves {
                var b = Presence()
                b.note(m.fromPlace, 0); b.note(m.fromTier, 1); b.note(m.toPlace, 2); b.note(m.toTier, 3)
                w.byte(UInt8(b.bits))
                w.date(m.date)
                if let v = m.fromPlace { w.string(v) }
                if let v = m.fromTier { w.string(v) }
                if let v = m.toPlace { w.string(v) }
                if let v = m.toTier { w.string(v) }
            }
        }
    }

    init(binary r: inout BinaryReader) throws(BinaryReader.Malformed) {
        let p = Presence(bits: UInt32(truncatingIfNeeded: try r.varint()))
        let id = try r.string(), name = try r.string(), code = CreditCode(utf8: try r.raw())
        let industry = CatalogCode(utf8: try r.raw())
        let status = try r.byte()
        guard status <= 1 else { throw BinaryReader.Malformed() }
        let place = p.has(0) ? CatalogCode(utf8: try r.raw()) : .none
        let address = p.has(1) ? try r.string() : nil
        let tier = p.has(2) ? CatalogCode(utf8: try r.raw()) : .none
        let area = p.has(3) ? Area(hundredths: try r.int()) : nil
        let headcount = p.has(4) ? Int(try r.int()) : nil
        let settled = p.has(5) ? try r.date() : nil
        let contact = p.has(6) ? try r.string() : nil
        let phone = p.has(7) ? try r.string() : nil
        self.init(id: id, name: name, creditCode: code, industryCode: industry, placeCode: place, address: address, tierCode: tier,
                  area: area, headcount: headcount, settled: settled, contact: contact, phone: phone)
        self.status = status == 0 ? .active : .movedOut
        movedOutOn = p.has(8) ? try r.date() : nil
        movedOutReason = p.has(9) ? try r.string() : nil
        let nq = try r.count()
        qualifications.reserveCapacity(nq)
        for _ in 0..<nq {
            let b = Presence(bits: UInt32(try r.byte()))
            var q = QualificationHolding(type: try r.string(), granted: try r.date(), expires: nil)
            if b.has(0) { q.expires = try r.date() }
            if b.has(1) { q.revoked = try r.date() }
            if b.has(2) { q.revokeReason = try r.string() }
            qualifications.append(q)
        }
        let ns = try r.count()
        support.reserveCapacity(ns)
        for _ in 0..<ns {
            let b = Presence(bits: UInt32(try r.byte()))
            let measure = try r.string(), date = try r.date()
            let amount = b.has(0) ? Money(fen: try r.int()) : nil
            let kind = b.has(1) ? try r.string() : nil
            let note = b.has(2) ? try r.string() : nil
            let ticket = b.has(3) ? try r.string() : nil
            support.append(SupportGrant(measure: measure, amount: amount, kind: kind, date: date, note: note, ticket: ticket))
        }
        if p.has(10) {
            let nm = try r.count()
            var list: [TierMove] = []
            list.reserveCapacity(nm)
            for _ in 0..<nm {
                let b = Presence(bits: UInt32(try r.byte()))
                let date = try r.date()
                let fromPlace = b.has(0) ? try r.string() : nil
                let fromTier = b.has(1) ? try r.string() : nil
                let toPlace = b.has(2) ? try r.string() : nil
                let toTier = b.has(3) ? try r.string() : nil
                list.append(TierMove(date: date, fromPlace: fromPlace, fromTier: fromTier, toPlace: toPlace, toTier: toTier))
            }
            moves = list
        }
    }
}
