import SiliconAlleyCore
import TerminalUI

/// Keys while something is drawn over the pane: help, palette, filter, a form, a detail.
extension Shell {
    func handleOverlay(_ key: Key, area: Rect) {
        guard let current = overlay else { return }
        switch current {
        case .help(var h):
            if h.handle(key, in: area) { overlay = .help(h) }
            else if key == .escape || key == .char("q") || key == .char("?") || key == .function(1) || key == .enter { overlay = nil }
        case .detail(let title, var v):
            if key == .escape || key == .char("q") || key == .enter { overlay = nil; return }
            let inner = Self.detailInner(area)
            _ = v.handle(key, height: max(1, inner.height), width: max(10, inner.width))
            overlay = .detail(title: title, view: v)
        case .filter(var f, let previous):
            switch f.handle(key) {
            case .none: overlay = .filter(f, previous: previous)
            case .changed(let text): activePane.setFilter(text, in: area, ctx); overlay = .filter(f, previous: previous)
            case .accept: overlay = nil
            case .cancel: activePane.setFilter("", in: area, ctx); overlay = nil
            }
        case .palette(var p):
            switch p.handle(key) {
            case .none: overlay = .palette(p)
            case .cancel: overlay = nil
            case .run(let text): overlay = nil; runPalette(text, area: area)
            }
        case .form(var session):
            switch session.form.handle(key) {
            case .none:
                session.recheck(ctx)
                overlay = .form(session)
            case .cancel:
                if session.form.isDirty {
                    overlay = .discard(session, Dialog.confirm(title: ctx.t("放弃输入？", "Discard input?"),
                                                               message: ctx.t("表单中有未保存的内容。放弃并关闭？", "The form holds unsaved input. Discard it and close?"),
                                                               yes: ctx.t("放弃", "Discard"), no: ctx.t("继续编辑", "Keep editing")))
                } else {
                    overlay = nil
                }
            case .submit:
                submit(session, area: area)
            }
        case .discard(let session, var d):
            switch d.handle(key) {
            case .none: overlay = .discard(session, d)
            case .yes: overlay = nil
            case .no: overlay = .form(session)
            }
        }
    }

    /// Saving a form: local forms act at once; command forms go down the one write path,
    /// and a refusal puts each reason beside its field with the form kept open.
    private func submit(_ session: FormSession, area: Rect) {
        var session = session
        switch session.prepare(ctx) {
        case .invalid(let message):
            overlay = .form(session)
            say(message, error: true, seconds: 6)
        case .local(let run):
            if let message = run(session.form.values, ctx) {
                overlay = .form(session)
                say(message, error: true, seconds: 6)
            } else {
                overlay = nil
            }
        case .commands(let commands):
            do {
                let lines = try commit(commands)
                overlay = nil
                let message = session.saved(ctx, lines)
                if !message.isEmpty { say(message) }
                if let after = session.afterSave { apply(after(ctx, lines), area: area) }
            } catch {
                let message = session.place(error, ctx)
                overlay = .form(session)
                say(message, error: true, seconds: 6)
            }
        }
    }

    /// The box a detail overlay draws its lines in.
    static func detailInner(_ content: Rect) -> Rect {
        content.inset(dx: 1, dy: 0).inset(dx: 1, dy: 1).inset(dx: 1, dy: 0)
    }
}
