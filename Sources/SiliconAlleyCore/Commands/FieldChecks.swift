/// Collects every field error of a command instead of stopping at the first, so a form
/// or an import row can show them all at once.
public struct FieldChecks {
    public private(set) var errors: [FieldError] = []

    public init() {}

    /// Runs one validator; on failure records its error and returns nil.
    public mutating func check<T>(_ body: () throws(FieldError) -> T) -> T? {
        do { return try body() } catch { errors.append(error); return nil }
    }

    /// An optional field: empty text is nil, anything else must validate.
    public mutating func optional<T>(_ text: String, _ body: (String) throws(FieldError) -> T) -> T? {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.isEmpty { return nil }
        return check { () throws(FieldError) -> T in try body(t) }
    }

    public mutating func fail(_ field: String, zh: String, en: String) {
        errors.append(FieldError(field: field, zh: zh, en: en))
    }

    /// Records what a rule set found (`ProjectRules`, `HousingRules`: shared by commands
    /// and replay) beside the command's own checks.
    public mutating func add(_ problems: [FieldError]) {
        for e in problems { fail(e.field, zh: e.zh, en: e.en) }
    }

    public func finish() throws(CommandRejected) {
        if !errors.isEmpty { throw CommandRejected(errors) }
    }
}

import Foundation
