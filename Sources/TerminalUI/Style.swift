/// A terminal colour. `.ansi` is the 16-colour palette; `.indexed` the 256-colour one.
/// The backend maps both down to what the terminal has (8 colours → 0–7).
public enum Color: Hashable, Sendable {
    case `default`
    case ansi(UInt8)      // 0...15
    case indexed(UInt8)   // 0...255
}

/// Text attributes that survive without colour (monochrome relies on them).
public struct Attributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let bold = Attributes(rawValue: 1 << 0)
    public static let dim = Attributes(rawValue: 1 << 1)
    public static let reverse = Attributes(rawValue: 1 << 2)
    public static let underline = Attributes(rawValue: 1 << 3)
}

public struct Style: Hashable, Sendable {
    public var foreground: Color
    public var background: Color
    public var attributes: Attributes

    public init(foreground: Color = .default, background: Color = .default, attributes: Attributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    public static let plain = Style()

    /// The same colours without any colour: what `NO_COLOR` keeps.
    public var withoutColor: Style { Style(attributes: attributes) }

    public func adding(_ a: Attributes) -> Style {
        var s = self
        s.attributes.formUnion(a)
        return s
    }
}
