/// What a key did to a form.
public enum FormOutcome: Hashable, Sendable {
    case none            // handled (or ignored); just redraw
    case submit          // Ctrl-S or F10: the owner validates `values`
    case cancel          // Esc: ask "discard?" first when `isDirty`
}

/// A data-entry form in the 5250 tradition: fixed tab order, errors beside their field,
/// function-key submit. Validation belongs to the owner (`values`, `setError`,
/// `focusFirstError`); the form only edits.
public struct Form: Sendable {
    public var title: String
    public private(set) var fields: [FormField]
    public private(set) var focus: Int = 0
    public private(set) var isDirty = false
    public private(set) var errors: [String: String] = [:]
    /// A refusal that belongs to no one field (a conflict, a closed record), shown under the
    /// title, wrapped, so it is never cut off on the status line.
    public var notice: String?
    /// How a value reads, beside its field when there is no error ("= ¥50,000.00").
    public private(set) var notes: [String: String] = [:]
    /// Fields that refused a character (a letter in an amount), with the first one. What is
    /// left in such a field is not what was typed, so it stays marked — and cannot be
    /// saved — until the operator deletes in it (Backspace, Del, Ctrl-U/K).
    public private(set) var refused: [String: Character] = [:]
    /// A character refused in a field that was empty and stays empty ("a" typed first in an
    /// amount): nothing typed is lost or changed, so it marks the field until the next key only.
    public private(set) var refusedFirst: (field: String, character: Character)?
    /// Whether an option matches what was typed; the Console can plug in pinyin matching.
    public var matcher: @Sendable (_ query: String, _ option: String) -> Bool = { q, o in
        o.lowercased().contains(q.lowercased())
    }

    private var editors: [TextField]          // text value, or the query for choice/reference
    private var chosen: [String?]             // choice option id / reference id
    private var chosenLabel: [String?]        // what a chosen reference shows
    private var ticks: [Set<Int>]
    private var checkCursor: [Int]
    private var listOpen = false
    /// A choice or reference list is open under the focused field (drawn over what is below).
    public var isListOpen: Bool { listOpen }
    private var listIndex = 0

    public init(title: String, fields: [FormField]) {
        self.title = title
        self.fields = fields
        editors = fields.map { TextField(accepts: $0.kind.accepts) }
        chosen = Array(repeating: nil, count: fields.count)
        chosenLabel = chosen
        ticks = Array(repeating: [], count: fields.count)
        checkCursor = Array(repeating: 0, count: fields.count)
    }

    // MARK: Values and errors

    public var values: [String: FieldValue] {
        var out: [String: FieldValue] = [:]
        for (i, f) in fields.enumerated() {
            switch f.kind {
            case .choice: out[f.id] = .choice(chosen[i])
            case .reference: out[f.id] = .reference(id: chosen[i])
            case .multiSelect(let opts): out[f.id] = .selections(ticks[i].sorted().map { opts[$0].id })
            default: out[f.id] = .text(editors[i].text)
            }
        }
        return out
    }

    /// Pre-fills a field (editing an existing record). Does not make the form dirty.
    public mutating func set(field id: String, to value: FieldValue, label: String? = nil) {
        guard let i = index(of: id) else { return }
        switch value {
        case .text(let s): editors[i].text = s
        case .choice(let c): chosen[i] = c; editors[i].text = ""
        case .reference(let rid): chosen[i] = rid; chosenLabel[i] = label; editors[i].text = ""
        case .selections(let sel):
            if case .multiSelect(let opts) = fields[i].kind {
                ticks[i] = Set(sel.compactMap { id in opts.firstIndex { $0.id == id } })
            }
        }
    }

    /// Gives a checklist or choice field new options (the documents of the service just
    /// chosen), with `checked` ticked; what was typed or chosen there is dropped. Does not make
    /// the form dirty: the owner derives it from another field.
    public mutating func replaceOptions(field id: String, with options: [Choice], checked: [String] = []) {
        guard let i = index(of: id) else { return }
        switch fields[i].kind {
        case .multiSelect:
            fields[i].kind = .multiSelect(options)
            ticks[i] = Set(checked.compactMap { c in options.firstIndex { $0.id == c } })
            checkCursor[i] = 0
        case .choice:
            fields[i].kind = .choice(options)
            if let c = chosen[i], !options.contains(where: { $0.id == c }) { chosen[i] = nil }
            editors[i].clear()
        default:
            return
        }
        if focus == i { listOpen = false }
    }

