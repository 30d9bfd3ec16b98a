import SiliconAlleyCore
import TerminalUI

/// Keys while something is drawn over the pane: help, palette, filter, a form, a detail.
extension Shell {
    func handleOverlay(_ key: Key, area: Rect) {
        guard let current = overlay else { return }
        switch current {
        case .help(var h, let under):
            if h.handle(key, in: area) { overlay = .help(h, under: under) }
            else if key == .escape || key == .char("q") || key == .char("?") || key == .function(1) || key == .enter { overlay = under }
            else { say(ctx.t("帮助中：Esc 返回", "in help: Esc goes back"), seconds: 3) }
        case .detail(let title, var v):
            if key == .escape || key == .char("q") || key == .enter { overlay = nil; return }
            let inner = Self.detailInner(area)
            if v.handle(key, height: max(1, inner.height), width: max(10, inner.width)) {
                overlay = .detail(title: title, view: v)
            } else if activeSpec.bindings.contains(where: { $0.keys.contains(key) }) || key == .function(1)
                        || globalBindings().contains(where: { $0.binding.keys.contains(key) }) {
                // F7 on a ticket's detail closes that ticket: the detail is of the selection;
                // a pane's digit goes to that pane, as it does from the list.
                overlay = nil
                _ = handle(key, now: now, area: area)
            } else {
                say(ctx.t("详情：↑↓ 滚动，Esc 返回", "details: ↑↓ scroll, Esc goes back"), seconds: 3)
            }
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
            if case .function(let n) = key, n != 10 {
                formFunctionKey(key, n, session, area: area)
                return
            }
            switch session.form.handle(key) {
            case .none:
                session.recheck(ctx)
                overlay = .form(session)
            case .cancel:
                if session.form.isDirty {
                    overlay = .discard(session, discardDialog(), then: nil)
                } else {
                    overlay = nil
                    flash = nil
                }
            case .submit:
                submit(session, area: area)
            }
        case .discard(let session, var d, let then):
            switch d.handle(key) {
            case .none: overlay = .discard(session, d, then: then)
            case .yes:
                overlay = nil
                flash = nil   // the form's errors went with it
                if let then, activePane.keyActsFromForm(then) { _ = handle(then, now: now, area: area) }
            case .no: overlay = .form(session)
            }
        case .confirmSave(let session, var d, let commands):
            switch d.handle(key) {
            case .none: overlay = .confirmSave(session, d, commands)
            case .yes: save(session, commands, area: area)
            case .no: overlay = .form(session)
            }
        }
    }

    private func discardDialog() -> Dialog {
        Dialog.confirm(title: ctx.t("放弃输入？", "Discard input?"),
                       message: ctx.t("表单中有未保存的内容。放弃并关闭？", "The form holds unsaved input. Discard it and close?"),
                       yes: ctx.t("放弃", "Discard"), no: ctx.t("继续编辑", "Keep editing"))
    }

    /// F-keys work from inside a form, as the legend shows: F1 is help over the form;
    /// F2/F3/F5… act as they do outside it, after asking when input would be lost.
    private func formFunctionKey(_ key: Key, _ n: Int, _ session: FormSession, area: Rect) {
        if n == 1 {
            overlay = .help(HelpOverlay(title: ctx.t("帮助 · ", "Help · ") + session.form.title, rows: formHelpRows()), under: .form(session))
            return
        }
        guard activeSpec.bindings.contains(where: { $0.keys.contains(key) }) else {
            say(ctx.t("表单中 \(key.name) 无作用：F10 保存，Esc 取消", "\(key.name) does nothing in a form: F10 saves, Esc cancels"), seconds: 4)
            overlay = .form(session)
            return
        }
        if session.form.isDirty {
            overlay = .discard(session, discardDialog(), then: key)
        } else {
            overlay = nil
            if activePane.keyActsFromForm(key) { _ = handle(key, now: now, area: area) }
        }
    }

    /// The keys of a form, from the same list the README's Forms section shows.
    func formHelpRows() -> [(key: String, description: String)] {
        KeyTable.formKeys.map { ($0.0, $0.1.text(ctx.language)) }
            + activeSpec.bindings.filter { $0.keys.contains { if case .function = $0 { return true } else { return false } } }
                .map { ($0.label, $0.help.text(ctx.language) + ctx.t("（先询问是否放弃输入）", " (asks before discarding input)")) }
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
                flash = nil   // the form's "not saved" was about what is now applied
            }
        case .commands(let commands):
            if let question = session.confirm?(session.form.values, ctx) {
                overlay = .confirmSave(session, Dialog.confirm(title: ctx.t(session.confirmTitle), message: question,
                                                               yes: ctx.t(session.confirmYes), no: ctx.t("返回修改", "Go back")), commands)
                return
            }
            save(session, commands, area: area)
        }
    }

    private func save(_ session: FormSession, _ commands: [any Command], area: Rect) {
        var session = session
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

    /// The box a detail overlay draws its lines in.
    static func detailInner(_ content: Rect) -> Rect {
        content.inset(dx: 1, dy: 0).inset(dx: 1, dy: 1).inset(dx: 1, dy: 0)
    }
}
