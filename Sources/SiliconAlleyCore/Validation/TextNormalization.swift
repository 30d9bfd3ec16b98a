import Foundation

/// Shared clean-up for codes typed on Chinese keyboards, where an IME in
/// full-width mode turns "9" into "９" and "A" into "Ａ".
enum TextNormalization {
    /// Maps full-width ASCII (U+FF01…U+FF5E) to ASCII and the ideographic space to a space.
    static func halfWidth(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0xFF01...0xFF5E:
                scalars.append(Unicode.Scalar(scalar.value - 0xFEE0)!)
            case 0x3000:
                scalars.append(" ")
            default:
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// Half-width, then trimmed of surrounding whitespace.
    static func trimmedHalfWidth(_ text: String) -> String {
        halfWidth(text).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
