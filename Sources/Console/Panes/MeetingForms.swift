import SiliconAlleyCore
import TerminalUI

/// A meeting's forms (专班例会, 企业恳谈会): the agenda, decisions, action items owned by a unit
/// with a due date (both required), and an item done.
enum MeetingForms {
    /// The agenda as numbered lines, replaced as a whole.
    static func agenda(_ a: Activity, _ ctx: ShellContext) -> FormSession {
        let count = min(10, max(6, a.agenda.count + 2))
        var form = Form(title: ctx.t("会议议程 · ", "Agenda · ") + a.title,
                        fields: (1...count).map { FormField(id: "agenda.\($0)", label: ctx.t("第 \($0) 项", "Item \($0)")) })
        for (i, item) in a.agenda.enumerated() where i < count { form.set(field: "agenda.\(i + 1)", to: .text(item)) }
        let id = a.id
        return FormSession(form: form, action: .command { v in
            // Every line, empty ones too: the command skips them and names a bad one by its number.
            SetMeetingAgenda(activity: id, items: (1...count).map { v.text("agenda.\($0)") })
        }, saved: { ctx, _ in ctx.t("已保存议程", "agenda saved") })
    }

    static func decision(_ a: Activity, _ ctx: ShellContext) -> FormSession {
        let form = Form(title: ctx.t("会议决定 · ", "Decision · ") + a.title, fields: [
            FormField(id: "text", label: ctx.t("决定", "Decision"), required: true),
        ])
        let id = a.id
        return FormSession(form: form, action: .command { v in RecordMeetingDecision(activity: id, text: v.text("text")) },
                           saved: { ctx, _ in ctx.t("已记录决定", "decision recorded") })
    }

    /// 督办事项: what, which unit owns it, by when (on or after the meeting).
    static func actionItem(_ a: Activity, _ ctx: ShellContext) -> FormSession {
        let l = ctx.language
        var form = Form(title: l.t("督办事项 · ", "Action item · ") + a.title, fields: [
            FormField(id: "text", label: l.t("事项", "What"), required: true),
            FormField(id: "unit", label: l.t("责任单位", "Owning unit"), kind: .choice(EventForms.units(ctx)), required: true),
            FormField(id: "due", label: l.t("期限", "Due"), kind: .date, required: true),
        ])
        form.matcher = ChoiceMatcher.matches
        form.setNote(field: "due", note: l.t("不早于会议日期 \(a.start.date)", "on or after the meeting, \(a.start.date)"))
        let id = a.id
        return FormSession(form: form, action: .command { v in
            AddActionItem(activity: id, text: v.text("text"), unit: v.text("unit"), due: v.text("due"))
        }, saved: { ctx, _ in ctx.t("已添加督办事项", "action item added") })
    }

    /// 办结: one of the open items, on a date between its meeting and today.
    static func complete(_ rows: [ActionItemBoard.Row], selected: String?, _ ctx: ShellContext) -> FormSession {
        let l = ctx.language
        let options = rows.map { r in
            Choice(r.id, Mobile.maskAll(in: r.item.text) + " · " + r.unit.text(l) + " · " + EventWords.itemState(r, today: ctx.today, l))
        }
        var form = Form(title: l.t("督办事项办结", "Action item done"), fields: [
            FormField(id: "item", label: l.t("事项", "Item"), kind: .choice(options), required: true),
            FormField(id: "date", label: l.t("办结日期", "Done on"), kind: .date, required: true),
        ])
        form.matcher = ChoiceMatcher.matches
        if let id = selected, rows.contains(where: { $0.id == id }) { form.set(field: "item", to: .choice(id)) }
        else if rows.count == 1 { form.set(field: "item", to: .choice(rows[0].id)) }
        form.set(field: "date", to: .text(ctx.today.description))
        return FormSession(form: form, action: .command { v in CompleteActionItem(item: v.text("item"), date: v.text("date")) },
                           saved: { ctx, _ in ctx.t("督办事项已办结", "action item done") })
    }
}
