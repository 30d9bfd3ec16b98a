import CNcursesw

/// One result of ncurses `get_wch`: a character (`OK`) or a key code (`KEY_CODE_YES`).
/// `.idle` means the read timed out — the only way a lone ESC can be told from Alt.
public enum RawInput: Hashable, Sendable {
    case char(UInt32)
    case keyCode(Int32)
    case idle
}

/// Turns raw `get_wch` results into `Key`s. Pure (no terminal), so it is tested directly.
///
/// Handles: ncurses KEY_* codes; ESC + char → Alt; CSI/SS3 sequences the terminfo entry
/// did not know (arrows, F-keys, Ctrl-arrows); bracketed paste `ESC[200~ … ESC[201~` → one
/// `.paste`. ESC followed by `.idle` is a real Escape.
public struct KeyDecoder: Sendable {
    private enum State: Sendable, Equatable {
        case ground
        case escape                 // saw ESC
        case sequence(String)       // saw ESC [ or ESC O, collecting parameters
        case paste(String)          // inside a bracketed paste
    }
    private var state: State = .ground
    /// Extra key codes the backend discovered at run time (e.g. terminfo `kLFT5`).
    private let extraCodes: [Int32: Key]

    public init(extraCodes: [Int32: Key] = [:]) { self.extraCodes = extraCodes }

    /// True while a sequence is incomplete: the caller should read again with a short
    /// timeout and call `flush()` if nothing arrives.
    public var isPending: Bool { state != .ground }
    public var isInPaste: Bool { if case .paste = state { return true } else { return false } }

    /// Decodes a whole list (tests; `.idle` entries act as timeouts).
    public static func decode(_ inputs: [RawInput]) -> [Key] {
        var d = KeyDecoder()
        var keys = inputs.flatMap { d.feed($0) }
        keys += d.flush()
        return keys
    }

    public mutating func feed(_ input: RawInput) -> [Key] {
        switch input {
        case .idle:
            return flush()
        case .keyCode(let code):
            // Pasted text arrives as characters; a stray code inside a paste is dropped.
            if isInPaste { return [] }
            // A key code ends any half-read escape sequence.
            return flush() + [Self.key(forCode: code, extra: extraCodes)]
        case .char(let v):
            guard let u = Unicode.Scalar(v) else { return [.unknown(Int32(bitPattern: v))] }
            return feedScalar(u)
        }
    }

    /// Called on timeout: a pending ESC becomes `.escape`; a half sequence becomes its
    /// Alt-key; an unterminated paste is delivered as it is rather than swallowing keys.
    public mutating func flush() -> [Key] {
        defer { state = .ground }
        switch state {
        case .ground: return []
        case .escape: return [.escape]
        case .sequence(let s): return [.alt(s.first ?? "[")]
        case .paste(let text): return text.isEmpty ? [] : [.paste(text)]
        }
    }

    private mutating func feedScalar(_ u: Unicode.Scalar) -> [Key] {
        switch state {
        case .ground:
            if u.value == 0x1B { state = .escape; return [] }
            return [Self.key(forScalar: u)]
        case .escape:
            if u.value == 0x1B { return [.escape] }       // ESC ESC: first one was a real Escape
            if u == "[" || u == "O" { state = .sequence(String(u)); return [] }
            state = .ground
            let k = Self.key(forScalar: u)
            switch k {
            case .char(let c): return [.alt(c)]
            case .ctrl(let c): return [.alt(c)]
            case .enter: return [.alt("\r")]
            default: return [k]
            }
        case .sequence(var s):
            s.unicodeScalars.append(u)
            // Parameters and intermediates continue; a final byte (0x40–0x7E) ends it.
            if u.value >= 0x20 && u.value < 0x40, s.count < 16 { state = .sequence(s); return [] }
            state = .ground
            if s == "[200~" { state = .paste(""); return [] }
            return [Self.key(forSequence: s)]
        case .paste(var text):
            text.unicodeScalars.append(u == "\r" ? "\n" : u)
            if text.hasSuffix("\u{1B}[201~") {
                state = .ground
                return [.paste(String(text.dropLast(6)))]
            }
            state = .paste(text)
            return []
        }
    }

    static func key(forScalar u: Unicode.Scalar) -> Key {
        switch u.value {
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 0x7F: return .backspace
        case 0x1B: return .escape
        case 1...26: return .ctrl(Character(Unicode.Scalar(u.value + 0x60)!))
        case 0...31: return .unknown(Int32(u.value))
        default: return .char(Character(u))
        }
    }

    /// xterm-style sequences ("[A", "[1;5D", "[15~", "OP") for when terminfo lacks them.
    static func key(forSequence s: String) -> Key {
        let simple: [String: Key] = [
            "[A": .up, "[B": .down, "[C": .right, "[D": .left, "[H": .home, "[F": .end,
            "OA": .up, "OB": .down, "OC": .right, "OD": .left, "OH": .home, "OF": .end,
            "[Z": .backTab, "OP": .function(1), "OQ": .function(2), "OR": .function(3), "OS": .function(4),
            "[1~": .home, "[7~": .home, "[4~": .end, "[8~": .end, "[2~": .insert, "[3~": .delete,
            "[5~": .pageUp, "[6~": .pageDown,
            "[1;5C": .alt("f"), "[1;5D": .alt("b"), "[1;3C": .alt("f"), "[1;3D": .alt("b"),
            "[1;2P": .function(13), // shifted F1: rarely used, kept distinct from F1
        ]
        if let k = simple[s] { return k }
        let fkeys: [String: Int] = ["[11~": 1, "[12~": 2, "[13~": 3, "[14~": 4, "[15~": 5, "[17~": 6,
                                    "[18~": 7, "[19~": 8, "[20~": 9, "[21~": 10, "[23~": 11, "[24~": 12]
        if let n = fkeys[s] { return .function(n) }
        return .unknown(-1)
    }

    static func key(forCode code: Int32, extra: [Int32: Key]) -> Key {
        if let k = extra[code] { return k }
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END, KEY_LL: return .end
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_IC: return .insert
        case sa_key_resize(): return .resize
        default:
            let f0 = sa_key_f(0)
            if code > f0 && code <= f0 + 12 { return .function(Int(code - f0)) }
            return .unknown(code)
        }
    }
}
