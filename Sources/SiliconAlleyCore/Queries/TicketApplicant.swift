/// Who a ticket is for, as every screen and printout shows it: the enterprise with its USCC,
/// or the person — a registered talent or a name with a mobile — with the number masked.
public enum TicketApplicant {
    public static func describe(_ t: Ticket, state: DomainState) -> String {
        var parts: [String] = []
        if let id = t.enterprise, let e = state.enterprises[id] { parts.append("\(e.name)（\(e.uscc)）") }
        if let id = t.talent, let tal = state.talents[id] {
            parts.append("\(tal.name)（\(tal.maskedPhone)）")
        } else if let name = t.applicantName {
            parts.append(name + (t.applicantPhone.map { "（\(PersonalData.mask($0, as: .mobile))）" } ?? ""))
        }
        return parts.joined(separator: " · ")
    }

    /// The name alone, for a queue's column.
    public static func name(_ t: Ticket, state: DomainState) -> String {
        t.enterprise.flatMap { state.enterprises[$0]?.name } ?? t.talent.flatMap { state.talents[$0]?.name } ?? t.applicantName ?? ""
    }
}
