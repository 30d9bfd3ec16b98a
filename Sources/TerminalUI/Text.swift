/// String helpers measured in display columns, never in characters or bytes.
public enum Text {
    public enum Alignment: Sendable, Hashable { case left, right, center }

    /// The longest prefix of `s` that fits in `columns`; a wide character that would
    /// straddle the limit is replaced by a space so the result is exactly as wide as allowed.
    public static func clip(_ s: String, to columns: Int) -> String {
        guard columns > 0 else { return "" }
        var out = "", used = 0
        for ch in s {
            let w = DisplayWidth.of(ch)
            if used + w > columns {
                if used < columns { out += String(repeating: " ", count: columns - used) }
                return out
            }
            out.append(ch); used += w
        }
        return out
    }

    /// Clips, then pads with spaces to exactly `columns`.
    public static func pad(_ s: String, to columns: Int, align: Alignment = .left) -> String {
        let c = clip(s, to: columns)
        let gap = max(0, columns - DisplayWidth.of(c))
        switch align {
        case .left: return c + String(repeating: " ", count: gap)
        case .right: return String(repeating: " ", count: gap) + c
        case .center:
            let l = gap / 2
            return String(repeating: " ", count: l) + c + String(repeating: " ", count: gap - l)
        }
    }

    /// Fits `s` into `columns`, ending with "…" when something was cut.
    /// Keeps the end of the text (paths): "…/share/silicon-alley/journal.jsonl".
    public static func ellipsizeLeft(_ s: String, to columns: Int, ellipsis: String = "…") -> String {
        guard DisplayWidth.of(s) > columns else { return s }
        let room = columns - DisplayWidth.of(ellipsis)
        guard room > 0 else { return clip(ellipsis, to: columns) }
        var kept: [Character] = []
        var used = 0
        for c in s.reversed() {
            let w = DisplayWidth.of(c)
            if used + w > room { break }
            kept.append(c)
            used += w
        }
        return ellipsis + String(kept.reversed())
    }

    public static func ellipsize(_ s: String, to columns: Int, ellipsis: String = "…") -> String {
        guard columns > 0 else { return "" }
        if DisplayWidth.of(s) <= columns { return s }
        let ew = DisplayWidth.of(ellipsis)
        if ew > columns { return clip(s, to: columns) }
        var out = "", used = 0
        for ch in s {
            let w = DisplayWidth.of(ch)
            if used + w > columns - ew { break }
            out.append(ch); used += w
        }
        return out + ellipsis
    }

    /// Wraps by display width. A line may break after a space or beside a wide (CJK)
    /// character, never inside a run of narrow characters (a date, a number, a word) unless
    /// that run alone is wider than the line.
    static let noLineStart: Set<Character> = ["，", "。", "、", "；", "：", "）", "」", "』", "】", "》", "！", "？", "…", ",", ".", ";", ":", ")"]

    public static func wrap(_ s: String, width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        for paragraph in s.split(separator: "\n", omittingEmptySubsequences: false) {
            var line: [Character] = [], used = 0
            // Where the next line may start, within `line`.
            var breakAt: Int? = nil
            for ch in paragraph {
                let w = DisplayWidth.of(ch)
                let besideWide = line.last.map { $0 != " " && (DisplayWidth.of($0) == 2 || w == 2) } ?? false
                if used + w > width {
                    if ch == " " { lines.append(String(line)); line = []; used = 0; breakAt = nil; continue }
                    if besideWide {
                        // No line starts with closing punctuation (，。）…): the character
                        // before it goes down with it, as Chinese typesetting does.
                        if noLineStart.contains(ch), line.count > 1, let last = line.popLast() {
                            lines.append(String(line)); line = [last]; used = DisplayWidth.of(last)
                        } else {
                            lines.append(String(line)); line = []; used = 0
                        }
                    } else if let b = breakAt, b > 0 {
                        var head = Array(line[..<b])
                        if head.last == " " { head.removeLast() }
                        lines.append(String(head))
                        line = Array(line[b...])
                        used = line.reduce(0) { $0 + DisplayWidth.of($1) }
                    }
                    breakAt = nil
                    if used + w > width && !line.isEmpty { lines.append(String(line)); line = []; used = 0 }
                }
                if ch == " " {
                    line.append(ch); used += w; breakAt = line.count
                    continue
                }
                if besideWide && !line.isEmpty { breakAt = line.count }
                line.append(ch); used += w
            }
            lines.append(String(line))
        }
        return lines
    }
}

extension Grid {
    /// Writes `text` into `width` columns, ending in `ellipsis` when it had to be cut
    /// (cut text always says so). Returns the columns used.
    @discardableResult
    public mutating func putFitted(_ text: String, x: Int, y: Int, width: Int, style: Style, ellipsis: String = "…") -> Int {
        guard width > 0 else { return 0 }
        let fitted = DisplayWidth.of(text) > width ? Text.ellipsize(text, to: width, ellipsis: ellipsis) : text
        return put(fitted, x: x, y: y, maxWidth: width, style: style)
    }
}