    /// The options of a checklist or choice field, as they are now.
    public func options(field id: String) -> [Choice] {
        guard let i = index(of: id) else { return [] }
        switch fields[i].kind {
        case .multiSelect(let o), .choice(let o): return o
        default: return []
        }
    }

    public mutating func setError(field id: String, message: String?) { errors[id] = message }
    public mutating func clearErrors() { errors = [:]; notice = nil }
    public mutating func setNote(field id: String, note: String?) { notes[id] = note }

    /// Moves the cursor to the first field (in tab order) that has an error.
    public mutating func focusFirstError() {
        if let i = fields.firstIndex(where: { errors[$0.id] != nil }) { moveFocus(to: i) }
    }

    public var focusedField: FormField { fields[focus] }

    /// Options of a choice field that match what was typed (for rendering and tests).
    public func matchingOptions(_ i: Int) -> [Choice] {
        guard case .choice(let opts) = fields[i].kind else { return [] }
        let q = editors[i].text
        guard !q.isEmpty else { return opts }
        // Labels that hold what was typed come first ("pol" → Policy before IP infringement
        // complaint, which only has p…o…l in order); otherwise the options' own order.
        let found = opts.filter { matcher(q, $0.label) }
        let lower = q.lowercased()
        return found.filter { $0.label.lowercased().contains(lower) } + found.filter { !$0.label.lowercased().contains(lower) }
    }

    /// The label of a choice field's chosen option.
    private func chosenChoiceLabel(_ i: Int) -> String {
        guard case .choice(let opts) = fields[i].kind, let id = chosen[i] else { return "" }
        return opts.first { $0.id == id }?.label ?? id
    }

    /// What a reference field offers for its query. The finder decides what an empty query
    /// offers (Space opens the list): nothing for a registry of thousands, every entry for a
    /// short list such as the plan's places.
    private func candidates(_ i: Int) -> [ReferenceCandidate] {
        guard case .reference(let find) = fields[i].kind else { return [] }
        return find(editors[i].text)
    }

    private func index(of id: String) -> Int? { fields.firstIndex { $0.id == id } }

    /// Text typed into a choice or reference field and not picked from its list: the
    /// owner refuses to save rather than drop it.
    public func unpicked(_ id: String) -> String? {
        guard let i = index(of: id) else { return nil }
        switch fields[i].kind {
        case .choice, .reference:
            let t = editors[i].text
            return t.allSatisfy({ $0 == " " }) ? nil : t
        default: return nil
        }
    }

    // MARK: Keys

    public mutating func handle(_ key: Key) -> FormOutcome {
        guard !fields.isEmpty else { return key == .escape ? .cancel : .none }
        refusedFirst = nil
        switch key {
        case .ctrl("s"), .function(10):
            settle(focus)
            listOpen = false
            return .submit
        case .escape:
            if listOpen { listOpen = false; return .none }
            return .cancel
        // Ctrl-N/Ctrl-P too: the Linux console sends no Shift-Tab.
        case .tab, .ctrl("n"): moveFocus(to: (focus + 1) % fields.count); return .none
        case .backTab, .ctrl("p"): moveFocus(to: (focus + fields.count - 1) % fields.count); return .none
        default: break
        }
        let listCount = listOpen ? listItemsCount(focus) : 0
        if listOpen && listCount > 0 {
            switch key {
            case .up: listIndex = (listIndex + listCount - 1) % listCount; return .none
            case .down: listIndex = (listIndex + 1) % listCount; return .none
            case .enter: pick(focus); return .none
            default: break
            }
        }
        switch key {
        case .up: moveFocus(to: max(0, focus - 1)); return .none
        case .down, .enter: moveFocus(to: min(fields.count - 1, focus + 1)); return .none
        default: break
        }
        switch fields[focus].kind {
        case .multiSelect(let opts):
            switch key {
            case .left: checkCursor[focus] = max(0, checkCursor[focus] - 1)
            case .right: checkCursor[focus] = min(opts.count - 1, checkCursor[focus] + 1)
            case .char(" "), .char("x"):
                guard !opts.isEmpty else { break }
                ticks[focus].formSymmetricDifference([checkCursor[focus]]); isDirty = true
            default: break
            }
        case .choice, .reference:
            if (key == .ctrl("u") || key == .delete) && editors[focus].text.isEmpty && chosen[focus] != nil {
                // Clears the answer itself (a talent picked by mistake), as Ctrl-U clears a text field.
                chosen[focus] = nil
                chosenLabel[focus] = nil
                isDirty = true
                return .none
            }
            if key == .char(" ") && editors[focus].text.isEmpty {
                // Open on the current answer, not the first option.
                listOpen = true
                listIndex = matchingOptions(focus).firstIndex { $0.id == chosen[focus] } ?? 0
                return .none
            }
            let before = editors[focus].text
            if editors[focus].handle(key), editors[focus].text != before {
                isDirty = true
                listOpen = true
                listIndex = 0
            }
        default:
            let before = editors[focus].text
            if editors[focus].handle(key), editors[focus].text != before { isDirty = true }
            let id = fields[focus].id
            if let c = editors[focus].refused, refused[id] == nil {
                if before.isEmpty && editors[focus].text.isEmpty { refusedFirst = (id, c) } else { refused[id] = c }
            }
            if [.backspace, .delete, .ctrl("h"), .ctrl("d"), .ctrl("u"), .ctrl("k")].contains(key) { refused[id] = nil }
        }
        return .none
    }

