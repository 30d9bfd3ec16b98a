import SiliconAlleyCore

/// A project's detail (Enter): fields, partners, milestones with where each stands, the
/// approval clock (saying which days it counts), blockers, progress notes with the time and
/// author of their journal line, and the record's history. Symbols carry the state, so the
/// lines read without colour: ✖ late, ◆ open, ✓ done, ● open blocker.
enum ProjectDetailPresenter {
    typealias Line = (label: String, value: String)

    static func lines(_ d: ProjectDetail, history: [JournalLine], ctx: ShellContext) -> [Line] {
        let l = ctx.language
        let p = d.project
        let state = ctx.store.state
        var out: [Line] = []
        var category = Phrase(p.category.fullZh, p.category.fullEn).text(l)
        if let a = d.action, p.category != .action { category += l.t(" · 服务", " · serves ") + a.text(l) }
        out.append((l.t("类别", "Category"), category))
        var status = p.status.text(l)
        if let phase = p.phase { status += l.t(" · 阶段 ", " · phase ") + ProjectPhase.label(phase, english: l == .en) }
        if p.fastTrack { status += l.t(" · 绿色通道", " · fast track") }
        out.append((l.t("状态", "Status"), status))
        if let place = d.place { out.append((l.t("地点", "Place"), place.text(l))) }
        out.append((l.t("牵头单位", "Lead unit"), d.leadUnit?.name(english: l == .en) ?? p.leadUnit ?? "—"))
        let partners = d.partners.map { $0.name(english: l == .en) } + d.unresolvedPartners
        out.append((l.t("配合单位", "Partners"), partners.isEmpty ? "—" : partners.joined(separator: l.t("、", ", "))))
        out.append((l.t("负责人", "Owner"), p.owner ?? "—"))
        out.append((l.t("起止", "Dates"), (p.start?.description ?? "—") + " → " + (p.target?.description ?? "—")))
        // Where the project comes from, not its record id (the journal keeps that).
        out.append((l.t("来源", "Source"), p.catalogId != nil ? l.t("行动计划所列项目", "listed in the action plan")
                                                            : l.t("专班新增", "added by the task force")))
        out += milestones(d, l)
        if let clock = d.clock { out += approval(clock, fastTrack: p.fastTrack, l) }
        out += blockers(d, l)
        out += notes(d, history: history, l)
        out += titled(l.t("历史", "History"), history.reversed().map { line in
            "\(BeijingTime.format(line.time).prefix(16)) \(line.actor)  " + EventKindLabel.label(line.kind, l) + " "
                + JournalRowPresenter.summary(line, state: state, l)
        }, empty: "—")
        return out
    }

    /// The first line carries the label, the rest are under it.
    static func titled(_ label: String, _ values: [String], empty: String) -> [Line] {
        guard !values.isEmpty else { return [(label, empty)] }
        return values.enumerated().map { ($0.offset == 0 ? label : "", $0.element) }
    }

    static func milestoneMark(_ s: MilestoneState) -> String {
        switch s {
        case .late: return "✖"
        case .open: return "◆"
        case .done, .doneLate: return "✓"
        }
    }

    static func milestones(_ d: ProjectDetail, _ l: Language) -> [Line] {
        let values = d.milestones.map { m -> String in
            var text = milestoneMark(m.state) + " \(m.milestone.due) " + m.milestone.title + "  "
            switch m.state {
            case .late(let n): text += l.t("⚠ 逾期 \(n) 天", "⚠ LATE by \(n) days")
            case .done(let on): text += l.t("完成于 \(on)", "done \(on)")
            case .doneLate(let on, let n): text += l.t("完成于 \(on)（逾期 \(n) 天）", "done \(on) (\(n) days late)")
            case .open: text += TaskBreakdownExporter.stateText(m.state, english: l == .en)
            }
            return text
        }
        return titled(l.t("里程碑", "Milestones"), values, empty: l.t("— （按 m 添加）", "— (m adds one)"))
    }

