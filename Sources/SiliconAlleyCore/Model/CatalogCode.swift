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
        if let k = Known.index[text] { raw = k } else { raw = Others.shared.code(text) }
    }

    /// `none` for nil.
    public init(_ text: String?) {
        self = text.map(CatalogCode.init) ?? .none
    }

    /// The id; nil for `none`.
    public var text: String? {
        if raw == Self.none.raw { return nil }
        return raw < Known.count ? Known.ids[Int(raw)] : Others.shared.text(raw)
    }

    /// The plan catalogue's ids, industries, places and tiers (an id in two lists once).
    private enum Known {
        static let ids: [String] = {
            let c = Catalog.plan
            var seen = Set<String>()
            return (c.industries.map(\.id) + c.places.map(\.id) + c.tiers.map(\.id)).filter { seen.insert($0).inserted }
        }()
        static let count = UInt32(ids.count)
        static let index: [String: UInt32] = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, UInt32($0)) })
    }

    /// Ids the catalogue does not hold, numbered after the known ones.
    private final class Others: @unchecked Sendable {
        static let shared = Others()
        private let lock = NSLock()
        private var ids: [String] = []
        private var index: [String: UInt32] = [:]

        func code(_ text: String) -> UInt32 {
            lock.withLock {
                if let k = index[text] { return k }
                let k = Known.count + UInt32(ids.count)
                precondition(k < CatalogCode.none.raw, "more catalogue ids than four bytes count")
                ids.append(text)
                index[text] = k
                return k
            }
        }

        func text(_ raw: UInt32) -> String {
            lock.withLock { ids[Int(raw - Known.count)] }
        }
    }
}
