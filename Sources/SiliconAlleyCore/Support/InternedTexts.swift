import Foundation

/// Texts numbered in the order first seen, each once, shared by every thread (a lock
/// around both directions). For a few dozen to a few thousand distinct texts seen many
/// times: a journal's actors and kinds, catalogue ids the plan does not know.
final class InternedTexts: @unchecked Sendable {
    private let lock = NSLock()
    private var texts: [String] = []
    private var numbers: [String: Int] = [:]
    /// Numbers stop here: past it, `number(of:)` answers nil for a new text.
    private let limit: Int

    init(limit: Int) { self.limit = limit }

    /// The text's number, given it the first time; nil for a new text once `limit` are held.
    func number(of text: String) -> Int? {
        lock.withLock {
            if let n = numbers[text] { return n }
            guard texts.count < limit else { return nil }
            texts.append(text)
            numbers[text] = texts.count - 1
            return texts.count - 1
        }
    }

    /// The text numbered `n` ("" for a number never given).
    func text(_ n: Int) -> String { lock.withLock { n >= 0 && n < texts.count ? texts[n] : "" } }
}
