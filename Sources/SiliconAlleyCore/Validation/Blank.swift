extension String {
    /// Empty or only whitespace. Replay asks it of every name: a scalar scan that stops at
    /// the first letter, where Foundation's trimming copies the string through NSString.
    var isBlank: Bool {
        !unicodeScalars.contains { !$0.properties.isWhitespace }
    }
}

extension Optional where Wrapped == String {
    var isBlank: Bool { self?.isBlank ?? true }
}
