/// 统一社会信用代码 (Unified Social Credit Code), GB 32100-2015.
///
/// 18 characters: registration authority (1), organisation type (1),
/// administrative division (6), organisation code (9), check character (1).
public enum USCC {
    public static let fieldName = "uscc"
    public static let length = 18

    /// The 31-character alphabet; I, O, S, V, Z are left out to avoid misreading.
    public static let charset: [Character] = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")

    /// Weights 3^(i−1) mod 31 for positions 1…17.
    static let weights: [Int] = {
        var result: [Int] = []
        var w = 1
        for _ in 0..<17 {
            result.append(w)
            w = (w * 3) % 31
        }
        return result
    }()

    /// Registration authority codes (first position) the standard and its later notices assign:
    /// 1 机构编制, 2 外交, 3 司法行政, 4 文化, 5 民政, 6 旅游, 7 宗教, 8 工会, 9 市场监管,
    /// A 中央军委改革和编制办公室, N 农业, Y 其他. Only this position is checked; type codes
    /// (second position) vary by authority and have grown over time, so we only require 1–9.
    static let authorityCodes: Set<Character> = Set("123456789ANY")

    /// Check character for the first 17 characters, or nil if they are not 17 charset characters.
    public static func checkCharacter(for first17: String) -> Character? {
        let chars = Array(first17)
        guard chars.count == 17 else { return nil }
        var sum = 0
        for (i, c) in chars.enumerated() {
            guard let v = charset.firstIndex(of: c) else { return nil }
            sum += v * weights[i]
        }
        return charset[(31 - sum % 31) % 31]
    }

    /// Appends the check character; nil if `first17` is not 17 charset characters.
    public static func make(first17: String) -> String? {
        guard let check = checkCharacter(for: first17) else { return nil }
        return first17 + String(check)
    }

    /// Normalizes (trim, full-width → ASCII, uppercase) and validates; returns the 18-character code.
    public static func validate(_ text: String, field: String = fieldName) throws(FieldError) -> String {
        let code = TextNormalization.trimmedHalfWidth(text).uppercased()
        try InvisibleCharacters.refuse(in: code, field: field)
        let chars = Array(code)
        guard !chars.isEmpty else {
            throw FieldError(field: field, zh: "不能为空", en: "must not be empty")
        }
        guard chars.count == length else {
            throw FieldError(field: field,
                             zh: "长度应为 18 位，实为 \(chars.count) 位",
                             en: "should be 18 characters, got \(chars.count)")
        }
        for (i, c) in chars.enumerated() where !charset.contains(c) {
            throw FieldError(field: field,
                             zh: "第 \(i + 1) 位字符“\(c)”不合法",
                             en: "illegal character '\(c)' at position \(i + 1)")
        }
        guard authorityCodes.contains(chars[0]) else {
            throw FieldError(field: field,
                             zh: "第 1 位登记管理部门代码“\(chars[0])”不存在",
                             en: "unknown registration authority code '\(chars[0])' at position 1")
        }
        guard chars[1] != "0", chars[1].isASCII, chars[1].isNumber else {
            throw FieldError(field: field,
                             zh: "第 2 位机构类别代码“\(chars[1])”不合法",
                             en: "invalid organisation type code '\(chars[1])' at position 2")
        }
        let expected = checkCharacter(for: String(chars[0..<17]))!
        guard chars[17] == expected else {
            throw FieldError(field: field,
                             zh: "校验位应为 \(expected)",
                             en: "check character should be \(expected)")
        }
        return code
    }

    /// True if `text` validates.
    public static func isValid(_ text: String) -> Bool {
        (try? validate(text)) != nil
    }
}

extension USCC {
    private static let charsetIndex: [Int8] = {
        var t = [Int8](repeating: -1, count: 128)
        for (i, c) in charset.enumerated() { t[Int(c.asciiValue!)] = Int8(i) }
        return t
    }()

    /// True when `code` is already what `validate` returns for it: 18 characters of the
    /// alphabet, a known authority, a type code, the right check character. Replay checks
    /// every stored code this way (bytes, no normalising); a test keeps it equal to `validate`.
    public static func isValidNormalized(_ code: String) -> Bool {
        var code = code
        return code.withUTF8 { b in
            guard b.count == length else { return false }
            var sum = 0
            for i in 0..<17 {
                let c = b[i]
                guard c < 128, case let v = charsetIndex[Int(c)], v >= 0 else { return false }
                sum += Int(v) * weights[i]
            }
            guard b[17] < 128, charsetIndex[Int(b[17])] == Int8((31 - sum % 31) % 31) else { return false }
            guard (b[0] >= 0x31 && b[0] <= 0x39) || b[0] == 0x41 || b[0] == 0x4E || b[0] == 0x59 else { return false }   // 1–9 A N Y
            return b[1] >= 0x31 && b[1] <= 0x39
        }
    }
}
