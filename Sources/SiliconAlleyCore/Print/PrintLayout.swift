/// A printout as plain UTF-8 text for a paper: every line within `Paper.columns` display
/// columns, labels aligned, long values wrapped under themselves. The same text is what the
/// window writes to `receipts/` and what it sends to the printer.
public enum PrintLayout {
    public static func text(_ p: Printout, paper: Paper) -> String {
        let width = paper.columns
        // A4 leaves room around the title too.
        let margin = String(repeating: " ", count: self.margin(paper))
        let inner = width - margin.count
        var out: [String] = []
        func centre(_ s: String) -> [String] {
            PrintWidth.wrap(s, width: inner).map { line in
                String(repeating: " ", count: max(0, (inner - PrintWidth.of(line)) / 2)) + line
            }
        }
        out += centre(p.header)
        if paper == .a4 { out.append("") }
        out += centre(p.title)
        out.append(String(repeating: "=", count: inner))
        let labelWidth = p.blocks.compactMap { b -> Int? in if case .field(let l, _) = b { return PrintWidth.of(l) } else { return nil } }.max() ?? 0
        for block in p.blocks {
            switch block {
            case .field(let label, let value):
                let head = label + "：" + String(repeating: " ", count: labelWidth - PrintWidth.of(label))
                let pad = String(repeating: " ", count: PrintWidth.of(head))
                for (i, line) in PrintWidth.wrap(value, width: max(8, inner - PrintWidth.of(head))).enumerated() {
                    out.append((i == 0 ? head : pad) + line)
                }
            case .paragraph(let text):
                if paper == .a4 { out.append("") }
                // Chinese paragraphs open with a two-character indent.
                out += PrintWidth.wrap("　　" + text, width: inner)
            case .list(let items):
                for (i, item) in items.enumerated() {
                    let head = "  \(i + 1). "
                    let pad = String(repeating: " ", count: head.count)
                    for (k, line) in PrintWidth.wrap(item, width: inner - head.count).enumerated() {
                        out.append((k == 0 ? head : pad) + line)
                    }
                }
            case .rule:
                out.append(String(repeating: "-", count: inner))
            case .signatures(let lines):
                out.append("")
                for line in lines {
                    out += PrintWidth.wrap(line, width: inner)
                    if paper == .a4 { out.append("") }
                }
            }
        }
        out.append(String(repeating: "=", count: inner))
        return out.map { (margin + $0).trimmingTrailingSpaces }.joined(separator: "\n") + "\n"
    }

    /// Spaces before every line: A4 keeps a margin; the receipt roll is used to the edge.
    public static func margin(_ paper: Paper) -> Int { paper == .a4 ? 2 : 0 }
}

extension String {
    fileprivate var trimmingTrailingSpaces: String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
