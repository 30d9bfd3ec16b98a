import SiliconAlleyCore
import TerminalUI

/// A form on screen and what saving it does. Most forms build a command from the values;
/// the shell performs it, and on refusal each field's reason goes beside that field and
/// nothing is written. A few (filters) act locally instead.
public struct FormSession {
    public enum Action {
        /// Build the command; the journal validates and writes it.
        case command(([String: FieldValue]) -> any Command)
        /// Several commands written as one batch, all or nothing (a contest winner registered
        /// as a new enterprise and linked to its entry).
        case batch(([String: FieldValue]) -> [any Command])
        /// Act without writing; return an error message to keep the form open.
        case local(([String: FieldValue], ShellContext) -> String?)
    }

    public var form: Form
    public var action: Action
    /// What F10 / Ctrl-S does, on the bottom line ("保存", "受理并写出回执").
    public var submitLabel: Phrase
    /// Said in the status line after a successful save.
    public var saved: (ShellContext, [JournalLine]) -> String
    /// What to show after saving (a receipt, the new record), if anything.
    public var afterSave: ((ShellContext, [JournalLine]) -> PaneOutcome)?
    /// Checks as the operator types (e.g. a USCC's check character): field → message.
    public var liveCheck: (([String: FieldValue], ShellContext) -> [String: String])?
    /// Lines shown under the fields, computed from what is typed (e.g. the due date).
    public var footer: (([String: FieldValue], ShellContext) -> [String])?
    /// Changes the form itself from what is typed (the service chosen gives the checklist its
    /// documents and the unit its default): run after every key, before the live checks.
    public var adjust: ((inout Form, ShellContext) -> Void)?
    /// A question to answer before saving valid input (a duplicate name): nil saves at once.
    public var confirm: (([String: FieldValue], ShellContext) -> String?)?
    /// The question's title and its yes button ("Save anyway?" for a duplicate; "Allocate?").
    public var confirmTitle = Phrase("确认保存", "Save anyway?")
    public var confirmYes = Phrase("仍要保存", "Save")
    /// The values when errors were last placed by a save, and the fields marked by live checks.
    private var valuesAtSave: [String: FieldValue] = [:]
    private var liveErrors: Set<String> = []

    public init(form: Form, action: Action, submitLabel: Phrase = Phrase("保存", "save"),
                saved: @escaping (ShellContext, [JournalLine]) -> String = { _, _ in "" },
                afterSave: ((ShellContext, [JournalLine]) -> PaneOutcome)? = nil,
                liveCheck: (([String: FieldValue], ShellContext) -> [String: String])? = nil,
                footer: (([String: FieldValue], ShellContext) -> [String])? = nil,
                confirm: (([String: FieldValue], ShellContext) -> String?)? = nil) {
        self.form = form
        self.action = action
        self.submitLabel = submitLabel
        self.saved = saved
        self.afterSave = afterSave
        self.liveCheck = liveCheck
        self.footer = footer
        self.confirm = confirm
    }

    /// After each key: say why a character was refused, show how amounts read, and re-run
    /// the live checks on the fields they cover.
    public mutating func recheck(_ ctx: ShellContext) {
        adjust?(&form, ctx)
        let values = form.values
        for f in form.fields {
            if case .money = f.kind {
                let text = values.text(f.id).trimmingCharacters(in: .whitespaces)
                let reading = (try? Money.parse(text, field: f.id)).map { "= " + $0.formatted }
                form.setNote(field: f.id, note: text.isEmpty ? nil : reading)
            }
        }
        let found = liveCheck?(values, ctx) ?? [:]
        var live: Set<String> = []
        for f in form.fields {
            if let c = form.refused[f.id] {
                form.setError(field: f.id, message: Self.refusal(c, kind: f.kind, ctx))
                live.insert(f.id)
            } else if let first = form.refusedFirst, first.field == f.id {
                form.setError(field: f.id, message: Self.refusal(first.character, kind: f.kind, ctx, sticky: false))
                live.insert(f.id)
            } else if let message = found[f.id] {
                form.setError(field: f.id, message: message)
                live.insert(f.id)
            } else if form.errors[f.id] != nil, liveErrors.contains(f.id) || values[f.id] != valuesAtSave[f.id] {
                // A save's error stays beside its field while the operator moves around the
                // form, and goes when that field is edited; a live check's goes when it passes.
                form.setError(field: f.id, message: nil)
            }
        }
        liveErrors = live
    }

