import Foundation
import SiliconAlleyCore
import TerminalUI

/// The window's forms. The intake form is built for speed: the applicant is found by a
/// few letters (name, USCC fragment or pinyin initials), picking moves on, the service's
/// documents come ticked (the clerk unticks what is missing, and F10 then gives the 补正
/// notice too), its handling unit is filled in, and F10 accepts and prints the receipt.
enum TicketForms {
    /// The published list's services still offered, by name.
    static func services(_ c: Catalog, _ l: Language) -> [Choice] {
        c.services.filter(\.isOffered).map { Choice($0.code, $0.text(l)) }
    }

    static func measures(_ c: Catalog, _ l: Language) -> [Choice] {
        c.measures.map { Choice($0.code, "\($0.code) " + $0.text(l)) }
    }

    /// The units that take window requests (承办单位), by id.
    static func units(_ ctx: ShellContext, except: String? = nil) -> [Choice] {
        let dir = ctx.store.state.unitDirectory(ctx.store.catalog)
        let skip = except.flatMap { dir.resolve($0)?.id }
        return dir.windowUnits.filter { $0.id != skip }.map { Choice($0.id, UnitLabel.text($0, ctx.language)) }
    }

    static func channels(_ l: Language) -> [Choice] { TicketChannel.allCases.map { Choice($0.rawValue, $0.text(l)) } }

    /// A service's documents, required first, each marked when optional.
    static func documents(_ s: Service?, _ c: Catalog, _ l: Language) -> [Choice] {
        guard let s else { return [] }
        return s.documents.map { id in
            let name = c.documentName(id).text(l)
            return Choice(id, s.required.contains(id) ? name : name + l.t("（选）", " (opt.)"))
        }
    }

    static func service(from v: [String: FieldValue], _ c: Catalog) -> Service? { c.service(v.text("service")) }

    /// Enterprises found by what the clerk typed: name substring, USCC fragment, pinyin.
    static func applicantFinder(_ ctx: ShellContext) -> @Sendable (String) -> [ReferenceCandidate] {
        let today = ctx.today
        let shared = ctx.enterprises
        _ = shared.current(today: today)   // the full search starts building as the form opens
        return { query in
            let q = query.trimmingCharacters(in: .whitespaces)
            guard !q.isEmpty else { return [] }
            // Asked per keystroke: the full search (pinyin) takes over once it is built.
            return shared.current(today: today).results(EnterpriseFilter(status: .active, text: q), sort: .name, ascending: true, today: today, limit: 6)
                .map { ReferenceCandidate(id: $0.id, columns: [$0.name, $0.uscc]) }
        }
    }

    /// Registered talents by name (or its pinyin) or employer, the mobile masked.
    static func talentFinder(_ ctx: ShellContext) -> @Sendable (String) -> [ReferenceCandidate] {
        let s = ctx.store.state
        let rows = s.talents.values.sorted { NameCollation.less($0.name, $1.name) }.map { t in
            let summary = TalentSummary(t, in: s)
            return (ReferenceCandidate(id: t.id, columns: [summary.name, summary.maskedPhone, summary.employerName ?? ""]),
                    NameMatch([summary.name, t.id, summary.employerName ?? ""]))
        }
        return { query in
            let q = query.trimmingCharacters(in: .whitespaces)
            guard !q.isEmpty else { return [] }
            return Array(rows.filter { $0.1.matches(q) }.map(\.0).prefix(6))
        }
    }

    /// What the service chosen brings with it: its documents (required ones ticked) and its
    /// handling unit — unless the clerk picked another unit for the service before.
    final class IntakeMemory: @unchecked Sendable {
        var service: String?
        var unitSet: String?
    }

