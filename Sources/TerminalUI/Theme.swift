/// Semantic style roles: widgets ask for a role, never for a colour.
public enum ThemeRole: String, CaseIterable, Sendable {
    case title, tab, tabActive, header, row, rowAlt, selection, status, statusKey, border, dim
    case accent, error, warning, ok, fieldLabel, field, fieldFocus, dialog, barFull, barEmpty
}

/// A complete role → style map. Built from a theme file or the embedded default.
public struct Theme: Hashable, Sendable {
    public var name: String
    private var styles: [ThemeRole: Style]

    public init(name: String, styles: [ThemeRole: Style]) {
        self.name = name
        self.styles = styles
    }

    public subscript(role: ThemeRole) -> Style {
        get { styles[role] ?? .plain }
        set { styles[role] = newValue }
    }

    /// The built-in dark theme (same text as themes/default.theme), used when a file fails.
    public static let `default`: Theme = {
        switch ThemeLoader.parse(ThemeLoader.builtinDefault, name: "default", base: nil) {
        case .success(let t): return t
        case .failure(let e): fatalError("embedded default theme is invalid: \(e)")
        }
    }()

    /// Attributes only, no colours: for `NO_COLOR`, terminals without colour, and the
    /// monochrome theme. Roles that carried meaning by colour alone get an attribute.
    public static func monochrome(from theme: Theme) -> Theme {
        var t = theme
        t.name = theme.name + " (monochrome)"
        for role in ThemeRole.allCases { t[role] = theme[role].withoutColor }
        t[.selection] = t[.selection].adding(.reverse)   // selection must stay visible
        t[.tabActive] = t[.tabActive].adding([.reverse, .bold])
        t[.fieldFocus] = t[.fieldFocus].adding(.underline)
        t[.status] = t[.status].adding(.reverse)
        t[.statusKey] = t[.statusKey].adding([.reverse, .bold])
        t[.barFull] = t[.barFull]   // bars are drawn with glyphs; no colour needed
        t[.error] = t[.error].adding(.bold)
        t[.header] = t[.header].adding(.bold)
        return t
    }
}

/// How widgets draw: theme plus the ASCII fallback flag (`--ascii`) for borders and glyphs.
public struct Look: Sendable {
    public var theme: Theme
    public var ascii: Bool
    public var box: BoxChars { ascii ? .ascii : .unicode }

    public init(theme: Theme = .default, ascii: Bool = false) {
        self.theme = theme
        self.ascii = ascii
    }

    /// The selection marker in the first column of lists.
    public var marker: String { ascii ? ">" : "▶" }
}
