/// Record ids are minted by `Planner.newId` as "prefix-seq", the seq of the line that
/// created the record; so the id tells the order records were made in.
public enum RecordID {
    /// The seq in "reg-1234", or nil for an id of another shape.
    public static func sequence(of id: String) -> Int? {
        guard let dash = id.lastIndex(of: "-") else { return nil }
        return Int(id[id.index(after: dash)...])
    }
}

extension RecordID {
    /// Creation order of two ids of the same kind (by seq, then as text).
    public static func order(_ a: String, _ b: String) -> Bool {
        let (x, y) = (sequence(of: a) ?? Int.max, sequence(of: b) ?? Int.max)
        return x != y ? x < y : a < b
    }
}
