import SiliconAlleyCore

/// One journal line as a row of the audit table: time, actor, kind, entity, summary.
enum JournalRowPresenter {
    static func cells(_ entry: JournalIndex.Entry, time: String, summary: String, state: DomainState, _ l: Language) -> [String] {
        [
            "#\(entry.seq)",
            BeijingTime.format(time),
            entry.actor,
            EventKindLabel.label(entry.kind, l),
            EntityName.of(entry.entity, in: state),
            summary,
        ]
    }

    /// A one-line gist of what the line's data says.
    static func summary(_ line: JournalLine, state: DomainState, _ l: Language) -> String {
        let d = line.data
        func s(_ k: String) -> String? { d[k]?.stringValue }
        switch line.kind {
        case EventKind.enterpriseRegistered:
            return [s("uscc"), s("industry").flatMap { Catalog.plan.industry(id: $0)?.text(l) }].compactMap { $0 }.joined(separator: " · ")
        case EventKind.qualificationGranted:
            let q = s("type").flatMap { Catalog.plan.qualification(id: $0) }.map { l == .zh ? $0.badge : $0.en } ?? "?"
            // No expiry: the qualification holds until revoked; no dangling arrow.
            return "\(q) \(s("granted") ?? "")" + (s("expires").map { " → \($0)" } ?? l.t("（长期）", " (no expiry)"))
        case EventKind.supportGranted:
            let amount = d["amount"]?.intValue.map { Money(fen: $0).formatted } ?? s("kind") ?? ""
            return "\(s("measure") ?? "") \(amount)"
        case EventKind.operatorAssigned:
            return "\(s("login") ?? "") → \(s("role").flatMap(Role.init(rawValue:))?.text(l) ?? "")"
        case EventKind.statisticRecorded:
            return l.t("专精特新 \(d["srdiCount"]?.intValue ?? 0) · 国高新 \(d["highTechCount"]?.intValue ?? 0)",
                       "SRDI \(d["srdiCount"]?.intValue ?? 0) · high-tech \(d["highTechCount"]?.intValue ?? 0)")
        case EventKind.projectCreated:
            // The name is already in the entity column: say what kind of project it is.
            switch s("category") {
            case "action": return l.t("六大专项行动", "special action")
            case "industry5N": return l.t("产业配套提升 5+N", "industry 5+N")
            case "space5N": return l.t("空间改造赋能 5+N", "space 5+N")
            default: return l.t("其他项目", "other project")
            }
        case EventKind.milestoneAdded:
            return (s("title") ?? "") + l.t(" 到期 ", " due ") + (s("due") ?? "")
        case EventKind.milestoneDone:
            let title = state.projects[line.entity]?.milestone(s("milestone") ?? "")?.title ?? s("milestone") ?? ""
            return title + " " + (s("date") ?? "")
        case EventKind.approvalStepStarted:
            let step = s("step").flatMap(ApprovalStepKind.init(rawValue:))?.text(l) ?? ""
            let limit = d["limitDays"]?.intValue.map { l.t("，时限 \($0) 个工作日", ", limit \($0) working days") } ?? ""
            return step + " " + (s("started") ?? "") + limit
        case EventKind.approvalStepDone:
            return (s("step").flatMap(ApprovalStepKind.init(rawValue:))?.text(l) ?? "") + " " + (s("date") ?? "")
        case EventKind.blockerResolved:
            let text = state.projects[line.entity]?.blocker(s("blocker") ?? "")?.text ?? ""
            return text + (s("resolution").map { l.t("：", ": ") + $0 } ?? "")
        case EventKind.ticketAccepted:
            let service = (s("service") ?? s("type")).flatMap { Catalog.plan.service($0)?.text(l) }
            return [service, s("description")].compactMap { $0 }.joined(separator: " · ")
        case EventKind.ticketSupplementRequested, EventKind.ticketSupplementReceived:
            let docs = (d["documents"]?.arrayValue ?? []).compactMap(\.stringValue).map { Catalog.plan.documentName($0).text(l) }
                .joined(separator: l.t("、", ", "))
            if line.kind == EventKind.ticketSupplementReceived { return docs + l.t("，时限 → ", "; due → ") + (s("due") ?? "") }
            return docs + (s("override").map { l.t("（主管同意再次告知：", " (second notice: ") + $0 + l.t("）", ")") } ?? "")
        case EventKind.ticketHandedOver:
            let units = state.unitDirectory()
            return units.displayName(s("from"), english: l == .en) + " → " + units.displayName(s("unit"), english: l == .en) + l.t("：", ": ") + (s("reason") ?? "")
        case EventKind.calendarYearAdded:
            return l.t("\(d["year"]?.intValue ?? 0) 年节假日（\(s("file") ?? "")）", "holidays of \(d["year"]?.intValue ?? 0) (\(s("file") ?? ""))")
                + (d["replaces"] == .bool(true) ? l.t("，更正", ", a correction") : "")
        case EventKind.activityCreated:
            let type = s("type").flatMap(ActivityType.init(rawValue:))?.label.text(l) ?? ""
            let when = s("start").flatMap(LocalDateTime.init).map(\.description) ?? ""
            return [type, when].filter { !$0.isEmpty }.joined(separator: " · ")
        case EventKind.registrationAdded:
            let ent = s("enterprise").map { EntityName.of($0, in: state) }
            return [ent, s("person"), s("phone").map { PersonalData.mask($0, as: .mobile) }].compactMap { $0 }.joined(separator: " · ")
                + (d["waitlisted"] == .bool(true) ? l.t("（候补）", " (waiting list)") : "")
        case EventKind.contestEntered:
            return [s("team"), s("title")].compactMap { $0 }.joined(separator: " · ")
        case EventKind.contestScored:
            return (s("judge") ?? "") + " " + (d["score"]?.intValue.map { ContestScore(hundredths: $0).description } ?? "")
        case EventKind.contestAwarded:
            return s("award") ?? ""
        case EventKind.contestEnterpriseLinked:
            return (s("enterprise").map { EntityName.of($0, in: state) } ?? "")
                + (d["registered"] == .bool(true) ? l.t("（由大赛新登记）", " (registered from the contest)") : "")
        case EventKind.contestIncubated:
            return (s("place").flatMap { Catalog.plan.place(id: $0)?.text(l) } ?? "") + " " + (s("date") ?? "")
        case EventKind.meetingAgendaSet:
            return (d["items"]?.arrayValue ?? []).compactMap(\.stringValue).enumerated().map { "\($0.offset + 1). \($0.element)" }.joined(separator: " ")
        default:
            if let housing = HousingJournalSummary.summary(line, state: state, l) { return housing }
            if let changes = EventDataPresenter.changes(line, state: state, catalog: Catalog.plan, l) { return changes }
            return s("name") ?? s("title") ?? s("text") ?? s("reason") ?? ""
        }
    }
}
