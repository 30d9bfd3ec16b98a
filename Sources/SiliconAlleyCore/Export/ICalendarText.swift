/// The text rules of iCalendar (RFC 5545): TEXT escaping (§3.3.11) and content lines folded
/// at 75 octets with CRLF line ends (§3.1).
public enum ICalendarText {
    public static let maxOctets = 75

    /// Escapes a TEXT value: backslash, semicolon and comma get a backslash, a line break
    /// becomes `\n` (CRLF and CR count as one break); other control characters, which TEXT
    /// may not hold, become spaces.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var lastWasCR = false
        for s in text.unicodeScalars {
            defer { lastWasCR = s == "\r" }
            switch s {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !lastWasCR { out += "\\n" }
            case "\t": out.unicodeScalars.append(s)
            default:
                if s.properties.generalCategory == .control { out += " " } else { out.unicodeScalars.append(s) }
            }
        }
        return out
    }

    /// One content line as bytes, folded so no line is longer than 75 octets (a continuation
    /// line starts with one space, which counts), never inside a character's UTF-8 bytes,
    /// each line ended by CRLF.
    public static func fold(_ line: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(line.utf8.count + line.utf8.count / 70 * 3 + 2)
        var used = 0
        for s in line.unicodeScalars {
            let n = UTF8.width(s)
            if used + n > maxOctets {
                out += [0x0D, 0x0A, 0x20]
                used = 1
            }
            out += Array(String(s).utf8)
            used += n
        }
        out += [0x0D, 0x0A]
        return out
    }

    /// "20250701T140000" (a local time), or with `Z` for a UTC one.
    static func dateTime(_ t: LocalDateTime, utc: Bool) -> String {
        basic(t.date) + "T" + two(t.hour) + two(t.minute) + "00" + (utc ? "Z" : "")
    }

    /// "20250701".
    static func basic(_ d: LocalDate) -> String {
        String(d.year) + two(d.month) + two(d.day)
    }

    /// A UTC instant to the second, for DTSTAMP: "20250610T083005Z".
    static func stamp(epochSeconds: Int) -> String {
        let t = LocalDateTime(minutesSinceEpoch: epochSeconds >= 0 ? epochSeconds / 60 : (epochSeconds - 59) / 60)
        let sec = epochSeconds - t.minutesSinceEpoch * 60
        return basic(t.date) + "T" + two(t.hour) + two(t.minute) + two(sec) + "Z"
    }

    private static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
}
