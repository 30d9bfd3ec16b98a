/// Anything shown on screen under a name in each interface language: statuses, kinds,
/// types, catalogue entries. Screens ask for `text(language)` instead of choosing by hand.
public protocol Bilingual {
    var zh: String { get }
    var en: String { get }
}

extension Bilingual {
    public func text(_ l: Language) -> String { l == .zh ? zh : en }
}

/// A pair of literal texts: a label, a help line, a legend word.
public struct Phrase: Bilingual, Hashable, Sendable {
    public var zh: String
    public var en: String
    public init(_ zh: String, _ en: String) { self.zh = zh; self.en = en }
}
