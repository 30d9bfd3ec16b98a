/// Mobile numbers are personal data: what is printed or exported shows them masked.
extension Mobile {
    /// "13812345678" → "138****5678"; anything that is not 11 digits is returned as given.
    public static func masked(_ digits: String) -> String {
        guard digits.count == 11, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return digits }
        return String(digits.prefix(3)) + "****" + String(digits.suffix(4))
    }

    /// Masks every mainland mobile number (1[3-9] and nine more digits, not part of a longer
    /// run of digits) inside free text, such as a title or note an operator typed.
    public static func maskAll(in text: String) -> String {
        let chars = Array(text)
        guard chars.count >= 11 else { return text }
        func digit(_ i: Int) -> Bool { i >= 0 && i < chars.count && chars[i].isASCII && chars[i].isNumber }
        var out = chars
        var i = 0
        while i + 11 <= chars.count {
            if chars[i] == "1", "3456789".contains(chars[i + 1]), !digit(i - 1), !digit(i + 11),
               (i..<(i + 11)).allSatisfy(digit) {
                for j in (i + 3)..<(i + 7) { out[j] = "*" }
                i += 11
            } else {
                i += 1
            }
        }
        return String(out)
    }
}
