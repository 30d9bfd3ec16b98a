/// A label in both languages the console shows; a screen picks one (no screen mixes the two).
public struct Bilingual: Sendable, Hashable, CustomStringConvertible {
    public let zh: String
    public let en: String

    public init(_ zh: String, _ en: String) {
        self.zh = zh
        self.en = en
    }

    /// The same text in both languages (a name typed by an operator).
    public init(same text: String) {
        zh = text
        en = text
    }

    public func text(english: Bool) -> String { english ? en : zh }

    public var description: String { zh }
}
