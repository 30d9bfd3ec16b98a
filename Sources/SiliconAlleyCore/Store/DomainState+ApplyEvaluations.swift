/// Evaluations' lines (定期监测评估). An evaluation's figures must be what the journal before
/// it gives: replay recomputes them, so a forged figure is damage like a broken hash.
extension DomainState {
    mutating func applyEvaluation(_ line: JournalLine) throws -> Bool {
        let d = line.data
        let id = line.entity
        let dec = JSONValueDecoder()
        switch line.kind {
        case EventKind.evaluationRecorded:
            let e = try dec.decode(Evaluation.self, from: d)
            if e.id != id { throw broken(line, "the record's id is not its entity") }
            if evaluations[id] != nil { throw broken(line, "evaluation \(id) exists") }
            try checkNewId(line, prefix: "eval")
            if e.date < HeadlineKPI.baselineDate { throw broken(line, "evaluated \(e.date), before the \(HeadlineKPI.baselineDate) baseline") }
            try checkNotAfterLineDate(e.date, "evaluated", line)
            if e.headSeq != line.seq - 1 || e.headHash != line.prev { throw broken(line, "an evaluation names the line just before it") }
            var expected = EvaluationRules.figures(self, asOf: e.date)
            expected.id = e.id; expected.note = e.note; expected.headSeq = e.headSeq; expected.headHash = e.headHash
            if expected != e { throw broken(line, "its figures are not the headline target as of \(e.date) on the journal before it") }
            evaluations[id] = e
        case EventKind.adjustmentDecided:
            let a = try dec.decode(Adjustment.self, from: d)
            if a.id != id { throw broken(line, "the record's id is not its entity") }
            if adjustments[id] != nil { throw broken(line, "adjustment \(id) exists") }
            try checkNewId(line, prefix: "adj")
            guard let ev = evaluations[a.evaluation] else { throw broken(line, "no evaluation \(a.evaluation)") }
            if a.text.trimmingCharacters(in: .whitespaces).isEmpty { throw broken(line, "no text") }
            guard let u = a.unit else { throw broken(line, "no unit") }
            if unitDirectory().unit(id: u) == nil { throw broken(line, "unknown unit \(u)") }
            if let due = a.due, due < ev.date { throw broken(line, "due before the evaluation") }
            if a.done != nil { throw broken(line, "a new adjustment is not done yet") }
            adjustments[id] = a
        case EventKind.adjustmentDone:
            guard adjustments[id] != nil else { throw broken(line, "no adjustment \(id)") }
            if adjustments[id]?.done != nil { throw broken(line, "already done") }
            // `CompleteAdjustment` writes the day it was done and nothing else.
            let changes = try checkChangedMembers(line, allowed: ["done"])
            let done = try dec.decode(LocalDate.self, from: changes["done"] ?? .null)
            try checkNotAfterLineDate(done, "done", line)
            adjustments[id]?.done = done
        default:
            return false
        }
        return true
    }
}
