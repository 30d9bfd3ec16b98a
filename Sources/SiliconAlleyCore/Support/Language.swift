/// The interface language. Chinese by default; no screen mixes the two.
public enum Language: String, Sendable {
    case zh, en

    /// Picks the text for this language.
    public func t(_ zh: String, _ en: String) -> String { self == .zh ? zh : en }
}
