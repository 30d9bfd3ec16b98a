/// The embedded pinyin readings, parsed once into a dense lookup.
///
/// The covered ideographs (U+3400…U+9FFF) are nearly contiguous, so a flat array indexed
/// by code point beats a dictionary of 27k entries in both memory and lookup time.
/// Readings are stored as ids into a list of ~420 distinct syllables.
struct PinyinTable: Sendable {
    static let firstScalar: UInt32 = 0x3400
    static let lastScalar: UInt32 = 0x9FFF

    /// Distinct syllables as ASCII bytes, e.g. "qing".
    let syllables: [[UInt8]]
    /// Readings of scalar `firstScalar + i` are `ids[offsets[i]..<offsets[i + 1]]`.
    private let offsets: [UInt32]
    private let ids: [UInt16]

    /// Parsed on first use from the generated copy of data/pinyin/readings.txt.
    static let shared = PinyinTable(text: PinyinData.text)

    /// Lines are `字<TAB>reading,reading`; `#` lines are comments. The generator checks the
    /// data, and PinyinTableTests checks every line parsed, so malformed lines are skipped.
    init(text: String) {
        let size = Int(Self.lastScalar - Self.firstScalar + 1)
        var perScalar = [[UInt16]](repeating: [], count: size)
        var syllables: [[UInt8]] = []
        var syllableIDs: [[UInt8]: UInt16] = [:]
        for line in text.utf8.split(separator: UInt8(ascii: "\n")) {
            guard line.first != UInt8(ascii: "#"),
                  let tab = line.firstIndex(of: UInt8(ascii: "\t")),
                  let scalar = String(decoding: line[..<tab], as: UTF8.self).unicodeScalars.first,
                  (Self.firstScalar...Self.lastScalar).contains(scalar.value) else { continue }
            var list: [UInt16] = []
            for reading in line[line.index(after: tab)...].split(separator: UInt8(ascii: ",")) {
                let bytes = Array(reading)
                let id: UInt16
                if let known = syllableIDs[bytes] {
                    id = known
                } else {
                    id = UInt16(syllables.count)
                    syllableIDs[bytes] = id
                    syllables.append(bytes)
                }
                list.append(id)
            }
            perScalar[Int(scalar.value - Self.firstScalar)] = list
        }
        var offsets: [UInt32] = [0]
        offsets.reserveCapacity(size + 1)
        var ids: [UInt16] = []
        for list in perScalar {
            ids.append(contentsOf: list)
            offsets.append(UInt32(ids.count))
        }
        self.syllables = syllables
        self.offsets = offsets
        self.ids = ids
    }

    /// Syllable ids of `scalar`, customary reading first; empty if it has none in the table.
    func readingIDs(of scalar: Unicode.Scalar) -> ArraySlice<UInt16> {
        guard (Self.firstScalar...Self.lastScalar).contains(scalar.value) else { return [] }
        let i = Int(scalar.value - Self.firstScalar)
        return ids[Int(offsets[i])..<Int(offsets[i + 1])]
    }

    /// Number of ideographs that have at least one reading.
    var characterCount: Int {
        zip(offsets, offsets.dropFirst()).reduce(0) { $0 + ($1.0 < $1.1 ? 1 : 0) }
    }
}
