import SiliconAlleyCore
import TerminalUI

/// A contest's forms: entries, judges' scores, awards, and each winner's way on (linked to a
/// registry enterprise or registered as a new one in the same batch, incubated at a place).
/// The entry is a choice of the contest's entries, preset to the one selected in the contest
/// view, so a refusal about the entry ("already awarded") sits beside it.
enum ContestForms {
    static func label(_ r: ContestPipeline.Row, _ l: Language) -> String {
        (r.rank.map { "#\($0) " } ?? "") + r.entry.team + " · " + r.entry.title + (r.entry.award.map { " (" + $0 + ")" } ?? "")
    }

    static func entryField(_ rows: [ContestPipeline.Row], _ ctx: ShellContext) -> FormField {
        FormField(id: "entry", label: ctx.t("参赛项目", "Entry"), kind: .choice(rows.map { Choice($0.id, label($0, ctx.language)) }), required: true)
    }

    static func preset(_ form: inout Form, _ rows: [ContestPipeline.Row], _ selected: String?) {
        if let id = selected, rows.contains(where: { $0.id == id }) { form.set(field: "entry", to: .choice(id)) }
        else if rows.count == 1 { form.set(field: "entry", to: .choice(rows[0].id)) }
    }

    /// 参赛登记: a team, its project, and its enterprise if it has one.
    static func enter(_ a: Activity, _ ctx: ShellContext) -> FormSession {
        let l = ctx.language
        var form = Form(title: l.t("参赛登记 · ", "Contest entry · ") + a.title, fields: [
            FormField(id: "team", label: l.t("团队", "Team"), required: true),
            FormField(id: "title", label: l.t("项目名称", "Project"), required: true),
            FormField(id: "enterprise", label: l.t("所属企业（如有）", "Enterprise (if any)"), kind: .reference(TicketForms.applicantFinder(ctx))),
        ])
        form.setNote(field: "enterprise", note: l.t("输入名称、信用代码或拼音", "type a name, USCC or pinyin"))
        let id = a.id
        return FormSession(form: form, action: .command { v in
            EnterContest(activity: id, team: v.text("team"), title: v.text("title"), enterprise: v.text("enterprise"))
        }, saved: { ctx, lines in ctx.t("已登记参赛：", "entered: ") + (lines.first.map { EntityName.of($0.entity, in: ctx.store.state) } ?? "") })
    }

    /// 评分: one judge's score, 0–100, once per judge.
    static func score(_ rows: [ContestPipeline.Row], selected: String?, in contest: Activity, _ ctx: ShellContext) -> FormSession {
        let l = ctx.language
        var form = Form(title: l.t("评委评分 · ", "Judge's score · ") + contest.title, fields: [
            entryField(rows, ctx),
            FormField(id: "judge", label: l.t("评委", "Judge"), required: true),
            FormField(id: "score", label: l.t("分数 (0–100)", "Score (0–100)"), required: true),
        ])
        form.matcher = ChoiceMatcher.matches
        preset(&form, rows, selected)
        return FormSession(form: form, action: .command { v in
            ScoreContestEntry(entry: v.text("entry"), judge: v.text("judge"), score: v.text("score"))
        }, saved: { ctx, lines in
            let mean = lines.first.flatMap { ctx.store.state.contestEntries[$0.entity]?.averageScore }.map { $0.description } ?? ""
            return ctx.t("已评分；均分 ", "scored; mean ") + mean
        })
    }

    /// 获奖: an award for an entry that has none.
    static func award(_ rows: [ContestPipeline.Row], selected: String?, in contest: Activity, _ ctx: ShellContext) -> FormSession {
        let l = ctx.language
        var form = Form(title: l.t("评定奖项 · ", "Award · ") + contest.title, fields: [
            entryField(rows, ctx),
            FormField(id: "award", label: l.t("奖项", "Award"), required: true),
        ])
        form.matcher = ChoiceMatcher.matches
        form.setNote(field: "award", note: l.t("如 一等奖、二等奖、优秀奖", "e.g. first prize, excellence award"))
        preset(&form, rows, selected)
        return FormSession(form: form, action: .command { v in AwardContestEntry(entry: v.text("entry"), award: v.text("award")) },
                           saved: { ctx, _ in ctx.t("已评定奖项", "award recorded") })
    }

    /// 关联企业: a winner's enterprise already in the registry.
    static func link(_ rows: [ContestPipeline.Row], selected: String?, in contest: Activity, _ ctx: ShellContext) -> FormSession {
        let l = ctx.language
        var form = Form(title: l.t("获奖项目关联企业 · ", "Link a winner to an enterprise · ") + contest.title, fields: [
            entryField(rows, ctx),
            FormField(id: "enterprise", label: l.t("企业", "Enterprise"), kind: .reference(TicketForms.applicantFinder(ctx)), required: true),
        ])
        form.matcher = ChoiceMatcher.matches
        form.setNote(field: "enterprise", note: l.t("输入名称、信用代码或拼音；尚未登记的按 N", "name, USCC or pinyin; not registered yet: N"))
        preset(&form, rows, selected)
        return FormSession(form: form, action: .command { v in LinkContestEntry(entry: v.text("entry"), enterprise: v.text("enterprise")) },
                           saved: { ctx, _ in ctx.t("已关联企业", "linked to the enterprise") })
    }

    /// 登记为新企业并关联: the registry's own form plus the entry, written as one batch.
    static func registerWinner(_ rows: [ContestPipeline.Row], selected: String?, in contest: Activity, _ ctx: ShellContext) -> FormSession {
        let l = ctx.language
        var form = Form(title: l.t("获奖项目登记为新企业并关联 · ", "Register a winner as a new enterprise · ") + contest.title,
                        fields: [entryField(rows, ctx)] + EnterpriseForms.registryFields(ctx))
        form.matcher = ChoiceMatcher.matches
        preset(&form, rows, selected)
        return FormSession(form: form, action: .batch { v in
            ContestWinner.registerAndLink(entry: v.text("entry"), enterprise: EnterpriseForms.input(v))
        }, saved: { ctx, lines in
            ctx.t("已登记企业并关联：", "registered and linked: ") + (lines.first.flatMap { ctx.store.state.enterprises[$0.entity]?.name } ?? "")
        }, liveCheck: EnterpriseForms.usccLiveCheck, confirm: { v, ctx in EnterpriseForms.sameName(v.text("name"), except: nil, ctx) })
    }

    /// 就地孵化: a winner incubated at one of the plan's places from a date.
    static func incubate(_ rows: [ContestPipeline.Row], selected: String?, in contest: Activity, _ ctx: ShellContext) -> FormSession {
        let l = ctx.language
        var form = Form(title: l.t("就地孵化 · ", "Incubate on site · ") + contest.title, fields: [
            entryField(rows, ctx),
            FormField(id: "place", label: l.t("孵化地点", "Place"), kind: .choice(EventForms.places(ctx)), required: true),
            FormField(id: "date", label: l.t("入孵日期", "From"), kind: .date, required: true),
        ])
        form.matcher = ChoiceMatcher.matches
        form.set(field: "date", to: .text(ctx.today.description))
        if let incubator = ctx.store.catalog.place(id: "incubator") { form.set(field: "place", to: .choice(incubator.id)) }
        preset(&form, rows, selected)
        return FormSession(form: form, action: .command { v in
            IncubateContestEntry(entry: v.text("entry"), place: v.text("place"), date: v.text("date"))
        }, saved: { ctx, _ in ctx.t("已记录就地孵化", "incubation recorded") })
    }
}