    static func intake(_ ctx: ShellContext, onSaved: @escaping (ShellContext, [JournalLine]) -> PaneOutcome) -> FormSession {
        let c = ctx.store.catalog
        let l = ctx.language
        let first = c.service("admin-general") ?? c.services.first
        var form = Form(title: l.t("一站式服务窗口 · 受理", "Service window · intake"), fields: [
            FormField(id: "applicant", label: l.t("申请企业", "Enterprise"), kind: .reference(applicantFinder(ctx))),
            FormField(id: "service", label: l.t("事项", "Service"), kind: .choice(services(c, l)), required: true),
            FormField(id: "measure", label: l.t("措施", "Measure"), kind: .choice(measures(c, l))),
            FormField(id: "description", label: l.t("说明", "Description"), required: true),
            FormField(id: "documents", label: l.t("已收材料", "Received"), kind: .multiSelect(documents(first, c, l))),
            FormField(id: "unit", label: l.t("承办", "Unit"), kind: .choice(units(ctx))),
            FormField(id: "channel", label: l.t("渠道", "Channel"), kind: .choice(channels(l))),
            FormField(id: "talent", label: l.t("或人才", "or talent"), kind: .reference(talentFinder(ctx))),
            FormField(id: "applicantName", label: l.t("或个人姓名", "or person")),
            FormField(id: "applicantPhone", label: l.t("个人手机", "Mobile")),
            FormField(id: "noticeNote", label: l.t("补正说明", "Notice note")),
        ])
        form.matcher = ChoiceMatcher.matches
        form.set(field: "service", to: .choice(first?.code))
        form.set(field: "documents", to: .selections(first?.required ?? []))
        form.set(field: "unit", to: .choice(first?.unit))
        form.set(field: "channel", to: .choice(TicketChannel.window.rawValue))
        let memory = IntakeMemory()
        memory.service = first?.code
        memory.unitSet = first?.unit
        let printing = ctx.printer != nil
        var session = FormSession(form: form, action: .command { v in
            let s = service(from: v, c)
            let received = v.selections("documents")
            // 一次性告知: every required document not ticked goes on the notice, at once.
            let missing = (s?.required ?? []).filter { !received.contains($0) }
            return AcceptTicket(enterprise: v.text("applicant"), talent: v.text("talent"), applicantName: v.text("applicantName"),
                                applicantPhone: v.text("applicantPhone"), service: v.text("service"),
                                channel: TicketChannel(rawValue: v.text("channel")) ?? .window,
                                measure: s?.support == true ? v.text("measure") : "", description: v.text("description"),
                                documents: received, unit: v.text("unit"), notice: missing.isEmpty ? nil : missing,
                                noticeNote: missing.isEmpty ? "" : v.text("noticeNote"))
        }, submitLabel: printing ? Phrase("受理并打印回执", "accept, print the receipt") : Phrase("受理并写出回执", "accept, write the receipt"),
        saved: { ctx, lines in
            let receipt = lines.first.flatMap { ctx.store.state.tickets[$0.entity]?.receipt } ?? ""
            return lines.count > 1 ? ctx.t("已受理 \(receipt)，并一次性告知补正材料", "accepted \(receipt), with a notice of the documents to bring")
                                   : ctx.t("已受理 ", "accepted ") + receipt
        }, afterSave: onSaved, footer: { v, ctx in intakeFooter(v, ctx) })
        session.adjust = { form, ctx in
            let values = form.values
            let code = values.text("service")
            guard code != memory.service, let s = ctx.store.catalog.service(code) else { return }
            form.replaceOptions(field: "documents", with: documents(s, ctx.store.catalog, ctx.language), checked: s.required)
            // The unit follows the service unless the clerk chose one of their own.
            if values.text("unit").isEmpty || values.text("unit") == memory.unitSet {
                form.set(field: "unit", to: .choice(s.unit))
                memory.unitSet = s.unit
            }
            memory.service = code
        }
        return session
    }