    private func listItemsCount(_ i: Int) -> Int {
        if case .reference = fields[i].kind { return candidates(i).count }
        return matchingOptions(i).count
    }

    private mutating func pick(_ i: Int) {
        guard take(i, entry: listIndex) else { return }
        listOpen = false
        // Choosing is the answer: go on to the next field, as 5250 screens do.
        if i + 1 < fields.count { focus = i + 1 }
    }

    /// Makes entry `k` of field `i`'s list (as filtered by what was typed) its answer.
    private mutating func take(_ i: Int, entry k: Int) -> Bool {
        if case .reference = fields[i].kind {
            let c = candidates(i)
            guard k < c.count else { return false }
            chosen[i] = c[k].id
            chosenLabel[i] = c[k].columns.first ?? c[k].id
        } else {
            let opts = matchingOptions(i)
            guard k < opts.count else { return false }
            chosen[i] = opts[k].id
        }
        editors[i].clear()
        isDirty = true
        return true
    }

    private mutating func moveFocus(to i: Int) {
        if i != focus { settle(focus) }
        listOpen = false
        focus = i
    }

    /// Leaving a list field with text typed that leaves exactly one entry in its list takes
    /// that entry, as if picked (an outside venue typed by name, `qlzn` for one firm). With
    /// none or several, the text stays, shown, and saving asks for a pick.
    private mutating func settle(_ i: Int) {
        guard i < fields.count, !editors[i].text.allSatisfy({ $0 == " " }) else { return }
        switch fields[i].kind {
        case .reference, .choice:
            if listItemsCount(i) == 1 { _ = take(i, entry: 0) }
        default:
            return
        }
    }

    // MARK: Drawing

    /// Where things go: the label column, the value column, and each field's first row.
    /// A message too long for the room beside its field wraps under it, pushing the
    /// fields below down (nothing is cut).
    struct Layout {
        var labelWidth: Int
        var valueX: Int
        var valueWidth: Int
        var rows: [Int]                   // first row of each field
        var wrapped: [Int: [String]]      // field index → message lines under it
        var checklists: [Int: [[Int]]]    // checklist field → its options, line by line
        var top: Int                      // the first field row; fields scrolled above it are not drawn
    }

    func layout(in area: Rect) -> Layout {
        let labelWidth = (fields.map { DisplayWidth.of($0.label) + ($0.required ? 2 : 0) }.max() ?? 0) + 3
        let valueX = area.x + 3 + labelWidth
        let valueWidth = max(4, min(34, area.maxX - valueX - 1))
        var rows: [Int] = []
        var wrapped: [Int: [String]] = [:]
        var checklists: [Int: [[Int]]] = [:]
        let noticeLines = noticeLines(width: area.width)
        var y = area.y + 2 + max(0, noticeLines.count - 1)
        for (i, f) in fields.enumerated() {
            rows.append(y)
            var used = valueWidth
            if case .multiSelect = f.kind {
                // A checklist longer than the row goes on over the next rows, under itself.
                let lines = checklistLines(i, width: area.maxX - valueX)
                checklists[i] = lines
                y += lines.count - 1
                used = lines.last.map { checklistWidth(i, $0) } ?? 0
            }
            y += 1
            guard let message = errors[f.id] ?? notes[f.id] else { continue }
            let text = "✗ " + Sanitizer.clean(message)
            let beside = area.maxX - (valueX + used + 2)
            if DisplayWidth.of(text) > beside {
                let lines = Text.wrap(text, width: max(8, area.maxX - valueX - 1))
                wrapped[i] = lines
                y += lines.count
            }
        }
        // A form taller than its area scrolls so the focused field (and an open list under it)
        // is in view; worked out from the focus at every draw, so nothing is kept between frames.
        let top = area.y + 2 + max(0, noticeLines.count - 1)
        var shift = 0
        if fields.indices.contains(focus) {
            let focusBottom = rows[focus] + (checklists[focus]?.count ?? 1) + (wrapped[focus]?.count ?? 0) - 1
            let wanted = focusBottom + (listOpen ? 6 : 0)
            shift = min(max(0, wanted - (area.maxY - 1)), max(0, rows[focus] - top))
        }
        return Layout(labelWidth: labelWidth, valueX: valueX, valueWidth: valueWidth, rows: rows.map { $0 - shift },
                      wrapped: wrapped, checklists: checklists, top: top)
    }

