import Testing
@testable import SiliconAlleyCore

/// A housing record's id is the seq of the line that creates it (`Planner.newId`), and replay
/// holds every line to that: a line that claimed a later id would make an honest later line
/// a duplicate.
@Suite struct HousingIdTests {
    @Test func everyHousingIdComesFromItsSeq() throws {
        let f = try HousingFixture()
        let apt = try f.unit("101")
        let spare = try f.unit("102")
        let tal = try f.talent(1)
        let other = try f.talent(2)
        let app = try f.apply(other)
        let lease = try f.sign(apt, tal)
        let s = f.state
        // The commands' own ids pass: the journal they wrote verifies.
        #expect(try JournalVerifier.verify(path: f.dir.file("journal.jsonl")).isClean)
        let claimed = s.lastSeq + 5
        func claim<T: Encodable>(_ kind: String, _ prefix: String, _ record: T, _ change: (inout T, String) -> Void) {
            var r = record
            change(&r, "\(prefix)-\(claimed)")
            let rule = f.replayRefusal(kind, "\(prefix)-\(claimed)", .record(r))
            #expect(rule == "a new record's id must be \(prefix)-\(s.lastSeq + 1), not “\(prefix)-\(claimed)”", "\(kind): \(rule ?? "applied")")
        }
        claim(EventKind.apartmentAdded, "apt", try #require(s.apartments[spare])) { $0.id = $1; $0.unit = "103"; $0.position = 3 }
        claim(EventKind.talentRegistered, "tal", try #require(s.talents[other])) { $0.id = $1 }
        claim(EventKind.housingApplied, "app", try #require(s.applications[app])) { $0.id = $1 }
        claim(EventKind.leaseSigned, "lease", try #require(s.leases[lease])) { $0.id = $1; $0.apartment = spare; $0.talent = other }
        claim(EventKind.housingAllocated, "lease", try #require(s.leases[lease])) { $0.id = $1; $0.apartment = spare; $0.talent = other; $0.application = app }
    }
}
