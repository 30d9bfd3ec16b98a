/// 公民身份号码 (resident identity number), GB 11643-1999: 18 characters,
/// 6-digit address code, 8-digit birth date, 3-digit sequence, ISO 7064 MOD 11-2 check.
public enum ResidentID {
    public static let fieldName = "residentID"

    static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    static let checkChars: [Character] = Array("10X98765432")

    /// Check character for the first 17 digits, or nil if they are not 17 ASCII digits.
    public static func checkCharacter(for first17: String) -> Character? {
        let digits = first17.compactMap { $0.isASCII ? $0.wholeNumberValue : nil }
        guard first17.count == 17, digits.count == 17 else { return nil }
        let sum = zip(digits, weights).reduce(0) { $0 + $1.0 * $1.1 }
        return checkChars[sum % 11]
    }

    /// Appends the check character; nil if `first17` is not 17 digits.
    public static func make(first17: String) -> String? {
        guard let check = checkCharacter(for: first17) else { return nil }
        return first17 + String(check)
    }

    /// The birth date encoded at positions 7–14, if it is a real date.
    public static func birthDate(of id: String) -> LocalDate? {
        let chars = Array(id)
        guard chars.count == 18 else { return nil }
        let s = String(chars[6..<14])
        return LocalDate(compact: s)
    }

    /// Normalizes (trim, full-width → ASCII, x → X) and validates.
    /// `today` bounds the birth date; it defaults to today in Beijing.
    public static func validate(_ text: String, field: String = fieldName,
                                today: LocalDate = .today()) throws(FieldError) -> String {
        let id = TextNormalization.trimmedHalfWidth(text).uppercased()
        try InvisibleCharacters.refuse(in: id, field: field)
        let chars = Array(id)
        guard !chars.isEmpty else {
            throw FieldError(field: field, zh: "不能为空", en: "must not be empty")
        }
        guard chars.count == 18 else {
            throw FieldError(field: field,
                             zh: "长度应为 18 位，实为 \(chars.count) 位",
                             en: "should be 18 characters, got \(chars.count)")
        }
        for (i, c) in chars.enumerated() {
            let ok = (c.isASCII && c.isNumber) || (i == 17 && c == "X")
            if !ok {
                throw FieldError(field: field,
                                 zh: "第 \(i + 1) 位字符“\(c)”不合法",
                                 en: "illegal character '\(c)' at position \(i + 1)")
            }
        }
        guard let birth = LocalDate(compact: String(chars[6..<14])) else {
            throw FieldError(field: field,
                             zh: "第 7–14 位出生日期“\(String(chars[6..<14]))”不是有效日期",
                             en: "birth date '\(String(chars[6..<14]))' at positions 7–14 is not a real date")
        }
        guard birth.year >= 1900 else {
            throw FieldError(field: field, zh: "出生日期不能早于 1900 年",
                             en: "birth date must not be before 1900")
        }
        guard birth <= today else {
            throw FieldError(field: field, zh: "出生日期不能晚于今天",
                             en: "birth date must not be in the future")
        }
        let expected = checkCharacter(for: String(chars[0..<17]))!
        guard chars[17] == expected else {
            throw FieldError(field: field,
                             zh: "校验位应为 \(expected)",
                             en: "check character should be \(expected)")
        }
        return id
    }

    /// First 6 + "********" + last 4, for lists and receipts (the one rule: `PersonalData.mask`).
    public static func masked(_ id: String) -> String {
        PersonalData.mask(id, as: .residentID)
    }

    public static func isValid(_ text: String, today: LocalDate = .today()) -> Bool {
        (try? validate(text, today: today)) != nil
    }
}