    /// Columns one checklist item takes: its box, its label and the gap after it.
    private func checklistItemWidth(_ o: Choice) -> Int { 4 + DisplayWidth.of(Sanitizer.clean(o.label)) + 2 }

    private func checklistWidth(_ i: Int, _ line: [Int]) -> Int {
        guard case .multiSelect(let opts) = fields[i].kind else { return 0 }
        return line.reduce(0) { $0 + checklistItemWidth(opts[$1]) }
    }

    /// A checklist's options cut into lines of at most `width` columns (one line at least).
    private func checklistLines(_ i: Int, width: Int) -> [[Int]] {
        guard case .multiSelect(let opts) = fields[i].kind else { return [[]] }
        var lines: [[Int]] = [[]]
        var used = 0
        for (k, o) in opts.enumerated() {
            let w = checklistItemWidth(o)
            if used > 0 && used + w - 2 > width {
                lines.append([])
                used = 0
            }
            lines[lines.count - 1].append(k)
            used += w
        }
        return lines
    }

    private func noticeLines(width: Int) -> [String] {
        guard let notice, !notice.isEmpty else { return [] }
        return Text.wrap("✗ " + Sanitizer.clean(notice), width: max(8, width - 4))
    }

    /// The first row below the fields (where an owner's footer goes).
    public func bottom(in area: Rect) -> Int {
        let l = layout(in: area)
        guard let last = l.rows.last else { return area.y + 2 }
        return last + height(fields.count - 1, l) + (l.wrapped[fields.count - 1]?.count ?? 0)
    }

    /// Rows the value of field `i` takes (a checklist may take several).
    private func height(_ i: Int, _ l: Layout) -> Int { l.checklists[i]?.count ?? 1 }

