/// The service window's lines folded into the state (服务窗口). Returns false for another kind.
extension DomainState {
    mutating func applyTicket(_ line: JournalLine) throws -> Bool {
        let d = line.data
        let id = line.entity
        switch line.kind {
        case EventKind.ticketAccepted:
            let t = try JSONValueDecoder().decode(Ticket.self, from: d)
            tickets[id] = t
            if let (year, number) = ReceiptNumber.parse(t.receipt) {
                receiptCounters[year] = max(receiptCounters[year] ?? 0, number)
            }
        case EventKind.ticketUpdated:
            try patch(&tickets, id, d, line)
        default:
            return false
        }
        return true
    }
}
