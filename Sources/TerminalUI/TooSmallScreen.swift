/// The "terminal too small" screen. The caller passes localized lines; `{current}` and
/// `{minimum}` in them become sizes like `80×24`. Lines wrap to whatever room there is.
public struct TooSmallScreen: Sendable {
    public var current: Size
    public var minimum: Size
    public var lines: [String]

    public init(current: Size, minimum: Size, lines: [String]) {
        self.current = current; self.minimum = minimum; self.lines = lines
    }

    public static func fits(_ size: Size, minimum: Size) -> Bool {
        size.width >= minimum.width && size.height >= minimum.height
    }

    public func render(in area: Rect, grid: inout Grid, look: Look) {
        grid.fill(area, style: look.theme[.row])
        let text = lines.map {
            $0.replacingAll("{current}", with: "\(current.width)×\(current.height)")
              .replacingAll("{minimum}", with: "\(minimum.width)×\(minimum.height)")
        }
        var y = area.y
        for l in text {
            for w in Text.wrap(Sanitizer.clean(l), width: max(1, area.width - 1)) {
                guard y < area.maxY else { return }
                grid.put(" " + w, x: area.x, y: y, maxWidth: area.width, style: y == area.y ? look.theme[.warning] : look.theme[.row])
                y += 1
            }
        }
    }
}

extension String {
    /// Plain substring replacement without Foundation.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = "", rest = Substring(self)
        while let r = rest.firstRange(of: target) {
            out += rest[..<r.lowerBound] + replacement
            rest = rest[r.upperBound...]
        }
        return out + rest
    }
}
