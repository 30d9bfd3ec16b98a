/// Projects' lines folded into the state (项目督办). Returns false for a kind that is not a
/// project's. Every line is checked with the same `ProjectRules` its command used; a line that
/// breaks one, or names a project that does not exist, is refused, never dropped.
/// Replay checks against the built-in catalogue (`Catalog.plan`), the one the console writes with.
extension DomainState {
    mutating func applyProject(_ line: JournalLine) throws -> Bool {
        let d = line.data
        let id = line.entity
        let dec = JSONValueDecoder()
        switch line.kind {
        case EventKind.projectCreated:
            let p = try dec.decode(Project.self, from: d)
            guard projects[id] == nil else { throw broken(line, "project \(id) already exists") }
            guard p.id == id else { throw broken(line, "the record's id \(p.id) is not the line's entity \(id)") }
            try checkNewId(line, prefix: "prj")
            guard p.milestones.isEmpty && p.approval.isEmpty && p.notes.isEmpty && p.blockers.isEmpty else {
                throw broken(line, "a new project carries no milestones, steps, notes or blockers")
            }
            try check(ProjectRules.record(p, in: self, catalog: .plan), line)
            projects[id] = p
        case EventKind.projectUpdated:
            let old = try existingProject(line)
            let new = try patched(old, id, d, line)
            guard new != old else { throw broken(line, "record: nothing changed") }
            try check(ProjectRules.change(from: old, to: new, catalog: .plan), line)
            try check(ProjectRules.record(new, before: old, in: self, catalog: .plan), line)
            projects[id] = new
        case EventKind.milestoneAdded:
            var p = try existingProject(line)
            let m = try dec.decode(Milestone.self, from: d)
            try checkNewId(m.id, prefix: "ms", line)
            try check(ProjectRules.addMilestone(m, to: p), line)
            p.milestones.append(m)
            projects[id] = p
        case EventKind.milestoneDone:
            var p = try existingProject(line)
            let m = try field(d, "milestone", line)
            let date = try dec.decode(LocalDate.self, from: d["date"] ?? .null)
            try check(ProjectRules.completeMilestone(m, on: date, in: p), line)
            try checkNotAfterLineDate(date, "done", line)
            let i = p.milestones.firstIndex { $0.id == m }!
            p.milestones[i].done = date
            projects[id] = p
        case EventKind.approvalStepStarted:
            var p = try existingProject(line)
            let s = try dec.decode(ApprovalStep.self, from: d)
            guard s.done == nil else { throw broken(line, "a step starts unfinished") }
            try check(ProjectRules.startStep(s.step, on: s.started, limit: s.limitDays, in: p), line)
            try checkNotAfterLineDate(s.started, "started", line)
            p.approval.append(s)
            projects[id] = p
        case EventKind.approvalStepDone:
            var p = try existingProject(line)
            guard let step = ApprovalStepKind(rawValue: try field(d, "step", line)) else {
                throw broken(line, "unknown approval step")
            }
            let date = try dec.decode(LocalDate.self, from: d["date"] ?? .null)
            try check(ProjectRules.finishStep(step, on: date, in: p), line)
            try checkNotAfterLineDate(date, "finished", line)
            let i = p.approval.firstIndex { $0.step == step }!
            p.approval[i].done = date
            projects[id] = p
        case EventKind.progressNoted:
            var p = try existingProject(line)
            let n = try dec.decode(ProgressNote.self, from: d)
            if let w = ProjectRules.writable(p) { try check([w], line) }
            // `AddProgressNote` signs the note with the line's author, dates it today, and keeps 1–500 characters.
            if n.actor != line.actor { throw broken(line, "a note signed “\(n.actor)” on a line by \(line.actor)") }
            let text = n.text.trimmingCharacters(in: .whitespacesAndNewlines)
            if text.isEmpty || text.count > 500 { throw broken(line, "a note is 1 to 500 characters") }
            try checkNotAfterLineDate(n.date, "a note dated", line)
            p.notes.append(n)
            projects[id] = p
        case EventKind.blockerRaised:
            var p = try existingProject(line)
            let b = try dec.decode(Blocker.self, from: d)
            try checkNewId(b.id, prefix: "blk", line)
            try check(ProjectRules.raiseBlocker(b, in: p, units: unitDirectory(.plan)), line)
            try checkNotAfterLineDate(b.raised, "raised", line)
            p.blockers.append(b)
            projects[id] = p
        case EventKind.blockerResolved:
            var p = try existingProject(line)
            let b = try field(d, "blocker", line)
            let date = try dec.decode(LocalDate.self, from: d["date"] ?? .null)
            try check(ProjectRules.resolveBlocker(b, on: date, in: p), line)
            try checkNotAfterLineDate(date, "resolved", line)
            let i = p.blockers.firstIndex { $0.id == b }!
            p.blockers[i].resolved = date
            p.blockers[i].resolution = d["resolution"]?.stringValue
            projects[id] = p
        default:
            return false
        }
        return true
    }

    /// The project a line is about; a line about a project that does not exist is broken.
    private func existingProject(_ line: JournalLine) throws -> Project {
        guard let p = projects[line.entity] else { throw broken(line, "no project \(line.entity)") }
        return p
    }

    /// The first problem a rule found, as the line's error.
    func check(_ problems: [FieldError], _ line: JournalLine) throws {
        if let e = problems.first { throw broken(line, "\(e.field): \(e.en)") }
    }
}
