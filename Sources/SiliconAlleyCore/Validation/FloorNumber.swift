/// A floor as people write it: "5", "5F", "5层", "5楼"; basements "B1", "-1", "地下1层".
/// Returns 5, or -1 for the first basement (there is no floor 0).
public enum FloorNumber {
    public static func parse(_ text: String, field: String = "floor") throws(FieldError) -> Int {
        var s = TextNormalization.trimmedHalfWidth(text).uppercased()
        guard !s.isEmpty else { throw FieldError(field: field, zh: "不能为空", en: "must not be empty") }
        var basement = false
        for prefix in ["地下", "B", "-"] where s.hasPrefix(prefix) {
            s.removeFirst(prefix.count)
            basement = true
            break
        }
        for suffix in ["层", "楼", "F"] where s.hasSuffix(suffix) {
            s.removeLast(suffix.count)
            break
        }
        guard !s.isEmpty, s.count <= 3, s.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(s), n > 0 else {
            throw FieldError(field: field, zh: "“\(text)”不是楼层（如 5、5F、B1）", en: "“\(text)” is not a floor (e.g. 5, 5F, B1)")
        }
        return basement ? -n : n
    }

    /// "5F", "B1": how the grid labels a row.
    public static func label(_ floor: Int) -> String {
        floor < 0 ? "B\(-floor)" : "\(floor)F"
    }
}
