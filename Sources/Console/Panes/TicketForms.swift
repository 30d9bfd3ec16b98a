import Foundation
import SiliconAlleyCore
import TerminalUI

/// The window's forms. The intake form is built for speed: the applicant is found by a
/// few letters (name, USCC fragment or pinyin initials), picking moves on, the type
/// defaults to the commonest, and F10 accepts and prints the receipt.
enum TicketForms {
    static func types(_ l: Language) -> [Choice] { TicketType.allCases.map { Choice($0.rawValue, $0.text(l)) } }

    static func measures(_ c: Catalog, _ l: Language) -> [Choice] {
        c.measures.map { Choice($0.code, "\($0.code) " + $0.text(l)) }
    }

    /// The units that take window requests; tickets record the unit by its Chinese name.
    static func units(_ ctx: ShellContext) -> [Choice] {
        ctx.store.state.unitDirectory().windowUnits.map { Choice($0.zh, $0.text(ctx.language)) }
    }

    static func documents(_ l: Language) -> [Choice] { TicketType.allDocuments.map { Choice($0, TicketType.documentName($0).text(l)) } }

    static func type(from v: [String: FieldValue]) -> TicketType {
        TicketType(rawValue: v.text("type")) ?? .administrative
    }

    /// Enterprises found by what the clerk typed: name substring, USCC fragment, pinyin.
    static func applicantFinder(_ ctx: ShellContext) -> @Sendable (String) -> [ReferenceCandidate] {
        let search = EnterpriseSearch(state: ctx.store.state)
        let today = ctx.today
        return { query in
            let q = query.trimmingCharacters(in: .whitespaces)
            guard !q.isEmpty else { return [] }
            return search.results(EnterpriseFilter(status: .active, text: q), sort: .name, ascending: true, today: today, limit: 6)
                .map { ReferenceCandidate(id: $0.id, columns: [$0.name, $0.uscc]) }
        }
    }

    static func intake(_ ctx: ShellContext, onSaved: @escaping (ShellContext, Ticket) -> PaneOutcome) -> FormSession {
        let c = ctx.store.catalog
        let l = ctx.language
        var form = Form(title: l.t("一站式服务窗口 · 受理", "Service window · intake"), fields: [
            FormField(id: "applicant", label: l.t("申请企业", "Enterprise"), kind: .reference(applicantFinder(ctx))),
            FormField(id: "type", label: l.t("事项", "Type"), kind: .choice(types(l)), required: true),
            FormField(id: "measure", label: l.t("措施", "Measure"), kind: .choice(measures(c, l))),
            FormField(id: "description", label: l.t("说明", "Description"), required: true),
            FormField(id: "documents", label: l.t("已收材料", "Received"), kind: .multiSelect(documents(l))),
            FormField(id: "unit", label: l.t("承办", "Unit"), kind: .choice(units(ctx))),
            FormField(id: "applicantName", label: l.t("或个人姓名", "or person")),
            FormField(id: "applicantPhone", label: l.t("个人手机", "Mobile")),
        ])
        form.matcher = ChoiceMatcher.matches
        form.set(field: "type", to: .choice(TicketType.administrative.rawValue))
        form.set(field: "unit", to: .choice(c.unit(id: "service-platform")?.zh))
        // Fields the clerk skips most of the time come after the ones always needed.
        return FormSession(form: form, action: .command { v in
            let t = type(from: v)
            return AcceptTicket(enterprise: v.text("applicant"), applicantName: v.text("applicantName"),
                                applicantPhone: v.text("applicantPhone"), type: t, measure: t == .policy ? v.text("measure") : "",
                                description: v.text("description"), documents: v.selections("documents"), unit: v.text("unit"))
        }, submitLabel: Phrase("受理并写出回执", "accept, write the receipt"), saved: { ctx, lines in
            let receipt = lines.first.flatMap { ctx.store.state.tickets[$0.entity]?.receipt } ?? ""
            return ctx.t("已受理 ", "accepted ") + receipt
        }, afterSave: { ctx, lines in
            guard let t = lines.first.flatMap({ ctx.store.state.tickets[$0.entity] }) else { return .none }
            return onSaved(ctx, t)
        }, footer: { v, ctx in
            let t = type(from: v)
            let due = WorkingDayCalendar.china.adding(workingDays: t.timeLimitWorkingDays, to: ctx.today)
            let adjusted = WorkingDayCalendar.china.covers(due) ? ctx.t("（含节假日调整）", " (holidays and make-up days counted)") : ""
            var lines = [ctx.t("时限 \(t.timeLimitWorkingDays) 个工作日 → \(due)", "Time limit \(t.timeLimitWorkingDays) working days → \(due)") + adjusted]
            lines.append(ctx.t("应带材料：", "To bring: ") + t.documents.map { TicketType.documentName($0).text(ctx.language) }.joined(separator: ctx.t("、", ", ")))
            if t == .policy { lines.append(ctx.t("政策申报须选择措施（1-1 至 5-3）", "A policy application needs a measure (1-1 to 5-3)")) }
            return lines
        })
    }

    static func close(_ t: Ticket, _ ctx: ShellContext) -> FormSession {
        let l = ctx.language
        var fields = [FormField(id: "result", label: l.t("办理结果", "Result"), required: true)]
        if t.type == .policy {
            fields.append(FormField(id: "approved", label: l.t("是否批准", "Approved"), kind: .choice([Choice("yes", l.t("批准", "approved")), Choice("no", l.t("不予批准", "not approved"))]), required: true))
            fields.append(FormField(id: "amount", label: l.t("扶持金额 (元)", "Amount (yuan)"), kind: .money))
        }
        let form = Form(title: l.t("办结 · ", "Close · ") + t.receipt, fields: fields)
        let id = t.id
        return FormSession(form: form, action: .command { v in
            let answer = v.text("approved")
            let approved: Bool? = answer.isEmpty ? nil : answer == "yes"
            return ProgressTicket(ticket: id, step: .close(approved: approved), text: v.text("result"), amount: v.text("amount"))
        }, saved: { ctx, lines in
            lines.count > 1 ? ctx.t("已办结，并已记录企业扶持", "closed; the support grant is recorded on the enterprise") : ctx.t("已办结", "closed")
        })
    }

    static func giveBack(_ t: Ticket, _ ctx: ShellContext) -> FormSession {
        let form = Form(title: ctx.t("退回 · ", "Return · ") + t.receipt, fields: [
            FormField(id: "reason", label: ctx.t("退回原因", "Reason"), required: true),
        ])
        let id = t.id
        return FormSession(form: form, action: .command { v in ProgressTicket(ticket: id, step: .giveBack, text: v.text("reason")) },
                           saved: { ctx, _ in ctx.t("已退回", "returned") })
    }
}