    /// Draws the form and returns where the terminal cursor belongs (nil: hidden).
    public func render(in area: Rect, grid: inout Grid, look: Look) -> (x: Int, y: Int)? {
        guard !area.isEmpty else { return nil }
        let t = look.theme
        grid.fill(area, style: t[.row])
        grid.put(" " + Sanitizer.clean(title), x: area.x, y: area.y, maxWidth: area.width, style: t[.title])
        let lay = layout(in: area)
        for (k, line) in noticeLines(width: area.width).enumerated() where area.y + 1 + k < area.maxY {
            let text = look.ascii && k == 0 ? "x" + line.dropFirst() : line
            grid.put(text, x: area.x + 3, y: area.y + 1 + k, maxWidth: area.width - 4, style: t[.error])
        }
        let valueX = lay.valueX, valueWidth = lay.valueWidth
        let cross = look.ascii ? "x " : "✗ "
        var cursor: (x: Int, y: Int)? = nil
        var listAnchor: (index: Int, y: Int)? = nil
        // Fields scrolled out of view are counted on the title row (↑ above, ↓ below).
        let above = lay.rows.filter { $0 < lay.top }.count
        let below = lay.rows.filter { $0 >= area.maxY }.count
        if above + below > 0 {
            let up = look.ascii ? "^" : "↑", down = look.ascii ? "v" : "↓"
            let more = (above > 0 ? "\(up)\(above) " : "") + (below > 0 ? "\(down)\(below) " : "")
            let w = DisplayWidth.of(more)
            grid.put(more, x: area.maxX - w - 1, y: area.y, maxWidth: w, style: t[.title])
        }
        for (i, f) in fields.enumerated() {
            let y = lay.rows[i]
            guard y < area.maxY else { break }
            if y < lay.top { continue }
            let focused = i == focus
            let label = Sanitizer.clean(f.label) + (f.required ? " *" : "")
            if focused { grid.put(look.marker, x: area.x + 1, y: y, style: t[.accent]) }
            grid.put(label, x: area.x + 3, y: y, maxWidth: lay.labelWidth, style: focused ? t[.fieldLabel].adding(.bold) : t[.fieldLabel])
            let box = Rect(x: valueX, y: y, width: valueWidth, height: 1)
            let style = focused ? t[.fieldFocus] : t[.field]
            switch f.kind {
            case .multiSelect(let opts):
                for (row, line) in (lay.checklists[i] ?? []).enumerated() where y + row < area.maxY {
                    var x = valueX
                    for k in line {
                        let mark = ticks[i].contains(k) ? "[x] " : "[ ] "
                        let s = focused && k == checkCursor[i] ? style : t[.row]
                        let start = x
                        x += grid.put(mark + Sanitizer.clean(opts[k].label), x: x, y: y + row, maxWidth: max(0, area.maxX - x), style: s) + 2
                        if focused && k == checkCursor[i] { cursor = (start + 1, y + row) }
                    }
                }
            case .choice, .reference:
                let isRef: Bool = { if case .reference = f.kind { return true } else { return false } }()
                if focused && (!editors[i].text.isEmpty || listOpen) {
                    let prefix = isRef ? (look.ascii ? "> " : "▸ ") : ""
                    let px = grid.put(prefix, x: valueX, y: y, style: t[.accent])
                    cursor = editors[i].render(in: Rect(x: valueX + px, y: y, width: valueWidth - px, height: 1), grid: &grid, style: style)
                    listAnchor = (i, y)
                } else if !editors[i].text.isEmpty {
                    // Typed and not picked: what was typed stays in view (saving asks for a pick).
                    let px = grid.put(look.ascii ? "> " : "▸ ", x: valueX, y: y, style: t[.accent])
                    grid.put(Sanitizer.clean(editors[i].text), x: valueX + px, y: y, maxWidth: max(0, valueWidth - px), style: style)
                } else {
                    let shown = isRef ? (chosenLabel[i] ?? chosen[i] ?? "") : chosenChoiceLabel(i)
                    let arrow = look.ascii ? "v" : "▾"
                    let inner = Text.pad(Text.ellipsize(Sanitizer.clean(shown), to: valueWidth - 4, ellipsis: look.ellipsis), to: valueWidth - 4) + " " + arrow
                    grid.put("[" + inner + "]", x: valueX, y: y, maxWidth: valueWidth, style: style)
                    if focused { cursor = (valueX + 1, y) }
                }
            default:
                let c = editors[i].render(in: box, grid: &grid, style: style)
                if focused { cursor = c }
            }
            let error = errors[f.id]
            guard let message = error ?? notes[f.id] else { continue }
            let messageStyle = error != nil ? t[.error] : t[.dim]
            let prefix = error != nil ? cross : ""
            let below = y + height(i, lay)
            if let lines = lay.wrapped[i] {
                for (k, line) in lines.enumerated() where below + k < area.maxY {
                    let text = k == 0 ? (error != nil ? cross : "") + String(line.dropFirst(2)) : line
                    grid.put(text, x: valueX, y: below + k, maxWidth: area.maxX - valueX, style: messageStyle)
                }
            } else {
                let used = lay.checklists[i].map { checklistWidth(i, $0.last ?? []) } ?? valueWidth
                let ex = valueX + used + 2
                grid.put(prefix + Sanitizer.clean(message), x: ex, y: below - 1, maxWidth: max(0, area.maxX - ex), style: messageStyle)
            }
        }
        if let anchor = listAnchor, listOpen {
            // The list may use the row to the right edge: candidates carry identifiers (USCCs)
            // that must not be cut.
            drawList(anchor.index, under: anchor.y, x: valueX, width: max(valueWidth + 16, area.maxX - valueX - 1), area: area, grid: &grid, look: look)
        }
        return cursor
    }

    private func drawList(_ i: Int, under y: Int, x: Int, width: Int, area: Rect, grid: inout Grid, look: Look) {
        let t = look.theme
        let rows: [String]
        if case .reference = fields[i].kind {
            rows = candidates(i).map { $0.columns.map(Sanitizer.clean).joined(separator: "  ") }
        } else {
            rows = matchingOptions(i).map { Sanitizer.clean($0.label) }
        }
        let maxRows = min(6, area.maxY - y - 1)
        guard maxRows > 0 else { return }
        let first = max(0, listIndex - maxRows + 1)
        let w = min(width, area.maxX - x)
        if rows.isEmpty {
            grid.put(Text.pad("  —", to: w), x: x, y: y + 1, maxWidth: w, style: t[.dialog])
            return
        }
        for (k, r) in rows.dropFirst(first).prefix(maxRows).enumerated() {
            let idx = first + k
            let sel = idx == listIndex
            grid.put(Text.pad((sel ? look.marker : " ") + " " + r, to: w), x: x, y: y + 1 + k, maxWidth: w,
                     style: sel ? t[.selection] : t[.dialog])
        }
    }
}
