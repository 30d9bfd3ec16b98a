import Foundation
import Testing
@testable import SiliconAlleyCore

/// Seeded catalogue projects by their catalogue id, and a shorthand for expecting a refusal.
extension JournalStore {
    func projectId(_ catalogId: String) -> String {
        state.projects.values.first { $0.catalogId == catalogId }!.id
    }

    func project(_ catalogId: String) -> Project { state.projects[projectId(catalogId)]! }

    /// Runs the command expecting a refusal: returns the rejection, and checks nothing was written.
    func refusal(_ command: any Command, today: LocalDate = TestData.today,
                 sourceLocation: SourceLocation = #_sourceLocation) -> CommandRejected? {
        let head = self.head.seq
        do {
            try perform(command, today: today)
            Issue.record("accepted, expected a refusal", sourceLocation: sourceLocation)
            return nil
        } catch let r as CommandRejected {
            #expect(self.head.seq == head, "nothing written", sourceLocation: sourceLocation)
            return r
        } catch {
            Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
            return nil
        }
    }

    /// Appends a line no command would write, expecting replay to refuse it as broken.
    func brokenLine(_ kind: String, _ entity: String, _ data: JSONValue,
                    sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        let head = self.head.seq
        do {
            try appendUnchecked([.init(kind: kind, entity: entity, data: data)])
            Issue.record("accepted, expected a broken-rule error", sourceLocation: sourceLocation)
            return nil
        } catch let DomainState.ApplyError.broken(_, _, rule) {
            #expect(self.head.seq == head, "nothing written", sourceLocation: sourceLocation)
            return rule
        } catch {
            Issue.record("unexpected error \(error)", sourceLocation: sourceLocation)
            return nil
        }
    }
}

enum ProjectFixture {
    static func d(_ s: String) -> LocalDate { LocalDate(s)! }

    /// A space-renewal project with 立项 and 综合论证 done and 联合审批 under way.
    static func spaceProjectUnderWay(_ store: JournalStore, catalogId: String = "digital-health-center") throws -> String {
        let id = store.projectId(catalogId)
        try store.perform([
            RecordApprovalStep(project: id, step: .initiation, date: "2025-03-03", limitDays: "10", finished: false),
            RecordApprovalStep(project: id, step: .initiation, date: "2025-03-12", finished: true),
            RecordApprovalStep(project: id, step: .review, date: "2025-03-14", limitDays: "30", finished: false),
            RecordApprovalStep(project: id, step: .review, date: "2025-04-20", finished: true),
            RecordApprovalStep(project: id, step: .jointApproval, date: "2025-04-22", limitDays: "20", finished: false),
        ], today: TestData.today)
        return id
    }
}
