/// Why one form field was rejected, in both languages the console shows.
/// Validators throw this so a form can put the message next to the right field.
public struct FieldError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Machine name of the field, e.g. "uscc".
    public let field: String
    /// Reason in Chinese, e.g. "校验位应为 9".
    public let zh: String
    /// Reason in English, e.g. "check character should be 9".
    public let en: String

    public init(field: String, zh: String, en: String) {
        self.field = field
        self.zh = zh
        self.en = en
    }

    /// "uscc: check character should be 9" — English, for logs and test output.
    public var description: String { "\(field): \(en)" }
}
