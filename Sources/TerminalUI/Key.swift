/// A decoded key press. Produced by `KeyDecoder`; widgets and the Console match on it.
/// Ctrl-Left/Ctrl-Right arrive as `.alt("b")`/`.alt("f")` (word motion, as in readline).
public enum Key: Hashable, Sendable {
    case char(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, tab, backTab, escape, backspace, delete, insert
    case function(Int)        // F1–F12
    case ctrl(Character)      // "a"..."z" (lower case)
    case alt(Character)
    case paste(String)        // one bracketed paste, text intact
    case resize
    case unknown(Int32)

    /// Short human name for help and legends, e.g. "Ctrl-S", "F10", "Enter".
    public var name: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .tab: return "Tab"
        case .backTab: return "Shift-Tab"
        case .escape: return "Esc"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .insert: return "Ins"
        case .function(let n): return "F\(n)"
        case .ctrl(let c): return "Ctrl-\(c.uppercased())"
        case .alt(let c): return "Alt-\(c)"
        case .paste: return "Paste"
        case .resize: return "Resize"
        case .unknown(let n): return "Key\(n)"
        }
    }
}
