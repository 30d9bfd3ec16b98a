/// Projects' lines folded into the state (项目督办). Returns false for a kind that is not a project's.
extension DomainState {
    mutating func applyProject(_ line: JournalLine) throws -> Bool {
        let d = line.data
        let id = line.entity
        let dec = JSONValueDecoder()
        switch line.kind {
        case EventKind.projectCreated:
            projects[id] = try dec.decode(Project.self, from: d)
        case EventKind.projectUpdated:
            try patch(&projects, id, d, line)
        case EventKind.milestoneAdded:
            projects[id]?.milestones.append(try dec.decode(Milestone.self, from: d))
        case EventKind.milestoneDone:
            let m = try field(d, "milestone", line)
            let date = try dec.decode(LocalDate.self, from: d["date"] ?? .null)
            if let i = projects[id]?.milestones.firstIndex(where: { $0.id == m }) { projects[id]?.milestones[i].done = date }
        case EventKind.approvalStepStarted:
            projects[id]?.approval.append(try dec.decode(ApprovalStep.self, from: d))
        case EventKind.approvalStepDone:
            let step = ApprovalStepKind(rawValue: try field(d, "step", line))
            let date = try dec.decode(LocalDate.self, from: d["date"] ?? .null)
            if let i = projects[id]?.approval.lastIndex(where: { $0.step == step }) { projects[id]?.approval[i].done = date }
        case EventKind.progressNoted:
            projects[id]?.notes.append(try dec.decode(ProgressNote.self, from: d))
        default:
            return false
        }
        return true
    }
}
