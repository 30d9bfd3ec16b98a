import SiliconAlleyCore
import TerminalUI

/// A form on screen and what saving it does. Most forms build a command from the
/// values and perform it; on refusal each field's reason goes beside that field and
/// nothing is written. A few (filters) act locally instead.
public struct FormSession {
    public enum Action {
        /// Build the command; the journal validates and writes it.
        case command(([String: FieldValue]) -> any Command)
        /// Act without writing; return an error message to keep the form open.
        case local(([String: FieldValue], ShellContext) -> String?)
    }

    public var form: Form
    public var action: Action
    /// Said in the status line after a successful save.
    public var saved: (ShellContext, [JournalLine]) -> String
    /// What to show after saving (a receipt, the new record), if anything.
    public var afterSave: ((ShellContext, [JournalLine]) -> PaneOutcome)?
    /// Checks as the operator types (e.g. a USCC's check character): field → message.
    public var liveCheck: (([String: FieldValue], ShellContext) -> [String: String])?
    /// Lines shown under the fields, computed from what is typed (e.g. the due date).
    public var footer: (([String: FieldValue], ShellContext) -> [String])?

    public init(form: Form, action: Action,
                saved: @escaping (ShellContext, [JournalLine]) -> String = { _, _ in "" },
                afterSave: ((ShellContext, [JournalLine]) -> PaneOutcome)? = nil,
                liveCheck: (([String: FieldValue], ShellContext) -> [String: String])? = nil,
                footer: (([String: FieldValue], ShellContext) -> [String])? = nil) {
        self.form = form
        self.action = action
        self.saved = saved
        self.afterSave = afterSave
        self.liveCheck = liveCheck
        self.footer = footer
    }

    public enum SubmitResult {
        case saved([JournalLine])
        /// Not written; the message for the status line (field errors are on the form).
        case refused(String)
    }

    /// After each key: re-run the live checks on the fields they cover.
    public mutating func recheck(_ ctx: ShellContext) {
        guard let liveCheck else { return }
        let found = liveCheck(form.values, ctx)
        for f in form.fields where found[f.id] != nil || form.errors[f.id] != nil {
            form.setError(field: f.id, message: found[f.id])
        }
    }

    public mutating func submit(_ ctx: ShellContext) -> SubmitResult {
        form.clearErrors()
        // Required fields first, so the operator sees every gap at once.
        var missing = false
        for f in form.fields where f.required && (form.values[f.id]?.isEmpty ?? true) {
            form.setError(field: f.id, message: ctx.t("必填", "required"))
            missing = true
        }
        if missing {
            form.focusFirstError()
            return .refused(ctx.t("请填写必填项", "fill in the required fields"))
        }
        switch action {
        case .local(let run):
            if let message = run(form.values, ctx) { return .refused(message) }
            return .saved([])
        case .command(let make):
            do {
                return .saved(try ctx.store.perform(make(form.values), today: ctx.today))
            } catch let r as CommandRejected {
                var unplaced: [String] = []
                for e in r.errors {
                    let text = ctx.language == .zh ? e.zh : e.en
                    if form.fields.contains(where: { $0.id == e.field }) {
                        form.setError(field: e.field, message: text)
                    } else {
                        unplaced.append(text)
                    }
                }
                form.focusFirstError()
                return .refused(unplaced.isEmpty ? ctx.t("有错误，未保存", "not saved: see the fields marked ✗")
                                                 : ctx.t("未保存：", "not saved: ") + unplaced.joined(separator: "；"))
            } catch {
                return .refused(ctx.t("未保存：", "not saved: ") + "\(error)")
            }
        }
    }
}

extension FieldValue {
    /// The text of a text field, the chosen option, or the reference id; "" if none.
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
}
