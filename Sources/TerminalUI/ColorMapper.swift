/// Maps theme colours to what the terminal offers (`COLORS`): 256, 16 or 8.
/// Pure, so 8-colour behaviour is testable without such a terminal.
public enum ColorMapper {
    /// ncurses colour number; -1 means the terminal's default (needs `use_default_colors`).
    public static func number(for color: Color, colors: Int, defaultColor: Int = -1) -> Int {
        switch color {
        case .default: return defaultColor
        case .ansi(let n): return colors >= 16 ? Int(n & 15) : Int(n & 7)
        case .indexed(let n):
            if colors >= 256 { return Int(n) }
            if n < 16 { return colors >= 16 ? Int(n) : Int(n & 7) }
            return approximate(Int(n), sixteen: colors >= 16)
        }
    }

    /// Nearest basic colour for a 256-colour cube or grey-ramp index.
    static func approximate(_ n: Int, sixteen: Bool) -> Int {
        if n >= 232 {
            let level = n - 232   // 0 (dark) ... 23 (light)
            if sixteen { return level < 6 ? 0 : level < 12 ? 8 : level < 20 ? 7 : 15 }
            return level < 12 ? 0 : 7
        }
        let i = n - 16
        let r = i / 36, g = (i / 6) % 6, b = i % 6
        let base = (r >= 3 ? 1 : 0) | (g >= 3 ? 2 : 0) | (b >= 3 ? 4 : 0)
        if sixteen && max(r, g, b) >= 5 && base != 0 { return base + 8 }
        // Dark but not black (e.g. navy) keeps its hue rather than vanishing.
        if base == 0 && max(r, g, b) >= 2 {
            return (r >= 2 ? 1 : 0) | (g >= 2 ? 2 : 0) | (b >= 2 ? 4 : 0)
        }
        return base
    }
}
