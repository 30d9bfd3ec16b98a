/// A one-line editor over Characters (grapheme clusters), measured in display columns so
/// the cursor never drifts on CJK text. Scrolls horizontally when longer than its field.
public struct TextField: Hashable, Sendable {
    /// Which characters typing/paste may insert (number and date fields refuse letters).
    public enum Accepts: Hashable, Sendable {
        case any, digits, decimal, money, date
        public func allows(_ c: Character) -> Bool {
            let digit = c.isASCII && c.isNumber
            switch self {
            case .any: return true
            case .digits: return digit || c == ","
            case .decimal: return digit || c == "." || c == ","
            // 5万 and 1.2亿 are how amounts are said; ¥ and 元 are harmless around them.
            case .money: return digit || ".,万亿¥￥元".contains(c)
            case .date: return digit || c == "-"
            }
        }
    }

    public private(set) var characters: [Character]
    /// Cursor as an index into `characters` (0...count).
    public private(set) var cursor: Int
    public var accepts: Accepts
    public var maxLength: Int?
    /// The first character the last edit refused (a letter in a number field): the owner
    /// says why instead of dropping it silently.
    public private(set) var refused: Character?

    public init(_ text: String = "", accepts: Accepts = .any, maxLength: Int? = nil) {
        characters = Array(text)
        cursor = characters.count
        self.accepts = accepts
        self.maxLength = maxLength
    }

    public var text: String {
        get { String(characters) }
        set { characters = Array(newValue); cursor = characters.count }
    }

    /// Cursor position in display columns from the start of the text.
    public var cursorColumn: Int { characters[..<cursor].reduce(0) { $0 + DisplayWidth.of($1) } }

    public mutating func insert(_ s: String) {
        // Line breaks and tabs in pasted text become spaces: this is a one-line field.
        let chars = s.map { c -> Character in (c == "\n" || c == "\r" || c == "\r\n" || c == "\t") ? " " : c }
            .filter { $0.unicodeScalars.allSatisfy { !Sanitizer.needsReplacement($0) } }
        // Nothing of a refused paste goes in: half an amount is a wrong amount.
        if let bad = chars.first(where: { !accepts.allows($0) }) {
            refused = bad
            return
        }
        for ch in chars {
            if let m = maxLength, characters.count >= m { break }
            characters.insert(ch, at: cursor)
            cursor += 1
        }
    }

    public mutating func backspace() { if cursor > 0 { cursor -= 1; characters.remove(at: cursor) } }
    public mutating func deleteForward() { if cursor < characters.count { characters.remove(at: cursor) } }
    public mutating func left() { cursor = max(0, cursor - 1) }
    public mutating func right() { cursor = min(characters.count, cursor + 1) }
    public mutating func home() { cursor = 0 }
    public mutating func end() { cursor = characters.count }

    public mutating func wordLeft() {
        while cursor > 0 && characters[cursor - 1] == " " { cursor -= 1 }
        while cursor > 0 && characters[cursor - 1] != " " { cursor -= 1 }
    }
    public mutating func wordRight() {
        while cursor < characters.count && characters[cursor] == " " { cursor += 1 }
        while cursor < characters.count && characters[cursor] != " " { cursor += 1 }
    }
    public mutating func clear() { characters = []; cursor = 0 }

    /// Applies an editing key; returns false for keys it does not use (Tab, Enter, Esc…).
    public mutating func handle(_ key: Key) -> Bool {
        refused = nil
        switch key {
        case .char(let c): insert(String(c))
        case .paste(let s): insert(s)
        case .backspace, .ctrl("h"): backspace()
        case .delete, .ctrl("d"): deleteForward()
        case .left, .ctrl("b"): left()
        case .right, .ctrl("f"): right()
        case .home, .ctrl("a"): home()
        case .end, .ctrl("e"): end()
        case .alt("b"): wordLeft()
        case .alt("f"): wordRight()
        case .ctrl("u"): characters.removeFirst(cursor); cursor = 0
        case .ctrl("k"): characters.removeLast(characters.count - cursor)
        default: return false
        }
        return true
    }

    /// Draws into one row of `area` and returns the screen cursor position. The view
    /// scrolls only as far as the cursor needs (one column spare at the end), computed
    /// from the text and the width alone, so drawing changes nothing.
    @discardableResult
    public func render(in area: Rect, grid: inout Grid, style: Style) -> (x: Int, y: Int) {
        let width = max(1, area.width)
        let col = cursorColumn
        // Start at the first whole character at or after the column the cursor needs.
        let need = max(0, col - width + 1)
        var skipped = 0, start = 0
        while start < characters.count && skipped < need {
            skipped += DisplayWidth.of(characters[start]); start += 1
        }
        grid.fill(Rect(x: area.x, y: area.y, width: area.width, height: 1), style: style)
        grid.put(String(characters[start...]), x: area.x, y: area.y, maxWidth: area.width, style: style)
        return (area.x + min(col - skipped, area.width - 1), area.y)
    }
}
