import Foundation

/// Reveal of a personal number (查看完整号码), the one way a full resident ID or mobile leaves
/// the core: admin only, with a reason, journaled (`personal.revealed`: who, whose, why)
/// before the number is returned — to this caller only; it is kept nowhere else.
extension JournalStore {
    public func reveal(_ number: PersonalData.Kind, of record: String, reason: String, today: LocalDate = .today()) throws -> String {
        try perform(RevealPersonalData(record: record, number: number, reason: reason), today: today)
        // The record held the number when the line was planned under the lock, and records
        // never lose their numbers, so it is there now.
        guard let full = PersonalData.number(number, of: record.trimmingCharacters(in: .whitespaces), in: state) else {
            throw CommandRejected(field: "record", zh: "记录没有该号码", en: "the record holds no such number")
        }
        return full
    }
}