    /// Under the intake form: the due date on the journal's calendar (with a warning when it
    /// falls in a year whose holidays are not loaded), what to bring, and the notice F10 gives.
    static func intakeFooter(_ v: [String: FieldValue], _ ctx: ShellContext) -> [String] {
        let c = ctx.store.catalog
        guard let s = service(from: v, c) else { return [] }
        let calendar = ctx.store.state.calendar
        let due = calendar.adding(workingDays: s.limitDays, to: ctx.today)
        let received = v.selections("documents")
        let missing = s.required.filter { !received.contains($0) }
        var lines: [String] = []
        if missing.isEmpty {
            let adjusted = calendar.covers(due) ? ctx.t("（含节假日调整）", " (holidays and make-up days counted)") : ""
            lines.append(ctx.t("时限 ", "Time limit ") + WindowWords.workingDays(s.limitDays, ctx.language) + " → \(due)" + adjusted)
        } else {
            let names = missing.map { c.documentName($0).text(ctx.language) }.joined(separator: ctx.t("、", ", "))
            lines.append(ctx.t("缺 \(missing.count) 项：\(names) → F10 同时出具补正告知书，时限暂停",
                               "\(missing.count) missing: \(names) → F10 also gives the supplement notice; the clock waits"))
        }
        if !calendar.covers(due) { lines.append(WindowWords.calendarWarning(due.year, ctx.language)) }
        lines.append(ctx.t("应带材料：", "To bring: ") + s.required.map { c.documentName($0).text(ctx.language) }.joined(separator: ctx.t("、", ", ")))
        if s.support && v.text("measure").isEmpty { lines.append(ctx.t("\(s.zh)须选择措施（1-1 至 5-3）", "A \(s.en.lowercased()) needs a measure (1-1 to 5-3)")) }
        return lines
    }

    /// 补正 on an accepted ticket: the service's documents, those not received ticked.
    static func notice(_ t: Ticket, _ ctx: ShellContext, onSaved: @escaping (ShellContext, [JournalLine]) -> PaneOutcome) -> FormSession {
        let c = ctx.store.catalog
        let l = ctx.language
        let second = !t.supplements.isEmpty
        var fields = [FormField(id: "documents", label: l.t("须补正材料", "To bring"), kind: .multiSelect(documents(t.serviceEntry(c), c, l)), required: true),
                      FormField(id: "note", label: l.t("说明", "Note"))]
        if second { fields.append(FormField(id: "override", label: l.t("主管意见", "Supervisor's reason"), required: true)) }
        var form = Form(title: l.t("一次性告知补正 · ", "Supplement notice · ") + t.receipt, fields: fields)
        form.set(field: "documents", to: .selections(t.missingDocuments(c)))
        let id = t.id
        let remaining = TicketRules.remaining(t, on: ctx.today, calendar: ctx.store.state.calendar, catalog: c)
        return FormSession(form: form, action: .command { v in
            RequestSupplement(ticket: id, documents: v.selections("documents"), note: v.text("note"), override: v.text("override"))
        }, submitLabel: ctx.printer != nil ? Phrase("告知并打印", "notify, print") : Phrase("告知并写出告知书", "notify, write the notice"),
        saved: { ctx, _ in ctx.t("已一次性告知补正，时限暂停", "notice given; the clock waits for the documents") },
        afterSave: onSaved, footer: { _, ctx in
            var lines = [remaining >= 0
                ? ctx.t("告知后时限暂停：剩余 \(remaining) 个工作日，自补齐材料之日起恢复计算",
                        "The clock stops: \(WindowWords.workingDays(remaining, .en)) left, counted again from the day the documents are in")
                : ctx.t("已超期 \(-remaining) 个工作日：告知不增加时限，补齐后仍超期",
                        "Already \(WindowWords.workingDays(-remaining, .en)) overdue: a notice adds no time; it stays overdue")]
            lines.append(ctx.t("一次性告知：列出全部须补正的材料，之后不得再要求其他材料", "Everything at once: list every document; nothing more may be asked later"))
            if second {
                lines.append(ctx.t("本工单已告知过：再次告知须由主管（操作员）写明原因", "This ticket had a notice: a second needs a supervisor's (operator's) reason"))
            }
            return lines
        })
    }

