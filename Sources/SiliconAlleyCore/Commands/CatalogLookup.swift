/// Catalogue entries named the way a person types them: by id, Chinese or English name.
extension Catalog {
    public func findIndustry(_ text: String) -> Industry? {
        let t = text.trimmingCharacters(in: .whitespaces)
        return industries.first { $0.id == t || $0.zh == t || $0.en.lowercased() == t.lowercased() }
    }

    public func findPlace(_ text: String) -> Place? {
        let t = text.trimmingCharacters(in: .whitespaces)
        return places.first { $0.id == t || $0.zh == t || $0.en.lowercased() == t.lowercased() }
    }

    public func findQualification(_ text: String) -> Qualification? {
        let t = text.trimmingCharacters(in: .whitespaces)
        return qualifications.first { $0.id == t || $0.zh == t || $0.badge == t || $0.en.lowercased() == t.lowercased() }
    }

    public func findMeasure(_ text: String) -> Measure? {
        let t = text.trimmingCharacters(in: .whitespaces)
        return measures.first { $0.code == t || $0.zh == t || $0.short == t }
    }

    public func findUnit(_ text: String) -> OrgUnit? {
        let t = text.trimmingCharacters(in: .whitespaces)
        return units.first { $0.id == t || $0.zh == t }
    }
}

extension FieldChecks {
    public mutating func industry(_ text: String, in c: Catalog, field: String = "industry") -> Industry? {
        if text.trimmingCharacters(in: .whitespaces).isEmpty {
            fail(field, zh: "必填", en: "required"); return nil
        }
        guard let i = c.findIndustry(text) else {
            fail(field, zh: "“\(text)”不是八大产业之一", en: "“\(text)” is not one of the eight industries"); return nil
        }
        return i
    }

    public mutating func place(_ text: String, in c: Catalog, field: String = "place") -> Place? {
        if text.trimmingCharacters(in: .whitespaces).isEmpty { return nil }
        guard let p = c.findPlace(text) else {
            fail(field, zh: "未知楼宇或地点“\(text)”", en: "unknown building or place “\(text)”"); return nil
        }
        return p
    }

    public mutating func measure(_ text: String, in c: Catalog, field: String = "measure") -> Measure? {
        guard let m = c.findMeasure(text) else {
            fail(field, zh: "未知措施“\(text)”（应为 1-1 至 5-3）", en: "unknown measure “\(text)” (expected 1-1 to 5-3)"); return nil
        }
        return m
    }

    public mutating func qualification(_ text: String, in c: Catalog, field: String = "qualification") -> Qualification? {
        guard let q = c.findQualification(text) else {
            fail(field, zh: "未知资质“\(text)”", en: "unknown qualification “\(text)”"); return nil
        }
        return q
    }

    public mutating func date(_ text: String, field: String, required: Bool) -> LocalDate? {
        if text.trimmingCharacters(in: .whitespaces).isEmpty {
            if required { fail(field, zh: "必填", en: "required") }
            return nil
        }
        return check { () throws(FieldError) -> LocalDate in try LocalDate.validate(text, field: field) }
    }

    public mutating func required(_ text: String, field: String, maxLength: Int = 200) -> String? {
        check { () throws(FieldError) -> String in try Required.text(text, field: field, maxLength: maxLength) }
    }

    public mutating func optionalText(_ text: String, field: String, maxLength: Int = 2000) -> String? {
        check { () throws(FieldError) -> String? in try Required.optionalText(text, field: field, maxLength: maxLength) } ?? nil
    }

    /// A reference to a record that must exist.
    public mutating func reference<T>(_ id: String, in dict: [String: T], field: String, zh: String, en: String) -> T? {
        let t = id.trimmingCharacters(in: .whitespaces)
        if t.isEmpty { fail(field, zh: "必填", en: "required"); return nil }
        guard let r = dict[t] else {
            fail(field, zh: "找不到\(zh)“\(t)”", en: "no such \(en) “\(t)”"); return nil
        }
        return r
    }
}

import Foundation

extension FieldChecks {
    /// An enterprise named by its id or its USCC (imports and the demo know only the code).
    public mutating func enterprise(_ text: String, in state: DomainState, field: String) -> Enterprise? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.isEmpty { fail(field, zh: "必填", en: "required"); return nil }
        if let e = state.enterprises[t] ?? state.enterprise(uscc: t.uppercased()) { return e }
        fail(field, zh: "找不到企业“\(t)”", en: "no such enterprise “\(t)”")
        return nil
    }
}
