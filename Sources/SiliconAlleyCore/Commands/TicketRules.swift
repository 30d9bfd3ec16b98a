/// The window's rules that both a command and replay check (`TicketCommands`,
/// `TicketSupplementCommands`, `DomainState+ApplyTickets`), so the two cannot drift.
public enum TicketRules {
    /// A supplement notice's documents, as `RequestSupplement` and intake check them: one at least,
    /// each a document of the ticket's service, none twice, and — 一次性告知 — every required
    /// document not yet received among them, so the applicant is told everything at once.
    public static func notice(_ documents: [String], received: [String], service: Service, catalog: Catalog,
                              field: String = "documents") -> [FieldError] {
        var e: [FieldError] = []
        if documents.isEmpty {
            e.append(FieldError(field: field, zh: "请勾选须补正的材料", en: "tick the documents to bring"))
        }
        var seen = Set<String>()
        for d in documents {
            guard let doc = catalog.document(d), service.documents.contains(doc.id) else {
                e.append(FieldError(field: field, zh: "“\(d)”不是“\(service.zh)”的材料", en: "“\(d)” is not a document of “\(service.en)”"))
                continue
            }
            if !seen.insert(doc.id).inserted { e.append(FieldError(field: field, zh: "“\(doc.zh)”重复", en: "“\(doc.en)” is listed twice")) }
        }
        let have = Set(received.compactMap { catalog.document($0)?.id })
        let left = service.required.filter { !have.contains($0) && !seen.contains($0) }
        if !left.isEmpty && !documents.isEmpty {
            let zh = left.compactMap { catalog.document($0)?.zh }.joined(separator: "、")
            let en = left.compactMap { catalog.document($0)?.en }.joined(separator: ", ")
            e.append(FieldError(field: field, zh: "一次性告知：还须列出 \(zh)", en: "tell everything at once: \(en) missing from the notice too"))
        }
        return e
    }

    /// The most working days left a notice records when the ticket has neither a due date nor
    /// a time limit of its own (older journals): about a year.
    public static let maxRemaining = 250

    /// The working days a ticket has left on `date` (negative when overdue): what the clock
    /// keeps while it stands still.
    public static func remaining(_ t: Ticket, on date: LocalDate, calendar: WorkingDayCalendar, catalog: Catalog) -> Int {
        guard let due = t.due else { return t.timeLimit(catalog) ?? 0 }
        return calendar.workingDays(from: date, to: due)
    }

    /// The due date once the documents are in on `date`: the days left when the clock stopped,
    /// counted from the hand-in (that day itself not counted, as for acceptance).
    public static func restartedDue(remaining: Int, handedIn date: LocalDate, calendar: WorkingDayCalendar) -> LocalDate {
        calendar.adding(workingDays: remaining, to: date)
    }

    /// Whether a due date and the days left on `date` agree without asking a calendar (replay
    /// cannot: a later program may know holidays this one did not): later due, days left;
    /// the same day, none; earlier, overdue.
    public static func consistent(due: LocalDate, remaining: Int, on date: LocalDate) -> Bool {
        // Working days never take more than twice as many calendar days, plus the longest
        // holidays (春节, 国庆): a bound any calendar meets, so no arithmetic is redone here.
        let days = remaining.magnitude
        guard days <= 100_000 else { return false }
        if date.days(until: due).magnitude > days * 2 + 21 { return false }
        if due > date { return remaining >= 0 }
        if due == date { return remaining == 0 }
        return remaining <= 0
    }

    /// A handling unit a ticket may be given or handed to: a unit of the journal's list that
    /// takes window requests (承办单位). Returns its id, or records why not at `field`.
    public static func handlingUnit(_ text: String, units: UnitDirectory, checks: inout FieldChecks, field: String = "unit") -> String? {
        guard let id = checks.unitId(text, in: units, field: field, required: false) else { return nil }
        guard units.unit(id: id)?.window == true else {
            let name = units.displayName(id, english: false, short: false)
            checks.fail(field, zh: "“\(name)”不承办窗口事项：请从承办单位中选择", en: "“\(units.displayName(id, english: true, short: false))” does not handle window requests: pick a handling unit")
            return nil
        }
        return id
    }
}
