/// 记录评估: the headline target as of a day, journaled with the head it was computed on.
public struct RecordEvaluation: Command {
    public var date: String
    public var note: String
    public var requiredRole: Role { .operator }

    public init(date: String, note: String = "") {
        self.date = date
        self.note = note
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let d = checks.date(date, field: "date", required: true)
        let n = checks.optionalText(note, field: "note", maxLength: 500)
        if let d, d > p.today { checks.fail("date", zh: "评估日期不能晚于今天", en: "the date is after today") }
        if let d, d < HeadlineKPI.baselineDate { checks.fail("date", zh: "评估日期不能早于基线 2023-12-31", en: "the date is before the 2023-12-31 baseline") }
        try checks.finish()
        let id = p.newId("eval")
        var e = EvaluationRules.figures(p.state, asOf: d!, catalog: p.catalog)
        e.id = id
        e.note = n
        p.emit(EventKind.evaluationRecorded, id, record: e)
    }
}

/// 决定调整: an adjustment decided on an evaluation, owned by a unit.
public struct DecideAdjustment: Command {
    public var evaluation: String
    public var text: String
    public var unit: String
    public var due: String
    public var requiredRole: Role { .operator }

    public init(evaluation: String, text: String, unit: String, due: String = "") {
        self.evaluation = evaluation
        self.text = text
        self.unit = unit
        self.due = due
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let ev = p.state.evaluations[evaluation.trimmingCharacters(in: .whitespaces)]
        if ev == nil { checks.fail("evaluation", zh: "找不到评估记录", en: "no such evaluation") }
        let t = checks.required(text, field: "text", maxLength: 500)
        let u = checks.unitId(unit, in: p.state.unitDirectory(), field: "unit")
        let d = checks.date(due, field: "due", required: false)
        if let d, let ev, d < ev.date { checks.fail("due", zh: "期限早于评估日 \(ev.date)", en: "due before the evaluation's date \(ev.date)") }
        try checks.finish()
        let id = p.newId("adj")
        p.emit(EventKind.adjustmentDecided, id, record: Adjustment(id: id, evaluation: ev!.id, text: t!, unit: u, due: d, done: nil))
    }
}

/// 调整落实: an adjustment carried out.
public struct CompleteAdjustment: Command {
    public var adjustment: String
    public var date: String
    public var requiredRole: Role { .operator }

    public init(adjustment: String, date: String) {
        self.adjustment = adjustment
        self.date = date
    }

    public func plan(_ p: inout Planner) throws(CommandRejected) {
        var checks = FieldChecks()
        let a = p.state.adjustments[adjustment.trimmingCharacters(in: .whitespaces)]
        if a == nil { checks.fail("adjustment", zh: "找不到调整事项", en: "no such adjustment") }
        if let a, a.done != nil { checks.fail("adjustment", zh: "已落实", en: "already done") }
        let d = checks.date(date, field: "date", required: true)
        if let d, d > p.today { checks.fail("date", zh: "日期不能晚于今天", en: "the date is after today") }
        try checks.finish()
        p.emitChanges(EventKind.adjustmentDone, a!.id, ["done": .string(d!.description)])
    }
}

/// The rules an evaluation line keeps, for the command and for replay: its figures are the
/// headline target as of its date, computed on the journal as it stood just before it.
public enum EvaluationRules {
    public static func figures(_ s: DomainState, asOf date: LocalDate, catalog: Catalog = .plan) -> Evaluation {
        let k = HeadlineKPI(state: s, asOf: date, catalog: catalog)
        return Evaluation(id: "", date: date, headSeq: s.lastSeq, headHash: s.lastHash,
                          zoneEnterprises: k.now.zoneEnterprises, districtTotal: k.now.districtTotal,
                          baselineZone: k.baseline.zoneEnterprises, baselineTotal: k.baseline.districtTotal, note: nil)
    }
}
