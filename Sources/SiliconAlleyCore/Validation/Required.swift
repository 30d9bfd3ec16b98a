import Foundation

/// One-line text fields: names, addresses, titles.
public enum Required {
    /// Trims; rejects empty or whitespace-only text and any control character
    /// (a newline or tab in a one-line field would break lists and journals).
    public static func text(_ text: String, field: String, maxLength: Int? = nil) throws(FieldError) -> String {
        guard let value = try optionalText(text, field: field, maxLength: maxLength) else {
            throw FieldError(field: field, zh: "不能为空", en: "must not be empty")
        }
        return value
    }

    /// Like `text`, but empty input is allowed and gives nil.
    public static func optionalText(_ text: String, field: String, maxLength: Int? = nil) throws(FieldError) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if trimmed.isEmpty { return nil }
        for scalar in trimmed.unicodeScalars where scalar.properties.generalCategory == .control {
            let name = scalar == "\n" || scalar == "\r" ? "换行" : "控制字符"
            let enName = scalar == "\n" || scalar == "\r" ? "a line break" : "a control character"
            throw FieldError(field: field, zh: "不能包含\(name)",
                             en: "must not contain \(enName) (U+\(String(scalar.value, radix: 16, uppercase: true)))")
        }
        try InvisibleCharacters.refuse(in: trimmed, field: field)
        if let maxLength, trimmed.count > maxLength {
            throw FieldError(field: field, zh: "不能超过 \(maxLength) 个字",
                             en: "must be at most \(maxLength) characters")
        }
        return trimmed
    }
}
