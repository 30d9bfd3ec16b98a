/// A document the window hands the applicant (受理回执, 材料补正一次性告知书), as content:
/// `PrintLayout` lays it out for a paper. Always in Chinese — it is the official document,
/// whatever the clerk's interface language — and with personal numbers masked.
public struct Printout: Sendable, Equatable {
    public enum Block: Sendable, Equatable {
        /// "回执号：QL-2026-000012" — the value wraps under itself, never under the label.
        case field(String, String)
        case paragraph(String)
        /// Numbered items: 1. 营业执照
        case list([String])
        case rule
        /// Lines to sign on, spaced apart.
        case signatures([String])
    }

    public var header: String
    public var title: String
    public var blocks: [Block]
    /// The file name under `receipts/` (letters, digits, '-' only).
    public var fileName: String
    /// The number the document carries, as printed on it (QL-2026-000012-补正1).
    public var reference: String

    public init(header: String, title: String, blocks: [Block], fileName: String, reference: String? = nil) {
        self.header = header
        self.title = title
        self.blocks = blocks
        self.fileName = fileName
        self.reference = reference ?? String(fileName.dropLast(fileName.hasSuffix(".txt") ? 4 : 0))
    }
}

/// The paper a printout is laid out for: the window's 80-mm receipt printer or A4.
public enum Paper: String, Sendable, CaseIterable {
    case receipt80 = "80mm"
    case a4

    /// Display columns a line may take: 48 on 80-mm paper (Font A, 24 Chinese characters),
    /// 70 on A4 at 10 characters per inch, inside CUPS's default margins with room to spare.
    public var columns: Int { self == .receipt80 ? 48 : 70 }

    /// What `lp` is told about the paper (`-o` options): the driver sizes the page from it.
    public var lpOptions: [String] {
        switch self {
        case .receipt80: return ["-o", "media=Custom.80x297mm", "-o", "cpi=12", "-o", "page-left=0", "-o", "page-right=0"]
        case .a4: return ["-o", "media=A4", "-o", "cpi=10"]
        }
    }
}