    /// The approval clock: which days each count counts, then every step, then 立项 → 开工.
    static func approval(_ c: ApprovalClock, fastTrack: Bool, _ l: Language) -> [Line] {
        let stepBasis = ApprovalClock.stepBasis.label(english: l == .en)
        let totalBasis = ApprovalClock.totalBasis.label(english: l == .en)
        var values = [l.t("时限按\(stepBasis)计（法定节假日与调休，开始当天不计）；立项→开工按\(totalBasis)计",
                          "limits count \(stepBasis) (PRC holidays and make-up days; the start day not counted); initiation → construction counts \(totalBasis)")]
        for s in c.steps {
            var text = s.step.text(l) + "  \(s.started) → " + (s.finished?.description ?? l.t("进行中", "under way"))
            let unit = l.t(" 个工作日", " working days")
            if let limit = s.limit {
                text += l.t("  用时 \(s.elapsed) / 时限 \(limit)\(unit)", "  used \(s.elapsed) of \(limit)\(unit)")
                if let due = s.due { text += l.t("，到期 \(due)", ", due \(due)") }
            } else {
                text += l.t("  用时 \(s.elapsed)\(unit)（未设时限）", "  used \(s.elapsed)\(unit) (no limit set)")
            }
            if s.isOverdue { text += l.t("  ⚠ 超时 \(s.lateDays) 天", "  ⚠ over the limit by \(s.lateDays) days") }
            if s.openBlockers > 0 { text += l.t("  ● 堵点 \(s.openBlockers)", "  ● blockers \(s.openBlockers)") }
            if !s.exact { text += l.t("（超出节假日表年份，按周一至周五计）", " (beyond the holiday calendar: Monday–Friday assumed)") }
            values.append(text)
        }
        if c.steps.isEmpty { values.append(l.t("尚未开始（按 a 开始：立项）", "not started (a starts the first step: initiation)")) }
        if let total = c.totalDays, let working = c.totalWorkingDays {
            let track = fastTrack ? l.t("（绿色通道）", " (fast track)") : ""
            values.append(c.reachedConstruction
                ? l.t("立项→开工 \(total) 天（\(totalBasis)；\(working) 个工作日）\(track)", "initiation → construction \(total) days (\(totalBasis); \(working) working days)\(track)")
                : l.t("立项至今 \(total) 天（\(totalBasis)；\(working) 个工作日），尚未开工\(track)", "\(total) days since initiation (\(totalBasis); \(working) working days), not yet under construction\(track)"))
        }
        return titled(l.t("审批", "Approval"), values, empty: "")
    }

    static func blockers(_ d: ProjectDetail, _ l: Language) -> [Line] {
        let values = d.blockers.map { b -> String in
            let x = b.blocker
            let unit = b.unit?.shortName(english: l == .en) ?? x.unit
            if x.isOpen {
                return "● \(x.raised) " + x.step.text(l) + l.t("：", ": ") + x.text + " — " + unit + l.t("（已 \(b.days) 天）", " (open \(b.days) days)")
            }
            return "✓ \(x.raised) → \(x.resolved?.description ?? "") " + x.step.text(l) + l.t("：", ": ") + x.text + " — " + unit
                + (x.resolution.map { l.t("；", "; ") + $0 } ?? "")
        }
        return titled(l.t("堵点", "Blockers"), values, empty: "—")
    }

    /// Notes newest first, each with the time and login of the line that recorded it.
    static func notes(_ d: ProjectDetail, history: [JournalLine], _ l: Language) -> [Line] {
        let noted = history.filter { $0.kind == EventKind.progressNoted }
        let values = d.notes.map { n -> String in
            let line = noted.last { $0.data["text"]?.stringValue == n.text && $0.data["date"]?.stringValue == n.date.description }
            let when = line.map { String(BeijingTime.format($0.time).prefix(16)) } ?? n.date.description
            return "\(when) \(n.actor)" + l.t("：", ": ") + n.text
        }
        return titled(l.t("进展", "Notes"), values, empty: l.t("— （按 p 记录）", "— (p records one)"))
    }
}