    /// Why a field did not take a character; `sticky` when the field holds other text
    /// that must be looked at again before saving.
    static func refusal(_ c: Character, kind: FieldKind, _ ctx: ShellContext, sticky: Bool = true) -> String {
        let shown = Sanitizer.clean(String(c))
        let fix = sticky ? ctx.t("；请删改后再保存", "; delete and retype before saving") : ""
        switch kind {
        case .integer: return ctx.t("“\(shown)”不能输入：只能写数字", "“\(shown)” refused: digits only") + fix
        case .money: return ctx.t("“\(shown)”不能输入：金额写作 50000、50,000.00 或 5万", "“\(shown)” refused: amounts are 50000, 50,000.00 or 5万") + fix
        case .area: return ctx.t("“\(shown)”不能输入：面积只写数字和小数点（平方米）", "“\(shown)” refused: area in m², digits and a point") + fix
        case .date: return ctx.t("“\(shown)”不能输入：日期写作 YYYY-MM-DD", "“\(shown)” refused: dates are YYYY-MM-DD") + fix
        default: return ctx.t("“\(shown)”不能输入", "“\(shown)” refused") + fix
        }
    }

    public enum Prepared {
        /// Not sent anywhere: the message for the status line (field errors are on the form).
        case invalid(String)
        case local(([String: FieldValue], ShellContext) -> String?)
        case commands([any Command])
    }

    /// What saving means now. Every error at once: the required fields left empty and
    /// everything the command itself would refuse (checked without writing), each at its
    /// field, the first one focused.
    public mutating func prepare(_ ctx: ShellContext) -> Prepared {
        form.clearErrors()
        var count = 0
        for f in form.fields where f.required && (form.values[f.id]?.isEmpty ?? true) && form.unpicked(f.id) == nil {
            form.setError(field: f.id, message: ctx.t("必填", "required"))
            count += 1
        }
        for f in form.fields {
            if let c = form.refused[f.id] { form.setError(field: f.id, message: Self.refusal(c, kind: f.kind, ctx)); count += 1 }
            // Typed but never picked: say so instead of saving without it (or calling it missing).
            if let typed = form.unpicked(f.id) {
                form.setError(field: f.id, message: ctx.t("“\(typed)”未选定：请从列表中选择（回车选中）",
                                                          "“\(typed)” is not picked: choose from the list (Enter picks)"))
                if form.errors[f.id] != nil { count += 1 }
            }
        }
        var unplaced: [String] = []
        var commands: [any Command] = []
        switch action {
        case .command(let make): commands = [make(form.values)]
        case .batch(let make): commands = make(form.values)
        case .local: break
        }
        if !commands.isEmpty {
            if let error = ctx.store.check(commands, today: ctx.today) {
                guard let r = Self.rejection(error) else { return .invalid(Shell.describe(error, ctx.language)) }
                for e in r.errors {
                    if form.fields.contains(where: { $0.id == e.field }) {
                        if form.errors[e.field] == nil { form.setError(field: e.field, message: e.text(ctx.language)); count += 1 }
                    } else {
                        unplaced.append(FieldLabels.message(e, ctx.language))
                    }
                }
            }
        }
        valuesAtSave = form.values
        if count > 0 || !unplaced.isEmpty {
            if !unplaced.isEmpty { form.notice = unplaced.joined(separator: ctx.t("；", "; ")) }
            form.focusFirstError()
            let head = count > 0 ? ctx.t("\(count) 处有误，未保存", "not saved: \(count) field(s) to fix") : ctx.t("未保存", "not saved")
            return .invalid(([head] + unplaced).joined(separator: ctx.t("；", "; ")))
        }
        switch action {
        case .local(let run): return .local(run)
        case .command, .batch: return .commands(commands)
        }
    }

    static func rejection(_ error: Error) -> CommandRejected? {
        (error as? CommandRejected) ?? (error as? BatchRejected)?.rejection
    }

    /// Puts a refusal's reasons beside their fields; returns the status-line message.
    public mutating func place(_ error: Error, _ ctx: ShellContext) -> String {
        let rejected = (error as? CommandRejected) ?? (error as? BatchRejected)?.rejection
        guard let r = rejected else { return Shell.describe(error, ctx.language) }
        valuesAtSave = form.values
        var unplaced: [String] = []
        for e in r.errors {
            let text = e.text(ctx.language)
            if form.fields.contains(where: { $0.id == e.field }) {
                form.setError(field: e.field, message: text)
            } else {
                unplaced.append(text)
            }
        }
        if !unplaced.isEmpty { form.notice = unplaced.joined(separator: ctx.t("；", "; ")) }
        form.focusFirstError()
        return unplaced.isEmpty ? ctx.t("有错误，未保存", "not saved: see the fields marked ✗")
                                : ctx.t("未保存：", "not saved: ") + unplaced.joined(separator: ctx.t("；", "; "))
    }
}

extension FieldValue {
    /// The text of a text field, the chosen option's id, or the reference id; "" if none.
    public var string: String {
        switch self {
        case .text(let s): return s
        case .choice(let c): return c ?? ""
        case .reference(let id): return id ?? ""
        case .selections(let s): return s.joined(separator: ",")
        }
    }
}

extension Dictionary where Key == String, Value == FieldValue {
    public func text(_ key: String) -> String { self[key]?.string ?? "" }
    public func selections(_ key: String) -> [String] {
        if case .selections(let s)? = self[key] { return s }
        return []
    }
}
