#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// A light index of every journal line for the audit view: where each line starts and
/// its seq, actor, kind and entity (the time, unique per line, is read with the line) — enough to list and filter a million lines
/// without holding their data. A line's full event is read back from the file on demand.
/// Reading the header fields relies on the writer's fixed member order; a line that
/// does not fit (escapes, another writer) is fully parsed instead.
public struct JournalIndex: Sendable {
    /// 32 bytes a line (a million lines: 32 MB): the actor and kind are small numbers into
    /// one table of names shared by every index, the entity (short: `ent-123456`) is kept inline.
    public struct Entry: Sendable, Hashable {
        public var offset: Int
        private var seq32: Int32
        private var actorID: UInt16
        private var kindID: UInt16
        public var entity: String

        public init(offset: Int, seq: Int, actor: String, kind: String, entity: String) {
            self.offset = offset
            seq32 = Int32(clamping: seq)
            actorID = Names.id(actor)
            kindID = Names.id(kind)
            self.entity = entity
        }

        public var seq: Int { Int(seq32) }
        public var actor: String { Names.name(actorID) }
        public var kind: String { Names.name(kindID) }
    }

    /// Actors and kinds seen by any index, each once (a journal has a few dozen of each).
    enum Names {
        private static let shared = InternedTexts(limit: Int(UInt16.max) - 1)

        /// Past 65,534 distinct names (never in a real journal) the last number stands for the rest.
        static func id(_ s: String) -> UInt16 { UInt16(shared.number(of: s) ?? Int(UInt16.max) - 1) }
        static func name(_ i: UInt16) -> String { shared.text(Int(i)) }
    }

    public let path: String
    public private(set) var entries: [Entry] = []
    /// Goes up whenever the index starts over (file replaced, cut, or rewritten under
    /// it): positions into `entries` from before are meaningless then.
    public private(set) var generation = 0
    private var scanned = 0
    private var inode: UInt64 = 0

    public init(path: String) {
        self.path = path
    }

    /// Reads lines appended since the last call (only whole lines). A file that was
    /// replaced or cut shorter is indexed again from the start. Returns how many were added.
    @discardableResult
    public mutating func update() -> Int {
        // Through the place the store opened (the shared setup's group privilege), by path otherwise.
        guard let st = JournalPlace.statForReading(path) else { return 0 }
        if UInt64(st.st_ino) != inode || Int(st.st_size) < scanned {
            startOver(inode: UInt64(st.st_ino))
        }
        let size = Int(st.st_size)
        guard size > scanned else { return 0 }
        // Lines run to about 500 bytes: room for the file's lines at once, not by doubling.
        if entries.isEmpty { entries.reserveCapacity((size - scanned) / 400 + 16) }
        let fd = JournalPlace.openForReading(path)
        guard fd >= 0 else { return 0 }
        defer { close(fd) }
        var reader = ChunkedLineReader(fd: fd, start: scanned)
        var added = 0
        var lineStart = scanned
        while let line = try? reader.nextLine(path: path) {
            if let e = Self.header(line, offset: lineStart) {
                entries.append(e)
                added += 1
            }
            lineStart = reader.offset
        }
        scanned = lineStart
        // The new lines must continue the old ones; if not, what was indexed was a torn
        // tail since moved aside (or the file was rewritten): index again from the start.
        if added > 0 && entries.count > added && entries[entries.count - added].seq != entries[entries.count - added - 1].seq + 1 {
            startOver(inode: inode)
            return update()
        }
        return added
    }

    private mutating func startOver(inode: UInt64) {
        entries.removeAll()
        scanned = 0
        self.inode = inode
        generation += 1
    }

    /// The full line (data included), read back from the file.
    public func line(_ entry: Entry) -> JournalLine? {
        let fd = JournalPlace.openForReading(path)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var reader = ChunkedLineReader(fd: fd, start: entry.offset)
        guard let bytes = try? reader.nextLine(path: path) else { return nil }
        return try? bytes.withUnsafeBufferPointer { b throws(LineCodec.DecodeError) in try LineCodec.decode(b) }
    }

    static func header(_ line: ArraySlice<UInt8>, offset: Int) -> Entry? {
        var scanner = HeaderScanner(bytes: line)
        if let seq = scanner.int(after: #"{"v":1,"seq":"#),
           scanner.skipString(after: #","time":""#),
           let actor = scanner.string(after: #","actor":""#),
           let kind = scanner.string(after: #","kind":""#),
           let entity = scanner.string(after: #","entity":""#) {
            return Entry(offset: offset, seq: seq, actor: actor, kind: kind, entity: entity)
        }
        guard let l = try? line.withUnsafeBufferPointer({ b throws(LineCodec.DecodeError) in try LineCodec.decode(b) }) else { return nil }
        return Entry(offset: offset, seq: l.seq, actor: l.actor, kind: l.kind, entity: l.entity)
    }
}

/// Reads the fixed-order header of a line; gives up (nil) on anything unexpected.
private struct HeaderScanner {
    let bytes: ArraySlice<UInt8>
    var i: Int

    init(bytes: ArraySlice<UInt8>) {
        self.bytes = bytes
        i = bytes.startIndex
    }

    mutating func expect(_ literal: String) -> Bool {
        for b in literal.utf8 {
            guard i < bytes.endIndex, bytes[i] == b else { return false }
            i += 1
        }
        return true
    }

    mutating func int(after literal: String) -> Int? {
        guard expect(literal) else { return nil }
        var v = 0
        let start = i
        while i < bytes.endIndex, (0x30...0x39).contains(bytes[i]), i - start < 18 {
            v = v * 10 + Int(bytes[i] - 0x30)
            i += 1
        }
        return i > start ? v : nil
    }

    mutating func skipString(after literal: String) -> Bool {
        guard expect(literal) else { return false }
        while i < bytes.endIndex, bytes[i] != 0x22 {
            if bytes[i] == 0x5C { return false }
            i += 1
        }
        guard i < bytes.endIndex else { return false }
        i += 1
        return true
    }

    mutating func string(after literal: String) -> String? {
        guard expect(literal) else { return nil }
        let start = i
        while i < bytes.endIndex, bytes[i] != 0x22 {
            if bytes[i] == 0x5C { return nil }  // escapes: let the full parser handle it
            i += 1
        }
        guard i < bytes.endIndex else { return nil }
        let s = String(validating: bytes[start..<i], as: UTF8.self)
        i += 1
        return s
    }
}
