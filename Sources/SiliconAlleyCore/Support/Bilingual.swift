/// Anything shown on screen under a name in each interface language: statuses, kinds,
/// types, catalogue entries. Screens ask for `text(language)` instead of choosing by hand.
public protocol Bilingual {
    var zh: String { get }
    var en: String { get }
}

extension Bilingual {
    public func text(_ l: Language) -> String { l == .zh ? zh : en }
    public func text(english: Bool) -> String { english ? en : zh }
}

/// A pair of literal texts: a label, a help line, a legend word, a name in both languages.
public struct Phrase: Bilingual, Hashable, Sendable, CustomStringConvertible {
    public var zh: String
    public var en: String
    public init(_ zh: String, _ en: String) { self.zh = zh; self.en = en }

    /// The same text in both languages (a name typed by an operator).
    public init(same text: String) { zh = text; en = text }

    public var description: String { zh }
}
