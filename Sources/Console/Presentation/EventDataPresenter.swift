import SiliconAlleyCore

/// A journal line's data in the operator's words: each key by its label, each value
/// formatted (areas in m², amounts in yuan, catalogue ids by name, statuses by label,
/// references with the record's name), personal numbers masked.
enum EventDataPresenter {
    /// Label/value lines for the event detail view.
    static func lines(_ line: JournalLine, state: DomainState, catalog: Catalog, _ l: Language) -> [(label: String, value: String)] {
        flatten(line.data, kind: line.kind, label: "", state: state, catalog: catalog, l)
    }

    /// `{"changes": {...}}` lines as "label value" pairs for a one-line summary.
    static func changes(_ line: JournalLine, state: DomainState, catalog: Catalog, _ l: Language) -> String? {
        guard let changes = line.data["changes"]?.objectValue else { return nil }
        return changes.keys.sorted().map { k in
            FieldLabels.label(k, kind: line.kind, l) + l.t(" ", ": ") + value(changes[k]!, key: k, kind: line.kind, state: state, catalog: catalog, l)
        }.joined(separator: l.t("，", ", "))
    }

    private static func flatten(_ v: JSONValue, kind: String, label: String, state: DomainState, catalog: Catalog,
                                _ l: Language, key: String = "") -> [(label: String, value: String)] {
        switch v {
        case .object(let o):
            // A record's own id is the entity, shown by name above: not repeated as a code.
            return o.keys.sorted().filter { !(label.isEmpty && $0 == "id") }.flatMap { k -> [(label: String, value: String)] in
                let name = FieldLabels.label(k, kind: kind, l)
                return flatten(o[k]!, kind: kind, label: label.isEmpty ? name : label + " · " + name, state: state, catalog: catalog, l, key: k)
            }
        case .array(let a) where a.contains(where: { $0.objectValue != nil }):
            return a.enumerated().flatMap { i, item in
                flatten(item, kind: kind, label: "\(label) \(i + 1)", state: state, catalog: catalog, l, key: key)
            }
        default:
            return [(label, value(v, key: key, kind: kind, state: state, catalog: catalog, l))]
        }
    }

    /// One value as a person reads it.
    static func value(_ v: JSONValue, key: String, kind: String, state: DomainState, catalog: Catalog, _ l: Language) -> String {
        switch v {
        case .null: return "—"
        case .bool(let b): return b ? l.t("是", "yes") : l.t("否", "no")
        case .array(let a): return a.map { value($0, key: key, kind: kind, state: state, catalog: catalog, l) }.joined(separator: l.t("、", ", "))
        case .object: return ""
        case .double(let d): return String(d)
        case .int(let i):
            switch key {
            case "area": return Area(hundredths: i).formatted
            case "amount", "rent": return Money(fen: i).formatted
            case "score": return ContestScore(hundredths: i).description
            default: return String(i)
            }
        case .string(let s):
            return text(s, key: key, kind: kind, state: state, catalog: catalog, l)
        }
    }

    private static func text(_ s: String, key: String, kind: String, state: DomainState, catalog: Catalog, _ l: Language) -> String {
        switch key {
        case "industry": return catalog.industry(id: s)?.text(l) ?? s
        case "place", "fromPlace", "toPlace": return catalog.place(id: s)?.text(l) ?? s
        case "tier", "fromTier", "toTier": return catalog.tier(id: s)?.text(l) ?? s
        case "measure": return catalog.measure(code: s).map { "\($0.code) \($0.text(l))" } ?? s
        case "qualification": return catalog.qualification(id: s)?.text(l) ?? s
        case "action": return catalog.actions.first { $0.id == s }?.text(l) ?? s
        case "role": return Role(rawValue: s)?.text(l) ?? s
        case "phone", "applicantPhone", "mobile": return PersonalData.mask(s, as: .mobile)
        // An event's times as the journal writes them ("2026-12-01T09:30"), read with a space.
        case "start", "end": return LocalDateTime(s)?.description ?? s
        case "idNumber": return PersonalData.mask(s, as: .residentID)
        case "number": return PersonalData.Kind(rawValue: s).map { l.t($0.zh, $0.en) } ?? s
        case "type":
            if kind.hasPrefix("enterprise.qualification") { return catalog.qualification(id: s)?.text(l) ?? s }
            if kind.hasPrefix("ticket.") { return catalog.service(s)?.text(l) ?? s }
            if kind.hasPrefix("activity.") { return ActivityType(rawValue: s)?.text(l) ?? s }
            return s
        case "status":
            let label: (any Bilingual)? = {
                switch kind.split(separator: ".").first {
                case "enterprise": return EnterpriseStatus(rawValue: s)
                case "ticket": return TicketStatus(rawValue: s)
                case "project": return ProjectStatus(rawValue: s)
                case "activity": return ActivityStatus(rawValue: s)
                case "apartment": return ApartmentStatus(rawValue: s)
                case "lease": return LeaseStatus(rawValue: s)
                case "housing": return kind == EventKind.housingAllocated ? LeaseStatus(rawValue: s) : ApplicationStatus(rawValue: s)
                default: return nil
                }
            }()
            return label?.text(l) ?? s
        case "service": return catalog.service(s)?.text(l) ?? s
        case "channel": return TicketChannel(rawValue: s)?.text(l) ?? s
        case "documents" where kind.hasPrefix("ticket."): return catalog.documentName(s).text(l)
        case "from" where kind.hasPrefix("ticket."): return state.unitDirectory().displayName(s, english: l == .en)
        case "category": return ProjectCategory(rawValue: s)?.text(l) ?? s
        case "step": return ApprovalStepKind(rawValue: s)?.text(l) ?? s
        case "unit" where kind.hasPrefix("apartment."):
            return s
        case "leadUnit", "owningUnit", "organiser", "unit":
            return state.unitDirectory().displayName(s, english: l == .en)
        case "enterprise", "employer", "project", "activity", "talent", "apartment", "lease", "ticket", "registration", "entry", "application":
            let name = EntityName.of(s, in: state)
            return name == s ? s : name
        default:
            return s
        }
    }
}

