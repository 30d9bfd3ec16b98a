/// The `:` command line. Tab completes to the longest common prefix of the matching
/// commands (and cycles through them when already complete); candidates show above.
public struct CommandPalette: Sendable {
    public enum Outcome: Hashable, Sendable { case none, run(String), cancel }
    public var commands: [String]
    public var input = TextField()
    private var cycle = -1
    private var cycleBase: [String] = []

    public init(commands: [String]) { self.commands = commands }

    public var candidates: [String] {
        let q = input.text
        return commands.filter { $0.hasPrefix(q) }
    }

    public mutating func handle(_ key: Key) -> Outcome {
        switch key {
        case .escape: return .cancel
        case .enter: return .run(input.text.trimmed)
        case .tab:
            // First Tab: complete the common prefix; further Tabs cycle the candidates.
            if cycle < 0 {
                let c = candidates
                guard !c.isEmpty else { return .none }
                let common = Self.commonPrefix(c)
                if common.count > input.text.count || c.count == 1 { input.text = common; return .none }
                cycleBase = c
            }
            cycle = (cycle + 1) % cycleBase.count
            input.text = cycleBase[cycle]
            return .none
        default:
            cycle = -1
            if input.text.isEmpty && key == .backspace { return .cancel }
            _ = input.handle(key)
            return .none
        }
    }

    static func commonPrefix(_ words: [String]) -> String {
        guard var p = words.first.map(Array.init) else { return "" }
        for w in words.dropFirst() {
            let a = Array(w)
            var n = 0
            while n < p.count && n < a.count && p[n] == a[n] { n += 1 }
            p = Array(p[..<n])
        }
        return String(p)
    }

    /// Draws the input on the last row of `area` and up to 5 candidates above it.
    public func render(in area: Rect, grid: inout Grid, look: Look) -> (x: Int, y: Int) {
        let t = look.theme
        let line = area.splitBottom(1).bottom
        let shown = Array(candidates.prefix(min(5, max(0, area.height - 1))))
        for (i, c) in shown.enumerated() {
            let y = line.y - shown.count + i
            grid.fill(Rect(x: line.x, y: y, width: line.width, height: 1), style: t[.dialog])
            grid.put(" " + Sanitizer.clean(c), x: line.x, y: y, maxWidth: line.width, style: t[.dialog])
        }
        grid.fill(line, style: t[.status])
        grid.put(":", x: line.x, y: line.y, style: t[.statusKey])
        return input.render(in: Rect(x: line.x + 1, y: line.y, width: line.width - 1, height: 1), grid: &grid, style: t[.status])
    }
}
