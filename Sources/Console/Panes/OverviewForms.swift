import SiliconAlleyCore
import TerminalUI

/// The overview's forms: an evaluation, an adjustment decided on one, an adjustment done.
enum OverviewForms {
    static func evaluation(_ ctx: ShellContext) -> FormSession {
        var form = Form(title: ctx.t("记录评估（定期评价）", "Record an evaluation"), fields: [
            FormField(id: "date", label: ctx.t("评估日", "As of"), kind: .date, required: true),
            FormField(id: "note", label: ctx.t("说明", "Note")),
        ])
        form.set(field: "date", to: .text(ctx.today.description))
        return FormSession(form: form, action: .command { v in RecordEvaluation(date: v.text("date"), note: v.text("note")) },
                           saved: { ctx, lines in
                               let e = lines.first.flatMap { ctx.store.state.evaluations[$0.entity] }
                               return ctx.t("已记录评估：", "evaluation recorded: ") + (e?.ratio.map { String(format: "×%.2f", $0) } ?? "—")
                                   + ctx.t("（日志 #\(e?.headSeq ?? 0)）", " (journal #\(e?.headSeq ?? 0))")
                           },
                           footer: { v, ctx in
                               guard let d = LocalDate(v.text("date")) else { return [] }
                               let k = HeadlineKPI(state: ctx.store.state, asOf: d, catalog: ctx.store.catalog)
                               let share = k.now.share.map { String(format: "%.1f%%", $0 * 100) } ?? "—"
                               return [ctx.t("将记入：展示区 \(k.now.zoneEnterprises) 家，占比 \(share)，", "Will be journaled: zone \(k.now.zoneEnterprises), share \(share), ")
                                       + (k.ratio.map { String(format: "×%.2f", $0) } ?? "—")
                                       + ctx.t("，日志锚点 #\(ctx.store.head.seq)", ", anchored on journal #\(ctx.store.head.seq)")]
                           })
    }

    static func adjustment(_ ctx: ShellContext) -> FormSession {
        let s = ctx.store.state
        let evaluations = s.evaluations.values.sorted { ($0.date, $0.headSeq) > ($1.date, $1.headSeq) }
        var form = Form(title: ctx.t("反馈调整", "An adjustment decided"), fields: [
            FormField(id: "evaluation", label: ctx.t("评估", "Evaluation"),
                      kind: .choice(evaluations.map { Choice($0.id, "\($0.date) " + ($0.ratio.map { String(format: "×%.2f", $0) } ?? "—")) }), required: true),
            FormField(id: "text", label: ctx.t("调整内容", "What was decided"), required: true),
            FormField(id: "unit", label: ctx.t("责任单位", "Owning unit"),
                      kind: .choice(s.unitDirectory().all.map { Choice($0.id, $0.text(ctx.language)) }), required: true),
            FormField(id: "due", label: ctx.t("期限", "Due"), kind: .date),
        ])
        form.matcher = ChoiceMatcher.matches
        form.set(field: "evaluation", to: .choice(evaluations.first?.id))
        return FormSession(form: form, action: .command { v in
            DecideAdjustment(evaluation: v.text("evaluation"), text: v.text("text"), unit: v.text("unit"), due: v.text("due"))
        }, saved: { ctx, _ in ctx.t("已记录调整", "adjustment recorded") })
    }

    static func completion(_ ctx: ShellContext) -> FormSession {
        let s = ctx.store.state
        let open = s.adjustments.values.filter { $0.done == nil }.sorted { $0.id < $1.id }
        var form = Form(title: ctx.t("调整落实", "Adjustment done"), fields: [
            FormField(id: "adjustment", label: ctx.t("调整事项", "Adjustment"), kind: .choice(open.map { Choice($0.id, $0.text) }), required: true),
            FormField(id: "date", label: ctx.t("落实日期", "Done on"), kind: .date, required: true),
        ])
        form.matcher = ChoiceMatcher.matches
        form.set(field: "adjustment", to: .choice(open.first?.id))
        form.set(field: "date", to: .text(ctx.today.description))
        return FormSession(form: form, action: .command { v in CompleteAdjustment(adjustment: v.text("adjustment"), date: v.text("date")) },
                           saved: { ctx, _ in ctx.t("已落实", "marked done") })
    }
}
