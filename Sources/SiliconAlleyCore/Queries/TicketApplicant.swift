/// Who a ticket is for, as every screen and printout shows it: the enterprise with its USCC,
/// or the person — a registered talent or a name with a mobile — with the number masked.
public enum TicketApplicant {
    /// `english`: with ASCII brackets (the printouts are Chinese, the screens either).
    public static func describe(_ t: Ticket, state: DomainState, english: Bool = false) -> String {
        func bracket(_ s: String) -> String { english ? " (\(s))" : "（\(s)）" }
        var parts: [String] = []
        if let id = t.enterprise, let e = state.enterprises[id] { parts.append(e.name + bracket(e.uscc)) }
        if let id = t.talent, let tal = state.talents[id] {
            parts.append(tal.name + bracket(tal.maskedPhone))
        } else if let name = t.applicantName {
            parts.append(name + (t.applicantPhone.map { bracket(PersonalData.mask($0, as: .mobile)) } ?? ""))
        }
        return parts.joined(separator: " · ")
    }

    /// The name alone, for a queue's column.
    public static func name(_ t: Ticket, state: DomainState) -> String {
        t.enterprise.flatMap { state.enterprises[$0]?.name } ?? t.talent.flatMap { state.talents[$0]?.name } ?? t.applicantName ?? ""
    }
}
