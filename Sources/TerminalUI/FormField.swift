/// A candidate row offered by a reference picker: a stable id and the columns shown.
public struct ReferenceCandidate: Hashable, Sendable {
    public var id: String
    public var columns: [String]
    public init(id: String, columns: [String]) { self.id = id; self.columns = columns }
}

/// One option of a choice or checklist field: the id the owner gets back and the label a
/// person reads. Answers are never matched back by their label.
public struct Choice: Hashable, Sendable {
    public var id: String
    public var label: String
    public init(_ id: String, _ label: String) { self.id = id; self.label = label }
}

/// What a form field edits. The Console configures these; the Form knows no domain.
public enum FieldKind: Sendable {
    case text
    case integer
    case money
    case area
    /// YYYY-MM-DD; `FieldCheck.date` tells whether it is a real calendar date.
    case date
    /// One of a list; typing filters the labels (the Form's `matcher` decides what matches).
    case choice([Choice])
    /// Any subset of a list (checkboxes).
    case multiSelect([Choice])
    /// A query typed by the operator and the candidates it finds (e.g. enterprises).
    case reference(@Sendable (String) -> [ReferenceCandidate])

    var accepts: TextField.Accepts {
        switch self {
        case .integer: return .digits
        case .money: return .money
        case .area: return .decimal
        case .date: return .date
        default: return .any
        }
    }
}

public struct FormField: Sendable {
    public var id: String
    public var label: String
    public var kind: FieldKind
    public var required: Bool

    public init(id: String, label: String, kind: FieldKind = .text, required: Bool = false) {
        self.id = id
        self.label = label
        self.kind = kind
        self.required = required
    }
}

/// The value of a field as the owner sees it.
public enum FieldValue: Hashable, Sendable {
    case text(String)               // text, integer, money, area, date (raw text)
    case choice(String?)            // the chosen option's id
    case selections([String])       // ids, in option order
    case reference(id: String?)

    public var isEmpty: Bool {
        switch self {
        case .text(let s): return s.allSatisfy { $0 == " " }
        case .choice(let c): return c == nil
        case .selections(let s): return s.isEmpty
        case .reference(let id): return id == nil
        }
    }
}

/// Format checks the owner may use while validating (messages are the owner's, localized).
public enum FieldCheck {
    /// True for a real calendar date written YYYY-MM-DD (Gregorian, leap years included).
    public static func date(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
              y >= 1, (1...12).contains(m), d >= 1 else { return false }
        let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
        return d <= days
    }

    /// A whole number, optionally with thousands separators ("1,284").
    public static func integer(_ s: String) -> Int? {
        let digits = s.filter { $0 != "," }
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(digits)
    }

    /// A decimal amount ("500,000.50") in hundredths, avoiding floating point for money.
    public static func cents(_ s: String) -> Int? {
        let t = s.filter { $0 != "," }
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = integer(String(parts[0])) else { return nil }
        guard parts.count == 2 else { return whole * 100 }
        let frac = parts[1]
        guard frac.count <= 2, frac.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return whole * 100 + (Int(frac.padding(toLength: 2)) ?? 0)
    }
}

extension Substring {
    fileprivate func padding(toLength n: Int) -> String { String(self) + String(repeating: "0", count: Swift.max(0, n - count)) }
}
