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

    /// The distinct reading lists, for keys that spend two bytes per character (`PinyinKey`):
    /// list `l` is `listItems[listStarts[l]..<listStarts[l + 1]]`, each item a spelling as
    /// its offset in `spellBytes` shifted left 8 bits, or'ed with its length (one load per
    /// reading in the matcher's loop). The spellings are the syllables, then one per ASCII
    /// digit and letter (a literal is a one-reading list too).
    let listStarts: [UInt16]
    let listItems: [UInt32]
    let spellBytes: [UInt8]
    /// The reading list of scalar `firstScalar + i`; `noList` if it has no reading.
    private let listOfScalar: [UInt16]
    /// The reading lists of "0"…"9" and "a"…"z", at `literalLists[byte]` (else `noList`).
    private let literalLists: [UInt16]
    static let noList: UInt16 = .max

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
        // Spellings: every syllable, then the 36 literals.
        var spellBytes: [UInt8] = [], spellStarts: [UInt16] = [0]
        for syllable in syllables {
            spellBytes.append(contentsOf: syllable)
            spellStarts.append(UInt16(spellBytes.count))
        }
        let literals = Array(UInt8(ascii: "0")...UInt8(ascii: "9")) + Array(UInt8(ascii: "a")...UInt8(ascii: "z"))
        var literalSpelling: [UInt8: UInt16] = [:]
        for byte in literals {
            literalSpelling[byte] = UInt16(spellStarts.count - 1)
            spellBytes.append(byte)
            spellStarts.append(UInt16(spellBytes.count))
        }
        // Lists: each distinct list of syllable ids once (a few thousand for 27k ideographs).
        var listIDs: [[UInt16]: UInt16] = [:]
        var listStarts: [UInt16] = [0], listItems: [UInt32] = []
        func listID(_ items: [UInt16]) -> UInt16 {
            if let known = listIDs[items] { return known }
            let id = UInt16(listStarts.count - 1)
            listIDs[items] = id
            listItems.append(contentsOf: items.map { k in
                UInt32(spellStarts[Int(k)]) << 8 | UInt32(spellStarts[Int(k) + 1] - spellStarts[Int(k)])
            })
            listStarts.append(UInt16(listItems.count))
            return id
        }
        listOfScalar = perScalar.map { $0.isEmpty ? Self.noList : listID($0) }
        var literalLists = [UInt16](repeating: Self.noList, count: 128)
        for byte in literals { literalLists[Int(byte)] = listID([literalSpelling[byte]!]) }
        precondition(listStarts.count < Int(Self.noList) && spellBytes.count < Int(UInt16.max),
                     "pinyin lists outgrew 16 bits")
        self.literalLists = literalLists
        self.listStarts = listStarts
        self.listItems = listItems
        self.spellBytes = spellBytes
    }

    /// The reading list of an ideograph in the table, `noList` if it has none.
    func list(of scalar: Unicode.Scalar) -> UInt16 {
        guard (Self.firstScalar...Self.lastScalar).contains(scalar.value) else { return Self.noList }
        return listOfScalar[Int(scalar.value - Self.firstScalar)]
    }

    /// The lists and spellings as buffers, for a matcher's pass over many keys.
    struct Spelling {
        let listStarts: UnsafeBufferPointer<UInt16>
        let listItems: UnsafeBufferPointer<UInt32>
        let spellBytes: UnsafeBufferPointer<UInt8>
    }

    func withSpelling<R>(_ body: (Spelling) throws -> R) rethrows -> R {
        try listStarts.withUnsafeBufferPointer { ls in
            try listItems.withUnsafeBufferPointer { li in
                try spellBytes.withUnsafeBufferPointer { sb in
                    try body(Spelling(listStarts: ls, listItems: li, spellBytes: sb))
                }
            }
        }
    }

    /// The one-reading list of a lowercase ASCII letter or digit.
    func literalList(_ byte: UInt8) -> UInt16 { literalLists[Int(byte & 0x7F)] }

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
