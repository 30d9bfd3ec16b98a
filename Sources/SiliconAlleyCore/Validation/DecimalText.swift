/// Parses and formats non-negative amounts with at most two decimals as integer
/// hundredths, so money and areas never pass through floating point.
enum DecimalText {
    /// "1,240.5" → 124050. Grouping commas, when used, must be every three digits.
    /// `unit` names the thing in messages ("金额"/"amount").
    static func hundredths(_ raw: String, field: String, zhName: String, enName: String) throws(FieldError) -> Int64 {
        let s = raw
        guard !s.isEmpty else {
            throw FieldError(field: field, zh: "不能为空", en: "must not be empty")
        }
        if s.hasPrefix("-") || s.hasPrefix("−") {
            throw FieldError(field: field, zh: "\(zhName)不能为负数", en: "\(enName) must not be negative")
        }
        let parts = s.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else {
            throw FieldError(field: field, zh: "“\(s)”不是有效数字", en: "'\(s)' is not a number")
        }
        let intPart = String(parts[0])
        let fracPart = parts.count == 2 ? String(parts[1]) : ""
        if parts.count == 2 && fracPart.isEmpty || intPart.isEmpty {
            throw FieldError(field: field, zh: "“\(s)”不是有效数字", en: "'\(s)' is not a number")
        }
        let groups = intPart.split(separator: ",", omittingEmptySubsequences: false)
        if groups.count > 1 {
            let wellGrouped = (1...3).contains(groups[0].count) && groups.dropFirst().allSatisfy { $0.count == 3 }
            guard wellGrouped else {
                throw FieldError(field: field, zh: "千分位逗号位置不对：“\(s)”",
                                 en: "misplaced thousands separator in '\(s)'")
            }
        }
        let digits = groups.joined()
        for c in digits + fracPart where !(c.isASCII && c.isNumber) {
            throw FieldError(field: field, zh: "含有非法字符“\(c)”", en: "contains illegal character '\(c)'")
        }
        guard fracPart.count <= 2 else {
            throw FieldError(field: field, zh: "最多保留两位小数", en: "at most two decimal places")
        }
        let frac = fracPart.padding(toLength: 2, withPad: "0")
        // 15 integer digits keeps hundredths far inside Int64.
        guard digits.count <= 15, let whole = Int64(digits), let cents = Int64(frac) else {
            throw FieldError(field: field, zh: "\(zhName)过大", en: "\(enName) is too large")
        }
        return whole * 100 + cents
    }

    /// "5.5" scaled by 10^4 (万) → 5,500,000 hundredths: the number times 10^`by`, which
    /// must come out in whole hundredths.
    static func scaled(_ raw: String, by power: Int, field: String, zhName: String, enName: String) throws(FieldError) -> Int64 {
        let parts = raw.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, !parts[0].isEmpty, parts.count == 1 || !parts[1].isEmpty else {
            throw FieldError(field: field, zh: "“\(raw)”不是有效数字", en: "'\(raw)' is not a number")
        }
        let whole = String(parts[0]).filter { $0 != "," }
        let frac = parts.count == 2 ? String(parts[1]) : ""
        for c in whole + frac where !(c.isASCII && c.isNumber) {
            throw FieldError(field: field, zh: "含有非法字符“\(c)”", en: "contains illegal character '\(c)'")
        }
        let shift = power + 2 - frac.count
        guard shift >= 0 else {
            throw FieldError(field: field, zh: "\(zhName)精确到分即可", en: "\(enName) goes down to the fen (0.01), no further")
        }
        let digits = (whole + frac).drop { $0 == "0" }
        guard digits.count + shift <= 17, let n = Int64(digits.isEmpty ? "0" : String(digits)) else {
            throw FieldError(field: field, zh: "\(zhName)过大", en: "\(enName) is too large")
        }
        var v = n
        for _ in 0..<shift { v *= 10 }
        return v
    }

    /// 123456 → "1,234.56"; with `trimZeroFraction`, 124000 → "1,240".
    static func format(_ hundredths: Int64, trimZeroFraction: Bool) -> String {
        let negative = hundredths < 0
        let magnitude = hundredths.magnitude
        let whole = String(magnitude / 100)
        var grouped = ""
        for (i, c) in whole.enumerated() {
            if i > 0 && (whole.count - i) % 3 == 0 { grouped.append(",") }
            grouped.append(c)
        }
        let cents = magnitude % 100
        var result = (negative ? "-" : "") + grouped
        if !(trimZeroFraction && cents == 0) {
            result += "." + (cents < 10 ? "0" : "") + String(cents)
        }
        return result
    }
}

private extension String {
    func padding(toLength length: Int, withPad pad: Character) -> String {
        count >= length ? self : self + String(repeating: pad, count: length - count)
    }
}