    /// The documents a notice asked for, handed in: all ticked; the clock starts again.
    static func handIn(_ t: Ticket, _ ctx: ShellContext) -> FormSession {
        let c = ctx.store.catalog
        let l = ctx.language
        let pending = t.pendingSupplement
        let docs = (pending?.documents ?? []).map { Choice($0, c.documentName($0).text(l)) }
        var form = Form(title: l.t("收到补正材料 · ", "Documents handed in · ") + t.receipt, fields: [
            FormField(id: "documents", label: l.t("已交材料", "Handed in"), kind: .multiSelect(docs), required: true),
        ])
        form.set(field: "documents", to: .selections(pending?.documents ?? []))
        let id = t.id
        let calendar = ctx.store.state.calendar
        let today = ctx.today
        return FormSession(form: form, action: .command { v in ReceiveSupplement(ticket: id, documents: v.selections("documents")) },
                           submitLabel: Phrase("登记并恢复计时", "record, restart the clock"),
                           saved: { ctx, lines in
                               let due = lines.first.flatMap { ctx.store.state.tickets[$0.entity]?.due }.map(\.description) ?? ""
                               return ctx.t("材料已补齐，时限恢复 → \(due)", "documents in; the clock runs again → \(due)")
                           }, footer: { _, ctx in
                               guard let p = pending else { return [] }
                               let paused = p.pausedWorkingDays(calendar: calendar, today: today)
                               let due = TicketRules.restartedDue(remaining: p.remaining, handedIn: today, calendar: calendar)
                               // An overdue ticket stays overdue: the notice gave it no time.
                               let left = p.remaining >= 0
                                   ? ctx.t("剩余 \(p.remaining) 个工作日 → 新时限 \(due)", "\(p.remaining) left → due \(due)")
                                   : ctx.t("已超期 \(-p.remaining) 个工作日，补齐后仍超期（时限 \(due)）", "\(-p.remaining) overdue, and still overdue once in (due \(due))")
                               var lines = [ctx.t("已暂停 \(paused) 个工作日；", "Paused \(WindowWords.workingDays(paused, .en)); ") + left]
                               if !calendar.covers(due) { lines.append(WindowWords.calendarWarning(due.year, ctx.language)) }
                               return lines
                           })
    }

    /// 移交 to another handling unit: the due date stays.
    static func handOver(_ t: Ticket, _ ctx: ShellContext) -> FormSession {
        let l = ctx.language
        let form = Form(title: l.t("移交 · ", "Hand over · ") + t.receipt, fields: [
            FormField(id: "unit", label: l.t("移交给", "To unit"), kind: .choice(units(ctx, except: t.unit)), required: true),
            FormField(id: "reason", label: l.t("移交原因", "Reason"), required: true),
        ])
        let id = t.id
        let from = t.unit.map { ctx.store.state.unitDirectory(ctx.store.catalog).displayName($0, english: l == .en, short: false) } ?? "—"
        let due = t.isWaiting ? l.t("补正中，时限暂停", "paused for documents") : (t.due?.description ?? "—")
        var session = FormSession(form: form, action: .command { v in HandOverTicket(ticket: id, unit: v.text("unit"), reason: v.text("reason")) },
                                  saved: { ctx, _ in
            let to = ctx.store.state.tickets[id]?.unit.map { ctx.store.state.unitDirectory(ctx.store.catalog).displayName($0, english: ctx.language == .en) } ?? "—"
            let receipt = ctx.store.state.tickets[id]?.receipt ?? ""
            return ctx.t("\(receipt) 已移交 \(to)", "\(receipt) handed over to \(to)")
        })
        session.form.matcher = ChoiceMatcher.matches
        session.footer = { _, ctx in
            [ctx.t("现由 \(from) 承办；时限不变（\(due)），办理记录随工单移交", "Now with \(from); the due date stays (\(due)) and the history goes with it")]
        }
        return session
    }

    static func close(_ t: Ticket, _ ctx: ShellContext) -> FormSession {
        let l = ctx.language
        var fields = [FormField(id: "result", label: l.t("办理结果", "Result"), required: true)]
        if t.serviceEntry(ctx.store.catalog)?.support == true {
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
