import Foundation

/// A catalogue id (an industry, place or tier) as an enterprise record keeps it: four bytes,
/// an index into the ids the program knows. As a `String` it took 16 bytes of every record
/// three times over, and a heap allocation for an id longer than 15 bytes: with the three
/// smaller, a record's box is 32 bytes smaller (18 MB at half a million enterprises).
///
/// The plan's catalogue gives the known ids, read once and never changed, so reading a
/// code takes no lock. Any other id a journal holds (a test's catalogue, a line replay is
/// about to refuse) is added to a second table that only grows, under a lock.
public struct CatalogCode: Sendable, Hashable {
    private let raw: UInt32

    /// No id (a record without a place or tier).
    public static let none = CatalogCode(raw: .max)

    private init(raw: UInt32) { self.raw = raw }

    public init(_ text: String) {
        var t = text
        if let k = t.withUTF8({ Known.bytes.find(UnsafeRawBufferPointer($0)) }) { raw = k } else { raw = Others.code(text) }
    }

    /// `none` for nil.
    public init(_ text: String?) {
        self = text.map(CatalogCode.init) ?? .none
    }

    /// From a snapshot's bytes: a known id is found without making a `String` (half a
    /// million records read three each).
    init(utf8 bytes: UnsafeRawBufferPointer) {
        if let k = Known.bytes.find(bytes) { self.init(raw: k) } else { self.init(String(decoding: bytes, as: UTF8.self)) }
    }

    /// The id; nil for `none`.
    public var text: String? {
        if raw == Self.none.raw { return nil }
        return raw < Known.count ? Known.ids[Int(raw)] : Others.text(raw)
    }

    /// The plan catalogue's ids, industries, places and tiers (an id in two lists once).
    private enum Known {
        static let ids: [String] = {
            let c = Catalog.plan
            var seen = Set<String>()
            return (c.industries.map(\.id) + c.places.map(\.id) + c.tiers.map(\.id)).filter { seen.insert($0).inserted }
        }()
        static let count = UInt32(ids.count)
        static let bytes = ByteTable(ids)
    }

    /// The known ids by their bytes: open addressing on an FNV-1a hash, four times as many
    /// slots as ids, each slot the id's code (or empty).
    struct ByteTable: Sendable {
        private let ids: [[UInt8]]
        private let slots: [UInt32]
        private static let empty = UInt32.max

        init(_ texts: [String]) {
            ids = texts.map { Array($0.utf8) }
            var size = 16
            while size < ids.count * 4 { size *= 2 }
            var slots = [UInt32](repeating: Self.empty, count: size)
            for (k, id) in ids.enumerated() {
                var i = id.withUnsafeBytes { Self.hash($0) } & (size - 1)
                while slots[i] != Self.empty { i = (i + 1) & (size - 1) }
                slots[i] = UInt32(k)
            }
            self.slots = slots
        }

        func find(_ bytes: UnsafeRawBufferPointer) -> UInt32? {
            var i = Self.hash(bytes) & (slots.count - 1)
            while slots[i] != Self.empty {
                let k = Int(slots[i])
                if ids[k].withUnsafeBytes({ $0.elementsEqual(bytes) }) { return UInt32(k) }
                i = (i + 1) & (slots.count - 1)
            }
            return nil
        }

        private static func hash(_ bytes: UnsafeRawBufferPointer) -> Int {
            var h: UInt64 = 0xcbf2_9ce4_8422_2325
            for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
            return Int(truncatingIfNeeded: h ^ (h >> 29))
        }
    }

    /// Ids the catalogue does not hold, numbered after the known ones.
    private enum Others {
        static let texts = InternedTexts(limit: Int(CatalogCode.none.raw - Known.count))

        static func code(_ text: String) -> UInt32 {
            guard let n = texts.number(of: text) else { preconditionFailure("more catalogue ids than four bytes count") }
            return Known.count + UInt32(n)
        }

        static func text(_ raw: UInt32) -> String { texts.text(Int(raw - Known.count)) }
    }
}
