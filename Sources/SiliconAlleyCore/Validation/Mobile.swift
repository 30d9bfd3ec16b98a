/// Mainland China mobile number: 11 digits, 1[3-9]xxxxxxxxx.
public enum Mobile {
    public static let fieldName = "mobile"

    /// Accepts spaces, hyphens, full-width digits and a +86 / 0086 country prefix;
    /// returns the bare 11 digits.
    public static func validate(_ text: String, field: String = fieldName) throws(FieldError) -> String {
        try InvisibleCharacters.refuse(in: text, field: field)
        var s = TextNormalization.trimmedHalfWidth(text)
            .filter { $0 != " " && $0 != "-" }
        if s.hasPrefix("+86") {
            s.removeFirst(3)
        } else if s.hasPrefix("0086") {
            s.removeFirst(4)
        } else if s.hasPrefix("86"), s.count == 13 {
            s.removeFirst(2)
        }
        guard !s.isEmpty else {
            throw FieldError(field: field, zh: "不能为空", en: "must not be empty")
        }
        if let bad = s.first(where: { !($0.isASCII && $0.isNumber) }) {
            throw FieldError(field: field, zh: "含有非数字字符“\(bad)”",
                             en: "contains non-digit character '\(bad)'")
        }
        guard s.count == 11 else {
            throw FieldError(field: field,
                             zh: "手机号应为 11 位，实为 \(s.count) 位",
                             en: "should be 11 digits, got \(s.count)")
        }
        let chars = Array(s)
        guard chars[0] == "1", "3456789".contains(chars[1]) else {
            throw FieldError(field: field, zh: "手机号应以 13–19 开头",
                             en: "should start with 13–19")
        }
        return s
    }

    public static func isValid(_ text: String) -> Bool {
        (try? validate(text)) != nil
    }
}

extension Mobile {
    /// True when `s` is already what `validate` returns: 11 ASCII digits, 1[3-9]…
    /// (replay's check of stored numbers; a test keeps it equal to `validate`).
    public static func isValidNormalized(_ s: String) -> Bool {
        var s = s
        return s.withUTF8 { b in
            b.count == 11 && b.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } && b[0] == 0x31 && b[1] >= 0x33
        }
    }
}
