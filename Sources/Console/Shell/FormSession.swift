import SiliconAlleyCore
import TerminalUI

/// A form on screen and what saving it does: build a command from the values, perform
/// it, and on refusal put each field's reason beside that field (nothing is written).
public struct FormSession {
    public var form: Form
    /// Builds the command from the form's values; the shell performs it.
    public var makeCommand: ([String: FieldValue]) -> any Command
    /// Said in the status line after a successful save.
    public var saved: (ShellContext, [JournalLine]) -> String
    /// A receipt or other text to show after saving (nil: just close).
    public var afterSave: ((ShellContext, [JournalLine]) -> PaneOutcome)?

    public init(form: Form, makeCommand: @escaping ([String: FieldValue]) -> any Command,
                saved: @escaping (ShellContext, [JournalLine]) -> String,
                afterSave: ((ShellContext, [JournalLine]) -> PaneOutcome)? = nil) {
        self.form = form
        self.makeCommand = makeCommand
        self.saved = saved
        self.afterSave = afterSave
    }

    public enum SubmitResult {
        case saved([JournalLine])
        /// Not written; the message for the status line (field errors are on the form).
        case refused(String)
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
        do {
            let lines = try ctx.store.perform(makeCommand(form.values), today: ctx.today)
            return .saved(lines)
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
