/// Non-negative whole counts: head-count, capacity, attendance.
public enum Count {
    /// Accepts "120", "1,200", full-width digits and an optional 人/个/家 suffix.
    public static func parse(_ text: String, field: String = "count") throws(FieldError) -> Int {
        var s = TextNormalization.trimmedHalfWidth(text)
        if let last = s.last, "人个家名间套".contains(last) { s.removeLast() }
        s = s.trimmingSpaces()
        guard !s.isEmpty else {
            throw FieldError(field: field, zh: "不能为空", en: "must not be empty")
        }
        if s.hasPrefix("-") {
            throw FieldError(field: field, zh: "数量不能为负数", en: "count must not be negative")
        }
        if s.contains(".") {
            throw FieldError(field: field, zh: "数量应为整数", en: "count must be a whole number")
        }
        let value = try DecimalText.hundredths(s, field: field, zhName: "数量", enName: "count") / 100
        guard value <= Int64(Int32.max) else {
            throw FieldError(field: field, zh: "数量过大", en: "count is too large")
        }
        return Int(value)
    }
}
